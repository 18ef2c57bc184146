import { addDays, formatShortDate } from '../schedule/calendarDate';
import type { Week } from './week';

/**
 * The reminder to share an agenda (issue 13): which meetings to remind me of now. A meeting with
 * my manager (role `manager`) whose agenda is written but not shared, and whose share deadline is
 * at most `minutesBefore` minutes away — once per meeting: `reminded` holds the keys already
 * reminded of. Pure: the week (`weekAhead` at the moment asked) says the rest.
 *
 * Edges, as decided (docs/decisions.md, "The share reminder"):
 * - "Within the hour" includes the far edge (60 minutes left reminds) and excludes the deadline
 *   itself: once it has passed, `agenda-not-shared` says so, and a reminder would be late.
 * - No note written: no reminder (there is nothing to share; `agenda-not-written` reports it).
 * - A canceled or rescheduled meeting, or `minutesBefore` 0: none.
 */

export interface ShareReminder {
  /** What `reminded` remembers: the note and the meeting's date. */
  key: string;
  series: string;
  name: string;
  date: string;
  file: string;
  shareBy: { date: string; time: string; minutesLeft: number };
}

export function reminderKey(file: string, date: string): string {
  return `${file}@${date}`;
}

/**
 * The days `weekAhead` has to look ahead for every deadline within `minutesBefore`: a deadline is
 * on a working day at most a week before its meeting.
 */
export function reminderWindowDays(minutesBefore: number): number {
  return Math.ceil(minutesBefore / 1440) + 8;
}

export function sharesToRemind(week: Week, minutesBefore: number, reminded: ReadonlySet<string>): ShareReminder[] {
  if (minutesBefore <= 0) return [];
  const due: ShareReminder[] = [];
  for (const m of week.meetings) {
    if (m.role !== 'manager' || !m.note || m.shared !== undefined || !m.shareBy) continue;
    if (m.status === 'canceled' || m.status === 'rescheduled') continue;
    const left = m.shareBy.minutesLeft;
    if (left <= 0 || left > minutesBefore) continue;
    const key = reminderKey(m.note.file, m.date);
    if (reminded.has(key)) continue;
    due.push({ key, series: m.series, name: m.name, date: m.date, file: m.note.file, shareBy: m.shareBy });
  }
  return due;
}

/** `1x1: the agenda for your 1x1 with Dana Whitfield on Tue 24 Nov is not shared yet — share it by 17:00 today (30 minutes left).` */
export function reminderMessage(r: ShareReminder, today: string): string {
  const day = r.shareBy.date === today ? 'today' : r.shareBy.date === addDays(today, 1) ? 'tomorrow' : formatShortDate(r.shareBy.date);
  const left = r.shareBy.minutesLeft;
  const leftText = left < 60 ? `${left} minute${left === 1 ? '' : 's'} left` : `${Math.floor(left / 60)} h ${String(left % 60).padStart(2, '0')} min left`;
  return `1x1: the agenda for your 1x1 with ${r.name} on ${formatShortDate(r.date)} is not shared yet — share it by ${r.shareBy.time} ${day} (${leftText}).`;
}

/** The remembered keys still worth keeping: meetings from two weeks ago on (older ones can never be reminded of again). */
export function keptReminders(keys: readonly string[], today: string): string[] {
  const since = addDays(today, -14);
  return keys.filter((key) => key.slice(key.lastIndexOf('@') + 1) >= since);
}
