import type { RuleFinding } from './finding';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { liveOf } from '../model/model';
import { alsoHolds, commitmentReports } from './commitmentConditions';
import { cancelFix, markDoneFix } from './commitmentFixes';
import { itemRange } from '../model/noteRanges';
import { plural, quote } from '../text/wording';
import { defineRule } from './rule';

/**
 * `stale-commitment`: an open lineage carried too often (`staleAfterCarries`) or raised too long
 * ago (`staleAfterDays`, two intervals for a series that meets less often) — unless it is
 * dropped or overdue, which take precedence (commitmentConditions).
 */
export const staleCommitment = defineRule({
  id: 'stale-commitment',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const { lineage, conditions } of commitmentReports(series, 'stale-commitment')) {
      const live = liveOf(lineage);
      const { carriedTooOften, age } = conditions.staleness!;
      const why = carriedTooOften ? `carried ${lineage.carried}× since ${formatShortDateFrom(lineage.raised, series.now.date)}` : `raised ${plural(age, 'day')} ago (${formatShortDateFrom(lineage.raised, series.now.date)})`;
      findings.push({
        rule: this.id,
        file: live.note.file,
        range: itemRange(live.item),
        message: `${quote(live.item.text)} is stale: ${why}${alsoHolds(conditions, 'stale-commitment', lineage)}. Do it, or cancel it and say so.`,
        fixes: [markDoneFix(series, live), cancelFix(live)],
      });
    }
    return findings;
  },
});
