import type { RuleFinding } from '../findings';
import type { Rule } from './rule';

/** `invalid-front-matter`: YAML that does not parse, a missing or impossible date, an unknown status; also a profile's unusable values. */
export const invalidFrontMatter: Rule = {
  id: 'invalid-front-matter',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const note of [...series.notes, ...series.undatedNotes])
      for (const p of note.frontMatterProblems) findings.push({ rule: this.id, file: note.file, range: p.range, message: p.message, fixes: [] });
    if (series.profile)
      for (const p of series.profile.problems) findings.push({ rule: this.id, file: series.profile.file, range: p.range, message: p.message, fixes: [] });
    return findings;
  },
};
