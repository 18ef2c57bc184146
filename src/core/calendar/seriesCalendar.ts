import { dayNumber } from '../schedule/calendarDate';
import { minutesOfDay } from '../schedule/clock';
import type { CalendarMoment, CalendarOccurrence } from './occurrence';

/**
 * One series' meetings as the calendar has them (SPEC §12): its occurrences in the expanded
 * window, canceled ones too, in time order. Where it speaks — up to its last occurrence — it is
 * the series' schedule; after that, the cadence.
 */
export interface SeriesCalendar {
  /** Every occurrence, canceled ones included, by date then time. */
  readonly occurrences: readonly CalendarOccurrence[];
  /** The first and last day the calendar has a meeting (canceled or not) for the series. */
  readonly firstDate: string;
  readonly lastDate: string;
  /** The first day the calendar was read for: before it lies history the calendar was not asked about. */
  readonly windowFrom: string;
}

/** The calendar of a series from its occurrences (any order) read from `windowFrom` on, or undefined when there are none. */
export function seriesCalendarOf(occurrences: readonly CalendarOccurrence[], windowFrom: string): SeriesCalendar | undefined {
  if (occurrences.length === 0) return undefined;
  const sorted = [...occurrences].sort(compareMoments);
  return { occurrences: sorted, firstDate: sorted[0].date, lastDate: sorted[sorted.length - 1].date, windowFrom };
}

/** Whether the calendar speaks for `date`: within its first and last day. */
export function covers(calendar: SeriesCalendar, date: string): boolean {
  return date >= calendar.firstDate && date <= calendar.lastDate;
}

/** The meetings taking place on `date` (not canceled), in time order. */
export function meetingsOn(calendar: SeriesCalendar, date: string): CalendarOccurrence[] {
  const found: CalendarOccurrence[] = [];
  for (let i = firstOnOrAfter(calendar, date); i < calendar.occurrences.length && calendar.occurrences[i].date === date; i++)
    if (!calendar.occurrences[i].canceled) found.push(calendar.occurrences[i]);
  return found;
}

/** Whether the calendar has a meeting on `date` at `time` (any time of the day when `time` is undefined, or the meeting is all-day). */
export function hasMeetingAt(calendar: SeriesCalendar, date: string, time: string | undefined): boolean {
  return meetingsOn(calendar, date).some((o) => time === undefined || o.time === undefined || o.time === time);
}

/** The first meeting (not canceled) on a day after `date`. */
export function meetingAfter(calendar: SeriesCalendar, date: string): CalendarOccurrence | undefined {
  for (let i = firstOnOrAfter(calendar, date); i < calendar.occurrences.length; i++) {
    const o = calendar.occurrences[i];
    if (o.date > date && !o.canceled) return o;
  }
  return undefined;
}

/** The meetings (not canceled) from `date` on, in time order: a lazy walk, as the schedule takes only what it needs. */
export function* meetingsFrom(calendar: SeriesCalendar, date: string): Generator<CalendarOccurrence> {
  for (let i = firstOnOrAfter(calendar, date); i < calendar.occurrences.length; i++) if (!calendar.occurrences[i].canceled) yield calendar.occurrences[i];
}

/** The meeting (not canceled) nearest to a moment; a tie goes to the later one (a meeting moves later more often than earlier). */
export function nearestMeeting(calendar: SeriesCalendar, at: CalendarMoment): CalendarOccurrence | undefined {
  const minute = (m: CalendarMoment) => dayNumber(m.date) * 1440 + minutesOfDay(m.time ?? '00:00');
  const target = minute(at);
  let best: CalendarOccurrence | undefined;
  let bestDistance = Infinity;
  const start = firstOnOrAfter(calendar, at.date);
  // Only the closest meeting on each side can be the nearest: look left of the date, then right.
  for (let i = start - 1; i >= 0; i--)
    if (!calendar.occurrences[i].canceled) {
      best = calendar.occurrences[i];
      bestDistance = target - minute(best);
      break;
    }
  for (let i = start; i < calendar.occurrences.length; i++) {
    const o = calendar.occurrences[i];
    if (o.canceled) continue;
    const distance = Math.abs(minute(o) - target);
    if (distance <= bestDistance) {
      best = o;
      bestDistance = distance;
    }
    if (minute(o) >= target) break;
  }
  return best;
}

/** The occurrence the calendar moved or canceled whose rule put it at `at` (date, and time when given). */
export function changedFrom(calendar: SeriesCalendar, at: CalendarMoment): CalendarOccurrence | undefined {
  for (const o of calendar.occurrences) {
    if (o.movedFrom && o.movedFrom.date === at.date && (at.time === undefined || o.movedFrom.time === undefined || o.movedFrom.time === at.time)) return o;
  }
  for (let i = firstOnOrAfter(calendar, at.date); i < calendar.occurrences.length && calendar.occurrences[i].date === at.date; i++) {
    const o = calendar.occurrences[i];
    if (o.canceled && (at.time === undefined || o.time === undefined || o.time === at.time)) return o;
  }
  return undefined;
}

/** Index of the first occurrence on or after `date` (binary search: five years of weekly meetings is 260). */
function firstOnOrAfter(calendar: SeriesCalendar, date: string): number {
  let low = 0;
  let high = calendar.occurrences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (calendar.occurrences[mid].date < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function compareMoments(a: CalendarMoment, b: CalendarMoment): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ta = a.time ?? '';
  const tb = b.time ?? '';
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}
