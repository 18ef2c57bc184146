import * as fs from 'node:fs';

/** A note larger than this is not read: no 1x1 note is, and a 100 MB log renamed `.md` must not stall the editor. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export interface SkipNotice {
  file: string;
  reason: string;
}

export type NoteFileRead = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string };

/** Reads a note as UTF-8, or says why it was skipped (too large, binary, unreadable). Never throws. */
export function readNoteFile(file: string): NoteFileRead {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_NOTE_BYTES) return { kind: 'skipped', reason: `skipped: ${formatMB(size)} is over the ${formatMB(MAX_NOTE_BYTES)} limit for a note` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { kind: 'skipped', reason: `skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return decodeNote(bytes);
}

/** Text of a note's bytes; binary content (a NUL byte) is skipped, not parsed. */
export function decodeNote(bytes: Uint8Array): NoteFileRead {
  if (bytes.length > MAX_NOTE_BYTES) return { kind: 'skipped', reason: `skipped: ${formatMB(bytes.length)} is over the ${formatMB(MAX_NOTE_BYTES)} limit for a note` };
  const probe = bytes.subarray(0, 8192);
  if (probe.indexOf(0) >= 0) return { kind: 'skipped', reason: 'skipped: binary content, not a Markdown note' };
  return { kind: 'text', text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
