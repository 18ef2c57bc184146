import type { ParsedNote } from '../../parsing/types';
import type { SectionDefinition } from '../settings/settings';
import type { TextEdit } from './textEdit';
import { splitLines } from '../../parsing/parseNote';

/**
 * Inserts a missing section's heading in template order: before the first present section that
 * comes after it in the template, else at the end of the note.
 */
export function insertSectionEdit(file: string, text: string, parsed: ParsedNote, missing: SectionDefinition, template: readonly SectionDefinition[]): TextEdit {
  const eol = parsed.eol;
  const order = template.findIndex((d) => d.key === missing.key);
  const following = new Set(template.slice(order + 1).map((d) => d.key));
  const next = parsed.sections.find((s) => following.has(s.key));
  if (next) {
    const at = { line: next.line, character: 0 };
    return { file, range: { start: at, end: at }, newText: `## ${missing.title}${eol}${eol}` };
  }
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const last = lines.length - 1;
  const endsWithNewline = lines[last] === '';
  const at = { line: last, character: lines[last].length };
  return { file, range: { start: at, end: at }, newText: `${endsWithNewline ? '' : eol}${eol}## ${missing.title}${eol}` };
}
