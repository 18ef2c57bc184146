import type { ListItemSummary } from '../../parsing/types';
import { daysBetween } from '../schedule/calendarDate';
import type { MeetingNote } from './model';
import { isFutureHeld } from './seriesState';

/**
 * Threads across months (SPEC §13): a bullet of `priorities`, `roadblocks` or `unclear` followed
 * from one held note to the next by its normalized text — the key the parser gives every such
 * bullet, lineage's normalization (SPEC §6), not a second one. `roadblocks` and `unclear` are one
 * kind, talking points: a point that moves from one to the other is still the same point.
 *
 * Runs are consecutive held notes. A canceled or rescheduled note between two held ones does not
 * break a run (as for lineage: the meeting did not take place, so nothing was dropped); a planned
 * note is not counted yet; nor, for priorities, is a held note that lists none (nobody wrote them
 * down that week — it says nothing about them). Bullets that say there is nothing ("None",
 * "Nothing new.") are no thread.
 */

export type ThreadKind = 'priority' | 'talking-point';

export interface ThreadMention {
  note: MeetingNote;
  item: ListItemSummary;
}

/** One stretch of consecutive held notes a bullet was in. */
export interface ThreadRun {
  kind: ThreadKind;
  key: number;
  /** In meeting order, one per held note. */
  mentions: ThreadMention[];
  /** The held note right after the run, where the bullet was gone; undefined when the run reaches the latest held note. */
  goneIn: MeetingNote | undefined;
  /** True when the same bullet appears again in a later held note (a run of its own): it was not gone for good. */
  cameBack: boolean;
}

/** "- None", "- Nothing new.", "- n/a": what people write in a section with nothing in it. */
const NOTHING_TO_SAY = /^(?:none|nothing|n\/a|na|no|nope|-+|—)(?: (?:new|yet|this week|for now|so far))?\.?$/i;

/** Whether a bullet's text says there is nothing (no talking point, no priority). */
export function saysNothing(text: string): boolean {
  return text === '' || NOTHING_TO_SAY.test(text.trim());
}

const SECTIONS_OF: Record<ThreadKind, readonly string[]> = { priority: ['priorities'], 'talking-point': ['roadblocks', 'unclear'] };

/** The held notes the threads run through, in meeting order (a note dated after today that says held is not one: `future-held`). */
export function heldNotesOf(notes: readonly MeetingNote[], today: string): MeetingNote[] {
  return notes.filter((n) => n.status === 'held' && n.date !== undefined && !isFutureHeld(n, today));
}

/** The bullets of one kind in a note, one per key (the first), in line order. */
export function bulletsOf(note: MeetingNote, kind: ThreadKind): ThreadMention[] {
  const sections = SECTIONS_OF[kind];
  const seen = new Set<number>();
  const mentions: ThreadMention[] = [];
  for (const section of note.parsed.sections) {
    if (!sections.includes(section.key)) continue;
    for (const item of section.listItems) {
      if (item.key === 0 || seen.has(item.key) || saysNothing(item.text)) continue;
      seen.add(item.key);
      mentions.push({ note, item });
    }
  }
  return mentions;
}

/**
 * Every run of every bullet of `kind` through `held` (consecutive held notes, in meeting order),
 * ordered by where the run starts, then by line. Linear in the bullets: each note's bullets are
 * looked up once in the runs still open.
 */
export function threadRuns(held: readonly MeetingNote[], kind: ThreadKind): ThreadRun[] {
  const runs: ThreadRun[] = [];
  const closed = new Map<number, ThreadRun>();
  let open = new Map<number, ThreadRun>();
  for (const note of held) {
    const bullets = bulletsOf(note, kind);
    if (bullets.length === 0 && kind === 'priority') continue;
    const next = new Map<number, ThreadRun>();
    for (const mention of bullets) {
      let run = open.get(mention.item.key);
      if (!run) {
        const before = closed.get(mention.item.key);
        if (before) before.cameBack = true;
        run = { kind, key: mention.item.key, mentions: [], goneIn: undefined, cameBack: false };
        runs.push(run);
      }
      run.mentions.push(mention);
      next.set(mention.item.key, run);
    }
    for (const [key, run] of open)
      if (!next.has(key)) {
        run.goneIn = note;
        closed.set(key, run);
      }
    open = next;
  }
  return runs;
}

/**
 * The runs that reach the latest held note, as `threadRuns` would give them, found walking back
 * from that note only while some bullet still continues: on every edit the rules ask this, and a
 * series of a hundred held notes is then read two or three notes deep, not a hundred. Ordered as
 * `threadRuns` orders them: by where the run starts, then by line.
 */
export function currentRuns(held: readonly MeetingNote[], kind: ThreadKind): ThreadRun[] {
  // As threadRuns: a held note that lists no priority does not count for priorities.
  const counts = (bullets: ThreadMention[]) => bullets.length > 0 || kind !== 'priority';
  let last = held.length - 1;
  let latest: ThreadMention[] = [];
  for (; last >= 0; last--) if (counts((latest = bulletsOf(held[last], kind)))) break;
  if (last < 0) return [];
  const runs = latest.map((mention): ThreadRun => ({ kind, key: mention.item.key, mentions: [mention], goneIn: undefined, cameBack: false }));
  let alive = runs;
  for (let i = last - 1; i >= 0 && alive.length > 0; i--) {
    const bullets = bulletsOf(held[i], kind);
    if (!counts(bullets)) continue;
    const earlier = new Map(bullets.map((m) => [m.item.key, m]));
    alive = alive.filter((run) => {
      const mention = earlier.get(run.key);
      if (mention) run.mentions.unshift(mention);
      return mention !== undefined;
    });
  }
  // Longest first (the earliest start), then by line in the note where they started, as threadRuns.
  return runs.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].item.line - b.mentions[0].item.line);
}

/** The text a run goes by: its latest mention's. */
export function runText(run: ThreadRun): string {
  return run.mentions[run.mentions.length - 1].item.text;
}

/** The first and the last held note of a run. */
export function runSpan(run: ThreadRun): { from: string; to: string } {
  return { from: run.mentions[0].note.date!, to: run.mentions[run.mentions.length - 1].note.date! };
}

/** Weeks a run stood, counting the week it was set: 1 for one note, 3 for three weekly notes, 5 for three biweekly ones. */
export function weeksStood(run: ThreadRun, until = runSpan(run).to): number {
  return Math.floor(daysBetween(runSpan(run).from, until) / 7) + 1;
}

/** How long a priority must have stood for leaving without a word to be worth saying (SPEC §13's "there three weeks"). */
export const SILENT_DEPARTURE_WEEKS = 3;

/**
 * A priority that left the list without a word: it stood `SILENT_DEPARTURE_WEEKS` weeks or more,
 * never came back to the list, and the held note where it was gone has no action item of the same
 * text done or canceled, nor does its last note — nothing closed it (docs/decisions.md, "Threads
 * across months").
 */
export function leftSilently(run: ThreadRun): boolean {
  if (run.kind !== 'priority' || !run.goneIn || run.cameBack || weeksStood(run) < SILENT_DEPARTURE_WEEKS) return false;
  const last = run.mentions[run.mentions.length - 1].note;
  const closes = (note: MeetingNote) => note.parsed.items.some((i) => (i.state === 'done' || i.state === 'canceled') && i.textKey === run.key);
  return !closes(run.goneIn) && !closes(last);
}
