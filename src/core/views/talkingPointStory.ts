import { formatDayMonth, formatLongDate } from '../schedule/calendarDate';
import type { MeetingNote } from '../model/model';
import type { SeriesState } from '../model/seriesState';
import { runSpan } from '../model/threads';
import { talkingPointRuns } from '../rules/recurringTopic';
import type { NoteRef, StoryPiece } from './itemStory';

/**
 * The story of a talking point (a bullet of `roadblocks` or `unclear`, SPEC §13) across the held
 * notes of its series: the notes of its run, in a row, with the meetings between that did not take
 * place (canceled, rescheduled: they do not break a run), and whether it keeps coming back
 * (`recurring-topic`) or was gone from the next held note. The hover on the bullet tells it, as
 * the hover on an action item tells the item's.
 */

export interface TalkingPointStory {
  /** The held notes of the run, in meeting order; the asked-about note is one of them. */
  raised: NoteRef[];
  /** Notes between the run's first and last that did not take place, in meeting order. */
  notHeld: (NoteRef & { status: 'canceled' | 'rescheduled' })[];
  /** Reaches the latest held note in `oneOnOne.recurringAfter` meetings or more: `recurring-topic` reports it. */
  recurring: boolean;
  /** The held note after the run, where the point was gone; undefined while it still comes up. */
  goneIn: NoteRef | undefined;
}

/**
 * The story of the talking point on `line` of `note`, or undefined when there is none to tell:
 * the line is no talking point of a held note, or the point was raised once only (no history).
 */
export function talkingPointStory(series: SeriesState, note: MeetingNote, line: number): TalkingPointStory | undefined {
  const run = talkingPointRuns(series).find((r) => r.mentions.some((m) => m.note === note && m.item.line === line));
  if (!run || run.mentions.length < 2) return undefined;
  const ref = (n: MeetingNote): NoteRef => ({ date: n.date!, file: n.file });
  const { from, to } = runSpan(run);
  const notHeld: TalkingPointStory['notHeld'] = [];
  for (const n of series.notes)
    if ((n.status === 'canceled' || n.status === 'rescheduled') && n.date! > from && n.date! < to) notHeld.push({ ...ref(n), status: n.status });
  return {
    raised: run.mentions.map((m) => ref(m.note)),
    notHeld,
    recurring: run.goneIn === undefined && run.mentions.length >= series.settings.recurringAfter,
    goneIn: run.goneIn && ref(run.goneIn),
  };
}

/**
 * The hover's lines, e.g.
 * `Raised in 3 held 1x1s in a row, since Tue 3 Nov 2026: 3 Nov, 10 Nov, 17 Nov`,
 * then the meetings between that did not take place (`Not held between: 10 Nov (canceled)`), then
 * `Keeps coming back: escalate it, decide it, or drop it.` or `Gone from the 1x1 of 24 Nov.`;
 * dates link to their notes.
 */
export function describeTalkingPoint(story: TalkingPointStory): StoryPiece[][] {
  const first: StoryPiece[] = [`Raised in ${story.raised.length} held 1x1s in a row, since ${formatLongDate(story.raised[0].date)}: `];
  story.raised.forEach((n, i) => {
    if (i > 0) first.push(', ');
    first.push({ text: formatDayMonth(n.date), file: n.file });
  });
  const lines: StoryPiece[][] = [first];
  if (story.notHeld.length > 0) {
    const between: StoryPiece[] = ['Not held between: '];
    story.notHeld.forEach((n, i) => {
      if (i > 0) between.push(', ');
      between.push({ text: formatDayMonth(n.date), file: n.file }, ` (${n.status})`);
    });
    lines.push(between);
  }
  if (story.recurring) lines.push(['Keeps coming back: escalate it, decide it, or drop it.']);
  else if (story.goneIn) lines.push(['Gone from the 1x1 of ', { text: formatDayMonth(story.goneIn.date), file: story.goneIn.file }, '.']);
  return lines;
}
