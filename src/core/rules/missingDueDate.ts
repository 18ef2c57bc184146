import { setDueDate } from '../edits/itemEdits';
import type { Fix, RuleFinding } from './finding';
import { itemRange } from '../model/noteRanges';
import { quote } from '../text/wording';
import { defineRule } from './rule';

/** `missing-due-date`: an open item under Commitments of a current note says what, but not by when. Fix: the next meeting's date. */
export const missingDueDate = defineRule({
  id: 'missing-due-date',
  defaultSeverity: 'info',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const note of series.currentNotes) {
      const next = series.nextMeetingAfter(note.date!);
      const style = series.settings.dateStyle;
      for (const item of note.parsed.items) {
        if (item.section !== 'commitments' || item.state !== 'open' || item.due !== undefined) continue;
        const fixes: Fix[] = next
          ? [{ title: `Due by the next 1x1 (${next})`, safeInFixAll: true, edits: () => setDueDate(note.file, item, next, style) }]
          : [];
        findings.push({
          rule: this.id,
          file: note.file,
          range: itemRange(item),
          message: `Commitment ${quote(item.text)} has no due date. Say by when: add 📅 YYYY-MM-DD.`,
          fixes,
        });
      }
    }
    return findings;
  },
});
