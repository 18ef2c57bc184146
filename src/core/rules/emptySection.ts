import type { RuleFinding } from '../findings';
import { headingRange, type Rule } from './rule';

/** `empty-section`: a required section of a planned note has nothing under its heading. */
export const emptySection: Rule = {
  id: 'empty-section',
  check(series) {
    const findings: RuleFinding[] = [];
    const required = new Map(series.settings.sections.filter((d) => d.required).map((d) => [d.key, d]));
    for (const note of series.currentNotes) {
      if (note.status !== 'planned') continue;
      for (const section of note.parsed.sections) {
        if (section.hasContent || !required.has(section.key)) continue;
        findings.push({
          rule: this.id,
          file: note.file,
          range: headingRange(section.line, section.title.length + 3),
          message: `"${section.title}" is empty. Write at least a line before the meeting (or "Nothing this week").`,
          fixes: [],
        });
      }
    }
    return findings;
  },
};
