import { parseNote } from '../../parsing/parseNote';
import type { Clock, LocalDateTime } from '../schedule/clock';
import type { Finding, RuleFinding } from '../rules/finding';
import { defaultStatus, readMeetingNote } from '../model/meetingNote';
import type { MeetingNote, Profile } from '../model/model';
import { readProfile } from '../model/profile';
import { compactNote } from '../model/compactNote';
import { ALL_RULES } from '../rules';
import { buildSeriesState, type SeriesState } from '../model/seriesState';
import { severityOf, type Settings, type Severity } from '../settings/settings';
import { classifyPath, slugify } from './vaultPaths';

/**
 * The vault in memory: every meeting note and profile, grouped by series, and the findings of
 * every rule on demand. Files are added, updated and removed one at a time (the editor's file
 * events). Findings are the index's output, not its state: the last few series' findings are
 * kept (an edit re-publishes the diagnostics of every file of its series), older ones are
 * recomputed when asked — well under a millisecond per series — so the index stays small.
 * Pure: the caller reads the files (Node's fs in the CLI, the workspace in the extension).
 */

interface SeriesEntry {
  notes: Set<MeetingNote>;
  profile: Profile | undefined;
}

/** Findings of one series computed at one minute; the series state (its lineages) is never kept. */
interface CachedFindings {
  series: string;
  stamp: string;
  findings: Finding[];
}

const RECENT_SERIES = 8;

type FileEntry = { kind: 'note'; note: MeetingNote } | { kind: 'profile'; profile: Profile } | { kind: 'template'; series?: string };

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export interface VaultIndexOptions {
  settings: Settings;
  clock: Clock;
}

export class VaultIndex {
  private readonly files = new Map<string, FileEntry>();
  private readonly seriesById = new Map<string, SeriesEntry>();
  /** Most recent first. */
  private recent: CachedFindings[] = [];
  private settingsValue: Settings;
  private readonly clock: Clock;
  /** The day statuses were defaulted for; notes without `status:` change from planned to held overnight. */
  private statusDay: string;

  constructor(options: VaultIndexOptions) {
    this.settingsValue = options.settings;
    this.clock = options.clock;
    this.statusDay = options.clock.now().date;
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  /** New settings apply to every series; sections change how notes parse, so those are re-read by the caller. */
  updateSettings(settings: Settings): void {
    this.settingsValue = settings;
    this.recent = [];
  }

  /** Adds or replaces a file. `file` is relative to the vault folder's parent, `/`-separated. Returns true when it is part of the vault. */
  setFile(file: string, text: string): boolean {
    const place = classifyPath(file, this.settingsValue.folder);
    if (place.kind === 'ignored') return false;
    if (place.kind === 'template') {
      this.removeFile(file);
      this.files.set(file, { kind: 'template', series: place.series });
      return true;
    }
    if (place.kind === 'other-markdown' && !/^type:\s*["']?1x1/m.test(text.slice(0, 2000))) {
      this.removeFile(file);
      return false;
    }
    const parsed = parseNote(text, { sections: this.settingsValue.sections, keepHeadings: false, closedItemText: false });
    this.removeFile(file);
    if (place.kind === 'profile') {
      const profile = readProfile(file, place.series, parsed);
      profile.parsed = compactNote(parsed);
      this.files.set(file, { kind: 'profile', profile });
      this.series(place.series).profile = profile;
      this.invalidate(place.series);
      return true;
    }
    let series: string;
    if (place.kind === 'series-note') series = place.series;
    else {
      const data = parsed.frontMatter.data;
      const withName = typeof data.with === 'string' ? data.with : undefined;
      if (String(data.type ?? '').trim() !== '1x1' || !withName || slugify(withName) === '') return false;
      series = slugify(withName);
    }
    const note = readMeetingNote(file, series, parsed, this.statusDay);
    note.parsed = compactNote(parsed);
    this.files.set(file, { kind: 'note', note });
    this.series(series).notes.add(note);
    this.invalidate(series);
    return true;
  }

  removeFile(file: string): void {
    const entry = this.files.get(file);
    if (!entry) return;
    this.files.delete(file);
    if (entry.kind === 'note') {
      const series = this.seriesById.get(entry.note.series);
      series?.notes.delete(entry.note);
      this.invalidate(entry.note.series);
      this.dropIfEmpty(entry.note.series);
    } else if (entry.kind === 'profile') {
      const series = this.seriesById.get(entry.profile.series);
      if (series?.profile === entry.profile) series.profile = undefined;
      this.invalidate(entry.profile.series);
      this.dropIfEmpty(entry.profile.series);
    }
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  note(file: string): MeetingNote | undefined {
    const entry = this.files.get(file);
    return entry?.kind === 'note' ? entry.note : undefined;
  }

  /** Series ids, sorted. */
  seriesIds(): string[] {
    return [...this.seriesById.keys()].sort();
  }

  /** The series a file belongs to (a note or a profile). */
  seriesOf(file: string): string | undefined {
    const entry = this.files.get(file);
    if (!entry) return undefined;
    return entry.kind === 'note' ? entry.note.series : entry.kind === 'profile' ? entry.profile.series : entry.series;
  }

  templateFiles(): string[] {
    return [...this.files].filter(([, e]) => e.kind === 'template').map(([f]) => f);
  }

  /** The series as the rules see it now. */
  seriesState(id: string): SeriesState | undefined {
    const entry = this.seriesById.get(id);
    return entry ? buildSeriesState(id, entry.profile, entry.notes, this.settingsValue, this.now()) : undefined;
  }

  /** Every series as the rules see it now, in series id order (built afresh on each call, like `seriesState`). */
  seriesStates(): SeriesState[] {
    return this.seriesIds().map((id) => this.seriesState(id)!);
  }

  /** Every finding of one series, sorted by file and position. */
  seriesFindings(id: string): Finding[] {
    const entry = this.seriesById.get(id);
    if (!entry) return [];
    const now = this.now();
    const stamp = `${now.date}T${now.time}`;
    const cached = this.recent.find((c) => c.series === id && c.stamp === stamp);
    if (cached) return cached.findings;
    const state = buildSeriesState(id, entry.profile, entry.notes, this.settingsValue, now);
    const found: Finding[] = [];
    for (const rule of ALL_RULES) {
      const configured = severityOf(this.settingsValue, rule.id);
      if (configured === 'off') continue;
      for (const f of rule.check(state)) found.push(withSeverity(f, configured));
    }
    found.sort(compareFindings);
    this.recent = [{ series: id, stamp, findings: found }, ...this.recent.filter((c) => c.series !== id)].slice(0, RECENT_SERIES);
    return found;
  }

  /** Every finding in the vault. */
  findings(): Finding[] {
    const all: Finding[] = [];
    // Series in the order of their folders (`dana/` before `dana-lee/`), so that the findings come
    // nearly in file order already and the final sort has little left to do.
    const byFolder = this.seriesIds().sort((a, b) => compareFolders(a + '/', b + '/'));
    for (const id of byFolder) for (const f of this.seriesFindings(id)) all.push(f);
    return all.sort(compareFindings);
  }

  /** The findings of one file (its series is re-checked if anything in it changed). */
  findingsForFile(file: string): Finding[] {
    const series = this.seriesOf(file);
    return series === undefined ? [] : this.seriesFindings(series).filter((f) => f.file === file);
  }

  /** Files of the vault that are notes or profiles, sorted. */
  allFiles(): string[] {
    return [...this.files.keys()].sort();
  }

  private now(): LocalDateTime {
    const now = this.clock.now();
    if (now.date !== this.statusDay) {
      this.statusDay = now.date;
      for (const entry of this.files.values())
        if (entry.kind === 'note' && !entry.note.statusWritten) entry.note.status = defaultStatus(entry.note.date, now.date);
    }
    return now;
  }

  private series(id: string): SeriesEntry {
    let entry = this.seriesById.get(id);
    if (!entry) {
      entry = { notes: new Set(), profile: undefined };
      this.seriesById.set(id, entry);
    }
    return entry;
  }

  private invalidate(id: string): void {
    // Runs for every file set: no new array unless the series' findings are cached.
    if (this.recent.some((c) => c.series === id)) this.recent = this.recent.filter((c) => c.series !== id);
  }

  private dropIfEmpty(id: string): void {
    const entry = this.seriesById.get(id);
    if (entry && entry.notes.size === 0 && !entry.profile) this.seriesById.delete(id);
  }
}

/**
 * The rule's finding with its severity. A rule's findings are fresh objects nobody else holds, so
 * each becomes the finding itself — `milder` removed, `severity` added last, as a copy would have
 * them — instead of being copied by spreading (several times slower, for thousands of findings).
 */
function withSeverity(f: RuleFinding, configured: Severity): Finding {
  const milder = f.milder;
  const severity = milder && SEVERITY_RANK[milder] < SEVERITY_RANK[configured] ? milder : configured;
  if ('milder' in f) delete f.milder;
  const finding = f as Finding;
  finding.severity = severity;
  return finding;
}

function compareFolders(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.line !== b.range.start.line) return a.range.start.line - b.range.start.line;
  if (a.range.start.character !== b.range.start.character) return a.range.start.character - b.range.start.character;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
