import type { RuleFinding } from '../findings';
import { headingRange, type Rule } from './rule';

/** `unranked-priorities`: priorities written as a bullet list. Fix: number them in the order written. */
export const unrankedPriorities: Rule = {
  id: 'unranked-priorities',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const note of series.currentNotes)
      for (const section of note.parsed.sections) {
        if (section.key !== 'priorities') continue;
        const bullets = section.listItems.filter((i) => !i.ordered);
        if (bullets.length === 0) continue;
        findings.push({
          rule: this.id,
          file: note.file,
          range: headingRange(section.line, section.title.length + 3),
          message: 'Priorities are not ranked. Write them as a numbered list, most important first.',
          fixes: [
            {
              title: 'Number the priorities',
              safeInFixAll: true,
              edits: () =>
                section.listItems.map((entry, i) => ({
                  file: note.file,
                  range: { start: { line: entry.line, character: entry.markerColumn }, end: { line: entry.line, character: entry.markerColumn + entry.markerLength } },
                  newText: `${i + 1}.`,
                })),
            },
          ],
        });
      }
    return findings;
  },
};
