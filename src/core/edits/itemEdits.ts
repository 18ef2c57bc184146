import type { ActionItem, Range } from '../../parsing/types';
import type { DateStyle } from '../settings/settings';
import type { TextEdit } from './textEdit';

/**
 * Text edits on one action item's line. Every position is on the item's own line, so the edits
 * need no text: the parser kept the columns.
 */

function at(line: number, start: number, end = start): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Where new fields go: before a trailing block id (which must stay last), else at the end. */
function fieldInsertColumn(item: ActionItem): number {
  return item.idStart >= 0 ? item.idStart : item.contentEnd;
}

function fieldText(kind: 'due' | 'done', date: string, style: DateStyle): string {
  if (style === 'dataview') return kind === 'due' ? `[due:: ${date}]` : `[completion:: ${date}]`;
  return kind === 'due' ? `📅 ${date}` : `✅ ${date}`;
}

/** Inserts ` field` before the block id or at the end, keeping a single space around it. */
function insertField(file: string, item: ActionItem, text: string): TextEdit {
  const column = fieldInsertColumn(item);
  const newText = item.idStart >= 0 ? `${text} ` : ` ${text}`;
  return { file, range: at(item.line, column), newText };
}

export function setMarker(file: string, item: ActionItem, marker: string): TextEdit {
  return { file, range: at(item.line, item.column + 1, item.column + 2), newText: marker };
}

/** `[x]` and a done date (unless one is written already). */
export function markDone(file: string, item: ActionItem, today: string, style: DateStyle): TextEdit[] {
  const edits = [setMarker(file, item, 'x')];
  if (item.done === undefined) edits.push(insertField(file, item, fieldText('done', today, style)));
  return edits;
}

export function markCanceled(file: string, item: ActionItem): TextEdit[] {
  return [setMarker(file, item, '-')];
}

/**
 * Replaces the due date in the style the user wrote it (`lineText` is the item's line, to tell
 * `[due:: …]` from `📅 …`), or adds one in the configured style.
 */
export function setDueDate(file: string, item: ActionItem, date: string, style: DateStyle, lineText = ''): TextEdit[] {
  if (item.dueStart >= 0) {
    const written: DateStyle = lineText.charCodeAt(item.dueStart) === 91 /* [ */ ? 'dataview' : 'emoji';
    return [{ file, range: at(item.line, item.dueStart, item.dueEnd), newText: fieldText('due', date, written) }];
  }
  return [insertField(file, item, fieldText('due', date, style))];
}

/** Appends ` ^id` at the end of the line when the item has no block id. */
export function addBlockId(file: string, item: ActionItem, id: string): TextEdit | undefined {
  if (item.id !== undefined) return undefined;
  return { file, range: at(item.line, item.contentEnd), newText: ` ^${id}` };
}

/** Replaces the item's block id (the characters after its `^`) with `id`. */
export function replaceBlockId(file: string, item: ActionItem, id: string): TextEdit | undefined {
  if (item.id === undefined || item.idStart < 0) return undefined;
  return { file, range: at(item.line, item.idStart + 1, item.idStart + 1 + item.id.length), newText: id };
}
