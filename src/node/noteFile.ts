import * as fs from 'node:fs';

/** A note larger than this is not read: no 1x1 note is, and a 100 MB log renamed `.md` must not stall the editor. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export interface SkipNotice {
  file: string;
  reason: string;
}

export type NoteFileRead = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string };

// One buffer for every read: reading at most MAX + 1 bytes tells "too large" without a stat call
// (which costs as much again as the read on a vault of small notes).
let shared: Buffer | undefined;

/** Reads a note as UTF-8, or says why it was skipped (too large, binary, unreadable). Never throws. */
export function readNoteFile(file: string): NoteFileRead {
  shared ??= Buffer.allocUnsafe(MAX_NOTE_BYTES + 1);
  let fd: number | undefined;
  let length = 0;
  try {
    fd = fs.openSync(file, 'r');
    for (;;) {
      const n = fs.readSync(fd, shared, length, shared.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === shared.length) break;
    }
  } catch (e) {
    return { kind: 'skipped', reason: `skipped: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (length > MAX_NOTE_BYTES) {
    let size = length;
    try {
      size = fs.statSync(file).size;
    } catch {
      // the size is only for the message
    }
    return { kind: 'skipped', reason: tooLarge(size) };
  }
  // Decoded straight from the shared buffer: `decodeNote` would first make views of it (two more
  // objects per file, for 10,000 files).
  if (looksBinary(shared, length)) return { kind: 'skipped', reason: BINARY };
  return { kind: 'text', text: shared.toString('utf8', 0, length) };
}

const BINARY = 'skipped: binary content, not a Markdown note';

/** Binary content: a NUL byte in the first 8 KB of the `length` bytes read. */
function looksBinary(bytes: Uint8Array, length: number): boolean {
  return bytes.subarray(0, Math.min(length, 8192)).indexOf(0) >= 0;
}

/** Text of a note's bytes; binary content (a NUL byte in the first 8 KB) is skipped, not parsed. */
export function decodeNote(bytes: Uint8Array): NoteFileRead {
  if (bytes.length > MAX_NOTE_BYTES) return { kind: 'skipped', reason: tooLarge(bytes.length) };
  if (looksBinary(bytes, bytes.length)) return { kind: 'skipped', reason: BINARY };
  return { kind: 'text', text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

function tooLarge(bytes: number): string {
  return `skipped: ${formatMB(bytes)} is over the ${formatMB(MAX_NOTE_BYTES)} limit for a note`;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
