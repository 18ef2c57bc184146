import { addDays, daysBetween, isValidIsoDate } from '../schedule/calendarDate';
import type { LocalDateTime } from '../schedule/clock';
import { liveOf, type Lineage, type MeetingNote, type MeetingStatus, type Role } from '../model/model';
import { shareDeadline } from '../schedule/shareDeadline';
import { isDropped } from '../rules/commitmentConditions';
import { seriesName, type SeriesState } from '../model/seriesState';
import { ownerHandles, sideOf, SIDES, type Side } from '../model/owner';
import { compareStrings } from '../text/stringOrder';
import { calendarChanges, type CalendarChanges } from '../calendar/calendarChanges';
import { priorityThreadsOf } from './priorityThreads';

/**
 * The Insights figures (SPEC §7): per series and for the whole vault, at the series' `now`.
 * The CLI's `stats` and the Insights webview both show these, so they agree. Pure.
 *
 * Edges, as decided (docs/decisions.md):
 * - Meetings are counted in the month of the note's date, by status; a rescheduled note counts as
 *   rescheduled in its own month, the meeting it moved to in its month. Months between the first
 *   and the last note with no note are zero.
 * - Sharing counts with my manager only: held notes, and planned notes whose share deadline has
 *   passed. A `shared:` value that is a date without a time is on time when that day is no later
 *   than the deadline's day; a value that is no date at all says it was shared, so it is on time
 *   (the `agenda-not-shared` rule, too, takes any value as shared).
 * - Commitments are lineages (SPEC §6), classified by their latest copy: dropped silently as the
 *   `dropped-commitment` rule says; canceled `[-]` = dropped on purpose; done; else open (a `[>]`
 *   copy in the latest held note whose next agenda is not written yet is still open).
 * - Done on time: the done date is no later than the due date of the done copy (the last date
 *   agreed: a due date moved in a later meeting counts as moved), else the latest due date the
 *   lineage had; no due date at all is on time. The done date is the first `✅` date written on a
 *   done copy, else the date of the note where it was first seen done.
 * - Days to close: calendar days from the note that raised it to the done date, 0 when the done
 *   date is earlier (done before the meeting wrote it down). A canceled meeting in between neither
 *   breaks the lineage nor changes the count: it is calendar days.
 * - Most carried: open commitments carried at least once, most carries first, then the oldest.
 * - Per side (SPEC §10): a lineage is on the side of its latest copy's `@owner`, seen from its
 *   series (`core/model/owner`); the four outcomes per side add up to the series' figures.
 * - Priorities over time (SPEC §13, `priorityThreads`): per person, the latest held note's
 *   priorities with the weeks each has stood, and those that left without a word over the last
 *   `PRIORITIES_LEFT_DAYS` days (today included, as the calendar's changes). Everyone's figures
 *   have none (null): priorities are one person's list, a merged one would say nothing.
 */

export interface MonthCounts {
  /** `YYYY-MM` */
  month: string;
  held: number;
  canceled: number;
  rescheduled: number;
  planned: number;
}

export interface MeetingTotals {
  held: number;
  canceled: number;
  rescheduled: number;
  planned: number;
}

export interface SharingFigures {
  /** Notes counted: held ones, and planned ones past their deadline (role `manager` only). */
  counted: number;
  onTime: number;
  late: number;
  never: number;
  /** onTime / counted; null when nothing counts (a report's series, or no meeting yet). */
  rate: number | null;
}

export interface CommitmentOutcomes {
  /** Lineages counted: the sum of the four outcomes. */
  total: number;
  doneOnTime: number;
  doneLate: number;
  open: number;
  /** droppedOnPurpose + droppedSilently */
  dropped: number;
  /** Canceled `[-]`. */
  droppedOnPurpose: number;
  /** As `dropped-commitment` says: left open in an older note and never carried on. */
  droppedSilently: number;
}

/** The outcomes of one side's commitments (SPEC §10): done on time, late, open, dropped (on purpose or silently). */
export interface SideOutcomes {
  total: number;
  doneOnTime: number;
  doneLate: number;
  open: number;
  dropped: number;
}

export type OutcomesBySide = Record<Side, SideOutcomes>;

export interface CarriedCommitment {
  series: string;
  person: string;
  text: string;
  carried: number;
  /** Date of the note that raised it. */
  raised: string;
  due: string | undefined;
  /** The latest copy: its note and 0-based line. */
  file: string;
  line: number;
}

/** Priorities over time (SPEC §13): the current ones and the ones that left without a word. */
export interface PriorityFigures {
  /** The latest held note's priorities, in its order. */
  current: { text: string; since: string; weeks: number }[];
  /** Left without a word over the last `PRIORITIES_LEFT_DAYS` days, newest first. */
  leftSilently: { text: string; from: string; to: string; goneOn: string; weeks: number }[];
}

/** How far back Insights lists the priorities that left without a word: as the calendar's changes. */
export const PRIORITIES_LEFT_DAYS = 90;

export interface InsightFigures {
  months: MonthCounts[];
  meetings: MeetingTotals;
  sharing: SharingFigures;
  commitments: CommitmentOutcomes;
  /** The same outcomes split by who owes them: I, they, or someone else. */
  commitmentsBySide: OutcomesBySide;
  /** Median of the days to close over done commitments; null when none is done. */
  medianDaysToClose: number | null;
  /** Up to five open commitments carried the most. */
  mostCarried: CarriedCommitment[];
  /** Meetings moved or canceled in the calendar over the last 90 days (SPEC §12); null without a calendar for the series. */
  calendar: CalendarChanges | null;
  /** One person's priorities over time; null for everyone. */
  priorities: PriorityFigures | null;
}

export interface SeriesInsights extends InsightFigures {
  series: string;
  name: string;
  role: Role;
}

export interface VaultInsights {
  now: LocalDateTime;
  series: SeriesInsights[];
  overall: InsightFigures;
}

const MOST_CARRIED_COUNT = 5;

/** What one series contributes, before the figures are finished (so the vault's median is over every commitment, not a median of medians). */
interface Tally {
  months: Map<string, MonthCounts>;
  sharing: { onTime: number; late: number; never: number };
  outcomes: Omit<CommitmentOutcomes, 'total' | 'dropped'>;
  bySide: OutcomesBySide;
  closeDays: number[];
  carried: CarriedCommitment[];
  calendar: CalendarChanges | null;
  priorities: PriorityFigures | null;
}

export function seriesInsights(state: SeriesState): SeriesInsights {
  return { series: state.id, name: seriesName(state, state.id), role: state.role, ...finish(tally(state)) };
}

/** Every series (in the order given) and everyone together. */
export function vaultInsights(states: readonly SeriesState[], now: LocalDateTime): VaultInsights {
  const tallies = states.map(tally);
  return {
    now,
    series: states.map((state, i) => ({ series: state.id, name: seriesName(state, state.id), role: state.role, ...finish(tallies[i]) })),
    overall: finish(merge(tallies)),
  };
}

function tally(state: SeriesState): Tally {
  const months = new Map<string, MonthCounts>();
  for (const note of state.notes) countMonth(months, note.date!.slice(0, 7), note.status, 1);
  const person = seriesName(state, state.id);
  const outcomes = { doneOnTime: 0, doneLate: 0, open: 0, droppedOnPurpose: 0, droppedSilently: 0 };
  const bySide = emptyBySide();
  const handles = ownerHandles({ id: state.id, name: person, profile: state.profile }, state.settings.me);
  const closeDays: number[] = [];
  const carried: CarriedCommitment[] = [];
  for (const lineage of state.lineages.lineages) {
    const live = liveOf(lineage);
    const side = bySide[sideOf(live.item.owner, handles)];
    side.total++;
    const outcome = commitmentOutcome(lineage, state.latestHeld);
    if (outcome === 'dropped-silently') {
      outcomes.droppedSilently++;
      side.dropped++;
    } else if (outcome === 'dropped-on-purpose') {
      outcomes.droppedOnPurpose++;
      side.dropped++;
    } else if (outcome === 'done-on-time' || outcome === 'done-late') {
      if (outcome === 'done-on-time') {
        outcomes.doneOnTime++;
        side.doneOnTime++;
      } else {
        outcomes.doneLate++;
        side.doneLate++;
      }
      closeDays.push(Math.max(0, daysBetween(lineage.raised, doneDate(lineage))));
    } else {
      outcomes.open++;
      side.open++;
      if (lineage.carried > 0)
        carried.push({ series: state.id, person, text: live.item.text, carried: lineage.carried, raised: lineage.raised, due: live.item.due, file: live.note.file, line: live.item.line });
    }
  }
  const calendar = state.calendar ? calendarChanges(state.calendar, state.now.date) : null;
  return { months, sharing: sharingOf(state), outcomes, bySide, closeDays, carried, calendar, priorities: prioritiesOf(state) };
}

function prioritiesOf(state: SeriesState): PriorityFigures {
  const threads = priorityThreadsOf(state, addDays(state.now.date, -(PRIORITIES_LEFT_DAYS - 1)));
  return {
    current: threads.current.map(({ text, since, weeks }) => ({ text, since, weeks })),
    leftSilently: threads.leftSilently.map(({ text, from, to, goneOn, weeks }) => ({ text, from, to, goneOn, weeks })),
  };
}

function emptyBySide(): OutcomesBySide {
  const empty = (): SideOutcomes => ({ total: 0, doneOnTime: 0, doneLate: 0, open: 0, dropped: 0 });
  return { mine: empty(), theirs: empty(), others: empty() };
}

function countMonth(months: Map<string, MonthCounts>, month: string, status: MeetingStatus, n: number): void {
  let counts = months.get(month);
  if (!counts) months.set(month, (counts = { month, held: 0, canceled: 0, rescheduled: 0, planned: 0 }));
  counts[status] += n;
}

function sharingOf(state: SeriesState): Tally['sharing'] {
  const counts = { onTime: 0, late: 0, never: 0 };
  if (state.role !== 'manager') return counts;
  const { settings } = state;
  for (const note of state.notes) {
    if (note.status !== 'held' && !(note.status === 'planned' && shareDeadline(note.date!, settings, state.now).minutesLeft <= 0)) continue;
    if (note.shared === undefined) counts.never++;
    else if (sharedInTime(note, settings)) counts.onTime++;
    else counts.late++;
  }
  return counts;
}

const SHARED_AT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2}))?/;

function sharedInTime(note: MeetingNote, settings: SeriesState['settings']): boolean {
  const m = SHARED_AT.exec(note.shared!);
  // Not a real date (`yes`, `2026-02-30`): it says the agenda was shared, and no more.
  if (!m || !isValidIsoDate(m[1])) return true;
  // The minutes from the sharing to the deadline: not negative means in time. A date alone counts from the start of that day.
  const at: LocalDateTime = { date: m[1], time: m[2] === undefined ? '00:00' : `${m[2].padStart(2, '0')}:${m[3]}` };
  return shareDeadline(note.date!, settings, at).minutesLeft >= 0;
}

export type CommitmentOutcome = 'done-on-time' | 'done-late' | 'open' | 'dropped-on-purpose' | 'dropped-silently';

/** What became of a commitment, as Insights counts it (the edges above); the review pack says the same. */
export function commitmentOutcome(lineage: Lineage, latestHeld: MeetingNote | undefined): CommitmentOutcome {
  if (isDropped(lineage, latestHeld)) return 'dropped-silently';
  const state = liveOf(lineage).item.state;
  if (state === 'canceled') return 'dropped-on-purpose';
  if (state !== 'done') return 'open';
  const due = dueDate(lineage);
  return due === undefined || doneDate(lineage) <= due ? 'done-on-time' : 'done-late';
}

/** The first `✅` date written on a done copy, else the date of the note where it was first seen done. */
export function doneDate(lineage: Lineage): string {
  let firstDoneNote: string | undefined;
  for (const { note, item } of lineage.occurrences) {
    if (item.state !== 'done') continue;
    if (item.done !== undefined) return item.done;
    firstDoneNote ??= note.date!;
  }
  return firstDoneNote!;
}

/** The due date of the latest copy that has one (the last date agreed). */
export function dueDate(lineage: Lineage): string | undefined {
  for (let i = lineage.occurrences.length - 1; i >= 0; i--) {
    const due = lineage.occurrences[i].item.due;
    if (due !== undefined) return due;
  }
  return undefined;
}

function merge(tallies: readonly Tally[]): Tally {
  const merged: Tally = {
    months: new Map(),
    sharing: { onTime: 0, late: 0, never: 0 },
    outcomes: { doneOnTime: 0, doneLate: 0, open: 0, droppedOnPurpose: 0, droppedSilently: 0 },
    bySide: emptyBySide(),
    closeDays: [],
    carried: [],
    calendar: null,
    priorities: null,
  };
  for (const t of tallies) {
    for (const m of t.months.values()) for (const status of STATUSES) countMonth(merged.months, m.month, status, m[status]);
    for (const key of Object.keys(merged.sharing) as (keyof Tally['sharing'])[]) merged.sharing[key] += t.sharing[key];
    for (const key of Object.keys(merged.outcomes) as (keyof Tally['outcomes'])[]) merged.outcomes[key] += t.outcomes[key];
    for (const side of SIDES) for (const key of Object.keys(merged.bySide[side]) as (keyof SideOutcomes)[]) merged.bySide[side][key] += t.bySide[side][key];
    merged.closeDays.push(...t.closeDays);
    merged.carried.push(...t.carried);
    if (t.calendar) merged.calendar = { moved: (merged.calendar?.moved ?? 0) + t.calendar.moved, canceled: (merged.calendar?.canceled ?? 0) + t.calendar.canceled };
  }
  return merged;
}

const STATUSES: readonly MeetingStatus[] = ['held', 'canceled', 'rescheduled', 'planned'];

function finish(t: Tally): InsightFigures {
  const months = withEmptyMonths(t.months);
  const meetings: MeetingTotals = { held: 0, canceled: 0, rescheduled: 0, planned: 0 };
  for (const m of months) for (const status of STATUSES) meetings[status] += m[status];
  const { onTime, late, never } = t.sharing;
  const counted = onTime + late + never;
  const o = t.outcomes;
  const dropped = o.droppedOnPurpose + o.droppedSilently;
  return {
    months,
    meetings,
    sharing: { counted, onTime, late, never, rate: counted === 0 ? null : onTime / counted },
    commitments: { total: o.doneOnTime + o.doneLate + o.open + dropped, doneOnTime: o.doneOnTime, doneLate: o.doneLate, open: o.open, dropped, droppedOnPurpose: o.droppedOnPurpose, droppedSilently: o.droppedSilently },
    commitmentsBySide: t.bySide,
    medianDaysToClose: median(t.closeDays),
    mostCarried: [...t.carried].sort(byMostCarried).slice(0, MOST_CARRIED_COUNT),
    calendar: t.calendar,
    priorities: t.priorities,
  };
}

/** Every month from the first to the last one that has a note, in order, zero where none. */
function withEmptyMonths(byMonth: Map<string, MonthCounts>): MonthCounts[] {
  if (byMonth.size === 0) return [];
  const keys = [...byMonth.keys()].sort();
  const result: MonthCounts[] = [];
  for (let month = keys[0]; month <= keys[keys.length - 1]; month = nextMonth(month))
    result.push(byMonth.get(month) ?? { month, held: 0, canceled: 0, rescheduled: 0, planned: 0 });
  return result;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/** The middle value; with an even count, the mean of the two middle ones (so it may end in .5). */
function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function byMostCarried(a: CarriedCommitment, b: CarriedCommitment): number {
  return b.carried - a.carried || compareStrings(a.raised, b.raised) || compareStrings(a.person, b.person) || compareStrings(a.file, b.file) || a.line - b.line;
}
