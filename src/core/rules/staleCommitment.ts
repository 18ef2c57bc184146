import { daysBetween } from '../calendarDate';
import type { RuleFinding } from '../findings';
import { liveOf, type Lineage } from '../model';
import type { Settings } from '../settings';
import { cancelFix, markDoneFix } from './commitmentFixes';
import { itemRange, plural, quote, type Rule } from './rule';

/** `stale-commitment`: an open lineage carried too often (`staleAfterCarries`) or raised too long ago (`staleAfterDays`). */
export const staleCommitment: Rule = {
  id: 'stale-commitment',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const lineage of series.lineages.lineages) {
      const live = liveOf(lineage);
      if (live.item.state !== 'open') continue;
      const staleness = stalenessOf(lineage, series.settings, series.now.date);
      if (!staleness) continue;
      const { carriedTooOften, age } = staleness;
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

/** Why a lineage counts as stale on `today`, or undefined when it does not (whether it is still open is the caller's to check). */
export interface Staleness {
  carriedTooOften: boolean;
  tooOld: boolean;
  /** Days since the lineage was raised. */
  age: number;
}

export function stalenessOf(lineage: Lineage, settings: Pick<Settings, 'staleAfterCarries' | 'staleAfterDays'>, today: string): Staleness | undefined {
  const age = daysBetween(lineage.raised, today);
  const carriedTooOften = settings.staleAfterCarries > 0 && lineage.carried >= settings.staleAfterCarries;
  const tooOld = settings.staleAfterDays > 0 && age >= settings.staleAfterDays;
  return carriedTooOften || tooOld ? { carriedTooOften, tooOld, age } : undefined;
}
