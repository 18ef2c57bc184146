import type { Rule } from './rule';
import { invalidFrontMatter } from './invalidFrontMatter';
import { invalidDate } from './invalidDate';
import { missingSection } from './missingSection';
import { emptySection } from './emptySection';
import { tooManyPriorities } from './tooManyPriorities';
import { unrankedPriorities } from './unrankedPriorities';
import { missingDueDate } from './missingDueDate';
import { overdueCommitment } from './overdueCommitment';
import { staleCommitment } from './staleCommitment';
import { droppedCommitment } from './droppedCommitment';
import { agendaNotShared } from './agendaNotShared';
import { statusNotUpdated } from './statusNotUpdated';
import { duplicateMeeting } from './duplicateMeeting';
import { duplicateId } from './duplicateId';
import { futureHeld } from './futureHeld';

/** Every rule of SPEC §8, in the spec's order. */
export const ALL_RULES: readonly Rule[] = [
  invalidFrontMatter,
  invalidDate,
  missingSection,
  emptySection,
  tooManyPriorities,
  unrankedPriorities,
  missingDueDate,
  overdueCommitment,
  staleCommitment,
  droppedCommitment,
  agendaNotShared,
  statusNotUpdated,
  duplicateMeeting,
  duplicateId,
  futureHeld,
];
