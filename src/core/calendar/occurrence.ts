/**
 * What the product reads from a calendar export (SPEC §12): events and their occurrences, in the
 * machine's local time. The iCalendar details (RRULE, EXDATE, RECURRENCE-ID, VTIMEZONE) stay in
 * the reader; everything after it sees only these plain values.
 */

/** Local dates, both included: the stretch of days a calendar is expanded over. */
export interface DateWindow {
  from: string;
  to: string;
}

/** A local date and, unless all-day, a time. */
export interface CalendarMoment {
  /** `YYYY-MM-DD`, local. */
  date: string;
  /** `HH:MM`, 24 h, local; undefined for an all-day event. */
  time: string | undefined;
}

/** One occurrence of a calendar event, in the machine's local time (or the zone the caller names). */
export interface CalendarOccurrence extends CalendarMoment {
  /** The event's UID: the same for every occurrence of a recurring event. */
  uid: string;
  /** The SUMMARY of this occurrence (an overridden occurrence may have its own). */
  summary: string;
  /** Minutes from start to end; undefined for an all-day event. */
  duration: number | undefined;
  allDay: boolean;
  /** Canceled in the calendar: STATUS:CANCELLED on the event or on this occurrence, or an EXDATE. */
  canceled: boolean;
  /** An overridden occurrence (RECURRENCE-ID) that starts elsewhere than its rule said: where the rule had put it. */
  movedFrom: CalendarMoment | undefined;
  /** The calendar file, relative as the vault's paths are, and the 1-based line of its BEGIN:VEVENT. */
  file: string;
  line: number;
}

/** Something in a calendar file that could not be read: shown on that file, never thrown. */
export interface CalendarProblem {
  file: string;
  /** 1-based, when known. */
  line: number | undefined;
  message: string;
}
