import type { RuleFinding } from './finding';
import { defineRule } from './rule';

/** `too-many-priorities`: more than three items under the priorities section of a current note. */
export const tooManyPriorities = defineRule({
  id: 'too-many-priorities',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const note of series.currentNotes)
      for (const section of note.parsed.sections) {
        if (section.key !== 'priorities' || section.listItems.length <= 3) continue;
        const fourth = section.listItems[3];
        const last = section.listItems[section.listItems.length - 1];
        findings.push({
          rule: this.id,
          file: note.file,
          // From the fourth priority's marker to the end of the last: what is past the top three.
          range: { start: { line: fourth.line, character: fourth.markerColumn }, end: { line: last.line, character: last.lineEnd } },
          message: `${section.listItems.length} priorities listed. Keep the top three and move the rest to the notes.`,
          fixes: [],
        });
      }
    return findings;
  },
});
