/**
 * Settings shared by the CLI and the extension (SPEC §1, §4, §6, §8), with their defaults.
 * The extension reads them from `oneOnOne.*`; the CLI from `.vscode/settings.json` beside the vault.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const RULE_IDS = [
  'invalid-front-matter',
  'invalid-date',
  'missing-section',
  'empty-section',
  'too-many-priorities',
  'unranked-priorities',
  'missing-due-date',
  'overdue-commitment',
  'stale-commitment',
  'dropped-commitment',
  'agenda-not-shared',
  'status-not-updated',
  'duplicate-meeting',
  'duplicate-id',
  'future-held',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export const DEFAULT_SEVERITIES: Record<RuleId, Severity> = {
  'invalid-front-matter': 'error',
  'invalid-date': 'error',
  'missing-section': 'warning',
  'empty-section': 'info',
  'too-many-priorities': 'warning',
  'unranked-priorities': 'info',
  'missing-due-date': 'info',
  'overdue-commitment': 'warning',
  'stale-commitment': 'warning',
  'dropped-commitment': 'warning',
  'agenda-not-shared': 'warning',
  'status-not-updated': 'info',
  'duplicate-meeting': 'warning',
  'duplicate-id': 'warning',
  'future-held': 'warning',
};

export interface SectionDefinition {
  key: string;
  title: string;
  aliases: string[];
  required: boolean;
  /** True when the title may be followed by `: anything` (the rotating topic). */
  titlePrefix?: boolean;
}

export const DEFAULT_SECTIONS: SectionDefinition[] = [
  { key: 'action-items', title: 'Action items from last time', aliases: ['Action items', 'Updates', 'Last time'], required: true },
  { key: 'roadblocks', title: 'Roadblocks', aliases: ['Blockers', "Where I'm stuck"], required: true },
  { key: 'priorities', title: 'Top 3 priorities', aliases: ['Priorities', 'Top three priorities'], required: true },
  { key: 'need-to-know', title: 'One thing you should know', aliases: ['FYI', 'One thing'], required: true },
  { key: 'unclear', title: 'What is unclear', aliases: ['Questions', 'Clarify'], required: true },
  { key: 'rotation', title: 'Rotating topic', aliases: [], required: true, titlePrefix: true },
  { key: 'commitments', title: 'Commitments', aliases: ['Action steps', 'Next steps'], required: true },
  { key: 'notes', title: 'Notes', aliases: [], required: false },
  { key: 'private', title: 'Private', aliases: [], required: false },
];

export type DateStyle = 'emoji' | 'dataview';

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
  /** Share deadline on the day before the meeting, `HH:MM`. */
  shareBy: string;
  markCarried: boolean;
  dateStyle: DateStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  folder: '1on1',
  me: 'me',
  sections: DEFAULT_SECTIONS,
  rules: {},
  staleAfterCarries: 2,
  staleAfterDays: 28,
  shareBy: '17:00',
  markCarried: true,
  dateStyle: 'emoji',
};

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
    rules: s.rules && typeof s.rules === 'object' ? s.rules : {},
    staleAfterCarries: num(s.staleAfterCarries, DEFAULT_SETTINGS.staleAfterCarries),
    staleAfterDays: num(s.staleAfterDays, DEFAULT_SETTINGS.staleAfterDays),
    shareBy: typeof s.shareBy === 'string' && /^\d{2}:\d{2}$/.test(s.shareBy) ? s.shareBy : DEFAULT_SETTINGS.shareBy,
    markCarried: typeof s.markCarried === 'boolean' ? s.markCarried : DEFAULT_SETTINGS.markCarried,
    dateStyle: s.dateStyle === 'dataview' ? 'dataview' : 'emoji',
  };
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
