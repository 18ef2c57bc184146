import { splitLines } from '../../parsing/parseNote';
import type { TextSource } from '../rules/finding';
import { blockIdFor } from '../model/blockId';
import { addBlockId, setMarker } from './itemEdits';
import type { ItemRef, MeetingNote } from '../model/model';
import type { Settings } from '../settings/settings';
import type { TextEdit } from './textEdit';

/** The item's line as it goes into another note: from its list marker on, with `id` appended when it had none. */
function carriedItemLine(sourceLine: string, ref: ItemRef, id: string): string {
  const content = sourceLine.slice(ref.item.listColumn, ref.item.contentEnd);
  return ref.item.id === undefined ? `${content} ^${id}` : content;
}

/** Ids already used in a series' notes, so a new one is unique. */
export function idsInNotes(notes: readonly MeetingNote[]): Set<string> {
  const ids = new Set<string>();
  for (const note of notes) for (const item of note.parsed.items) if (item.id !== undefined) ids.add(item.id);
  return ids;
}

/**
 * Carries one open item into a later note's "Action items from last time" (SPEC §6): the item is
 * appended to that section (created when absent), and in its own note it gets the same id and,
 * with `oneOnOne.markCarried`, the `[>]` marker. Empty when either file cannot be read.
 */
export function carryToNoteEdits(seriesNotes: readonly MeetingNote[], settings: Settings, ref: ItemRef, target: MeetingNote, read: TextSource): TextEdit[] {
  const sourceText = read(ref.note.file);
  const targetText = read(target.file);
  if (sourceText === undefined || targetText === undefined) return [];
  const sourceLines = splitLines(sourceText.charCodeAt(0) === 0xfeff ? sourceText.slice(1) : sourceText);
  const sourceLine = sourceLines[ref.item.line];
  if (sourceLine === undefined) return [];
  const id = ref.item.id ?? blockIdFor(`${ref.note.file}\n${ref.item.text}`, idsInNotes(seriesNotes));
  const edits: TextEdit[] = [];
  if (settings.markCarried) edits.push(setMarker(ref.note.file, ref.item, '>'));
  const idEdit = addBlockId(ref.note.file, ref.item, id);
  if (idEdit) edits.push(idEdit);
  edits.push(appendToSection(target, targetText, 'action-items', settings.sections.find((s) => s.key === 'action-items')?.title ?? 'Action items from last time', [carriedItemLine(sourceLine, ref, id)]));
  return edits;
}

/** Appends lines after the last non-blank line of a section; adds the section after the front matter and title when absent. */
function appendToSection(note: MeetingNote, text: string, key: string, title: string, newLines: string[]): TextEdit {
  const eol = note.parsed.eol;
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const section = note.parsed.sections.find((s) => s.key === key);
  if (section) {
    let last = Math.min(section.endLine, lines.length - 1);
    while (last > section.line && lines[last].trim() === '') last--;
    const at = { line: last, character: lines[last].length };
    return { file: note.file, range: { start: at, end: at }, newText: newLines.map((l) => eol + l).join('') };
  }
  const first = note.parsed.sections[0];
  const at = { line: first ? first.line : lines.length, character: 0 };
  return { file: note.file, range: { start: at, end: at }, newText: `## ${title}${eol}${newLines.map((l) => l + eol).join('')}${eol}` };
}
