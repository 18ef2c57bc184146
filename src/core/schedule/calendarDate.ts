/**
 * Calendar dates as ISO `YYYY-MM-DD` strings and whole-day arithmetic on them.
 * Days are counted on the proleptic Gregorian calendar through `Date.UTC`, so no time zone or
 * daylight-saving change can shift a date: a 1x1 on "Tuesday" stays on Tuesday.
 */

const MS_PER_DAY = 86_400_000;

// Checking that a written date exists is the parser's (it reads dates inside lines); core re-exports it.
export { daysInMonth, isoDateNumberAt, isValidIsoDate } from '../../parsing/isoDate';

/** Days since 1970-01-01 of a valid ISO date. */
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(days: number): string {
  const d = new Date(days * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay`. */
export function weekday(isoDate: string): number {
  return (((dayNumber(isoDate) + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SHORT_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Tue 24 Nov 2026`, the form used in note titles. */
export function formatLongDate(isoDate: string): string {
  return `${formatShortDate(isoDate)} ${isoDate.slice(0, 4)}`;
}

/** `Tue 24 Nov`, for dates the reader knows are near (the next meeting, a deadline). */
export function formatShortDate(isoDate: string): string {
  return `${SHORT_WEEKDAYS[weekday(isoDate)]} ${formatDayMonth(isoDate)}`;
}

/** `Tue 24 Nov` in `today`'s year, else `Tue 24 Nov 2027`: the short form, as long as the year goes without saying. */
export function formatShortDateFrom(isoDate: string, today: string): string {
  return isoDate.slice(0, 4) === today.slice(0, 4) ? formatShortDate(isoDate) : formatLongDate(isoDate);
}

/** `24 Nov`, for lists of recent dates. */
export function formatDayMonth(isoDate: string): string {
  return `${Number(isoDate.slice(8, 10))} ${shortMonthName(isoDate)}`;
}

/** `Nov`, for a `YYYY-MM` month or a `YYYY-MM-DD` date. */
export function shortMonthName(isoMonthOrDate: string): string {
  return SHORT_MONTHS[Number(isoMonthOrDate.slice(5, 7)) - 1];
}

/** `Tue`. */
export function shortWeekdayName(isoDate: string): string {
  return SHORT_WEEKDAYS[weekday(isoDate)];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
