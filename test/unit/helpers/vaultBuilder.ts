/**
 * Builds an in-memory vault for the rule tests: meeting notes written from a compact description
 * (front matter, sections, items), loaded into a real `VaultIndex` with a pinned clock. Nothing is
 * mocked: the texts go through the same parser, index and rules as the CLI's and the extension's.
 */
import { fixedClock, parseLocalDateTime } from '../../../src/core/schedule/clock';
import type { Finding, Fix, TextSource } from '../../../src/core/rules/finding';
import { withDefaults, type RuleId, type Settings } from '../../../src/core/settings/settings';
import { applyEdits, type TextEdit } from '../../../src/core/edits/textEdit';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';

export type SectionKey = 'action-items' | 'roadblocks' | 'priorities' | 'need-to-know' | 'unclear' | 'rotation' | 'commitments' | 'notes' | 'private';

/** The headings the builder writes, in template order (SPEC §4). */
export const HEADINGS: Record<SectionKey, string> = {
  'action-items': 'Action items from last time',
  roadblocks: 'Roadblocks',
  priorities: 'Top 3 priorities',
  'need-to-know': 'One thing you should know',
  unclear: 'What is unclear',
  rotation: 'Rotating topic: Skill development',
  commitments: 'Commitments',
  notes: 'Notes',
  private: 'Private',
};

export const REQUIRED_KEYS: SectionKey[] = ['action-items', 'roadblocks', 'priorities', 'need-to-know', 'unclear', 'rotation', 'commitments'];
const ORDER = Object.keys(HEADINGS) as SectionKey[];

/** Content that satisfies every structure rule, so a test only sees what it set up. */
const FILLER: Record<SectionKey, string[]> = {
  'action-items': ['Nothing carried from last time.'],
  roadblocks: ['None this week.'],
  priorities: ['1. Ship the importer', '2. Hire the second SRE', '3. Close the Q4 forecast'],
  'need-to-know': ['Nothing new.'],
  unclear: ['Nothing.'],
  rotation: ['Which conference talk to submit.'],
  commitments: ['Nothing yet.'],
  notes: [],
  private: [],
};

export interface NoteSpec {
  /** The meeting date: the file name (unless `name`/`file` is given) and `date:` (unless `fm.date` says otherwise). */
  date?: string;
  /** Series folder, default `dana`. */
  series?: string;
  /** File name inside the series folder, default `<date>.md`. */
  name?: string;
  /** Full vault-relative path; wins over `series` and `name`. */
  file?: string;
  /** Written as `status:` when given. */
  status?: string;
  /** Extra or replaced front matter keys, values written verbatim; `null` leaves a default key (`with`, `date`) out. */
  fm?: Record<string, string | number | null>;
  /** The lines between the `---` fences, verbatim (wins over `date`/`status`/`fm`); `false` writes no front matter. */
  rawFrontMatter?: string[] | false;
  /**
   * Section contents by key. Missing keys get filler content (required sections only); `[]` writes
   * an empty section; `null` leaves the section out. `notes`/`private` are written only when given.
   */
  sections?: Partial<Record<SectionKey, string[] | null>>;
  /** The whole body after the front matter, verbatim (wins over `sections`). */
  body?: string;
}

/** The note's text, LF line endings, ending with a newline. */
export function noteText(spec: NoteSpec): string {
  const lines: string[] = [];
  if (spec.rawFrontMatter !== false) {
    lines.push('---');
    if (spec.rawFrontMatter) lines.push(...spec.rawFrontMatter);
    else {
      const fm: Record<string, string | number | null> = { with: 'Dana Whitfield' };
      if (spec.date !== undefined) fm.date = spec.date;
      if (spec.status !== undefined) fm.status = spec.status;
      Object.assign(fm, spec.fm ?? {});
      for (const [key, value] of Object.entries(fm)) if (value !== null) lines.push(`${key}: ${value}`);
    }
    lines.push('---');
  }
  if (spec.body !== undefined) return lines.join('\n') + (lines.length > 0 ? '\n' : '') + spec.body;
  lines.push(`# 1x1 with Dana — ${spec.date ?? 'undated'}`);
  for (const key of ORDER) {
    const given = spec.sections?.[key];
    if (given === null) continue;
    const content = given ?? (REQUIRED_KEYS.includes(key) ? FILLER[key] : undefined);
    if (content === undefined) continue;
    lines.push('', `## ${HEADINGS[key]}`, ...content);
  }
  return lines.join('\n') + '\n';
}

export function notePath(spec: NoteSpec): string {
  if (spec.file) return spec.file;
  return `1on1/${spec.series ?? 'dana'}/${spec.name ?? `${spec.date}.md`}`;
}

export interface VaultSpec {
  /** `YYYY-MM-DDTHH:MM`, the pinned local time. */
  now: string;
  settings?: Partial<Settings>;
  notes?: NoteSpec[];
  /** Profile front matter by series id (`1on1/<series>/profile.md`), values verbatim. */
  profiles?: Record<string, Record<string, string | number>>;
  /** Any other files, by path, verbatim. */
  files?: Record<string, string>;
  /** Applied to every file's text before loading (CRLF, BOM). */
  transform?: (text: string) => string;
  /** Calendar exports (`.ics` text) by path (SPEC §12). */
  calendars?: Record<string, string>;
  /** The zone calendar times are shown in; default Europe/Berlin, so that no test depends on the machine's. */
  timeZone?: string;
}

export interface TestVault {
  index: VaultIndex;
  /** Every file's text as loaded. */
  texts: Map<string, string>;
  read: TextSource;
  /** All findings, or those of one rule. */
  findings(rule?: RuleId): Finding[];
  /** A new vault with the same clock and settings and some files replaced. */
  withTexts(changes: Map<string, string>): TestVault;
}

export function profileText(fm: Record<string, string | number>): string {
  return ['---', ...Object.entries(fm).map(([k, v]) => `${k}: ${v}`), '---', 'Likes short written updates.', ''].join('\n');
}

export function buildVault(spec: VaultSpec): TestVault {
  const texts = new Map<string, string>();
  const transform = spec.transform ?? ((t: string) => t);
  for (const note of spec.notes ?? []) {
    const path = notePath(note);
    if (texts.has(path)) throw new Error(`vaultBuilder: two notes at ${path}`);
    texts.set(path, transform(noteText(note)));
  }
  for (const [series, fm] of Object.entries(spec.profiles ?? {})) texts.set(`1on1/${series}/profile.md`, transform(profileText(fm)));
  for (const [path, text] of Object.entries(spec.files ?? {})) texts.set(path, transform(text));
  return loadTexts(spec, texts);
}

function loadTexts(spec: VaultSpec, texts: Map<string, string>): TestVault {
  const now = parseLocalDateTime(spec.now);
  if (!now) throw new Error(`vaultBuilder: bad now ${spec.now}`);
  const index = new VaultIndex({ settings: withDefaults(spec.settings), clock: fixedClock(now), timeZone: spec.timeZone ?? 'Europe/Berlin' });
  for (const [path, text] of texts) index.setFile(path, text);
  for (const [path, text] of Object.entries(spec.calendars ?? {})) index.setCalendar(path, text);
  return {
    index,
    texts,
    read: (file) => texts.get(file),
    findings: (rule) => index.findings().filter((f) => rule === undefined || f.rule === rule),
    withTexts(changes) {
      const next = new Map(texts);
      for (const [path, text] of changes) next.set(path, text);
      return loadTexts(spec, next);
    },
  };
}

/** The fix whose title contains `title` (case-insensitive); throws with the titles on offer when none does. */
export function fixOf(finding: Finding, title: string): Fix {
  const fix = finding.fixes.find((f) => f.title.toLowerCase().includes(title.toLowerCase()));
  if (!fix) throw new Error(`no fix "${title}" on ${finding.rule} in ${finding.file}; offered: ${finding.fixes.map((f) => JSON.stringify(f.title)).join(', ') || 'none'}`);
  return fix;
}

/** Applies a fix to the vault's texts; returns the new text of every file it changed. */
export function applyFix(vault: TestVault, finding: Finding, title: string): Map<string, string> {
  const edits = fixOf(finding, title).edits(vault.read);
  const byFile = new Map<string, TextEdit[]>();
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  const changed = new Map<string, string>();
  for (const [file, fileEdits] of byFile) {
    const text = vault.texts.get(file);
    if (text === undefined) throw new Error(`fix edits a file not in the vault: ${file}`);
    changed.set(file, applyEdits(text, fileEdits));
  }
  return changed;
}

/** 0-based line of the first line containing `needle` (throws when absent, so a typo cannot pass silently). */
export function lineOf(text: string, needle: string): number {
  const line = text.split(/\r\n|\n|\r/).findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" not found in:\n${text}`);
  return line;
}

/** A compact, comparable view of findings: `rule file:line:col severity`. */
export function summary(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.file}:${f.range.start.line}:${f.range.start.character} ${f.severity}`);
}
