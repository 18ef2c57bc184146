import { daysBetween } from '../calendarDate';
import type { RuleFinding } from '../findings';
import { liveOf } from '../model';
import { cancelFix, markDoneFix } from './commitmentFixes';
import { itemRange, plural, quote, type Rule } from './rule';

/** `stale-commitment`: an open lineage carried too often (`staleAfterCarries`) or raised too long ago (`staleAfterDays`). */
export const staleCommitment: Rule = {
  id: 'stale-commitment',
  check(series) {
    const findings: RuleFinding[] = [];
    const { staleAfterCarries, staleAfterDays } = series.settings;
    const today = series.now.date;
    for (const lineage of series.lineages.lineages) {
      const live = liveOf(lineage);
      if (live.item.state !== 'open') continue;
      const age = daysBetween(lineage.raised, today);
      const carriedTooOften = staleAfterCarries > 0 && lineage.carried >= staleAfterCarries;
      const tooOld = staleAfterDays > 0 && age >= staleAfterDays;
      if (!carriedTooOften && !tooOld) continue;
      const why = carriedTooOften ? `carried ${lineage.carried}× since ${lineage.raised}` : `raised ${plural(age, 'day')} ago (${lineage.raised})`;
      findings.push({
        rule: this.id,
        file: live.note.file,
        range: itemRange(live.item),
        message: `${quote(live.item.text)} is stale: ${why}. Do it, or cancel it and say so.`,
        fixes: [markDoneFix(series, live), cancelFix(live)],
      });
    }
    return findings;
  },
};
