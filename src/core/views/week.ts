import { addDays, daysBetween, formatShortDateFrom } from '../schedule/calendarDate';
import { minutesOfDay, minutesUntil, type LocalDateTime } from '../schedule/clock';
import type { MeetingNote, MeetingStatus, Role } from '../model/model';
import { DEFAULT_TOPICS } from '../model/profile';
import { ownerHandles, sideOf, type Side } from '../model/owner';
import { seriesName, type SeriesState } from '../model/seriesState';
import { stalenessOf } from '../rules/commitmentConditions';
import { topicAfter, nextTopic } from '../schedule/rotation';
import { cadenceIntervalDays, upcomingMeetings } from '../schedule/schedule';
import { shareDeadline } from '../schedule/shareDeadline';
import { isOpenLineage, openCommitmentsOf } from './openCommitments';
import { currentPrioritiesOf, type CurrentPriority } from './priorityThreads';
import { compareStrings } from '../text/stringOrder';

/**
 * The week ahead (SPEC §11): every meeting from now to the end of the Nth day, with what needs me
 * before it — the attention codes. `one-on-one week` prints it and the This week view shows it,
 * in the same order (`weekOrder`). Pure: the clock is given.
 *
 * Edges, as decided (docs/decisions.md, "The week"):
 * - The window: today is day 1, so 7 days on a Monday run to Sunday. A meeting today counts until
 *   its time has passed (all day without a time), as for the next meeting everywhere.
 * - A meeting with no note yet is `planned`; its rotating topic is the one its agenda would take
 *   (the topic after the last written one, one step per unwritten meeting before it).
 * - `stale` counts the open lineages of the series that are stale (§8, whether or not another
 *   commitment rule reports them first); `overdue` counts open commitments due before today.
 * - `no-agenda` and `not-shared` are measured to the share deadline (role `manager`) or to the
 *   meeting's start (role `report`; a meeting without a time starts at 00:00): "less than 48 h"
 *   and "less than 24 h" are strict, a deadline already passed counts.
 * - `long-gap`: more than twice the cadence (a month counts 30 days) from the latest held meeting
 *   to this one; never for a series with no held meeting or no cadence.
 */

/** The attention codes, in the order SPEC §11 lists them (and every surface shows them). */
export const ATTENTION_CODES = ['no-agenda', 'not-shared', 'overdue-mine', 'overdue-theirs', 'stale', 'long-gap', 'manager-topic'] as const;
export type AttentionCode = (typeof ATTENTION_CODES)[number];

/** Each code in words, for the CLI's text and the This week view. */
export const ATTENTION_WORDS: Record<AttentionCode, string> = {
  'no-agenda': 'no agenda written yet',
  'not-shared': 'agenda not shared',
  'overdue-mine': 'I owe something overdue',
  'overdue-theirs': 'they owe something overdue',
  stale: 'a commitment is stale',
  'long-gap': 'long gap since the last 1x1',
  'manager-topic': 'they bring one thing (manager topic)',
};

/** A code as the CLI's text and the This week view say it: its words, then the count or date behind it. */
export function attentionText(meeting: WeekMeeting, code: AttentionCode): string {
  return ATTENTION_WORDS[code] + attentionDetail(meeting, code);
}

function attentionDetail(m: WeekMeeting, code: AttentionCode): string {
  switch (code) {
    case 'overdue-mine':
      return ` (${m.mine.overdue})`;
    case 'overdue-theirs':
      return ` (${m.theirs.overdue})`;
    case 'stale':
      return ` (${m.stale})`;
    case 'long-gap':
      return m.lastHeld ? ` (last held ${formatShortDateFrom(m.lastHeld, m.date)})` : '';
    default:
      return '';
  }
}

const NO_AGENDA_MINUTES = 48 * 60;
const NOT_SHARED_MINUTES = 24 * 60;

export interface SideCounts {
  open: number;
  overdue: number;
}

export interface WeekMeeting {
  series: string;
  name: string;
  role: Role;
  date: string;
  time: string | undefined;
  /** The note written for it, if any. */
  note: MeetingNote | undefined;
  status: MeetingStatus;
  /** Role `manager` only: when its agenda is due to be shared, and the minutes left (0 or less once passed). */
  shareBy: { date: string; time: string; minutesLeft: number } | undefined;
  shared: string | undefined;
  mine: SideCounts;
  theirs: SideCounts;
  others: SideCounts;
  /** Open lineages of the series that are stale (§8). */
  stale: number;
  /** The rotating topic: the note's, else the one its agenda would take. */
  rotation: string | undefined;
  /** The date of the series' latest held meeting, if any (what `long-gap` measures from). */
  lastHeld: string | undefined;
  attention: AttentionCode[];
  /** The latest held note's priorities with the weeks each has stood (§13): the tooltip's and the text's, not `week --format json`'s (§11's shape). */
  priorities: CurrentPriority[];
}

export interface Week {
  generated: LocalDateTime;
  /** The first and the last day of the window, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Every meeting in the window, earliest first. */
  meetings: WeekMeeting[];
}

export const DEFAULT_WEEK_DAYS = 7;

/** The meetings of the `days` days from `now` (today is the first), earliest first. */
export function weekAhead(states: Iterable<SeriesState>, now: LocalDateTime, days: number = DEFAULT_WEEK_DAYS): Week {
  return weekOfSeries([...states].map((state) => seriesWeekAhead(state, now, days)), now, days);
}

/** One series' meetings of the `days` days from `now`: what `weekAhead` takes of it. */
export function seriesWeekAhead(state: SeriesState, now: LocalDateTime, days: number = DEFAULT_WEEK_DAYS): WeekMeeting[] {
  return seriesWeek(state, now, addDays(now.date, days - 1));
}

/** The week of the series' meetings (each `seriesWeekAhead` a series, in series order): as `weekAhead`. */
export function weekOfSeries(perSeries: Iterable<readonly WeekMeeting[]>, now: LocalDateTime, days: number = DEFAULT_WEEK_DAYS): Week {
  const to = addDays(now.date, days - 1);
  const meetings: WeekMeeting[] = [];
  for (const series of perSeries) meetings.push(...series);
  meetings.sort((a, b) => compareStrings(whenKey(a), whenKey(b)) || compareStrings(a.series, b.series));
  return { generated: now, from: now.date, to, meetings };
}

/** The order the CLI's text and the This week view show: meetings that need attention first, each group earliest first. */
export function weekOrder(meetings: readonly WeekMeeting[]): WeekMeeting[] {
  return [...meetings.filter((m) => m.attention.length > 0), ...meetings.filter((m) => m.attention.length === 0)];
}

function whenKey(m: { date: string; time: string | undefined }): string {
  return `${m.date}T${m.time ?? '00:00'}`;
}

function seriesWeek(state: SeriesState, now: LocalDateTime, to: string): WeekMeeting[] {
  // Enough meetings to reach past the window: one a day at most from the schedule, plus the notes written.
  const count = state.notes.length + daysBetween(now.date, to) + 2;
  const upcoming = upcomingMeetings(state, now, count).filter((m) => m.date <= to);
  if (upcoming.length === 0) return [];
  const name = seriesName(state, state.id);
  const sides = sideCounts(state, name);
  const stale = staleCount(state);
  const order = state.profile?.topics && state.profile.topics.length > 0 ? state.profile.topics : DEFAULT_TOPICS;
  const lastHeld = state.latestHeld?.date;
  const interval = state.cadence ? cadenceIntervalDays(state.cadence.cadence) : undefined;
  const priorities = currentPrioritiesOf(state);
  // The topic predicted for the previous unwritten meeting of the window: the next one steps on from it.
  let predicted: string | undefined;
  return upcoming.map((meeting) => {
    const note = meeting.note;
    const rotation = note ? note.rotation : predicted !== undefined ? topicAfter(predicted, order) : nextTopic(notesBefore(state.notes, meeting.date), order);
    predicted = note ? undefined : rotation;
    const shareBy = state.role === 'manager' ? shareDeadline(meeting.date, state.settings, now) : undefined;
    // A report's meeting without a time counts from 00:00 of its day.
    const minutesToDeadline = shareBy ? shareBy.minutesLeft : minutesUntil(now, meeting.date, minutesOfDay(meeting.time ?? '00:00'));
    const attention: AttentionCode[] = [];
    if (!note && minutesToDeadline < NO_AGENDA_MINUTES) attention.push('no-agenda');
    if (note && shareBy && note.shared === undefined && minutesToDeadline < NOT_SHARED_MINUTES) attention.push('not-shared');
    if (sides.mine.overdue > 0) attention.push('overdue-mine');
    if (sides.theirs.overdue > 0) attention.push('overdue-theirs');
    if (stale > 0) attention.push('stale');
    if (lastHeld !== undefined && interval !== undefined && daysBetween(lastHeld, meeting.date) > 2 * interval) attention.push('long-gap');
    if (rotation === 'manager') attention.push('manager-topic');
    return {
      series: state.id,
      name,
      role: state.role,
      date: meeting.date,
      time: meeting.time,
      note,
      status: note?.status ?? 'planned',
      shareBy,
      shared: note?.shared,
      ...sides,
      stale,
      rotation,
      lastHeld,
      attention,
      priorities,
    };
  });
}

/** The notes dated before `date` (the previous meetings whose topics the rotation continues). */
function notesBefore(notes: readonly MeetingNote[], date: string): MeetingNote[] {
  return notes.filter((n) => n.date! < date);
}

function sideCounts(state: SeriesState, name: string): Record<Side, SideCounts> {
  const handles = ownerHandles({ id: state.id, name, profile: state.profile }, state.settings.me);
  const counts: Record<Side, SideCounts> = { mine: { open: 0, overdue: 0 }, theirs: { open: 0, overdue: 0 }, others: { open: 0, overdue: 0 } };
  for (const c of openCommitmentsOf(state)) {
    const side = counts[sideOf(c.owner, handles)];
    side.open++;
    if (c.group === 'overdue') side.overdue++;
  }
  return counts;
}

function staleCount(state: SeriesState): number {
  let n = 0;
  for (const lineage of state.lineages.lineages) if (isOpenLineage(lineage) && stalenessOf(lineage, state.settings, state.now.date, state.cadence?.cadence)) n++;
  return n;
}
