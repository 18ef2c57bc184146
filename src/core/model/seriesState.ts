import type { LocalDateTime } from '../schedule/clock';
import { linkLineages, type SeriesLineages } from './lineage';
import type { MeetingNote, Profile, Role } from './model';
import { cadenceOf, nextScheduledDate, type SeriesCadence } from '../schedule/schedule';
import type { SeriesCalendar } from '../calendar/seriesCalendar';
import type { Settings } from '../settings/settings';

/** Everything the rules need to know about one series at one moment. */
export interface SeriesState {
  id: string;
  profile: Profile | undefined;
  role: Role;
  /** Notes with a valid date, in meeting order (date, then file name). */
  notes: MeetingNote[];
  /** Notes whose date could not be read (reported by `invalid-front-matter`). */
  undatedNotes: MeetingNote[];
  /** The latest note that says `held` and is not dated after today (a future "held" is a slip: `future-held`). */
  latestHeld: MeetingNote | undefined;
  /** Planned notes and the latest held note (SPEC §8); a note dated after today that says `held` counts as planned here. */
  currentNotes: MeetingNote[];
  cadence: SeriesCadence | undefined;
  /** The series' meetings in the calendar export, when it has any (SPEC §12): its schedule where it speaks. */
  calendar: SeriesCalendar | undefined;
  lineages: SeriesLineages;
  settings: Settings;
  now: LocalDateTime;
  /** The next scheduled meeting strictly after `date`, when a cadence is known. */
  nextMeetingAfter(date: string): string | undefined;
}

/** Meeting order: date, then time, then the `-2` suffix of a second meeting that day, then file name. */
/**
 * The other person's name: the profile's `with:`, else the latest note that says it, else
 * `fallback`. Every surface that names a series (list, picker, agenda title) asks here.
 */
export function seriesName(series: { profile: Profile | undefined; notes: readonly MeetingNote[] }, fallback: string): string {
  if (series.profile?.withName) return series.profile.withName;
  for (let i = series.notes.length - 1; i >= 0; i--) if (series.notes[i].withName) return series.notes[i].withName!;
  return fallback;
}

function compareNotes(a: MeetingNote, b: MeetingNote): number {
  if (a.date !== b.date) return a.date! < b.date! ? -1 : 1;
  const ta = a.time ?? '';
  const tb = b.time ?? '';
  if (ta !== tb && ta !== '' && tb !== '') return ta < tb ? -1 : 1;
  const sa = sameDayNumber(a.file);
  const sb = sameDayNumber(b.file);
  if (sa !== sb) return sa - sb;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** `2026-11-24.md` → 1, `2026-11-24-2.md` → 2. */
function sameDayNumber(file: string): number {
  const m = /\d{4}-\d{2}-\d{2}-(\d+)\.md$/i.exec(file);
  return m ? Number(m[1]) : 1;
}

export function buildSeriesState(
  id: string,
  profile: Profile | undefined,
  allNotes: Iterable<MeetingNote>,
  settings: Settings,
  now: LocalDateTime,
  calendar?: SeriesCalendar,
): SeriesState {
  const notes: MeetingNote[] = [];
  const undatedNotes: MeetingNote[] = [];
  for (const note of allNotes) (note.date === undefined ? undatedNotes : notes).push(note);
  notes.sort(compareNotes);
  let latestHeld: MeetingNote | undefined;
  for (let i = notes.length - 1; i >= 0; i--)
    if (notes[i].status === 'held' && !isFutureHeld(notes[i], now.date)) {
      latestHeld = notes[i];
      break;
    }
  const currentNotes = notes.filter((n) => n.status === 'planned' || n === latestHeld || isFutureHeld(n, now.date));
  const cadence = cadenceOf(profile, notes);
  // Every commitment fix of a series asks for the meeting after today: the last answer is kept.
  let askedFor: string | undefined;
  let answer: string | undefined;
  // Linked on first use: the status bar, This week's schedule and the brief's header never ask.
  let lineages: SeriesLineages | undefined;
  return {
    id,
    profile,
    role: profile?.role ?? 'manager',
    notes,
    undatedNotes,
    latestHeld,
    currentNotes,
    cadence,
    calendar,
    get lineages() {
      return (lineages ??= linkLineages(notes));
    },
    settings,
    now,
    nextMeetingAfter(date) {
      if (date === askedFor) return answer;
      // A note already written for a later meeting wins over the schedule.
      const written = firstTakingPlaceAfter(notes, date);
      const scheduled = nextScheduledDate({ profile, notes, cadence, calendar }, date);
      askedFor = date;
      answer = written && (!scheduled || written.date! <= scheduled) ? written.date : scheduled;
      return answer;
    },
  };
}

/** A note dated after today that says `held`: it cannot have been held yet (SPEC §8, `future-held`). */
export function isFutureHeld(note: MeetingNote, today: string): boolean {
  return note.status === 'held' && note.date !== undefined && note.date > today;
}

/** The first note (in meeting order, so by date) dated after `date` that is not canceled or rescheduled. */
function firstTakingPlaceAfter(notes: readonly MeetingNote[], date: string): MeetingNote | undefined {
  // Binary search for the first note after `date`: a series can have hundreds of notes.
  let low = 0;
  let high = notes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (notes[mid].date! > date) high = mid;
    else low = mid + 1;
  }
  for (let i = low; i < notes.length; i++) if (notes[i].status !== 'canceled' && notes[i].status !== 'rescheduled') return notes[i];
  return undefined;
}
