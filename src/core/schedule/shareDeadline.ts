import { addDays, weekday, WEEKDAY_NAMES } from './calendarDate';
import { minutesOfDay, minutesUntil, type LocalDateTime } from './clock';
import type { Settings } from '../settings/settings';

/**
 * When the agenda of a meeting on `meetingDate` is due to be shared — `shareBy` on the last
 * working day before it (SPEC §8: Friday for a Monday meeting) — and the minutes from `now` to
 * then: 0 or less once passed.
 */
export function shareDeadline(meetingDate: string, settings: Pick<Settings, 'shareBy' | 'workingDays'>, now: LocalDateTime): { date: string; time: string; minutesLeft: number } {
  const date = lastWorkingDayBefore(meetingDate, settings.workingDays);
  return { date, time: settings.shareBy, minutesLeft: minutesUntil(now, date, minutesOfDay(settings.shareBy)) };
}

/**
 * The last day before `date` (at most a week before) whose weekday is one of `workingDays`
 * (lowercase names, as `WEEKDAY_NAMES`). With no working day at all — the settings never let that
 * through, but a caller might — the day before, so the search always ends.
 */
export function lastWorkingDayBefore(date: string, workingDays: readonly string[]): string {
  for (let back = 1; back <= 7; back++) {
    const day = addDays(date, -back);
    if (workingDays.includes(WEEKDAY_NAMES[weekday(day)])) return day;
  }
  return addDays(date, -1);
}
