import { currentRuns, heldNotesOf, leftSilently, runSpan, runText, threadRuns, weeksStood, type ThreadRun } from '../model/threads';
import type { SeriesState } from '../model/seriesState';
import { plural } from '../text/wording';

/**
 * Priorities over time (SPEC §13), as the brief, Insights and This week show them: the last
 * meeting's priorities with how long each has stood, and the ones that left the list without a
 * word. Built on `core/model/threads` (its runs, weeks and silent departures); pure.
 */

/** A priority of the latest held note. */
export interface CurrentPriority {
  /** As the latest held note writes it. */
  text: string;
  /** The first held note of its run (a canceled meeting in between does not start a new one). */
  since: string;
  /** Weeks it has stood up to the latest held note, counting the week it was set. */
  weeks: number;
  /** Its bullet in the latest held note: file and 0-based line. */
  file: string;
  line: number;
}

/** A priority that stood `SILENT_DEPARTURE_WEEKS` or more and left the list while nothing closed it. */
export interface SilentDeparture {
  /** As its last note wrote it. */
  text: string;
  /** The first and the last held note it was in. */
  from: string;
  to: string;
  /** The held note where it was gone. */
  goneOn: string;
  weeks: number;
  /** Its last mention: file and 0-based line. */
  file: string;
  line: number;
}

export interface PriorityThreads {
  /** The latest held note's priorities, in its order; empty before the first held meeting. */
  current: CurrentPriority[];
  /** Newest departure first. */
  leftSilently: SilentDeparture[];
}

/** The priority threads of a series at its `now`; `goneSince` (`YYYY-MM-DD`) keeps the departures seen on that day or later. */
export function priorityThreadsOf(state: SeriesState, goneSince?: string): PriorityThreads {
  const held = heldNotesOf(state.notes, state.now.date);
  const departed = threadRuns(held, 'priority')
    .filter((run) => leftSilently(run) && (goneSince === undefined || run.goneIn!.date! >= goneSince))
    .map((run): SilentDeparture => ({ text: runText(run), ...runSpan(run), goneOn: run.goneIn!.date!, weeks: weeksStood(run), ...lastMention(run) }))
    .sort((a, b) => (a.goneOn === b.goneOn ? a.line - b.line : a.goneOn < b.goneOn ? 1 : -1));
  return { current: currentPrioritiesOf(state), leftSilently: departed };
}

/**
 * The latest held note's priorities (the latest that lists any) with the weeks each has stood,
 * in its order. Walks back only as far as they go (`currentRuns`): This week asks for every series
 * on every refresh.
 */
export function currentPrioritiesOf(state: SeriesState): CurrentPriority[] {
  return currentRuns(heldNotesOf(state.notes, state.now.date), 'priority')
    .map((run): CurrentPriority => ({ text: runText(run), since: runSpan(run).from, weeks: weeksStood(run), ...lastMention(run) }))
    .sort((a, b) => a.line - b.line);
}

function lastMention(run: ThreadRun): { file: string; line: number } {
  const { note, item } = run.mentions[run.mentions.length - 1];
  return { file: note.file, line: item.line };
}

/** "Ship the importer (4 weeks)", as one line of a tooltip or the CLI's week. */
export function priorityWithWeeks(p: CurrentPriority): string {
  return `${p.text} (${plural(p.weeks, 'week')})`;
}
