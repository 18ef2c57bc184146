import type { ActionItem, Range } from '../../parsing/types';

/** Ranges in a note that findings, hovers and decorations point at. */

/** The item's line from the list marker to the end of its content. */
export function itemRange(item: ActionItem): Range {
  return { start: { line: item.line, character: item.listColumn }, end: { line: item.line, character: item.contentEnd } };
}

/** A heading's line from its first character, `length` characters long. */
export function headingRange(line: number, length: number): Range {
  return { start: { line, character: 0 }, end: { line, character: length } };
}
