import { daysBetween, formatShortDateFrom, shortWeekdayName } from '../schedule/calendarDate';
import type { LocalDateTime } from '../schedule/clock';
import type { MeetingNote, Role } from '../model/model';
import { shareDeadline } from '../schedule/shareDeadline';
import { upcomingMeetings } from '../schedule/schedule';
import { seriesName, type SeriesState } from '../model/seriesState';

/**
 * The next 1x1 across the vault, as the status bar shows it: whose, when, whether its agenda is
 * written, and — with my manager — by when it is to be shared (the `agenda-not-shared` deadline).
 */

export interface NextMeeting {
  series: string;
  name: string;
  role: Role;
  date: string;
  time: string | undefined;
  /** The note written for it, if any. */
  note: MeetingNote | undefined;
  /** Role `manager` only: the share-by deadline, whether it has passed, and when the agenda was shared. */
  share: { date: string; time: string; passed: boolean; shared: string | undefined } | undefined;
}

/** The next meeting of one series, undefined when none is known (no cadence and no planned note). */
export function nextMeetingOf(state: SeriesState): NextMeeting | undefined {
  const meeting = upcomingMeetings(state, state.now, 1)[0];
  if (!meeting) return undefined;
  let share: NextMeeting['share'];
  if (state.role === 'manager') {
    const deadline = shareDeadline(meeting.date, state.settings, state.now);
    share = { date: deadline.date, time: deadline.time, passed: deadline.minutesLeft <= 0, shared: meeting.note?.shared };
  }
  return { series: state.id, name: seriesName(state, state.id), role: state.role, date: meeting.date, time: meeting.time, note: meeting.note, share };
}

/** The soonest next meeting of all the series (a meeting without a time counts from the start of its day); ties go to the first series. */
export function soonestMeeting(states: Iterable<SeriesState>): NextMeeting | undefined {
  return soonestOf([...states].map(nextMeetingOf));
}

/** The soonest of the series' next meetings (each `nextMeetingOf` a series, in series order): as `soonestMeeting`. */
export function soonestOf(nextMeetings: Iterable<NextMeeting | undefined>): NextMeeting | undefined {
  let soonest: NextMeeting | undefined;
  for (const next of nextMeetings) if (next && (!soonest || whenKey(next) < whenKey(soonest))) soonest = next;
  return soonest;
}

function whenKey(m: NextMeeting): string {
  return `${m.date}T${m.time ?? '00:00'}`;
}

/** True when the agenda is late: with my manager, the deadline has passed and it was not shared (or not even written). */
export function agendaLate(meeting: NextMeeting): boolean {
  return meeting.share !== undefined && meeting.share.passed && meeting.share.shared === undefined;
}

/** `today 10:00`, `Tue 10:00` within the week ahead, else `Tue 8 Dec 10:00` (`Tue 8 Dec 2027` in another year). */
export function meetingWhen(date: string, time: string | undefined, now: LocalDateTime): string {
  const days = daysBetween(now.date, date);
  const day = days === 0 ? 'today' : days > 0 && days < 7 ? shortWeekdayName(date) : formatShortDateFrom(date, now.date);
  return time ? `${day} ${time}` : day;
}
