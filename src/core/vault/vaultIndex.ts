import type { Clock, LocalDateTime } from '../schedule/clock';
import type { Finding } from '../rules/finding';
import type { MeetingNote } from '../model/model';
import { buildSeriesState, type SeriesState } from '../model/seriesState';
import type { Settings } from '../settings/settings';
import { compareFindings, SeriesFindings } from './seriesFindings';
import { StatusDay } from './statusDay';
import { readVaultFile, type VaultEntry } from './vaultFile';
import { sameRecord } from './indexSnapshot';
import { classifyPath } from './vaultPaths';
import { VaultStore } from './vaultStore';
import { CalendarShelf, matchSignature } from './calendarShelf';
import type { SeriesMemo } from './seriesMemo';
import type { CalendarProblem } from '../calendar/occurrence';
import type { SeriesCalendar } from '../calendar/seriesCalendar';
import type { SeriesCalendarKey } from '../calendar/seriesMatch';

export { compareFindings } from './seriesFindings';

/**
 * The vault in memory: every meeting note and profile, grouped by series, and the findings of
 * every rule on demand. Files are added, updated and removed one at a time (the editor's file
 * events). Pure: the caller reads the files (Node's fs in the CLI, the workspace in the extension).
 *
 * A thin front over the pieces that do the work: `classifyPath` and `readVaultFile` say what a
 * file is, `VaultStore` keeps it by path and series, `SeriesFindings` runs the rules per series and
 * keeps the last few, `StatusDay` moves default statuses along with the clock.
 */

export interface VaultIndexOptions {
  settings: Settings;
  clock: Clock;
  /** The zone calendar times are shown in (an IANA name); default the machine's (SPEC §12). */
  timeZone?: string;
}

export class VaultIndex {
  private readonly store = new VaultStore();
  private readonly findingsBySeries = new SeriesFindings();
  private settingsValue: Settings;
  private readonly clock: Clock;
  private readonly statusDay: StatusDay;
  private readonly calendars: CalendarShelf;
  /** What the calendars match events by, per series, and its signature; rebuilt after a file of the vault changed. */
  private calendarKeys: { keys: SeriesCalendarKey[]; signature: string } | undefined;
  /** Bumped by every change; a series' revision is its value when a file of it last changed. */
  private changes = 0;
  private readonly seriesRevisions = new Map<string, number>();
  /** The value of `changes` when something every series stands on changed: settings, calendars, which series a calendar event goes to. */
  private vaultRevision = 0;

  constructor(options: VaultIndexOptions) {
    this.settingsValue = options.settings;
    this.clock = options.clock;
    this.statusDay = new StatusDay(options.clock.now().date);
    this.calendars = new CalendarShelf(options.timeZone);
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  /** New settings apply to every series; sections change how notes parse, so those are re-read by the caller. */
  updateSettings(settings: Settings): void {
    this.settingsValue = settings;
    this.everySeriesChanged();
  }

  /** Adds or replaces a file. `file` is relative to the vault folder's parent, `/`-separated. Returns true when it is part of the vault. */
  setFile(file: string, text: string): boolean {
    const place = classifyPath(file, this.settingsValue.folder);
    if (place.kind === 'ignored') return false;
    const entry = readVaultFile(file, place, text, this.settingsValue, this.statusDay.date);
    this.replace(file, entry);
    return entry !== undefined;
  }

  /**
   * The text of a file as the disk has it (an editor just opened the note): read as `setFile` does,
   * but when it makes the very record the index holds, the index is left as it is — no series
   * changes, no surface recomputes, the persisted index is not written again. True when the index
   * changed.
   */
  refreshFile(file: string, text: string): boolean {
    const place = classifyPath(file, this.settingsValue.folder);
    if (place.kind === 'ignored') return false;
    const entry = readVaultFile(file, place, text, this.settingsValue, this.statusDay.date);
    const held = this.store.entry(file);
    if (entry === undefined ? held === undefined : held !== undefined && sameRecord(held, entry)) return false;
    this.replace(file, entry);
    return true;
  }

  /** The old entry out and the new one in, then one notice of both series (an edit is no moment without the note). */
  private replace(file: string, entry: VaultEntry | undefined): void {
    const before = this.store.remove(file);
    this.changed(before, entry ? this.store.add(file, entry) : undefined);
  }

  /**
   * Puts back a file as the persisted index recorded it (`indexSnapshot.ts`), without its text:
   * the caller checked that the file has not changed since.
   */
  restoreFile(file: string, entry: VaultEntry): void {
    const before = this.store.remove(file);
    this.changed(before, this.store.add(file, entry));
  }

  /** What the index made of a file, for the persisted index; undefined when it is not part of the vault. */
  entry(file: string): VaultEntry | undefined {
    return this.store.entry(file);
  }

  /** The day notes without `status:` have their status for: a snapshot's notes are read back for it. */
  get statusDate(): string {
    return this.followClock().date;
  }

  removeFile(file: string): void {
    this.changed(this.store.remove(file));
  }

  /** Adds or replaces a calendar export (SPEC §12); what cannot be read is in `calendarProblems`. Every series may change. */
  setCalendar(file: string, text: string): void {
    this.calendars.set(file, text);
    this.everySeriesChanged();
  }

  /** A calendar file that could not be read: its reason is one of `calendarProblems`, and it has no meetings. */
  setUnreadableCalendar(file: string, reason: string): void {
    this.calendars.setUnreadable(file, reason);
    this.everySeriesChanged();
  }

  removeCalendar(file: string): void {
    if (this.calendars.remove(file)) this.everySeriesChanged();
  }

  /** The calendar files read, sorted. */
  calendarFiles(): string[] {
    return this.calendars.fileNames();
  }

  /** What the calendar files could not say, file by file. */
  calendarProblems(): CalendarProblem[] {
    return this.calendars.problems();
  }

  /** Series `id`'s meetings in the calendars, or undefined when they have none for it. */
  seriesCalendar(id: string): SeriesCalendar | undefined {
    if (this.calendars.isEmpty) return undefined;
    const { keys, signature } = this.matchKeys();
    return this.calendars.seriesCalendars(keys, signature, this.followClock().date).get(id);
  }

  has(file: string): boolean {
    return this.store.has(file);
  }

  note(file: string): MeetingNote | undefined {
    return this.store.note(file);
  }

  /** Series ids, sorted. */
  seriesIds(): string[] {
    return this.store.seriesIds();
  }

  /** The series a file belongs to (a note or a profile). */
  seriesOf(file: string): string | undefined {
    return this.store.seriesOf(file);
  }

  templateFiles(): string[] {
    return this.store.templateFiles();
  }

  /** The series as the rules see it now. */
  seriesState(id: string): SeriesState | undefined {
    const files = this.store.series(id);
    if (!files) return undefined;
    const now = this.followClock();
    return buildSeriesState(id, files.profile, files.notes, this.settingsValue, now, this.seriesCalendar(id));
  }

  /** Every series as the rules see it now, in series id order (built afresh on each call, like `seriesState`). */
  seriesStates(): SeriesState[] {
    return this.seriesIds().map((id) => this.seriesState(id)!);
  }

  /**
   * Each series' value of `memo`, in series id order: a kept value while neither the series' files,
   * nor the settings and calendars, nor the minute (or the day, by `memo.span`) changed since; else
   * computed from the series' state, built for that series only.
   */
  seriesValues<T>(memo: SeriesMemo<T>): T[] {
    const now = this.followClock();
    const stamp = memo.span === 'day' ? now.date : `${now.date}T${now.time}`;
    const ids = this.seriesIds();
    memo.keepFor(this, ids);
    return ids.map((id) => memo.get(id, `${this.seriesRevisions.get(id) ?? 0} ${this.vaultRevision} ${stamp}`, () => this.seriesState(id)!));
  }

  /** Every finding of one series, sorted by file and position. */
  seriesFindings(id: string): Finding[] {
    const files = this.store.series(id);
    if (!files) return [];
    const now = this.followClock();
    return this.findingsBySeries.of(id, now, this.settingsValue, () => buildSeriesState(id, files.profile, files.notes, this.settingsValue, now, this.seriesCalendar(id)));
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
    return this.store.allFiles();
  }

  /**
   * Reads the injected clock for a question about "now" (a series' state, its findings) and first
   * lets the notes' default statuses follow it to today (`StatusDay.moveTo`): a note without
   * `status:` turns from planned to held the day after its date. Done here, before any rule or view
   * sees the notes, rather than by a timer of the index's own (the core has none: the clock is
   * injected and read only when asked).
   */
  private followClock(): LocalDateTime {
    const now = this.clock.now();
    this.statusDay.moveTo(now.date, () => this.store.notes());
    return now;
  }

  /** A file of series `id` was set or removed: its kept findings are stale. */
  private changed(id: string | undefined, other?: string): void {
    if (other !== undefined && other !== id) this.changed(other);
    if (id === undefined) return;
    this.findingsBySeries.forget(id);
    this.seriesRevisions.set(id, ++this.changes);
    const before = this.calendarKeys?.signature;
    this.calendarKeys = undefined;
    // A name that changed (a note's `with:`, a series added or gone) may take calendar events from
    // another series, whose kept findings are then stale: with calendars, the names are compared now.
    if (!this.calendars.isEmpty && before !== undefined && this.matchKeys().signature !== before) this.everySeriesChanged();
  }

  /** Settings or calendars changed: what anyone kept of any series is stale. */
  private everySeriesChanged(): void {
    this.findingsBySeries.forgetAll();
    this.vaultRevision = ++this.changes;
  }

  /**
   * Each series' `calendar:` texts and name (SPEC §12): the profile's `with:`, else a note's, else
   * the series id. Kept until a file changes; the calendars compare it to what they expanded for.
   */
  private matchKeys(): { keys: SeriesCalendarKey[]; signature: string } {
    if (this.calendarKeys) return this.calendarKeys;
    const keys: SeriesCalendarKey[] = [];
    for (const id of this.store.seriesIds()) {
      const files = this.store.series(id)!;
      let name = files.profile?.withName;
      if (name === undefined) for (const note of files.notes) if ((name = note.withName) !== undefined) break;
      keys.push({ id, calendarTexts: files.profile?.calendarTexts ?? [], name: name ?? id });
    }
    return (this.calendarKeys = { keys, signature: matchSignature(keys) });
  }
}

function compareFolders(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
