import { daysBetween, formatDayMonth, formatLongDate } from '../schedule/calendarDate';
import { liveOf, type MeetingNote } from '../model/model';
import { stalenessOf, type Staleness } from '../rules/commitmentConditions';
import type { SeriesState } from '../model/seriesState';
import type { ItemState } from '../../parsing/types';
import { plural } from '../text/wording';
import { seriesOwnerHandles, sideOf, type Side } from '../model/owner';
import { seriesName } from '../model/seriesState';
import { firstName } from '../model/personName';

/**
 * The story of one action item across the meetings of its series (SPEC §6): where it was raised,
 * which later notes it was carried into, and how its live copy stands today — due, overdue, done,
 * stale. The hover tells it in full; the item decoration only its warning signs.
 */

export interface NoteRef {
  date: string;
  file: string;
}

export interface ItemStory {
  /** The note that raised the commitment. */
  raised: NoteRef;
  /** The later notes it was carried into, in meeting order, one entry per note. */
  carriedTo: NoteRef[];
  /** The note and line of the live item, the latest copy, which is the one that counts. */
  live: NoteRef & { line: number };
  /** True when the asked-about item is the live one. */
  isLive: boolean;
  /** State of the live item. */
  state: ItemState;
  /** The live item's due date. */
  due: string | undefined;
  /** Days from today to the due date, negative once overdue; only while the live item is open. */
  dueInDays: number | undefined;
  /** The live item's done date. */
  done: string | undefined;
  /** The live item's `@owner`, else `oneOnOne.me`. */
  owner: string;
  /** Whose it is (SPEC §10, `sideOf`), and the first name of the person of the series. */
  side: Side;
  person: string;
  /** Why the commitment is stale (the `stale-commitment` rule's thresholds); only while the live item is open. */
  staleness: Staleness | undefined;
}

/** The story of item `itemIndex` of `note`, or undefined when the series does not know that item. */
export function itemStory(series: SeriesState, note: MeetingNote, itemIndex: number): ItemStory | undefined {
  const lineage = series.lineages.of(note, itemIndex);
  if (!lineage) return undefined;
  const first = lineage.occurrences[0].note;
  const live = liveOf(lineage);
  const carriedTo: NoteRef[] = [];
  let previous = first;
  for (const { note: n } of lineage.occurrences)
    if (n !== previous) {
      carriedTo.push({ date: n.date!, file: n.file });
      previous = n;
    }
  const open = live.item.state === 'open';
  const today = series.now.date;
  const name = seriesName(series, series.id);
  return {
    raised: { date: first.date!, file: first.file },
    carriedTo,
    live: { date: live.note.date!, file: live.note.file, line: live.item.line },
    isLive: live.note === note && live.index === itemIndex,
    state: live.item.state,
    due: live.item.due,
    dueInDays: open && live.item.due !== undefined ? daysBetween(today, live.item.due) : undefined,
    done: live.item.done,
    owner: live.item.owner ?? series.settings.me,
    side: sideOf(live.item.owner, seriesOwnerHandles(series, name)),
    person: firstName(name),
    staleness: open ? stalenessOf(lineage, series.settings, today, series.cadence?.cadence) : undefined,
  };
}

/** `due in 3 days`, `due tomorrow`, `due today`, `overdue by 5 days`. */
export function dueText(dueInDays: number): string {
  if (dueInDays === 0) return 'due today';
  if (dueInDays === 1) return 'due tomorrow';
  if (dueInDays > 1) return `due in ${dueInDays} days`;
  return `overdue by ${plural(-dueInDays, 'day')}`;
}

/** A piece of the hover: plain text, or text that links to a note of the vault. */
export type StoryPiece = string | { text: string; file: string };

/**
 * The hover's lines, e.g.
 * `Raised on Tue 10 Nov 2026 (2026-11-10.md) · carried 2× (17 Nov, 24 Nov) · overdue by 5 days`,
 * then the owner and whose it is (`Owner: @dana (Dana's)`), then why it is stale; note names and dates link to the notes.
 */
export function describeStory(story: ItemStory): StoryPiece[][] {
  const first: StoryPiece[] = ['Raised on ', formatLongDate(story.raised.date), ' (', { text: baseName(story.raised.file), file: story.raised.file }, ')'];
  if (story.carriedTo.length > 0) {
    first.push(` · carried ${story.carriedTo.length}× (`);
    story.carriedTo.forEach((n, i) => {
      if (i > 0) first.push(', ');
      first.push({ text: formatDayMonth(n.date), file: n.file });
    });
    first.push(')');
  }
  const status = statusText(story);
  if (status) first.push(` · ${status}`);
  const lines: StoryPiece[][] = [first];
  if (!story.isLive) lines.push(['This copy was carried forward; the live item is in ', { text: baseName(story.live.file), file: story.live.file }, '.']);
  lines.push([`Owner: @${story.owner} (${whoseText(story)})`]);
  const stale = story.staleness;
  if (stale) {
    const why: string[] = [];
    if (stale.carriedTooOften) why.push(`carried ${story.carriedTo.length}×`);
    if (stale.tooOld) why.push(`raised ${plural(stale.age, 'day')} ago`);
    lines.push([`Stale: ${why.join(', ')}. Do it, or cancel it and say so.`]);
  }
  return lines;
}

/** Whose an item is, in a word or three: `yours`, `Dana's`, `neither yours nor Dana's`. */
export function whoseText(story: Pick<ItemStory, 'side' | 'person'>): string {
  if (story.side === 'mine') return 'yours';
  if (story.side === 'theirs') return `${story.person}'s`;
  return `neither yours nor ${story.person}'s`;
}

/**
 * The item decoration's text: short, since after-text cannot wrap and a long item line pushes it
 * past the editor's edge. Most important first: how late (`5 days overdue`), then the one reason
 * it is stale (`carried 3×`, else `34 days old`); the hover tells the whole story. Only for an
 * open live item that is overdue or stale; undefined otherwise.
 */
export function decorationText(story: ItemStory): string | undefined {
  if (!story.isLive || story.state !== 'open') return undefined;
  const overdue = story.dueInDays !== undefined && story.dueInDays < 0;
  const stale = story.staleness;
  if (!overdue && !stale) return undefined;
  const parts: string[] = [];
  if (overdue) parts.push(`${plural(-story.dueInDays!, 'day')} overdue`);
  if (stale) parts.push(stale.carriedTooOften ? `carried ${story.carriedTo.length}×` : `${plural(stale.age, 'day')} old`);
  return parts.join(' · ');
}

function statusText(story: ItemStory): string | undefined {
  switch (story.state) {
    case 'open':
      return story.dueInDays === undefined ? 'no due date' : dueText(story.dueInDays);
    case 'done':
      return story.done ? `done on ${formatLongDate(story.done)}` : 'done';
    case 'canceled':
      return 'canceled';
    case 'carried':
      return 'marked carried, but no later note has it';
  }
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
