import { occurrencesOf, readCalendar, type CalendarEvent, type CalendarFile } from '../calendar/readCalendar';
import type { CalendarOccurrence, CalendarProblem, DateWindow } from '../calendar/occurrence';
import { seriesCalendarOf, type SeriesCalendar } from '../calendar/seriesCalendar';
import { seriesMatcher, type SeriesCalendarKey } from '../calendar/seriesMatch';
import { addDays } from '../schedule/calendarDate';

/**
 * The calendar exports the vault reads (SPEC §12), and each series' meetings in them. A file is
 * read once when it is set; the expansion into occurrences — the costly part — happens when a
 * series is first asked for, over a window around today, and is kept until a calendar, the
 * series' names or the day changes.
 */

/** How far back the calendar is expanded: the 90 days Insights counts over, and some margin for planned notes. */
export const CALENDAR_DAYS_BACK = 120;
/** How far ahead: a year and some (`brief` and `week --days` look up to a year ahead). */
export const CALENDAR_DAYS_AHEAD = 400;

export class CalendarShelf {
  private readonly files = new Map<string, CalendarFile>();
  private expanded: { key: string; bySeries: Map<string, SeriesCalendar> } | undefined;

  constructor(private readonly timeZone: string | undefined) {}

  /** Reads a calendar export (never throws: what cannot be read is a problem on the file). */
  set(file: string, text: string): void {
    this.files.set(file, readCalendar(file, text));
    this.expanded = undefined;
  }

  /** A calendar file that could not be read (missing, binary, too large): no meetings, one problem saying why. */
  setUnreadable(file: string, reason: string): void {
    this.files.set(file, { file, ownExport: false, events: [], problems: [{ file, line: undefined, message: reason }] });
    this.expanded = undefined;
  }

  remove(file: string): boolean {
    const had = this.files.delete(file);
    if (had) this.expanded = undefined;
    return had;
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** The calendar files, sorted. */
  fileNames(): string[] {
    return [...this.files.keys()].sort();
  }

  get isEmpty(): boolean {
    return this.files.size === 0;
  }

  /** What could not be read, file by file. */
  problems(): CalendarProblem[] {
    return this.fileNames().flatMap((f) => this.files.get(f)!.problems);
  }

  /**
   * Each series' calendar around `today`, for the series `keys` describe (`signature` says them in
   * one string: `matchSignature`). The work is done once per day, set of calendars and series
   * names; an unchanged question costs a string comparison.
   */
  seriesCalendars(keys: readonly SeriesCalendarKey[], signature: string, today: string): Map<string, SeriesCalendar> {
    if (this.files.size === 0) return EMPTY;
    const key = `${today}\u0000${signature}`;
    if (this.expanded?.key === key) return this.expanded.bySeries;
    const window: DateWindow = { from: addDays(today, -CALENDAR_DAYS_BACK), to: addDays(today, CALENDAR_DAYS_AHEAD) };
    const matcher = seriesMatcher(keys);
    const occurrences = new Map<string, CalendarOccurrence[]>();
    for (const { event, series } of this.matchedEvents(matcher)) {
      let list = occurrences.get(series);
      if (!list) occurrences.set(series, (list = []));
      for (const o of occurrencesOf(event, window, this.timeZone)) list.push(o);
    }
    const bySeries = new Map<string, SeriesCalendar>();
    for (const [series, list] of occurrences) {
      const calendar = seriesCalendarOf(list, window.from);
      if (calendar) bySeries.set(series, calendar);
    }
    this.expanded = { key, bySeries };
    return bySeries;
  }

  /**
   * The events that belong to a series. The product's own export is skipped (it mirrors the notes,
   * not the calendar), and an event found in several files — two exports of one calendar — is taken
   * from the file whose name sorts last (`calendar-2026-12.ics` over `calendar-2026-11.ics`).
   */
  private *matchedEvents(matcher: ReturnType<typeof seriesMatcher>): Generator<{ event: CalendarEvent; series: string }> {
    const seen = new Set<string>();
    for (const name of this.fileNames().reverse()) {
      const calendar = this.files.get(name)!;
      if (calendar.ownExport) continue;
      const uids: string[] = [];
      for (const event of calendar.events) {
        if (seen.has(event.uid)) continue;
        uids.push(event.uid);
        const series = matcher.seriesOf(event.summary, event.allDay);
        if (series !== undefined) yield { event, series };
      }
      for (const uid of uids) seen.add(uid);
    }
  }
}

const EMPTY = new Map<string, SeriesCalendar>();

/** What the matching depends on, as one string: two equal signatures match every event alike. */
export function matchSignature(keys: readonly SeriesCalendarKey[]): string {
  return keys.map((k) => `${k.id}\u0001${k.name}\u0001${k.calendarTexts.join('\u0002')}`).join('\u0000');
}
