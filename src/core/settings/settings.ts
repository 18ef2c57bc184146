import { DEFAULT_SECTIONS, type SectionDefinition } from '../../parsing/sections';
import { DEFAULT_SEVERITIES, RULE_IDS, type RuleId } from '../rules';
import { WEEKDAY_NAMES } from '../schedule/calendarDate';

/**
 * Settings shared by the CLI and the extension (SPEC §1, §4, §6, §8), with their defaults.
 * The extension reads them from `oneOnOne.*`; the CLI from `.vscode/settings.json` beside the vault.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

// The rules declare their ids and default severities (core/rules); the settings only check against them.
export type { RuleId };

export { DEFAULT_SECTIONS, type SectionDefinition };

export type DateStyle = 'emoji' | 'dataview';

/** How the Commitments view groups (SPEC §10): by due date, or by who owes it (I owe / They owe / Others). */
export type CommitmentsGroupBy = 'due' | 'owner';

export interface Settings {
  /** Vault folder, relative to the workspace root. */
  folder: string;
  /** Owner name meaning "me" (items with no `@owner` are mine). */
  me: string;
  sections: SectionDefinition[];
  /** Rule id → severity or `off`; missing ids take the defaults. */
  rules: Partial<Record<RuleId, SeveritySetting>>;
  staleAfterCarries: number;
  staleAfterDays: number;
  /** Share deadline on the last working day before the meeting, `HH:MM`. */
  shareBy: string;
  /** The weekdays the share deadline may fall on, lowercase full names (`monday`), never empty. */
  workingDays: string[];
  markCarried: boolean;
  dateStyle: DateStyle;
  commitmentsGroupBy: CommitmentsGroupBy;
  /** Minutes before the share deadline of an unshared agenda for my manager to remind me once; 0 = never. */
  remindBeforeShareBy: number;
  /**
   * Calendar exports (`.ics`) read as the schedule (SPEC §12), relative to the workspace folder
   * (the vault folder's parent), `/`-separated; empty: every `*.ics` directly in the vault folder.
   */
  calendars: string[];
  /** Consecutive held notes a roadblock or unclear point must be in to be a recurring talking point (SPEC §13, `recurring-topic`); 2 or more. */
  recurringAfter: number;
}

export const DEFAULT_SETTINGS: Settings = {
  folder: '1on1',
  me: 'me',
  sections: DEFAULT_SECTIONS,
  rules: {},
  staleAfterCarries: 2,
  staleAfterDays: 28,
  shareBy: '17:00',
  workingDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  markCarried: true,
  dateStyle: 'emoji',
  commitmentsGroupBy: 'due',
  remindBeforeShareBy: 60,
  calendars: [],
  recurringAfter: 3,
};

/** The `oneOnOne.*` keys the core reads, from its defaults: the editor and the CLI read exactly these. */
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as readonly (keyof Settings)[];

/** The user's settings, unchecked, read through `get` (VS Code's configuration, a settings file): `withDefaults` repairs them, `settingsWarnings` says what it repaired. */
export function configuredValues(get: (key: string) => unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) values[key] = get(key);
  return values;
}

export function severityOf(settings: Settings, rule: RuleId): SeveritySetting {
  return settings.rules[rule] ?? DEFAULT_SEVERITIES[rule];
}

/** Fills in defaults for anything missing or of the wrong type, so a bad setting never throws. */
export function withDefaults(partial: Partial<Settings> | undefined): Settings {
  const s = partial ?? {};
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  const str = (v: unknown, d: string) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : d);
  return {
    folder: str(s.folder, DEFAULT_SETTINGS.folder).replace(/^\/+|\/+$/g, ''),
    me: str(s.me, DEFAULT_SETTINGS.me),
    sections: normalizeSections(s.sections),
    rules: knownRuleSeverities(s.rules),
    staleAfterCarries: num(s.staleAfterCarries, DEFAULT_SETTINGS.staleAfterCarries),
    staleAfterDays: num(s.staleAfterDays, DEFAULT_SETTINGS.staleAfterDays),
    shareBy: isClockTime(s.shareBy) ? s.shareBy : DEFAULT_SETTINGS.shareBy,
    workingDays: workingDaysOf(s.workingDays) ?? [...DEFAULT_SETTINGS.workingDays],
    markCarried: typeof s.markCarried === 'boolean' ? s.markCarried : DEFAULT_SETTINGS.markCarried,
    dateStyle: s.dateStyle === 'dataview' ? 'dataview' : 'emoji',
    commitmentsGroupBy: s.commitmentsGroupBy === 'owner' ? 'owner' : 'due',
    remindBeforeShareBy: isMinutes(s.remindBeforeShareBy) ? s.remindBeforeShareBy : DEFAULT_SETTINGS.remindBeforeShareBy,
    calendars: calendarPathsOf(s.calendars) ?? [],
    recurringAfter: isRecurrenceCount(s.recurringAfter) ? s.recurringAfter : DEFAULT_SETTINGS.recurringAfter,
  };
}

const SEVERITY_SETTINGS: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

/** A whole number of minutes from 0 (off) to a week: a reminder further ahead than that is no reminder. */
function isMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 7 * 24 * 60;
}

/** A whole number of meetings from 2: one mention is no recurrence. */
function isRecurrenceCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2;
}

/** `oneOnOne.calendars`: a list of non-empty paths, `/`-separated, without a leading `./`; anything else is undefined. */
function calendarPathsOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) return undefined;
  return [...new Set(value.map((v: string) => v.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '')))];
}

/** `HH:MM` from 00:00 to 23:59. */
function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/**
 * A user's `oneOnOne.workingDays` as full lowercase weekday names, once each; `"Fri"` and
 * `"friday"` both name Friday. Undefined — take the default — unless it is a non-empty list of
 * weekday names only: a typo dropped silently would move every deadline, and an empty week has
 * no last working day.
 */
function workingDaysOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const days: string[] = [];
  for (const entry of value) {
    const name = typeof entry === 'string' ? weekdayName(entry) : undefined;
    if (name === undefined) return undefined;
    if (!days.includes(name)) days.push(name);
  }
  return days;
}

function weekdayName(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  return WEEKDAY_NAMES.find((name) => name === t || (t.length === 3 && name.startsWith(t)));
}

/** The entries of `oneOnOne.rules` that name a rule and a severity; the others are dropped (`settingsWarnings` says which). */
function knownRuleSeverities(value: unknown): Partial<Record<RuleId, SeveritySetting>> {
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return rules;
  for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
    if ((RULE_IDS as readonly string[]).includes(id) && typeof severity === 'string' && SEVERITY_SETTINGS.includes(severity)) rules[id as RuleId] = severity as SeveritySetting;
  }
  return rules;
}

/**
 * What `withDefaults` drops or replaces in the user's settings, one line each naming the key
 * (`oneOnOne.<key>`), the value and what is allowed: the CLI prints them on stderr, the editor can
 * show them. Missing settings are not warned about (they take their defaults).
 */
export function settingsWarnings(partial: Record<string, unknown> | undefined): string[] {
  const s = partial ?? {};
  const warnings: string[] = [];
  const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));
  const warn = (key: string, value: unknown, allowed: string, fallback: string) => warnings.push(`oneOnOne.${key}: ${shown(value)} is not ${allowed}; using ${fallback}`);
  const has = (key: string) => s[key] !== undefined && s[key] !== null;

  if (has('rules')) {
    const rules = s.rules;
    if (typeof rules !== 'object' || Array.isArray(rules)) warn('rules', rules, 'an object of rule id → severity', 'the default severities');
    else {
      for (const [id, severity] of Object.entries(rules as Record<string, unknown>)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) warnings.push(`oneOnOne.rules.${id}: there is no rule "${id}"; the rules are ${RULE_IDS.join(', ')} (ignored)`);
        else if (typeof severity !== 'string' || !SEVERITY_SETTINGS.includes(severity))
          warn(`rules.${id}`, severity, `a severity (off, hint, info, warning or error)`, `the default, ${DEFAULT_SEVERITIES[id as RuleId]}`);
      }
    }
  }
  if (has('shareBy') && !isClockTime(s.shareBy)) warn('shareBy', s.shareBy, 'a time of day HH:MM from 00:00 to 23:59', DEFAULT_SETTINGS.shareBy);
  if (has('workingDays') && workingDaysOf(s.workingDays) === undefined)
    warn('workingDays', s.workingDays, 'a non-empty list of weekdays ("monday" … "sunday")', 'Monday to Friday');
  for (const key of ['staleAfterCarries', 'staleAfterDays'] as const) {
    const v = s[key];
    if (has(key) && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) warn(key, v, 'a number of 0 or more', String(DEFAULT_SETTINGS[key]));
  }
  for (const key of ['me', 'folder'] as const) {
    const v = s[key];
    if (has(key) && !(typeof v === 'string' && v.trim() !== '')) warn(key, v, 'a non-empty text', `"${DEFAULT_SETTINGS[key]}"`);
  }
  if (has('markCarried') && typeof s.markCarried !== 'boolean') warn('markCarried', s.markCarried, 'true or false', String(DEFAULT_SETTINGS.markCarried));
  if (has('dateStyle') && s.dateStyle !== 'emoji' && s.dateStyle !== 'dataview') warn('dateStyle', s.dateStyle, 'emoji or dataview', DEFAULT_SETTINGS.dateStyle);
  if (has('commitmentsGroupBy') && s.commitmentsGroupBy !== 'due' && s.commitmentsGroupBy !== 'owner')
    warn('commitmentsGroupBy', s.commitmentsGroupBy, 'due or owner', DEFAULT_SETTINGS.commitmentsGroupBy);
  if (has('remindBeforeShareBy') && !isMinutes(s.remindBeforeShareBy))
    warn('remindBeforeShareBy', s.remindBeforeShareBy, 'a whole number of minutes from 0 (off) to 10080', String(DEFAULT_SETTINGS.remindBeforeShareBy));
  if (has('calendars') && calendarPathsOf(s.calendars) === undefined)
    warn('calendars', s.calendars, 'a list of .ics files (paths relative to the workspace folder)', 'the *.ics files in the notes folder');
  if (has('recurringAfter') && !isRecurrenceCount(s.recurringAfter))
    warn('recurringAfter', s.recurringAfter, 'a whole number of meetings, 2 or more', String(DEFAULT_SETTINGS.recurringAfter));
  if (has('sections')) {
    const sections = s.sections;
    if (!Array.isArray(sections)) warn('sections', sections, 'a list of sections', 'the default sections');
    else {
      const valid = sections.filter((e: unknown) => e && typeof e === 'object' && typeof (e as SectionDefinition).key === 'string' && typeof (e as SectionDefinition).title === 'string');
      if (valid.length < sections.length) warnings.push(`oneOnOne.sections: ${sections.length - valid.length} of ${sections.length} entries have no "key" and "title" text (ignored)${valid.length === 0 ? '; using the default sections' : ''}`);
    }
  }
  return warnings;
}

/** A user's `oneOnOne.sections`: entries without a key and title are dropped; none left means the default. */
function normalizeSections(value: unknown): SectionDefinition[] {
  if (!Array.isArray(value)) return DEFAULT_SECTIONS;
  const sections: SectionDefinition[] = [];
  for (const entry of value as Partial<SectionDefinition>[]) {
    if (!entry || typeof entry.key !== 'string' || typeof entry.title !== 'string') continue;
    sections.push({
      key: entry.key,
      title: entry.title,
      aliases: Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string') : [],
      required: entry.required !== false,
      titlePrefix: entry.titlePrefix === true || entry.key === 'rotation',
    });
  }
  return sections.length > 0 ? sections : DEFAULT_SECTIONS;
}
