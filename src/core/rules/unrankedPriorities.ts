import { splitLines } from '../../parsing/parseNote';
import type { Section } from '../../parsing/types';
import type { RuleFinding } from './finding';
import type { TextEdit } from '../edits/textEdit';
import { defineRule } from './rule';

/** `unranked-priorities`: priorities written as a bullet list. Fix: number them in the order written. */
export const unrankedPriorities = defineRule({
  id: 'unranked-priorities',
  defaultSeverity: 'info',
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
          // On the bullets, so that Ctrl+. on any of them offers the fix.
          range: { start: { line: bullets[0].line, character: bullets[0].markerColumn }, end: { line: bullets[bullets.length - 1].line, character: bullets[bullets.length - 1].lineEnd } },
          message: 'Priorities are not ranked. Write them as a numbered list, most important first.',
          fixes: [
            {
              title: 'Number the priorities',
              safeInFixAll: true,
              edits: (read) => {
                const text = read(note.file);
                return text === undefined ? [] : numberListEdits(note.file, text, section);
              },
            },
          ],
        });
      }
    return findings;
  },
});

/**
 * `- A` → `1. A`, and every line that belonged to an item (a sub-point, a continuation) moves
 * right by as much as the marker grew, so it stays under its priority.
 */
function numberListEdits(file: string, text: string, section: Section): TextEdit[] {
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const edits: TextEdit[] = [];
  const entries = section.listItems;
  entries.forEach((entry, i) => {
    const marker = `${i + 1}.`;
    edits.push({
      file,
      range: { start: { line: entry.line, character: entry.markerColumn }, end: { line: entry.line, character: entry.markerColumn + entry.markerLength } },
      newText: marker,
    });
    const oldContentColumn = entry.markerColumn + entry.markerLength + 1;
    const newContentColumn = entry.markerColumn + marker.length + 1;
    const last = i + 1 < entries.length ? entries[i + 1].line - 1 : section.endLine;
    const belonging: number[] = [];
    let least = Infinity;
    for (let line = entry.line + 1; line <= last && line < lines.length; line++) {
      const indent = /^[ ]*/.exec(lines[line])![0].length;
      if (lines[line].trim() === '' || indent < oldContentColumn) continue;
      belonging.push(line);
      least = Math.min(least, indent);
    }
    // Only when the least indented line would fall out of the wider item; all move together, keeping their nesting.
    const shift = least < newContentColumn ? newContentColumn - least : 0;
    if (shift > 0)
      for (const line of belonging) edits.push({ file, range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: ' '.repeat(shift) });
  });
  return edits;
}
