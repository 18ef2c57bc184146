import type { Fix, RuleFinding } from './finding';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { liveOf } from '../model/model';
import { carryToNoteEdits } from '../edits/carryEdits';
import { alsoHolds, commitmentReports } from './commitmentConditions';
import { cancelFix, markDoneFix } from './commitmentFixes';
import { itemRange } from '../model/noteRanges';
import { quote } from '../text/wording';
import { defineRule } from './rule';

/**
 * `dropped-commitment`: an open item in a note older than the series' latest held note, with no
 * later item in its lineage — it was neither done, nor canceled, nor carried forward. An item
 * marked `[>]` whose copy never reached a later note is dropped too (docs/decisions.md). It takes
 * precedence over overdue and stale, which its message names (commitmentConditions).
 */
export const droppedCommitment = defineRule({
  id: 'dropped-commitment',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    const latestHeld = series.latestHeld;
    if (!latestHeld) return findings;
    const { notes, settings } = series;
    const nextAgenda = series.notes.find((n) => n.status === 'planned' && n.date! > latestHeld.date!);
    for (const { lineage, conditions } of commitmentReports(series, 'dropped-commitment')) {
      const also = alsoHolds(conditions, 'dropped-commitment', lineage);
      const live = liveOf(lineage);
      const state = live.item.state;
      const fixes: Fix[] = [];
      if (nextAgenda) {
        fixes.push({
          title: `Carry it to the next agenda (${nextAgenda.date})`,
          edits: (read) => carryToNoteEdits(notes, settings, live, nextAgenda, read),
        });
      }
      fixes.push(markDoneFix(series, live), cancelFix(live));
      findings.push({
        rule: this.id,
        file: live.note.file,
        range: itemRange(live.item),
        message:
          state === 'carried'
            ? `${quote(live.item.text)} was dropped: marked carried on ${formatShortDateFrom(live.note.date!, series.now.date)} but not in any later 1x1${also}. Carry it to the next agenda, mark it done, or cancel it.`
            : `${quote(live.item.text)} was dropped: still open on ${formatShortDateFrom(live.note.date!, series.now.date)} and not in any later 1x1${also}. Carry it to the next agenda, mark it done, or cancel it.`,
        fixes,
      });
    }
    return findings;
  },
});
