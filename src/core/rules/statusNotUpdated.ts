import { setFrontMatterValues } from '../edits/frontMatterEdit';
import { formatShortDateFrom } from '../schedule/calendarDate';
import type { Fix, RuleFinding } from './finding';
import { keyRange } from '../model/meetingNote';
import type { MeetingNote } from '../model/model';
import { defineRule } from './rule';
import { meetingMomentOf } from '../schedule/schedule';

/** `status-not-updated`: a note still says `planned` after its date. Fix: mark it held or canceled. */
export const statusNotUpdated = defineRule({
  id: 'status-not-updated',
  defaultSeverity: 'info',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const note of series.notes) {
      if (note.status !== 'planned' || note.date! >= series.now.date) continue;
      // The calendar may have moved the meeting to a day still to come (SPEC §12).
      const meeting = meetingMomentOf(series, note);
      if (meeting && meeting.date >= series.now.date) continue;
      findings.push({
        rule: this.id,
        file: note.file,
        range: keyRange(note.parsed, 'status'),
        message: `The 1x1 of ${formatShortDateFrom(note.date!, series.now.date)} is past but still "planned". Mark it held or canceled.`,
        fixes: [statusFix(note, 'held'), statusFix(note, 'canceled')],
      });
    }
    return findings;
  },
});

export function statusFix(note: MeetingNote, status: 'held' | 'canceled' | 'planned'): Fix {
  return {
    title: `Mark ${status}`,
    edits: (read) => {
      const text = read(note.file);
      return (text !== undefined && setFrontMatterValues(note.file, text, { status })) || [];
    },
  };
}
