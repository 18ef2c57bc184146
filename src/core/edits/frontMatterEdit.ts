import { isMap, isScalar, LineCounter, parseDocument, stringify } from 'yaml';
import { findFrontMatterEnd } from '../../parsing/frontMatter';
import { splitLines } from '../../parsing/parseNote';
import type { Position } from '../../parsing/types';
import type { TextEdit } from './textEdit';

/**
 * Sets front matter keys (SPEC §3). The `yaml` Document locates each key's value; only that
 * value's characters are replaced, and a new key becomes one new line before the closing `---`,
 * so comments, key order, quoting and spacing of everything else survive byte for byte.
 * Returns undefined when the YAML is broken (nothing is touched then) or a value is not a plain
 * one-line scalar that can be replaced in place.
 */
export function setFrontMatterValues(file: string, text: string, values: Record<string, string | null>): TextEdit[] | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = splitLines(body);
  const end = findFrontMatterEnd(lines);
  const origin: Position = { line: 0, character: 0 };
  if (end < 0) {
    const added = Object.entries(values).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${scalarText(v!)}`);
    return [{ file, range: { start: origin, end: origin }, newText: ['---', ...added, '---', ''].join(eol) }];
  }
  const source = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, logLevel: 'error' });
  if (doc.errors.length > 0) return undefined;
  const map = doc.contents;
  if (map !== null && !isMap(map)) return undefined;
  // Offsets in `source` → positions in the note (the block starts on line 1; `\n` joins, so columns match).
  const position = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, character: p.col - 1 };
  };
  const edits: TextEdit[] = [];
  const appended: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const pair = map?.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) {
      if (value !== null) appended.push(`${key}: ${scalarText(value)}`);
      continue;
    }
    const keyNode = pair.key as { range?: [number, number, number] };
    const valueNode = pair.value as { range?: [number, number, number] } | null;
    if (value === null) {
      const from = position(keyNode.range![0]);
      const lastOffset = valueNode?.range ? valueNode.range[1] : keyNode.range![1];
      const to = position(lastOffset);
      edits.push({ file, range: { start: { line: from.line, character: 0 }, end: { line: to.line + 1, character: 0 } }, newText: '' });
      continue;
    }
    if (valueNode && !isScalar(valueNode)) return undefined;
    const emptyValue = !valueNode?.range || valueNode.range[0] === valueNode.range[1];
    if (!emptyValue) {
      const from = position(valueNode!.range![0]);
      const to = position(valueNode!.range![1]);
      if (from.line !== to.line) return undefined;
      edits.push({ file, range: { start: from, end: to }, newText: scalarText(value) });
    } else {
      // `key:` with no value: the value goes after the colon, with the space YAML needs.
      const keyEnd = position(keyNode.range![1]);
      const lineText = lines[keyEnd.line] ?? '';
      const colon = lineText.indexOf(':', keyEnd.character);
      const at: Position = { line: keyEnd.line, character: colon >= 0 ? colon + 1 : lineText.length };
      edits.push({ file, range: { start: at, end: { line: at.line, character: lineText.trimEnd().length > at.character ? at.character : lineText.length } }, newText: ` ${scalarText(value)}` });
    }
  }
  if (appended.length > 0) {
    const at: Position = { line: end, character: 0 };
    edits.push({ file, range: { start: at, end: at }, newText: appended.map((l) => l + eol).join('') });
  }
  return edits;
}

/** The value as YAML writes a one-line scalar (quoted only when it must be, e.g. `"10:00"` stays plain). */
function scalarText(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
