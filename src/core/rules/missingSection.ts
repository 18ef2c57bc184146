import { insertSectionEdit } from '../edits/sectionEdits';
import type { RuleFinding } from './finding';
import { defineRule } from './rule';

/** `missing-section`: a required section is absent from a current note. Fix: insert it in template order. */
export const missingSection = defineRule({
  id: 'missing-section',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    const definitions = series.settings.sections;
    for (const note of series.currentNotes) {
      const present = new Set(note.parsed.sections.map((s) => s.key));
      for (const def of definitions) {
        if (!def.required || present.has(def.key)) continue;
        const line = note.parsed.bodyStartLine;
        findings.push({
          rule: this.id,
          file: note.file,
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          message: `Section "${def.title}" is missing. Add a "## ${def.title}" heading.`,
          fixes: [
            {
              title: `Insert "## ${def.title}"`,
              safeInFixAll: true,
              edits: (read) => {
                const text = read(note.file);
                return text === undefined ? [] : [insertSectionEdit(note.file, text, note.parsed, def, definitions)];
              },
            },
          ],
        });
      }
    }
    return findings;
  },
});
