import type { RuleFinding } from './finding';
import type { SeriesState } from '../model/seriesState';
import { currentRuns, heldNotesOf, runSpan, runText, threadRuns, type ThreadMention, type ThreadRun } from '../model/threads';
import { defineRule } from './rule';

/**
 * `recurring-topic` (SPEC §13): a bullet of `roadblocks` or `unclear` raised in
 * `oneOnOne.recurringAfter` (default 3) or more consecutive held notes up to the latest one — a
 * canceled or rescheduled meeting between does not break the run. On the bullet of its latest
 * occurrence; no quick fix (escalating, deciding or dropping it is a conversation, not an edit).
 */
export const recurringTopic = defineRule({
  id: 'recurring-topic',
  defaultSeverity: 'info',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const point of recurringTalkingPoints(series)) {
      const { item } = point.latest;
      findings.push({
        rule: this.id,
        file: point.latest.note.file,
        range: { start: { line: item.line, character: item.markerColumn }, end: { line: item.line, character: item.lineEnd } },
        message: `"${point.text}" raised in ${point.meetings} meetings since ${point.since} — escalate it, decide it, or drop it.`,
        fixes: [],
      });
    }
    return findings;
  },
});

/** A talking point that keeps coming back, as the rule and the brief tell it. */
export interface RecurringTalkingPoint {
  /** As written in its latest note. */
  text: string;
  /** Consecutive held notes it was in, up to the latest held note. */
  meetings: number;
  /** The date of the first of them. */
  since: string;
  latest: ThreadMention;
}

/**
 * The one definition of a recurring talking point (the rule's, the brief's): a run of
 * `roadblocks`/`unclear` bullets through `settings.recurringAfter` or more consecutive held notes
 * that reaches the latest held note — a point that stopped coming back is settled
 * (docs/decisions.md, "Threads across months"). In the order the runs started, then by line.
 */
export function recurringTalkingPoints(series: SeriesState): RecurringTalkingPoint[] {
  const points: RecurringTalkingPoint[] = [];
  for (const run of currentRuns(heldNotesOf(series.notes, series.now.date), 'talking-point'))
    if (run.mentions.length >= series.settings.recurringAfter)
      points.push({ text: runText(run), meetings: run.mentions.length, since: runSpan(run).from, latest: run.mentions[run.mentions.length - 1] });
  return points;
}

// The rule, the brief and the hover ask for one series' runs several times per state: computed once.
const runsOfState = new WeakMap<SeriesState, ThreadRun[]>();

/** Every run of `roadblocks`/`unclear` bullets through the series' held notes (SPEC §13), once per series state. */
export function talkingPointRuns(series: SeriesState): ThreadRun[] {
  let runs = runsOfState.get(series);
  if (!runs) {
    runs = threadRuns(heldNotesOf(series.notes, series.now.date), 'talking-point');
    runsOfState.set(series, runs);
  }
  return runs;
}
