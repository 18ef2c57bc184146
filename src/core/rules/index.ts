import type { Severity } from '../settings/settings';
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
import { agendaNotWritten } from './agendaNotWritten';
import { meetingGap } from './meetingGap';
import { rotationGap } from './rotationGap';
import { calendarMismatch } from './calendarMismatch';
import { recurringTopic } from './recurringTopic';

/** Every rule of SPEC §8, then the series rules of §11, the calendar's of §12 and the threads' of §13, in the spec's order: the one list of rules, their ids and default severities. */
export const ALL_RULES = [
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
  agendaNotWritten,
  meetingGap,
  rotationGap,
  calendarMismatch,
  recurringTopic,
] as const;

export type RuleId = (typeof ALL_RULES)[number]['id'];

/** The rule ids, in the spec's order (`oneOnOne.rules` accepts these). */
export const RULE_IDS: readonly RuleId[] = ALL_RULES.map((rule) => rule.id);

export const DEFAULT_SEVERITIES = Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.defaultSeverity])) as Readonly<Record<RuleId, Severity>>;
