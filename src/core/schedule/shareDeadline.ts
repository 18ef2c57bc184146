import { addDays, daysBetween } from './calendarDate';
import { minutesOfDay, type LocalDateTime } from './clock';

/** When the agenda of a meeting on `meetingDate` is due to be shared (`shareBy` on the day before), and the minutes from `now` to then: 0 or less once passed. */
export function shareDeadline(meetingDate: string, shareBy: string, now: LocalDateTime): { date: string; time: string; minutesLeft: number } {
  const date = addDays(meetingDate, -1);
  const minutesLeft = daysBetween(now.date, date) * 1440 + minutesOfDay(shareBy) - minutesOfDay(now.time);
  return { date, time: shareBy, minutesLeft };
}
