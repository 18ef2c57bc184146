import { parseNote } from '../../parsing/parseNote';
import { liveOf, type ItemRef, type Lineage, type MeetingNote } from '../model/model';
import { describeCadence } from '../model/profile';
import { ownerHandles, sideOf, type Side } from '../model/owner';
import { seriesName, type SeriesState } from '../model/seriesState';
import { heldNotesOf, runSpan, runText, saysNothing, threadRuns, weeksStood, leftSilently, type ThreadKind, type ThreadRun } from '../model/threads';
import { addDays, daysInMonth, weekday } from '../schedule/calendarDate';
import { cadenceIntervalDays } from '../schedule/schedule';
import type { Cadence } from '../model/model';
import { privateLinesOf, sectionText, withPrivate } from './brief';
import { commitmentOutcome, doneDate, dueDate, type CommitmentOutcome } from './insights';

/**
 * The review pack (SPEC §13): what happened in a period of one series, for performance-review
 * season — the meetings (held, canceled, rescheduled) and the weeks with no note, the priorities
 * and how long each stood, the commitments per side (§10) and what became of them, the talking
 * points that came back, the rotating topic notes and the need-to-know entries. Every claim
 * carries the note it comes from (`file`, relative to the vault folder's parent). Pure.
 *
 * Never the private section: section texts are the shared agenda's (`sectionText`, as the brief),
 * and a bullet or commitment written in a private part of its note (`privateLines`) is left out.
 *
 * Edges, as decided (docs/decisions.md, "Threads across months" → "Review pack"):
 * - A meeting is in the period by its note's date (`from` and `to` included). Held notes dated
 *   after today are not held yet: they count as planned.
 * - Gaps: whole weeks (Monday to Sunday) inside the period, after the series' first note and up to
 *   today, with no note at all; a stretch of such weeks is a gap when it is at least the cadence
 *   long (weekly 1 week, biweekly 2, every n weeks n, monthly 5; no cadence known: 1). A canceled
 *   or rescheduled meeting has a note: it is named as such, not as a gap.
 * - Priorities and talking points: the runs of `core/model/threads` through every held note up to
 *   today, those that stood at some time in the period (whole runs, not cut at its edges).
 *   Talking points are those that stood in `oneOnOne.recurringAfter` (default 3) held notes in a row.
 * - Commitments: the lineages alive in the period — raised no later than its end, and not closed
 *   before its start — by the side of their latest copy, with the outcome Insights gives them
 *   today (`commitmentOutcome`). Closed: the done date; the note that canceled it; for one dropped
 *   silently, the last note it was in.
 * - Rotating topic notes and need-to-know entries: those of the held notes in the period, in date order.
 */

export interface ReviewPeriod {
  /** `YYYY-MM-DD`, included. */
  from: string;
  /** `YYYY-MM-DD`, included. */
  to: string;
}

/** A note a claim comes from: its date and its path relative to the vault folder's parent. */
export interface NoteLink {
  date: string;
  file: string;
}

export interface PackMeeting extends NoteLink {
  /** A rescheduled meeting's new date, when the note says it. */
  movedTo?: string;
}

export interface PackGap {
  /** Monday of the first week with no note. */
  from: string;
  /** Sunday of the last. */
  to: string;
  weeks: number;
}

export interface PackThread {
  text: string;
  first: NoteLink;
  last: NoteLink;
  /** Held notes it was in. */
  meetings: number;
  weeks: number;
  /** The held note where it was gone; undefined while it is still there. */
  goneIn: NoteLink | undefined;
  /** A priority that left the list without a word (`leftSilently`). */
  silently: boolean;
}

export interface PackCommitment {
  text: string;
  owner: string | undefined;
  raised: NoteLink;
  due: string | undefined;
  outcome: CommitmentOutcome;
  /** The note where it was closed (first seen done, canceled, last seen when dropped silently); for an open one, the note it is in now. */
  closed: NoteLink;
  /** The done date (the first `✅` date, else the note's), for a done one. */
  doneOn: string | undefined;
}

export interface PackSection extends NoteLink {
  /** The rotating topic (front matter `rotation`), for the rotation notes. */
  topic?: string;
  /** The section's Markdown, shared parts only. */
  text: string;
}

export interface ReviewPack {
  series: string;
  name: string;
  role: SeriesState['role'];
  cadence: string | undefined;
  period: ReviewPeriod;
  today: string;
  meetings: { held: PackMeeting[]; canceled: PackMeeting[]; rescheduled: PackMeeting[]; planned: PackMeeting[] };
  gaps: PackGap[];
  priorities: PackThread[];
  recurringAfter: number;
  talkingPoints: PackThread[];
  commitments: Record<Side, PackCommitment[]>;
  rotation: PackSection[];
  needToKnow: PackSection[];
}

/** The review pack of one series over `period`; `read` gives a vault file's current text (undefined when unreadable). */
export function reviewPack(state: SeriesState, period: ReviewPeriod, read: (file: string) => string | undefined): ReviewPack {
  const today = state.now.date;
  const sections = withPrivate(state.settings.sections);
  const texts = new Map<string, string | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file);
  };
  const privateOf = privateLinesOf(textOf, sections);
  const isPrivate = (note: MeetingNote, line: number, section: string | undefined) => {
    const hidden = privateOf(note.file);
    // A note that cannot be read is judged by what the index saw: its private section.
    return hidden ? hidden.has(line) : section === 'private';
  };

  const inPeriod = state.notes.filter((n) => n.date! >= period.from && n.date! <= period.to);
  const held = heldNotesOf(state.notes, today);
  const heldInPeriod = held.filter((n) => n.date! >= period.from && n.date! <= period.to);
  const heldSet = new Set(heldInPeriod);
  const meetings: ReviewPack['meetings'] = { held: [], canceled: [], rescheduled: [], planned: [] };
  for (const note of inPeriod) {
    const link: PackMeeting = linkOf(note);
    if (heldSet.has(note)) meetings.held.push(link);
    else if (note.status === 'canceled') meetings.canceled.push(link);
    else if (note.status === 'rescheduled') meetings.rescheduled.push(note.movedTo ? { ...link, movedTo: note.movedTo } : link);
    else meetings.planned.push(link);
  }

  const recurringAfter = state.settings.recurringAfter;
  const threads = (kind: ThreadKind) =>
    threadRuns(held, kind).filter((run) => {
      const { from, to } = runSpan(run);
      return from <= period.to && to >= period.from && !run.mentions.some((m) => isPrivate(m.note, m.item.line, undefined));
    });

  return {
    series: state.id,
    name: seriesName(state, state.id),
    role: state.role,
    cadence: state.cadence ? describeCadence(state.cadence.cadence) : undefined,
    period,
    today,
    meetings,
    gaps: gapsOf(state, period),
    priorities: threads('priority').map(packThread),
    recurringAfter,
    talkingPoints: threads('talking-point')
      .filter((run) => run.mentions.length >= recurringAfter)
      .map(packThread),
    commitments: commitmentsOf(state, period, (ref) => isPrivate(ref.note, ref.item.line, ref.item.section), (ref) => itemText(ref, textOf, sections)),
    rotation: sectionsOf(heldInPeriod, 'rotation', textOf, sections, true),
    needToKnow: sectionsOf(heldInPeriod, 'need-to-know', textOf, sections, false),
  };
}

function linkOf(note: MeetingNote): NoteLink {
  return { date: note.date!, file: note.file };
}

function packThread(run: ThreadRun): PackThread {
  const first = run.mentions[0].note;
  const last = run.mentions[run.mentions.length - 1].note;
  return {
    text: runText(run),
    first: linkOf(first),
    last: linkOf(last),
    meetings: run.mentions.length,
    weeks: weeksStood(run),
    goneIn: run.goneIn && linkOf(run.goneIn),
    silently: leftSilently(run),
  };
}

/** How many weeks with no note make a gap: the cadence's length in whole weeks (monthly: 5). */
function gapWeeks(cadence: Cadence | undefined): number {
  if (!cadence) return 1;
  if (cadence.kind === 'monthly') return 5;
  return Math.max(1, Math.round(cadenceIntervalDays(cadence) / 7));
}

function gapsOf(state: SeriesState, period: ReviewPeriod): PackGap[] {
  const first = state.notes[0]?.date;
  if (first === undefined) return [];
  const start = first > period.from ? first : period.from;
  const end = state.now.date < period.to ? state.now.date : period.to;
  const noted = new Set(state.notes.map((n) => mondayOf(n.date!)));
  const least = gapWeeks(state.cadence?.cadence);
  const gaps: PackGap[] = [];
  let open: PackGap | undefined;
  const close = () => {
    if (open && open.weeks >= least) gaps.push(open);
    open = undefined;
  };
  // The first whole week: the Monday on or after `start`.
  for (let monday = addDays(start, (8 - weekday(start)) % 7); addDays(monday, 6) <= end; monday = addDays(monday, 7)) {
    if (noted.has(monday)) close();
    else if (open) {
      open.to = addDays(monday, 6);
      open.weeks++;
    } else open = { from: monday, to: addDays(monday, 6), weeks: 1 };
  }
  close();
  return gaps;
}

function mondayOf(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** An item's description; the index keeps none for done and canceled items, so their note is read again. */
function itemText(ref: ItemRef, textOf: (file: string) => string | undefined, sections: ReturnType<typeof withPrivate>): string {
  if (ref.item.text !== '') return ref.item.text;
  const text = textOf(ref.note.file);
  if (text === undefined) return '';
  return parseNote(text, { sections, listItemSections: [] }).items.find((i) => i.line === ref.item.line)?.text ?? '';
}

function commitmentsOf(state: SeriesState, period: ReviewPeriod, isPrivate: (ref: ItemRef) => boolean, textOf: (ref: ItemRef) => string): Record<Side, PackCommitment[]> {
  const handles = ownerHandles({ id: state.id, name: seriesName(state, state.id), profile: state.profile }, state.settings.me);
  const bySide: Record<Side, PackCommitment[]> = { mine: [], theirs: [], others: [] };
  for (const lineage of state.lineages.lineages) {
    const live = liveOf(lineage);
    if (lineage.raised > period.to || isPrivate(live) || isPrivate(lineage.occurrences[0])) continue;
    const outcome = commitmentOutcome(lineage, state.latestHeld);
    const closed = closedOf(lineage, outcome);
    if (outcome !== 'open' && (outcome === 'done-on-time' || outcome === 'done-late' ? doneDate(lineage) : closed.date) < period.from) continue;
    bySide[sideOf(live.item.owner, handles)].push({
      text: textOf(live),
      owner: live.item.owner,
      raised: linkOf(lineage.occurrences[0].note),
      due: dueDate(lineage),
      outcome,
      closed,
      doneOn: outcome === 'done-on-time' || outcome === 'done-late' ? doneDate(lineage) : undefined,
    });
  }
  for (const list of Object.values(bySide)) list.sort((a, b) => (a.raised.date < b.raised.date ? -1 : a.raised.date > b.raised.date ? 1 : 0));
  return bySide;
}

function closedOf(lineage: Lineage, outcome: CommitmentOutcome): NoteLink {
  const live = liveOf(lineage);
  if (outcome === 'done-on-time' || outcome === 'done-late') {
    return linkOf(lineage.occurrences.find((o) => o.item.state === 'done')!.note);
  }
  if (outcome === 'dropped-on-purpose') return linkOf(lineage.occurrences.find((o) => o.item.state === 'canceled')?.note ?? live.note);
  return linkOf(live.note);
}

function sectionsOf(
  notes: readonly MeetingNote[],
  key: string,
  textOf: (file: string) => string | undefined,
  sections: ReturnType<typeof withPrivate>,
  withTopic: boolean,
): PackSection[] {
  const found: PackSection[] = [];
  for (const note of notes) {
    const noteText = textOf(note.file);
    if (noteText === undefined) continue;
    const text = sectionText(noteText, key, sections);
    if (saysNothingAtAll(text)) continue;
    found.push(withTopic && note.rotation ? { ...linkOf(note), topic: note.rotation, text } : { ...linkOf(note), text });
  }
  return found;
}

/** A section whose every line is empty or a bullet that says there is nothing ("- None"). */
function saysNothingAtAll(text: string): boolean {
  return text.split('\n').every((line) => saysNothing(line.replace(/^\s*(?:[-*+]|\d+[.)])\s*/, '').trim()));
}

/** The period that ends on `to` and covers the `months` months before it: 12 months to 2026-11-23 is 2025-11-24 to 2026-11-23. */
export function monthsUpTo(to: string, months: number): ReviewPeriod {
  let year = Number(to.slice(0, 4));
  let month = Number(to.slice(5, 7)) - months;
  while (month < 1) {
    month += 12;
    year--;
  }
  const day = Math.min(Number(to.slice(8, 10)), daysInMonth(year, month));
  const back = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { from: addDays(back, 1), to };
}

/** Without `--from`/`--to` (or the editor's choice): the last 12 months, today included. */
export const DEFAULT_REVIEW_MONTHS = 12;
