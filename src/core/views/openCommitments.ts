import { addDays, weekday } from '../schedule/calendarDate';
import type { ActionItem } from '../../parsing/types';
import { liveOf, type Lineage } from '../model/model';
import { seriesName, type SeriesState } from '../model/seriesState';
import { compareStrings } from '../text/stringOrder';
import { seriesOwnerHandles, sideOf, type Side } from '../model/owner';

/**
 * The open commitments of a vault (SPEC §6): every lineage whose live item — its latest copy — is
 * open, or marked `[>]` although no later note has its copy (carried nowhere, so still owed; once
 * a later note is held, `dropped-commitment` reports it). The CLI's `list`, the Commitments view
 * and the commitment rules all count them here, so they agree.
 */

export type CommitmentGroup = 'overdue' | 'this-week' | 'later' | 'no-date';

/** The order the groups are shown in. */
export const COMMITMENT_GROUPS: readonly CommitmentGroup[] = ['overdue', 'this-week', 'later', 'no-date'];

export interface OpenCommitment {
  series: string;
  /** The other person's name (`seriesName`). */
  person: string;
  text: string;
  due: string | undefined;
  /** `@owner` as written; undefined means me. */
  owner: string | undefined;
  /** Block id, when the item has one. */
  id: string | undefined;
  /** The live item: its note and 0-based line. */
  file: string;
  line: number;
  /** The parser's hash of the normalized text, to find the item again after the note changed. */
  textKey: number;
  /** Date of the note that raised it. */
  raised: string;
  carried: number;
  group: CommitmentGroup;
  /** Who owes it (SPEC §10, `sideOf`): mine, theirs (the person of this 1x1, aliases included) or others'. */
  side: Side;
}

/** True when the lineage's live item is open, or `[>]` — the live item is the latest copy, so a `[>]` one reached no later note. */
export function isOpenLineage(lineage: Lineage): boolean {
  const state = liveOf(lineage).item.state;
  return state === 'open' || state === 'carried';
}

/** The open lineages of a series, in the order they were raised. */
function openLineages(state: SeriesState): Lineage[] {
  return state.lineages.lineages.filter(isOpenLineage);
}

/** The open commitments of one series, in the order they were raised. */
export function openCommitmentsOf(state: SeriesState): OpenCommitment[] {
  const today = state.now.date;
  const person = seriesName(state, state.id);
  const handles = seriesOwnerHandles(state, person);
  return openLineages(state).map((lineage) => {
    const { note, item } = liveOf(lineage);
    return {
      series: state.id,
      person,
      text: item.text,
      due: item.due,
      owner: item.owner,
      id: item.id,
      file: note.file,
      line: item.line,
      textKey: item.textKey,
      raised: lineage.raised,
      carried: lineage.carried,
      group: commitmentGroup(item.due, today),
      side: sideOf(item.owner, handles),
    };
  });
}

/**
 * Where a due date falls, seen from `today`: before it (overdue), from today to this week's
 * Sunday (this week — weeks end on Sunday, so on a Sunday only today is left), after, or no date.
 */
export function commitmentGroup(due: string | undefined, today: string): CommitmentGroup {
  if (due === undefined) return 'no-date';
  if (due < today) return 'overdue';
  const sunday = addDays(today, (7 - weekday(today)) % 7);
  return due <= sunday ? 'this-week' : 'later';
}

/**
 * Every open commitment of the given series, in group order, then by due date, then by person,
 * note and line (commitments without a date: by person, note and line).
 */
export function sortedOpenCommitments(states: Iterable<SeriesState>): OpenCommitment[] {
  const all: OpenCommitment[] = [];
  for (const state of states) all.push(...openCommitmentsOf(state));
  return sortCommitments(all);
}

/** Sorts commitments of several series (in place) in the order of `sortedOpenCommitments`. */
export function sortCommitments<C extends OpenCommitment>(all: C[]): C[] {
  const rank = (c: OpenCommitment) => COMMITMENT_GROUPS.indexOf(c.group);
  return all.sort((a, b) => rank(a) - rank(b) || compareStrings(a.due ?? '', b.due ?? '') || compareStrings(a.person, b.person) || compareStrings(a.file, b.file) || a.line - b.line);
}

/**
 * The item a commitment points at, found again in the note's current text (lines may have moved
 * since the index read it): an open (or `[>]`) item with the same block id, else with the same normalized
 * text, the nearest to the remembered line; an item without text only on that very line.
 */
export function findCommitmentItem(items: readonly ActionItem[], commitment: Pick<OpenCommitment, 'id' | 'textKey' | 'line'>): ActionItem | undefined {
  let best: ActionItem | undefined;
  for (const item of items) {
    if (item.state !== 'open' && item.state !== 'carried') continue;
    const same = commitment.id !== undefined ? item.id === commitment.id : commitment.textKey !== 0 ? item.textKey === commitment.textKey : item.line === commitment.line;
    if (same && (!best || Math.abs(item.line - commitment.line) < Math.abs(best.line - commitment.line))) best = item;
  }
  return best;
}
