import { privateCalloutSpans } from '../render/privateCallouts';
import type { ParsedNote } from '../../parsing/types';
import { textKeyOf } from '../../parsing/itemKey';
import { parseNote, splitLines } from '../../parsing/parseNote';
import { sectionMatcher } from '../../parsing/sectionTitles';
import { liveOf, type MeetingNote } from '../model/model';
import { describeCadence } from '../model/profile';
import { ownerHandles, sideOf, type Side } from '../model/owner';
import { seriesName, type SeriesState } from '../model/seriesState';
import { recurringTalkingPoints } from '../rules/recurringTopic';
import { shareableAgenda } from '../render/shareableAgenda';
import { addDays, daysBetween } from '../schedule/calendarDate';
import type { LocalDateTime } from '../schedule/clock';
import { upcomingMeetings } from '../schedule/schedule';
import { DEFAULT_SECTIONS, type SectionDefinition } from '../settings/settings';
import { isOpenLineage } from './openCommitments';
import { priorityThreadsOf, type SilentDeparture } from './priorityThreads';
import { weekAhead, type WeekMeeting } from './week';

/**
 * The brief (SPEC §11): what to read in the five minutes before a 1x1 — the person, the next
 * meeting and its rotating topic, what each side owes, the last meeting's priorities, talking
 * points that keep coming back (§13), the last note's need-to-know and unclear text. The CLI's
 * `brief` and the editor's Prepare for this 1x1 render it with `core/render/brief`.
 *
 * Never the private section: the text taken from notes is the shared agenda's (`shareableAgenda`:
 * no `private` section at any heading level — `## Private notes` too — no comments, no block ids),
 * less any callout that says it is private (`> [!private]`, `> [!note] Private …`); commitments
 * written in a private part of a note are not listed. The profile's free text loses the same.
 *
 * Edges, as decided (docs/decisions.md, "The brief"):
 * - The last meeting is the latest held one; the last note is the latest note dated no later than
 *   the next meeting (the agenda being prepared, when it is written) — the need-to-know and unclear
 *   text is what was written for this meeting, or else for the one before.
 * - Talking points that come back: exactly those the rule `recurring-topic` reports (SPEC §13,
 *   `recurringTalkingPoints`): in `oneOnOne.recurringAfter` consecutive held notes up to the latest.
 * - Priorities over time (§13, `priorityThreads`): each bullet of the last meeting's priorities that
 *   is a current priority says the weeks it has stood; the priorities that left without a word in
 *   the last `LEFT_SILENTLY_WEEKS` weeks follow, less any whose last mention is in a private part.
 */

/** How far back the brief looks for priorities that left without a word: two months of 1x1s. */
export const LEFT_SILENTLY_WEEKS = 8;

export interface BriefCommitment {
  text: string;
  due: string | undefined;
  overdue: boolean;
  carried: number;
  owner: string | undefined;
  /** The live item: its note and 0-based line. */
  file: string;
  line: number;
}

export interface RecurringPoint {
  /** As written in the latest held note (from its roadblocks or unclear section, never the private one). */
  text: string;
  /** Held notes in a row it was in, up to the latest one. */
  meetings: number;
  since: string;
}

export interface Brief {
  series: string;
  name: string;
  role: SeriesState['role'];
  cadence: string | undefined;
  cadenceInferred: boolean;
  day: number | undefined;
  time: string | undefined;
  duration: number | undefined;
  /** The profile's free text (Markdown, private parts left out), '' when none. */
  about: string;
  next: WeekMeeting | undefined;
  owed: Record<Side, BriefCommitment[]>;
  lastMeeting: { date: string; file: string; priorities: string } | undefined;
  /** The lines of `lastMeeting.priorities`, each with the weeks it has stood when it is a current priority (§13). */
  priorityLines: { text: string; weeks: number | undefined }[];
  /** Priorities that left without a word in the last `LEFT_SILENTLY_WEEKS` weeks, newest first. */
  leftSilently: SilentDeparture[];
  recurring: RecurringPoint[];
  lastNote: { date: string; file: string; needToKnow: string; unclear: string } | undefined;
  now: LocalDateTime;
}

/** The brief of one series at its `now`; `read` gives a vault file's current text (undefined when unreadable). */
export function briefOf(state: SeriesState, read: (file: string) => string | undefined): Brief {
  const now = state.now;
  const sections = withPrivate(state.settings.sections);
  const name = seriesName(state, state.id);
  const nextMeeting = upcomingMeetings(state, now, 1)[0];
  // Within a year, as `week --days` (a profile's `since: 9999-01-04` took the week's walk five seconds).
  const next = nextMeeting && dayCount(now.date, nextMeeting.date) <= 366 ? weekAhead([state], now, dayCount(now.date, nextMeeting.date)).meetings[0] : undefined;
  const lastHeld = state.latestHeld;
  const lastNote = latestNoteUpTo(state.notes, next?.date);
  const lastNoteText = lastNote && read(lastNote.file);
  const lastHeldText = lastHeld && read(lastHeld.file);
  const profileText = state.profile && read(state.profile.file);
  const priorities = lastHeld && (lastHeldText === undefined ? '' : sectionText(lastHeldText, 'priorities', sections));
  const threads = priorityThreadsOf(state, addDays(now.date, -7 * LEFT_SILENTLY_WEEKS));
  const privateOf = privateLinesOf(read, sections);
  return {
    series: state.id,
    name,
    role: state.role,
    cadence: state.cadence ? describeCadence(state.cadence.cadence) : undefined,
    cadenceInferred: state.cadence?.inferred ?? false,
    day: state.profile?.day,
    time: state.profile?.time ?? next?.time,
    duration: state.profile?.duration,
    about: profileText === undefined ? '' : shareableAgenda(profileText, { sections }).trim(),
    next,
    owed: owedBySide(state, name, privateOf),
    lastMeeting: lastHeld && { date: lastHeld.date!, file: lastHeld.file, priorities: priorities! },
    priorityLines: priorityLinesOf(priorities ?? '', new Map(threads.current.map((p) => [textKeyOf(p.text), p.weeks]))),
    leftSilently: threads.leftSilently.filter((p) => {
      const hidden = privateOf(p.file);
      return hidden !== undefined && !hidden.has(p.line);
    }),
    recurring: recurringTalkingPoints(state).map(({ text, meetings, since }) => ({ text, meetings, since })),
    lastNote: lastNote && {
      date: lastNote.date!,
      file: lastNote.file,
      needToKnow: lastNoteText === undefined ? '' : sectionText(lastNoteText, 'need-to-know', sections),
      unclear: lastNoteText === undefined ? '' : sectionText(lastNoteText, 'unclear', sections),
    },
    now,
  };
}

/** A bullet line of the priorities as shared: its text without marker, checkbox or trailing `^id`. */
const BULLET = /^(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?(.*?)(?:\s+\^[A-Za-z0-9-]+)?\s*$/;

/** Each line of the shared priorities; a top-level bullet of a current priority with its weeks (matched by lineage's key). */
function priorityLinesOf(priorities: string, weeksByKey: ReadonlyMap<number, number>): Brief['priorityLines'] {
  if (priorities === '') return [];
  return splitLines(priorities).map((text) => {
    const m = BULLET.exec(text);
    return { text, weeks: m ? weeksByKey.get(textKeyOf(m[1])) : undefined };
  });
}

/** Days from `today` to `date`, both counted. */
function dayCount(today: string, date: string): number {
  return Math.max(1, daysBetween(today, date) + 1);
}

function latestNoteUpTo(notes: readonly MeetingNote[], date: string | undefined): MeetingNote | undefined {
  for (let i = notes.length - 1; i >= 0; i--) if (date === undefined || notes[i].date! <= date) return notes[i];
  return undefined;
}

/** The open commitments by side, in the order raised, less those written in a private part of their note. */
function owedBySide(state: SeriesState, name: string, privateOf: (file: string) => ReadonlySet<number> | undefined): Record<Side, BriefCommitment[]> {
  const handles = ownerHandles({ id: state.id, name, profile: state.profile }, state.settings.me);
  const owed: Record<Side, BriefCommitment[]> = { mine: [], theirs: [], others: [] };
  for (const lineage of state.lineages.lineages) {
    if (!isOpenLineage(lineage)) continue;
    const { note, item } = liveOf(lineage);
    const hidden = privateOf(note.file);
    // A note that cannot be read is judged by what the index saw: its private section.
    if (hidden ? hidden.has(item.line) : item.section === 'private') continue;
    owed[sideOf(item.owner, handles)].push({
      text: item.text,
      due: item.due,
      overdue: item.due !== undefined && item.due < state.now.date,
      carried: lineage.carried,
      owner: item.owner,
      file: note.file,
      line: item.line,
    });
  }
  return owed;
}

/** The sections with `private` among them (a settings list without it still hides it). */
export function withPrivate(sections: readonly SectionDefinition[]): readonly SectionDefinition[] {
  return sections.some((s) => s.key === 'private') ? sections : [...sections, DEFAULT_SECTIONS.find((s) => s.key === 'private')!];
}

/** `privateLines` of each note, read and parsed once however often asked; undefined for a note that cannot be read. */
export function privateLinesOf(read: (file: string) => string | undefined, sections: readonly SectionDefinition[]): (file: string) => ReadonlySet<number> | undefined {
  const known = new Map<string, ReadonlySet<number> | undefined>();
  return (file) => {
    if (!known.has(file)) {
      const text = read(file);
      known.set(file, text === undefined ? undefined : privateLines(text, sections));
    }
    return known.get(file);
  };
}

/**
 * The lines of a note no brief shows: the `private` section, a heading of another level that
 * starts with "Private" down to the next heading of its level or higher, and private callouts.
 */
export function privateLines(text: string, sections: readonly SectionDefinition[]): Set<number> {
  const parsed = parseNote(text, { sections: withPrivate(sections), keepHeadings: true, listItemSections: [] });
  const lines = splitLines(text);
  const hidden = new Set<number>();
  const hide = (from: number, to: number) => {
    for (let i = from; i < to; i++) hidden.add(i);
  };
  for (const section of parsed.sections) if (section.key === 'private') hide(section.line, section.endLine + 1);
  const matcher = sectionMatcher(withPrivate(sections));
  parsed.headings.forEach((heading, i) => {
    if (matcher.match(heading.text)?.definition.key !== 'private') return;
    const next = parsed.headings.slice(i + 1).find((h) => h.level <= heading.level);
    hide(heading.line, next ? next.line : lines.length);
  });
  for (const [from, to] of privateCalloutSpans(lines)) hide(from, to);
  return hidden;
}


/** A section's text as it would be shared (no private parts, comments or ids), without its heading; '' when absent or empty. */
export function sectionText(noteText: string, key: string, sections: readonly SectionDefinition[], asWritten = false): string {
  const shared = shareableAgenda(noteText, { sections, asWritten });
  const parsed: ParsedNote = parseNote(shared, { sections: withPrivate(sections), listItemSections: [] });
  const section = parsed.sections.find((s) => s.key === key);
  if (!section) return '';
  return splitLines(shared)
    .slice(section.line + 1, section.endLine + 1)
    .join('\n')
    .trim();
}

