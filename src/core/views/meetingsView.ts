import type { MeetingNote, MeetingStatus, Role } from '../model/model';
import { openCommitmentsOf } from './openCommitments';
import { describeCadence } from '../model/profile';
import { meetingTime, upcomingMeetings } from '../schedule/schedule';
import { seriesName, type SeriesState } from '../model/seriesState';
import { compareStrings } from '../text/stringOrder';

/**
 * One series as the Meetings view shows it (SPEC §2, §3, §7): who, how often, the meetings to
 * come (written or not) and the notes before them, each with the open and overdue commitments it
 * holds. Pure: the series state and its clock say everything.
 */

export interface MeetingEntry {
  date: string;
  time: string | undefined;
  /** The note's status; a scheduled meeting with no note yet is `planned`. */
  status: MeetingStatus;
  /** The note, when one is written. */
  note: MeetingNote | undefined;
  /**
   * True for the meeting `New 1x1 agenda` would write now: the next one, when it has no note yet.
   * (The command always writes the next meeting's agenda, so no later one can be made from here.)
   */
  writable: boolean;
  /** Commitments open in this note (those whose latest copy is here), and those of them past due. */
  open: number;
  overdue: number;
  /** The note's file name (`2026-11-09-2.md`) when another note of the series has its date: the date alone cannot tell them apart. */
  sameDayFileName: string | undefined;
}

export interface SeriesOverview {
  id: string;
  name: string;
  role: Role;
  /** `weekly`, `every 3 weeks`…, undefined when no cadence is known. */
  cadence: string | undefined;
  cadenceInferred: boolean;
  /**
   * The next meetings (written or scheduled, soonest first), with the notes dated after today
   * that are not among them (a canceled meeting next week, agendas written further ahead).
   */
  upcoming: MeetingEntry[];
  /**
   * Every other note, newest first. Made when asked (a person's row expanded): the Meetings view
   * keeps every person's overview, and an entry for each of 10,000 past notes was a megabyte kept
   * for rows mostly never opened.
   */
  readonly past: MeetingEntry[];
  /** Open commitments of the series, and those of them past due. */
  open: number;
  overdue: number;
}

export const UPCOMING_SHOWN = 3;

export function meetingsOverview(state: SeriesState, upcomingCount = UPCOMING_SHOWN): SeriesOverview {
  const { now } = state;
  const commitments = openCommitmentsOf(state);
  const counts = countsByNote(commitments);
  // Only what an entry needs is kept by `past`'s closure: never the series state (its lineages).
  const sharedDates = new Set<string>();
  for (let i = 1; i < state.notes.length; i++) if (state.notes[i].date === state.notes[i - 1].date) sharedDates.add(state.notes[i].date!);
  const schedule = { profile: state.profile, notes: state.notes, calendar: state.calendar };
  const entryOf = (note: MeetingNote): MeetingEntry => ({
    date: note.date!,
    time: meetingTime(schedule, note.date!, note.time),
    status: note.status,
    note,
    writable: false,
    open: counts.get(note.file)?.open ?? 0,
    overdue: counts.get(note.file)?.overdue ?? 0,
    sameDayFileName: sharedDates.has(note.date!) ? note.file.slice(note.file.lastIndexOf('/') + 1) : undefined,
  });

  const upcoming: MeetingEntry[] = upcomingMeetings(state, now, upcomingCount).map((m, i) =>
    // A note's meeting may sit where the calendar moved it (SPEC §12): shown there.
    m.note ? { ...entryOf(m.note), date: m.date, time: m.time } : { date: m.date, time: m.time, status: 'planned', note: undefined, writable: i === 0, open: 0, overdue: 0, sameDayFileName: undefined },
  );
  const shown = new Set(upcoming.map((m) => m.note).filter((n) => n !== undefined));
  for (const note of state.notes) if (!shown.has(note) && note.date! > now.date) upcoming.push(entryOf(note));
  upcoming.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.time ?? '', b.time ?? ''));
  for (const m of upcoming) if (m.note) shown.add(m.note);

  const pastNotes = state.notes.filter((n) => !shown.has(n)).reverse();
  return {
    id: state.id,
    name: seriesName(state, state.id),
    role: state.role,
    cadence: state.cadence ? describeCadence(state.cadence.cadence) : undefined,
    cadenceInferred: state.cadence?.inferred ?? false,
    upcoming,
    get past() {
      return pastNotes.map(entryOf);
    },
    open: commitments.length,
    overdue: commitments.filter((c) => c.group === 'overdue').length,
  };
}

function countsByNote(commitments: readonly { file: string; group: string }[]): Map<string, { open: number; overdue: number }> {
  const counts = new Map<string, { open: number; overdue: number }>();
  for (const c of commitments) {
    const entry = counts.get(c.file) ?? { open: 0, overdue: 0 };
    entry.open++;
    if (c.group === 'overdue') entry.overdue++;
    counts.set(c.file, entry);
  }
  return counts;
}
