import * as fs from 'node:fs';
import { BINARY, decodeUtf16, looksBinary, MAX_NOTE_BYTES, tooLarge, utf16ByteOrder, type NoteFileRead } from '../parsing/noteBytes';

export interface SkipNotice {
  file: string;
  reason: string;
}

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
    return { kind: 'skipped', reason: cannotBeRead(e) };
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
  const utf16 = utf16ByteOrder(shared, length);
  if (utf16 !== undefined) return decodeUtf16(shared.subarray(0, length), utf16);
  if (looksBinary(shared, length)) return { kind: 'skipped', reason: BINARY };
  return { kind: 'text', text: shared.toString('utf8', 0, length) };
}

export const CANNOT_BE_READ = 'skipped: cannot be read';

/** `skipped: cannot be read (EACCES): check its permissions`, for a file or a folder. */
export function cannotBeRead(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const advice = code === 'EACCES' || code === 'EPERM' ? ': check its permissions' : '';
  return `${CANNOT_BE_READ} (${code ?? (e as Error).message})${advice}`;
}

