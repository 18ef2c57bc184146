import type { ParsedNote, ParseProblem } from '../../parsing/types';
import { isValidIsoDate, WEEKDAY_NAMES } from '../schedule/calendarDate';
import { keyRange, stringValue } from './meetingNote';
import type { Cadence, Profile, Role } from './model';

export const DEFAULT_TOPICS = ['business', 'skill', 'personal', 'manager'];

/** Reads `profile.md` (SPEC §2). Values it cannot use are reported, and the defaults apply. */
export function readProfile(file: string, series: string, parsed: ParsedNote): Profile {
  const data = parsed.frontMatter.data;
  const problems: ParseProblem[] = parsed.problems.filter((p) => p.kind === 'front-matter');
  const report = (key: string, message: string) => problems.push({ kind: 'front-matter', message, range: keyRange(parsed, key) });

  let role: Role = 'manager';
  const writtenRole = stringValue(data.role)?.toLowerCase();
  if (writtenRole === 'manager' || writtenRole === 'report') role = writtenRole;
  else if (writtenRole !== undefined) report('role', `Unknown role \`${writtenRole}\`. Use \`manager\` (they are my manager) or \`report\` (they report to me).`);

  let cadence: Cadence | undefined;
  const writtenCadence = stringValue(data.cadence);
  if (writtenCadence !== undefined) {
    cadence = parseCadence(writtenCadence);
    if (!cadence) report('cadence', `Unknown cadence \`${writtenCadence}\`. Use weekly, biweekly, monthly or "every N weeks".`);
  }

  let day: number | undefined;
  const writtenDay = stringValue(data.day)?.toLowerCase();
  if (writtenDay !== undefined) {
    day = WEEKDAY_NAMES.findIndex((name) => name === writtenDay || name.slice(0, 3) === writtenDay);
    if (day < 0) {
      day = undefined;
      report('day', `Unknown day \`${writtenDay}\`. Use a weekday such as tuesday.`);
    }
  }

  let time = stringValue(data.time);
  if (time !== undefined) {
    const m = /^(\d{1,2}):(\d{2})$/.exec(time);
    if (m && Number(m[1]) < 24 && Number(m[2]) < 60) time = time.padStart(5, '0');
    else {
      report('time', `\`time: ${time}\` is not a time. Write it as "HH:MM" (24 h, in quotes).`);
      time = undefined;
    }
  }

  let since = stringValue(data.since);
  if (since !== undefined && !isValidIsoDate(since)) {
    report('since', `\`since: ${since}\` is not a real date. Write it as YYYY-MM-DD.`);
    since = undefined;
  }

  const duration = typeof data.duration === 'number' && data.duration > 0 ? data.duration : undefined;
  let topics: string[] | undefined;
  if (Array.isArray(data.topics) && data.topics.length > 0) topics = data.topics.map((t) => String(t).trim().toLowerCase()).filter((t) => t !== '');

  let aliases: string[] | undefined;
  if (data.aliases !== undefined && data.aliases !== null) {
    const read = readAliases(data.aliases);
    if (read.bad.length > 0)
      report('aliases', `\`aliases:\` is a list of handles, as they are written after @: \`aliases: [dw, dwhitfield]\`${read.bad.length > 0 ? ` (${read.bad.map((b) => `\`${b}\``).join(', ')} cannot be one)` : ''}.`);
    else aliases = read.aliases;
  }

  let calendarTexts: string[] | undefined;
  if (data.calendar !== undefined && data.calendar !== null) {
    const entries = Array.isArray(data.calendar) ? data.calendar : [data.calendar];
    const texts = entries.map((e) => (typeof e === 'string' || typeof e === 'number' ? String(e).trim() : '')).filter((t) => t !== '');
    if (texts.length === entries.length) calendarTexts = texts;
    else report('calendar', '`calendar:` is the text of the 1x1 in your calendar\'s event titles, or a list of them: `calendar: "Dana / Me 1:1"`.');
  }

  return { file, series, withName: stringValue(data.with), role, cadence, day, time, duration, since, topics, aliases, calendarTexts, parsed, problems };
}

/**
 * `aliases: [dw, "@dwhitfield"]` (also one handle alone, `aliases: dw`): handles without spaces,
 * `@` optional. Anything else is reported and the whole value is ignored, as for other keys.
 */
function readAliases(value: unknown): { aliases: string[]; bad: string[] } {
  const entries = Array.isArray(value) ? value : [value];
  const aliases: string[] = [];
  const bad: string[] = [];
  for (const entry of entries) {
    const text = typeof entry === 'string' || typeof entry === 'number' ? String(entry).trim().replace(/^@/, '') : undefined;
    if (text === undefined || text === '' || /\s/.test(text)) bad.push(typeof entry === 'object' ? JSON.stringify(entry) : String(entry));
    else aliases.push(text);
  }
  return { aliases, bad };
}

/** `weekly`, `biweekly`, `monthly`, `every 3 weeks` (also `every week`, `fortnightly`). */
function parseCadence(text: string): Cadence | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'weekly' || t === 'every week') return { kind: 'weekly' };
  if (t === 'biweekly' || t === 'bi-weekly' || t === 'fortnightly' || t === 'every 2 weeks' || t === 'every two weeks') return { kind: 'biweekly' };
  if (t === 'monthly' || t === 'every month') return { kind: 'monthly' };
  const m = /^every (\d{1,2}) weeks?$/.exec(t);
  if (m && Number(m[1]) >= 1) {
    const weeks = Number(m[1]);
    return weeks === 1 ? { kind: 'weekly' } : weeks === 2 ? { kind: 'biweekly' } : { kind: 'every-n-weeks', weeks };
  }
  return undefined;
}

export function describeCadence(cadence: Cadence): string {
  switch (cadence.kind) {
    case 'every-n-weeks':
      return `every ${cadence.weeks} weeks`;
    default:
      return cadence.kind;
  }
}
