import type { RuleFinding } from './finding';
import { DEFAULT_TOPICS } from '../model/profile';
import { defineRule } from './rule';

/**
 * `invalid-front-matter`: YAML that does not parse, a missing or impossible date, an unknown
 * status, a time, `moved_to:` or `shared:` that cannot be used, a `rotation:` that is no topic of
 * the series' order; also a profile's unusable values.
 */
export const invalidFrontMatter = defineRule({
  id: 'invalid-front-matter',
  defaultSeverity: 'error',
  check(series) {
    const findings: RuleFinding[] = [];
    for (const note of [...series.notes, ...series.undatedNotes])
      for (const p of note.frontMatterProblems) findings.push({ rule: this.id, file: note.file, range: p.range, message: p.message, fixes: [] });
    const topics = series.profile?.topics ?? DEFAULT_TOPICS;
    for (const note of [...series.notes, ...series.undatedNotes]) {
      if (note.rotation === undefined || topics.includes(note.rotation)) continue;
      const line = note.parsed.frontMatter.keyLines.rotation ?? 0;
      findings.push({
        rule: this.id,
        file: note.file,
        range: { start: { line, character: 0 }, end: { line, character: 'rotation'.length + 1 } },
        message: `\`rotation: ${note.rotation}\` is not a topic of this series. Use one of: ${topics.join(', ')}${series.profile?.topics ? ' (the profile\'s `topics`)' : ''}.`,
        fixes: [],
      });
    }
    if (series.profile)
      for (const p of series.profile.problems) findings.push({ rule: this.id, file: series.profile.file, range: p.range, message: p.message, fixes: [] });
    return findings;
  },
});
