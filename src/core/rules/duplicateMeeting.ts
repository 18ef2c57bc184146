import type { RuleFinding } from './finding';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { keyRange } from '../model/meetingNote';
import type { MeetingNote } from '../model/model';
import { defineRule } from './rule';

/** `duplicate-meeting`: two notes of one series on one date, neither canceled — reported on both. */
export const duplicateMeeting = defineRule({
  id: 'duplicate-meeting',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    const byDate = new Map<string, MeetingNote[]>();
    for (const note of series.notes) {
      if (note.status === 'canceled') continue;
      const same = byDate.get(note.date!);
      if (same) same.push(note);
      else byDate.set(note.date!, [note]);
    }
    for (const [date, notes] of byDate) {
      if (notes.length < 2) continue;
      for (const note of notes) {
        const others = notes.filter((n) => n !== note).map((n) => n.file.slice(n.file.lastIndexOf('/') + 1));
        findings.push({
          rule: this.id,
          file: note.file,
          range: keyRange(note.parsed, 'date'),
          message: `Another note of this series is also on ${formatShortDateFrom(date, series.now.date)} (${others.join(', ')}). Merge them, or mark one canceled.`,
          fixes: [],
        });
      }
    }
    return findings;
  },
});
