import { addDays, shortWeekdayName, weekday } from '../schedule/calendarDate';
import type { MeetingNote } from '../model/model';
import { seriesName, type SeriesState } from '../model/seriesState';
import type { SectionDefinition } from '../settings/settings';
import { compareStrings } from '../text/stringOrder';

/**
 * What completion offers in a note (the editor's provider only places it): due dates, owners
 * and the section headings the note still lacks.
 */

export interface DateSuggestion {
  date: string;
  /** `2026-11-24 — tomorrow, next 1x1 (Tue)` */
  label: string;
  /** True for the next 1x1, the date a commitment most often gets. */
  nextMeeting: boolean;
}

/**
 * Today, tomorrow, the end of the week and the series' next 1x1 after this note's meeting (the
 * date the `missing-due-date` fix writes), in date order; one suggestion per date, its names joined.
 * The end of the week is this week's Friday (today on a Friday), next week's on a weekend.
 */
export function dateSuggestions(series: SeriesState | undefined, note: MeetingNote | undefined, today: string): DateSuggestion[] {
  const named: [string, string][] = [
    [today, 'today'],
    [addDays(today, 1), 'tomorrow'],
    [endOfWeek(today), 'end of week'],
  ];
  const after = note?.date !== undefined && note.date > today ? note.date : today;
  const next = series?.nextMeetingAfter(after);
  if (next) named.push([next, 'next 1x1']);
  const byDate = new Map<string, string[]>();
  for (const [date, name] of named) byDate.set(date, [...(byDate.get(date) ?? []), name]);
  return [...byDate.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([date, names]) => ({ date, label: `${date} — ${names.join(', ')} (${shortWeekdayName(date)})`, nextMeeting: names.includes('next 1x1') }));
}

/** Friday of `today`'s week (Monday to Friday), or of the next week on Saturday and Sunday. */
export function endOfWeek(today: string): string {
  return addDays(today, (5 - weekday(today) + 7) % 7);
}

export interface PersonSuggestion {
  /** What follows the `@`. */
  name: string;
  /** The person's display name, or `you` for `oneOnOne.me`. */
  detail: string;
}

/** `oneOnOne.me` first, then every series id of the vault with its person's name. */
export function peopleSuggestions(seriesStates: readonly SeriesState[], me: string): PersonSuggestion[] {
  const people: PersonSuggestion[] = [{ name: me, detail: 'you (oneOnOne.me)' }];
  for (const state of seriesStates) if (state.id !== me) people.push({ name: state.id, detail: seriesName(state, state.id) });
  return people;
}

/** The sections of the template the note has no heading for, in template order. */
export function missingSectionSuggestions(sections: readonly SectionDefinition[], present: Iterable<string>): SectionDefinition[] {
  const have = new Set(present);
  return sections.filter((s) => !have.has(s.key));
}
