/**
 * ISO `YYYY-MM-DD` dates as notes write them (SPEC §6: they must exist on the calendar), checked
 * in place so the parser never cuts a string out of a line to look at a date.
 */

/** True when `text` is `YYYY-MM-DD` and that day exists (2026-02-30 does not). Runs for every date of every note: no allocation. */
export function isValidIsoDate(text: string): boolean {
  return text.length === 10 && isoDateNumberAt(text, 0) >= 0;
}

/**
 * The day written as `YYYY-MM-DD` at `text[from, from + 10)` as the number YYYYMMDD, or -1 when
 * it is not such a date or the day does not exist. Lets a parser check and look up a date inside a
 * line without cutting a string out of it first.
 */
export function isoDateNumberAt(text: string, from: number): number {
  if (from + 10 > text.length || text.charCodeAt(from + 4) !== 45 || text.charCodeAt(from + 7) !== 45) return -1;
  const year = digits(text, from, from + 4);
  const month = digits(text, from + 5, from + 7);
  const day = digits(text, from + 8, from + 10);
  // Years before 1000 are typing mistakes (`0000-01-01`) that date arithmetic would move to the
  // 1900s: no 1x1 note, flag or due date means them.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 10000 + month * 100 + day;
}

/** The number written by the ASCII digits text[from, to), or -1. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1];
}
