import type { RuleFinding } from './finding';
import { defineRule } from './rule';

/** `invalid-date`: a due or done date on an item that is not a real ISO date. */
export const invalidDate = defineRule({
  id: 'invalid-date',
  defaultSeverity: 'error',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const note of [...series.notes, ...series.undatedNotes])
      for (const p of note.parsed.problems)
        if (p.kind === 'date') findings.push({ rule: this.id, file: note.file, range: p.range, message: p.message, fixes: [] });
    return findings;
  },
});
