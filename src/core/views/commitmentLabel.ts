import { formatLongDate, formatShortDate, formatShortDateFrom } from '../schedule/calendarDate';
import { firstName } from '../model/personName';
import { plural } from '../text/wording';
import { liveOf } from '../model/model';
import type { SeriesState } from '../model/seriesState';
import { stalenessOf, type Staleness } from '../rules/commitmentConditions';
import { relativeDay } from './relativeDay';
import { isOpenLineage, type OpenCommitment } from './openCommitments';

/**
 * What the Commitments view says of one commitment. The row's description says, most important
 * first (the inline buttons cover its end on hover, a narrow sidebar cuts it): who owes it, when
 * it is due, why it is stale, and whose 1x1 it came from —
 * `you owe · due Fri 20 Nov · 1x1 with Dana`, `Sam owes · due Thu 19 Nov · 1x1 with Sam`,
 * `you owe · due Fri 27 Nov · stale: carried 3× · 1x1 with Dana`. The tooltip tells it in full.
 */

/** An open commitment with why it is stale, when it is (the `stale-commitment` thresholds). */
export type CommitmentRow = OpenCommitment & { staleness: Staleness | undefined };

/**
 * The commitments with their staleness. (Computed here, not in `openCommitments`, which the
 * commitment rules import: reading the rules' thresholds from there would be an import cycle.)
 */
export function withStaleness(commitments: readonly OpenCommitment[], states: Iterable<SeriesState>): CommitmentRow[] {
  const staleness = new Map<string, Staleness | undefined>();
  for (const state of states)
    for (const lineage of state.lineages.lineages) {
      if (!isOpenLineage(lineage)) continue;
      const { note, item } = liveOf(lineage);
      staleness.set(`${note.file}\n${item.line}`, stalenessOf(lineage, state.settings, state.now.date, state.cadence?.cadence));
    }
  return commitments.map((c) => ({ ...c, staleness: staleness.get(`${c.file}\n${c.line}`) }));
}

/** `you owe`, `Sam owes`, `@finance owes`. */
export function owesText(c: Pick<OpenCommitment, 'side' | 'owner' | 'person'>): string {
  if (c.side === 'mine') return 'you owe';
  if (c.side === 'theirs') return `${firstName(c.person)} owes`;
  return `@${c.owner} owes`;
}

/** The stale reason in a few words: `carried 3×`, else `raised 5 weeks ago`; undefined when not stale. */
export function staleText(c: Pick<CommitmentRow, 'staleness' | 'carried' | 'raised'>, today: string): string | undefined {
  if (!c.staleness) return undefined;
  return c.staleness.carriedTooOften ? `carried ${c.carried}×` : `raised ${relativeDay(c.raised, today)}`;
}

export function commitmentDescription(c: CommitmentRow, today: string): string {
  const parts = [owesText(c)];
  if (c.due) parts.push(`due ${formatShortDateFrom(c.due, today)}`);
  const stale = staleText(c, today);
  if (stale) parts.push(`stale: ${stale}`);
  parts.push(`1x1 with ${firstName(c.person)}`);
  return parts.join(' · ');
}

/** The tooltip's lines, after the commitment's text. */
export function commitmentDetails(c: CommitmentRow, today: string): string[] {
  const who = c.side === 'mine' ? 'You owe it' : c.side === 'theirs' ? `${c.person} owes it (@${c.owner})` : `@${c.owner} owes it`;
  const lines = [`${who} · from your 1x1 with ${c.person}`];
  lines.push(c.due ? `Due ${formatLongDate(c.due)} (${relativeDay(c.due, today)})` : 'No due date');
  lines.push(`Raised ${formatLongDate(c.raised)}${c.carried > 0 ? `, carried ${c.carried}×` : ''}`);
  const s = c.staleness;
  if (s) {
    const why: string[] = [];
    if (s.carriedTooOften) why.push(`carried ${c.carried}× since ${formatShortDate(c.raised)}`);
    if (s.tooOld) why.push(`raised ${plural(s.age, 'day')} ago`);
    lines.push(`Stale: ${why.join(', ')}. Do it, or cancel it and say so.`);
  }
  lines.push(`${c.file}:${c.line + 1}`);
  return lines;
}
