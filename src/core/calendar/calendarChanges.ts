import { addDays } from '../schedule/calendarDate';
import type { SeriesCalendar } from './seriesCalendar';

/** How far back Insights counts the calendar's changes (SPEC §12). */
export const CALENDAR_CHANGES_DAYS = 90;

/** The meetings the calendar moved or canceled over the last 90 days. */
export interface CalendarChanges {
  moved: number;
  canceled: number;
}

/**
 * Counted by the day the calendar's rule had planned them, within the last 90 days, today
 * included: a meeting of 1 Dec moved to 3 Dec counts once, as moved, from 1 Dec on. An EXDATE
 * counts as canceled, as does an occurrence or event marked canceled.
 */
export function calendarChanges(calendar: SeriesCalendar, today: string): CalendarChanges {
  const from = addDays(today, -(CALENDAR_CHANGES_DAYS - 1));
  const changes: CalendarChanges = { moved: 0, canceled: 0 };
  for (const o of calendar.occurrences) {
    const planned = o.movedFrom?.date ?? o.date;
    if (planned < from || planned > today) continue;
    if (o.canceled) changes.canceled++;
    else if (o.movedFrom) changes.moved++;
  }
  return changes;
}
