import { daysBetween } from '../schedule/calendarDate';
import { plural } from '../text/wording';

/**
 * A day as the sidebar says it, relative to today: "today", "tomorrow", "in 8 days",
 * "3 weeks ago", "2 months ago". Whole days below two weeks, then whole weeks below two months,
 * then months, then years.
 */
export function relativeDay(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const span = spanOf(Math.abs(days));
  return days > 0 ? `in ${span}` : `${span} ago`;
}

const DAYS_PER_MONTH = 30;
const DAYS_PER_YEAR = 365;

function spanOf(days: number): string {
  if (days < 14) return `${days} days`;
  if (days < 2 * DAYS_PER_MONTH) return `${Math.floor(days / 7)} weeks`;
  if (days < DAYS_PER_YEAR) return plural(Math.floor(days / DAYS_PER_MONTH), 'month');
  return plural(Math.floor(days / DAYS_PER_YEAR), 'year');
}
