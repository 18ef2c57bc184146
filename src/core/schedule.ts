import { addDays, dayNumber, daysBetween, daysInMonth, fromDayNumber, weekday } from './calendarDate';
import type { Cadence, MeetingNote, Profile } from './model';

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

/** Median gap of the last (up to 8) distinct dates, rounded to the nearest of 7, 14 or 28 days. */
export function inferCadence(sortedDates: readonly string[]): Cadence | undefined {
  const dates = [...new Set(sortedDates)].slice(-9);
  if (dates.length < 2) return undefined;
  const gaps: number[] = [];
  for (let i = 1; i < dates.length; i++) gaps.push(daysBetween(dates[i - 1], dates[i]));
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  const median = gaps.length % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2;
  const choices: [number, Cadence][] = [[7, { kind: 'weekly' }], [14, { kind: 'biweekly' }], [28, { kind: 'monthly' }]];
  let best = choices[0];
  for (const c of choices) if (Math.abs(c[0] - median) < Math.abs(best[0] - median)) best = c;
  return best[1];
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
