import type { TextEdit } from './textEdit';

/**
 * Puts one line back as it was: the line nearest `line` whose text is still `now` becomes `was`.
 * Undefined when no line reads `now` any more (the user changed it since): an undo offered later
 * than the edit must not overwrite what came after it. Lines may have moved, as items do.
 */
export function revertLine(file: string, text: string, line: number, now: string, was: string): TextEdit | undefined {
  const lines = text.split('\n');
  let best: number | undefined;
  for (let i = 0; i < lines.length; i++) if (lines[i] === now && (best === undefined || Math.abs(i - line) < Math.abs(best - line))) best = i;
  if (best === undefined) return undefined;
  return { file, range: { start: { line: best, character: 0 }, end: { line: best, character: now.length } }, newText: was };
}
