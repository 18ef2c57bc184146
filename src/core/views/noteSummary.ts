import { formatShortDate } from '../schedule/calendarDate';
import type { MeetingNote } from '../model/model';
import { nextMeetingOf } from './nextMeeting';
import { shareDeadline } from '../schedule/shareDeadline';
import { meetingMomentOf } from '../schedule/schedule';
import { seriesName, type SeriesState } from '../model/seriesState';
import { seriesOwnerHandles, sideOf, type Side } from '../model/owner';
import { firstName } from '../model/personName';

/**
 * What a meeting note's CodeLens says at its top: when the series meets next, by when that
 * agenda is to be shared (with my manager, SPEC §7, §8 `agenda-not-shared`), and how many of the
 * note's items are open and overdue.
 */

export interface NoteSummary {
  series: string;
  /** The note's own meeting while it is ahead, else the series' next meeting; undefined when no cadence is known. */
  next: { date: string; time: string | undefined } | undefined;
  /** The next meeting's share-by deadline, for role `manager` only. */
  share: { date: string; time: string; shared: boolean; passed: boolean } | undefined;
  /** Items of the note whose state is open. */
  open: number;
  /** Open items of the note due before today. */
  overdue: number;
}

export function noteSummary(series: SeriesState, note: MeetingNote): NoteSummary {
  const { now } = series;
  // Where the note's meeting is: the calendar may have moved it (SPEC §12).
  const meeting = note.date !== undefined ? meetingMomentOf(series, note) : undefined;
  const time = meeting?.time ?? note.time;
  // The same "ahead" as the schedule's: a meeting today counts until its time has passed.
  const ownIsAhead =
    meeting !== undefined &&
    note.status !== 'canceled' &&
    note.status !== 'rescheduled' &&
    (meeting.date > now.date || (meeting.date === now.date && (time === undefined || time > now.time)));
  let next: NoteSummary['next'];
  let share: NoteSummary['share'];
  if (ownIsAhead) {
    next = { date: meeting!.date, time };
    if (series.role === 'manager') {
      const deadline = shareDeadline(meeting!.date, series.settings, now);
      share = { date: deadline.date, time: deadline.time, shared: note.shared !== undefined, passed: deadline.minutesLeft <= 0 };
    }
  } else {
    const meeting = nextMeetingOf(series);
    if (meeting) next = { date: meeting.date, time: meeting.time };
    if (meeting?.share) share = { date: meeting.share.date, time: meeting.share.time, shared: meeting.share.shared !== undefined, passed: meeting.share.passed };
  }
  let open = 0;
  let overdue = 0;
  for (const item of note.parsed.items) {
    if (item.state !== 'open') continue;
    open++;
    if (item.due !== undefined && item.due < now.date) overdue++;
  }
  return { series: series.id, next, share, open, overdue };
}

/** The lens texts: `Next 1x1: Tue 24 Nov 10:00`, `share by Mon 23 Nov 17:00 (passed)`, `3 open · 1 overdue`. */
export function describeNoteSummary(summary: NoteSummary): { next: string; share: string | undefined; items: string } {
  const next = summary.next ? `Next 1x1: ${formatShortDate(summary.next.date)}${summary.next.time ? ` ${summary.next.time}` : ''}` : 'Next 1x1: not scheduled';
  const share = summary.share
    ? summary.share.shared
      ? 'agenda shared'
      : `share by ${formatShortDate(summary.share.date)} ${summary.share.time}${summary.share.passed ? ' (passed)' : ''}`
    : undefined;
  const items = summary.open === 0 ? 'nothing open' : `${summary.open} open${summary.overdue > 0 ? ` · ${summary.overdue} overdue` : ''}`;
  return { next, share, items };
}

/** Who owes the note's open items (SPEC §10, `sideOf`): the counts per side and the first name of the person of the series. */
export interface NoteOwed {
  person: string;
  owed: Record<Side, number>;
}

export function noteOwed(series: SeriesState, note: MeetingNote): NoteOwed {
  const name = seriesName(series, series.id);
  const handles = seriesOwnerHandles(series, name);
  const owed: Record<Side, number> = { mine: 0, theirs: 0, others: 0 };
  for (const item of note.parsed.items) if (item.state === 'open') owed[sideOf(item.owner, handles)]++;
  return { person: firstName(name), owed };
}

/** Its own lens, mine first: `You owe 2 · Dana owes 1`; undefined when neither side owes anything here (others' items are in "N open"). */
export function describeNoteOwed({ person, owed }: NoteOwed): string | undefined {
  if (owed.mine === 0 && owed.theirs === 0) return undefined;
  return `You owe ${owed.mine} · ${person} owes ${owed.theirs}`;
}
