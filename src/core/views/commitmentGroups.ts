import type { CommitmentsGroupBy } from '../settings/settings';
import { SIDES, type Side } from '../model/owner';
import { COMMITMENT_GROUPS, type CommitmentGroup, type OpenCommitment } from './openCommitments';

/**
 * The groups of the Commitments view (SPEC §10, setting `oneOnOne.commitmentsGroupBy`): by due
 * date — Overdue / This week / Later / No date — or by who owes it — I owe / They owe / Others,
 * mine first. Within a group the commitments keep the order they are given (`sortedOpenCommitments`:
 * due date first), and a group with none is left out.
 */

export type CommitmentsGroupKey = CommitmentGroup | Side;

export const COMMITMENTS_GROUP_LABELS: Record<CommitmentsGroupKey, string> = {
  overdue: 'Overdue',
  'this-week': 'This week',
  later: 'Later',
  'no-date': 'No date',
  mine: 'I owe',
  theirs: 'They owe',
  others: 'Others',
};

export interface CommitmentsGroup<C> {
  key: CommitmentsGroupKey;
  label: string;
  commitments: C[];
}

export function groupCommitments<C extends Pick<OpenCommitment, 'group' | 'side'>>(commitments: readonly C[], by: CommitmentsGroupBy): CommitmentsGroup<C>[] {
  const keys: readonly CommitmentsGroupKey[] = by === 'owner' ? SIDES : COMMITMENT_GROUPS;
  const keyOf = (c: C): CommitmentsGroupKey => (by === 'owner' ? c.side : c.group);
  return keys
    .map((key) => ({ key, label: COMMITMENTS_GROUP_LABELS[key], commitments: commitments.filter((c) => keyOf(c) === key) }))
    .filter((g) => g.commitments.length > 0);
}
