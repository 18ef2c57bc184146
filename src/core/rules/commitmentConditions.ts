import { daysBetween } from '../schedule/calendarDate';
import { liveOf, type Cadence, type Lineage, type MeetingNote } from '../model/model';
import { isOpenLineage } from '../views/openCommitments';
import type { SeriesState } from '../model/seriesState';
import type { Settings } from '../settings/settings';
import type { RuleId } from './index';
import { plural } from '../text/wording';

/**
 * One item gets at most one commitment finding (SPEC §8): `dropped-commitment`, else
 * `overdue-commitment`, else `stale-commitment`, and its message names the others that also hold.
 * The precedence runs over the rules that are not `off`: a user who turns `dropped-commitment`
 * off still sees that an old dropped item is overdue (docs/decisions.md).
 */

export const COMMITMENT_RULES = ['dropped-commitment', 'overdue-commitment', 'stale-commitment'] as const satisfies readonly RuleId[];
export type CommitmentRuleId = (typeof COMMITMENT_RULES)[number];

/** What holds for one open lineage on the series' today. */
export interface CommitmentConditions {
  dropped: boolean;
  /** Days past the live item's due date, when it is past. */
  overdueDays: number | undefined;
  staleness: Staleness | undefined;
}

/** An open lineage one of the commitment rules reports, with what holds for it. */
export interface CommitmentReport {
  lineage: Lineage;
  conditions: CommitmentConditions;
}

/**
 * The open lineages each commitment rule reports, in lineage order. The three rules each need
 * every open lineage's conditions to know which of them reports it: computed once per series
 * state and shared, instead of three times per lineage. A series state is one series at one
 * moment and never changes, so the answer is kept with it (and goes when it goes).
 */
const reportsOfSeries = new WeakMap<SeriesState, Record<CommitmentRuleId, CommitmentReport[]>>();

export function commitmentReports(series: SeriesState, rule: CommitmentRuleId): readonly CommitmentReport[] {
  let reports = reportsOfSeries.get(series);
  if (!reports) {
    reports = { 'dropped-commitment': [], 'overdue-commitment': [], 'stale-commitment': [] };
    for (const lineage of series.lineages.lineages) {
      const conditions = commitmentConditions(lineage, series);
      const reporting = conditions && reportingRule(conditions, series);
      if (reporting) reports[reporting].push({ lineage, conditions: conditions! });
    }
    reportsOfSeries.set(series, reports);
  }
  return reports[rule];
}

export function commitmentConditions(lineage: Lineage, series: SeriesState): CommitmentConditions | undefined {
  if (!isOpenLineage(lineage)) return undefined;
  const today = series.now.date;
  const due = liveOf(lineage).item.due;
  return {
    dropped: isDropped(lineage, series.latestHeld),
    overdueDays: due !== undefined && due < today ? daysBetween(due, today) : undefined,
    staleness: stalenessOf(lineage, series.settings, today, series.cadence?.cadence),
  };
}

/**
 * The one definition of a dropped commitment (the rule and Insights count the same): its latest
 * copy is open, or marked `[>]` with no later copy, in a note older than the series' latest held note.
 */
export function isDropped(lineage: Lineage, latestHeld: MeetingNote | undefined): boolean {
  if (!latestHeld) return false;
  const live = liveOf(lineage);
  const state = live.item.state;
  return (state === 'open' || state === 'carried') && live.note.date! < latestHeld.date!;
}

/** Why a lineage counts as stale on `today`, or undefined when it does not (whether it is still open is the caller's to check). */
export interface Staleness {
  carriedTooOften: boolean;
  tooOld: boolean;
  /** Days since the lineage was raised. */
  age: number;
}

export function stalenessOf(
  lineage: Lineage,
  settings: Pick<Settings, 'staleAfterCarries' | 'staleAfterDays'>,
  today: string,
  cadence?: Cadence,
): Staleness | undefined {
  const age = daysBetween(lineage.raised, today);
  const afterDays = staleAfterDays(settings.staleAfterDays, cadence);
  const carriedTooOften = settings.staleAfterCarries > 0 && lineage.carried >= settings.staleAfterCarries;
  const tooOld = afterDays > 0 && age >= afterDays;
  return carriedTooOften || tooOld ? { carriedTooOften, tooOld, age } : undefined;
}

/**
 * SPEC §8: raised `staleAfterDays` ago — or, for a series that meets less often than that, two of
 * its intervals, so that an item of a monthly series is not stale before it could be carried
 * twice. A monthly interval counts as 30 days; `0` (the limit turned off) stays off.
 */
export function staleAfterDays(setting: number, cadence: Cadence | undefined): number {
  if (setting <= 0 || !cadence) return setting;
  const interval = cadence.kind === 'monthly' ? 30 : cadence.kind === 'weekly' ? 7 : cadence.kind === 'biweekly' ? 14 : cadence.weeks * 7;
  return interval > setting ? 2 * interval : setting;
}

function holds(conditions: CommitmentConditions, rule: CommitmentRuleId): boolean {
  if (rule === 'dropped-commitment') return conditions.dropped;
  if (rule === 'overdue-commitment') return conditions.overdueDays !== undefined;
  return conditions.staleness !== undefined;
}

/** The one rule that reports this lineage: the first that holds, in precedence order, among those not turned off. */
function reportingRule(conditions: CommitmentConditions, series: Pick<SeriesState, 'settings'>): CommitmentRuleId | undefined {
  // A default severity is never `off`: a rule is off only when the setting says so (read here
  // rather than through severityOf, which would make the rules load the settings that load them).
  return COMMITMENT_RULES.find((rule) => holds(conditions, rule) && series.settings.rules[rule] !== 'off');
}

/**
 * The conditions the message of `reporting`'s finding also names, as a clause to append: " — it
 * was also 12 days overdue and carried 3×", or '' when none. Conditions of rules turned off are named too: the
 * message says what is true of the item, the severity setting only says who reports it.
 */
export function alsoHolds(conditions: CommitmentConditions, reporting: CommitmentRuleId, lineage: Lineage): string {
  const others: string[] = [];
  if (reporting !== 'dropped-commitment' && conditions.dropped) others.push('dropped (not in any later 1x1)');
  if (reporting !== 'overdue-commitment' && conditions.overdueDays !== undefined) others.push(`${plural(conditions.overdueDays, 'day')} overdue`);
  if (reporting !== 'stale-commitment' && conditions.staleness) {
    const { carriedTooOften, age } = conditions.staleness;
    others.push(carriedTooOften ? `carried ${lineage.carried}×` : `raised ${plural(age, 'day')} ago`);
  }
  if (others.length === 0) return '';
  const list = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
  return ` — it was also ${list}`;
}
