import type { Fix, RuleFinding } from './finding';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { liveOf } from '../model/model';
import { alsoHolds, commitmentReports } from './commitmentConditions';
import { markDoneFix, moveDueDateFix } from './commitmentFixes';
import { itemRange } from '../model/noteRanges';
import { plural, quote } from '../text/wording';
import { defineRule } from './rule';

/** `overdue-commitment`: the live item of an open lineage is past its due date — unless it is dropped, which takes precedence (commitmentConditions). */
export const overdueCommitment = defineRule({
  id: 'overdue-commitment',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const { lineage, conditions } of commitmentReports(series, 'overdue-commitment')) {
      const live = liveOf(lineage);
      const fixes: Fix[] = [markDoneFix(series, live)];
      const move = moveDueDateFix(series, live);
      if (move) fixes.push(move);
      findings.push({
        rule: this.id,
        file: live.note.file,
        range: itemRange(live.item),
        message: `${quote(live.item.text)} was due ${formatShortDateFrom(live.item.due!, series.now.date)}, ${plural(conditions.overdueDays!, 'day')} ago${alsoHolds(conditions, 'overdue-commitment', lineage)}. Mark it done, or agree a new date.`,
        fixes,
      });
    }
    return findings;
  },
});
