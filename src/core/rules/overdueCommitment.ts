import { daysBetween } from '../calendarDate';
import type { Fix, RuleFinding } from '../findings';
import { liveOf } from '../model';
import { markDoneFix, moveDueDateFix } from './commitmentFixes';
import { itemRange, plural, quote, type Rule } from './rule';

/** `overdue-commitment`: the live item of an open lineage is past its due date. */
export const overdueCommitment: Rule = {
  id: 'overdue-commitment',
  check(series) {
    const findings: RuleFinding[] = [];
    const today = series.now.date;
    for (const lineage of series.lineages.lineages) {
      const live = liveOf(lineage);
      const due = live.item.due;
      if (live.item.state !== 'open' || due === undefined || due >= today) continue;
      const late = daysBetween(due, today);
      const fixes: Fix[] = [markDoneFix(series, live)];
      const move = moveDueDateFix(series, live);
      if (move) fixes.push(move);
      findings.push({
        rule: this.id,
        file: live.note.file,
        range: itemRange(live.item),
        message: `${quote(live.item.text)} was due ${due}, ${plural(late, 'day')} ago. Mark it done, or agree a new date.`,
        fixes,
      });
    }
    return findings;
  },
};
