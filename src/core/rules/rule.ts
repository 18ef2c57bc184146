import type { RuleFinding } from './finding';
import type { Severity } from '../settings/settings';
import type { SeriesState } from '../model/seriesState';

/**
 * A rule of SPEC §8, declared once, in its own module: its id, its default severity, and what it
 * finds in one series, each finding with its quick fixes (severity not yet applied). The list of
 * rule ids and the default severities are read off the rules (`rules/index.ts`); a test keeps
 * package.json and docs/rules/ in step with them.
 */
export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly defaultSeverity: Severity;
  check(series: SeriesState): RuleFinding[];
}

/** Declares a rule, keeping its id's literal type (the rule ids are derived from the rules). */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
