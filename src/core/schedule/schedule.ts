import { addDays, dayNumber, daysBetween, daysInMonth, fromDayNumber, weekday } from './calendarDate';
import type { LocalDateTime } from './clock';
import type { Cadence, MeetingNote, Profile } from '../model/model';
import { changedFrom, compareMoments, covers, hasMeetingAt, meetingAfter, meetingsFrom, meetingsOn, type SeriesCalendar } from '../calendar/seriesCalendar';
import type { CalendarMoment } from '../calendar/occurrence';

/**
 * When the next meeting of a series is: from the profile's cadence, or else inferred from the
 * dates of the last notes (SPEC §2: the median gap, rounded to 7, 14 or 28 days).
 */

export interface SeriesCadence {
  cadence: Cadence;
  inferred: boolean;
}

export function cadenceOf(profile: Profile | undefined, datedNotes: readonly MeetingNote[]): SeriesCadence | undefined {
  if (profile?.cadence) return { cadence: profile.cadence, inferred: false };
  const inferred = inferCadence(datedNotes.filter((n) => n.status !== 'canceled').map((n) => n.date!));
  return inferred ? { cadence: inferred, inferred: true } : undefined;
}

/**
 * Median gap of the last (up to 8) gaps between distinct dates, rounded to the nearest of 7, 14
 * or 28 days: weekly, biweekly, or every 4 weeks (not calendar-monthly: 28 days is what was seen).
 */
export function inferCadence(sortedDates: readonly string[]): Cadence | undefined {
  const dates = [...new Set(sortedDates)].slice(-9);
  if (dates.length < 2) return undefined;
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++) gaps.push(daysBetween(dates[i - 1], dates[i]));
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median = gaps.length % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
  const choices: [number, Cadence][] = [[7, { kind: 'weekly' }], [14, { kind: 'biweekly' }], [28, { kind: 'every-n-weeks', weeks: 4 }]];
  let best = choices[0];
  for (const c of choices) if (Math.abs(c[0] - median) < Math.abs(best[0] - median)) best = c;
  return best[1];
}

/**
 * About how many days apart a cadence's meetings are, for "more than twice the cadence" (SPEC §11:
 * `meeting-gap` and the week's `long-gap` alike). A monthly series meets on the nth weekday of the
 * month (SPEC §2), four or five weeks apart: a month counts as 31.5 days, so that twice it, 63
 * days, is never exceeded by two five-week months in a row.
 */
export function cadenceIntervalDays(cadence: Cadence): number {
  switch (cadence.kind) {
    case 'weekly':
      return 7;
    case 'biweekly':
      return 14;
    case 'monthly':
      return 31.5;
    case 'every-n-weeks':
      return cadence.weeks * 7;
  }
}

/**
 * The first meeting date strictly after `after`, for a cadence anchored at `anchor` (the profile's
 * `since`, else the latest note's date). `day` moves weekly meetings to that weekday.
 */
export function nextMeetingDate(cadence: Cadence, after: string, anchor: string | undefined, day: number | undefined): string {
  if (cadence.kind === 'monthly') return nextMonthly(after, anchor, day);
  const weeks = cadence.kind === 'weekly' ? 1 : cadence.kind === 'biweekly' ? 2 : cadence.weeks;
  const period = weeks * 7;
  let start = anchor ?? after;
  if (day !== undefined) start = addDays(start, (day - weekday(start) + 7) % 7);
  const gap = dayNumber(after) - dayNumber(start);
  if (gap < 0) return start;
  const steps = Math.floor(gap / period) + 1;
  return fromDayNumber(dayNumber(start) + steps * period);
}

/** Monthly: the same ordinal weekday as the anchor (2nd Tuesday), or the same day of the month. */
function nextMonthly(after: string, anchor: string | undefined, day: number | undefined): string {
  const base = anchor ?? after;
  const ordinal = Math.min(Math.ceil(Number(base.slice(8, 10)) / 7), 4);
  const weekdayOfMeeting = day ?? weekday(base);
  let year = Number(after.slice(0, 4));
  let month = Number(after.slice(5, 7));
  for (let i = 0; i < 3; i++) {
    const candidate = nthWeekday(year, month, weekdayOfMeeting, ordinal);
    if (candidate > after && (!anchor || candidate >= anchor)) return candidate;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return nthWeekday(year, month, weekdayOfMeeting, ordinal);
}

function nthWeekday(year: number, month: number, wd: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const offset = (wd - weekday(first) + 7) % 7;
  const day = Math.min(1 + offset + (n - 1) * 7, daysInMonth(year, month));
  return `${first.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** A meeting to come: a date, its time when known, and the note already written for it, if any. */
export interface UpcomingMeeting {
  date: string;
  time: string | undefined;
  note: MeetingNote | undefined;
}

export interface ScheduleInput {
  profile: Profile | undefined;
  /** The series' dated notes, in meeting order. */
  notes: readonly MeetingNote[];
  cadence: SeriesCadence | undefined;
  /** The series' meetings in the user's calendar export, when it has any (SPEC §12). */
  calendar?: SeriesCalendar;
}

/**
 * The schedule's next meeting day strictly after `after` (SPEC §2, §12): where the series has a
 * calendar, its meetings, and the cadence only after its last one; for a day before the calendar
 * was read from (history, such as an old note's next meeting), the cadence.
 */
export function nextScheduledDate(series: Pick<ScheduleInput, 'profile' | 'notes' | 'cadence' | 'calendar'>, after: string): string | undefined {
  const calendar = series.calendar;
  const byCadence = (from: string) =>
    series.cadence ? nextMeetingDate(series.cadence.cadence, from, series.profile?.since ?? series.notes[series.notes.length - 1]?.date, series.profile?.day) : undefined;
  if (!calendar || after < calendar.windowFrom) return byCadence(after);
  return (after < calendar.lastDate ? meetingAfter(calendar, after)?.date : undefined) ?? byCadence(after > calendar.lastDate ? after : calendar.lastDate);
}

/**
 * The time of a series' meeting on `date`: the note's own (`noteTime`), else the calendar's that
 * day, else the usual time.
 */
export function meetingTime(series: Pick<ScheduleInput, 'profile' | 'notes' | 'calendar'>, date: string, noteTime: string | undefined): string | undefined {
  if (noteTime !== undefined) return noteTime;
  const inCalendar = series.calendar ? meetingsOn(series.calendar, date)[0] : undefined;
  return inCalendar?.time ?? usualTime(series);
}

/**
 * Where the calendar has put the meeting a planned note was written for (SPEC §12), when the note
 * has not followed: the occurrence it was moved to, or `canceled`. Undefined when the calendar
 * agrees with the note, does not speak for its day, or says nothing of it. The note stays the
 * agenda of that meeting (`calendar-mismatch` asks to move the file too).
 */
export function calendarMove(series: Pick<ScheduleInput, 'calendar'>, note: MeetingNote): CalendarMoment | 'canceled' | undefined {
  const calendar = series.calendar;
  if (!calendar || note.status !== 'planned' || !covers(calendar, note.date!)) return undefined;
  if (hasMeetingAt(calendar, note.date!, note.time)) return undefined;
  const changed = changedFrom(calendar, { date: note.date!, time: note.time });
  if (!changed) return undefined;
  return changed.canceled ? 'canceled' : { date: changed.date, time: changed.time };
}

/**
 * When the meeting a dated note is for takes place: where the calendar moved it (SPEC §12), else
 * the note's date at its meeting time; undefined when the calendar canceled it. The share
 * deadline, the reminders and "is it past" follow this.
 */
export function meetingMomentOf(series: Pick<ScheduleInput, 'profile' | 'notes' | 'calendar'>, note: MeetingNote): CalendarMoment | undefined {
  const moved = calendarMove(series, note);
  if (moved === 'canceled') return undefined;
  return moved ?? { date: note.date!, time: meetingTime(series, note.date!, note.time) };
}

/**
 * The time a series usually meets: the profile's `time:`, else — with no profile, as the cadence
 * is inferred then — the time written in its latest note that has one.
 */
export function usualTime(series: Pick<ScheduleInput, 'profile' | 'notes'>): string | undefined {
  if (series.profile?.time) return series.profile.time;
  for (let i = series.notes.length - 1; i >= 0; i--) if (series.notes[i].time) return series.notes[i].time;
  return undefined;
}

/**
 * The next `count` meetings from `now` on (SPEC §2, §7): the planned notes already written, and
 * the schedule's dates — less those a canceled or rescheduled note took out, plus the dates they
 * were moved to. A meeting today counts until its time has passed (all day when no time is known).
 */
export function upcomingMeetings(series: ScheduleInput, now: LocalDateTime, count: number): UpcomingMeeting[] {
  const isAhead = (date: string, time: string | undefined) => date > now.date || (date === now.date && (time === undefined || time > now.time));
  const byDate = new Map<string, UpcomingMeeting>();
  const removed = new Set<string>();
  for (const note of series.notes) {
    if (note.status === 'canceled' || note.status === 'rescheduled') {
      removed.add(note.date!);
      const time = note.movedTo ? meetingTime(series, note.movedTo, note.time) : undefined;
      if (note.status === 'rescheduled' && note.movedTo && !byDate.has(note.movedTo) && isAhead(note.movedTo, time))
        byDate.set(note.movedTo, { date: note.movedTo, time, note: undefined });
    }
  }
  const movedNotes = new Set<MeetingNote>();
  for (const note of series.notes) {
    if (note.status === 'canceled' || note.status === 'rescheduled') continue;
    const moved = calendarMove(series, note);
    if (moved === 'canceled') {
      removed.add(note.date!);
      continue;
    }
    const { date, time } = moved ?? { date: note.date!, time: meetingTime(series, note.date!, note.time) };
    if (!isAhead(date, time)) continue;
    // One meeting a day, as the schedule has them — unless a note the calendar moved lands on a day with a note of its own: both are meetings.
    const taken = byDate.get(date)?.note;
    if (!taken) byDate.set(date, { date, time, note });
    else if (moved || movedNotes.has(taken)) byDate.set(`${date} ${note.file}`, { date, time, note });
    if (moved) movedNotes.add(note);
  }
  // The first `count` schedule dates are enough: any later one comes after all of them.
  let accepted = 0;
  const acceptedDates = new Set<string>();
  const accept = (date: string, time: string | undefined) => {
    // Days, not meetings, are counted: a calendar may have two on one day.
    if (removed.has(date) || !isAhead(date, time) || acceptedDates.has(date)) return;
    acceptedDates.add(date);
    accepted++;
    if (!byDate.has(date)) byDate.set(date, { date, time, note: undefined });
  };
  const calendar = series.calendar;
  if (calendar) {
    // Where the calendar speaks, its meetings are the schedule (SPEC §12).
    for (const meeting of meetingsFrom(calendar, now.date)) {
      if (accepted >= count) break;
      accept(meeting.date, meeting.time);
    }
  }
  if (series.cadence) {
    const anchor = series.profile?.since ?? series.notes[series.notes.length - 1]?.date;
    const time = usualTime(series);
    let after = addDays(now.date, -1);
    if (calendar && calendar.lastDate > after) after = calendar.lastDate;
    for (let guard = 0; accepted < count && guard < count + 60; guard++) {
      const date = nextMeetingDate(series.cadence.cadence, after, anchor, series.profile?.day);
      after = date;
      accept(date, time);
    }
  }
  return [...byDate.values()].sort((a, b) => compareMoments(a, b)).slice(0, count);
}
