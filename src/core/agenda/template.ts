import type { SectionDefinition } from '../settings/settings';

/**
 * Agenda templates (SPEC §7). A `template.md` in the vault folder or in a series folder replaces
 * the default one. Substitution is plain text: `{{name}}` is replaced by the variable's value and
 * nothing in a template is ever run.
 */

/** The variables a template may use; docs/templates.md describes each. */
export interface TemplateVariables {
  /** The other person's name, as `with:` says it. */
  person: string;
  /** Their first name, for the title. */
  firstName: string;
  /** The meeting date, `YYYY-MM-DD`. */
  date: string;
  /** `Tuesday` */
  weekday: string;
  /** `Tue 24 Nov 2026` */
  longDate: string;
  /** `HH:MM`, or empty when no time is known. */
  time: string;
  /** Minutes, or empty. */
  duration: string;
  /** The rotating topic's title (`Skill development`). */
  topic: string;
  /** Its key for the front matter (`skill`). */
  topicKey: string;
  /** The carried action items, one per line (empty when there are none). */
  carried: string;
  /** The two-weeks heads-up line for the manager's topic, or empty. */
  headsUp: string;
}

const VARIABLE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

const ALONE = /^\s*(?:[A-Za-z_][\w-]*:\s*)?(["']?)\{\{\s*([A-Za-z]+)\s*\}\}\1\s*$/;

/**
 * Replaces every known `{{variable}}`; unknown ones are left as written, so a typo shows. A line
 * that holds nothing but an empty variable (`{{carried}}` with nothing carried, `time: "{{time}}"`
 * with no time known) is left out rather than written empty.
 */
export function renderTemplate(template: string, variables: TemplateVariables): string {
  const value = (name: string): string | undefined => (Object.prototype.hasOwnProperty.call(variables, name) ? variables[name as keyof TemplateVariables] : undefined);
  const eol = template.includes('\r\n') ? '\r\n' : '\n';
  const out: string[] = [];
  for (const line of template.split(/\r?\n/)) {
    const alone = ALONE.exec(line);
    if (alone && value(alone[2]) === '') continue;
    out.push(line.replace(VARIABLE, (whole, name: string) => value(name) ?? whole));
  }
  // Values span lines (the carried items): one line ending throughout, the template's.
  return out.join('\n').replace(/\r?\n/g, eol);
}

/**
 * The default agenda (SPEC §3, §4): front matter, a title line, and every section of
 * `oneOnOne.sections` in order — the rotating topic's heading names the topic, the carried items
 * go under the action items, the heads-up under "One thing you should know".
 */
export function defaultTemplate(sections: readonly SectionDefinition[]): string {
  const lines = ['---', 'with: {{person}}', 'date: {{date}}', 'time: "{{time}}"', 'status: planned', 'rotation: {{topicKey}}', '---', '# 1x1 with {{firstName}} — {{longDate}}', ''];
  for (const section of sections) {
    lines.push(section.key === 'rotation' ? `## ${section.title}: {{topic}}` : `## ${section.title}`);
    if (section.key === 'action-items') lines.push('{{carried}}');
    if (section.key === 'need-to-know') lines.push('{{headsUp}}');
    lines.push('');
  }
  return lines.join('\n');
}
