import type { Range } from '../../parsing/types';

/** A change to one file, in the note's own coordinates. The CLI and the extension apply the same edits. */
export interface TextEdit {
  /** Vault-relative path of the file the edit applies to (may differ from the finding's note). */
  file: string;
  range: Range;
  newText: string;
}

/**
 * Applies edits to one text (all for the same file); edits must not overlap. Positions do not
 * count a byte order mark (as in the editor, and as the parser reads the note); it is kept.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (text.charCodeAt(0) === 0xfeff) return '\uFEFF' + applyEdits(text.slice(1), edits);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const offset = (line: number, character: number) =>
    line >= lineStarts.length ? text.length : Math.min(lineStarts[line] + character, text.length);
  // Pieces joined once, in text order: splicing the whole text per edit is quadratic (100,000
  // carried items). Insertions at one offset come out last-given first, as they always did.
  const placed = edits.map((e, order) => ({ start: offset(e.range.start.line, e.range.start.character), end: offset(e.range.end.line, e.range.end.character), newText: e.newText, order }));
  placed.sort((a, b) => a.start - b.start || b.order - a.order);
  const pieces: string[] = [];
  let at = 0;
  for (const e of placed) {
    pieces.push(text.slice(at, e.start), e.newText);
    at = Math.max(at, e.end);
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
