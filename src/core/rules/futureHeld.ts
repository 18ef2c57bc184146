import type { RuleFinding } from './finding';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { keyRange } from '../model/meetingNote';
import { isFutureHeld } from '../model/seriesState';
import { statusFix } from './statusNotUpdated';
import { itemRange } from '../model/noteRanges';
import { defineRule } from './rule';

/**
 * `future-held`: a note dated after today says `status: held`, or an item's done date lies after
 * today — neither can have happened yet. On the note's `status` line (fix: mark it planned), or on
 * the item. Such a note never counts as the series' latest held note (seriesState).
 */
export const futureHeld = defineRule({
  id: 'future-held',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    const today = series.now.date;
    for (const note of series.notes) {
      if (note.statusWritten && isFutureHeld(note, today))
        findings.push({
          rule: this.id,
          file: note.file,
          range: keyRange(note.parsed, 'status'),
          message: `The 1x1 of ${formatShortDateFrom(note.date!, today)} is still to come but says "held". Mark it planned (or correct its date).`,
          fixes: [statusFix(note, 'planned')],
        });
      if (note.latestDone === undefined || note.latestDone <= today) continue;
      for (const item of note.parsed.items)
        if (item.done !== undefined && item.done > today)
          findings.push({
            rule: this.id,
            file: note.file,
            range: itemRange(item),
            message: `The done date ${formatShortDateFrom(item.done, today)} is after today. Write the day it was done.`,
            fixes: [],
          });
    }
    return findings;
  },
});
