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

/** `skipped: cannot be read (EACCES): check its permissions`, for a file or a folder. */
export function cannotBeRead(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const advice = code === 'EACCES' || code === 'EPERM' ? ': check its permissions' : '';
  return `skipped: cannot be read (${code ?? (e as Error).message})${advice}`;
}

/**
 * `le` or `be` when the bytes start with a UTF-16 byte order mark (FF FE or FE FF), as Windows
 * editors save "Unicode" text. Such a note is decoded, not called binary for the NULs of its ASCII.
 */
function utf16ByteOrder(bytes: Uint8Array, length: number): 'le' | 'be' | undefined {
  if (length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  return undefined;
}

/**
 * The text of UTF-16 bytes with their byte order mark; the mark stays as U+FEFF at the start, as
 * a UTF-8 one does, so the parser sees the same text either way. Binary content is a NUL
 * character in the first 4,096 characters (the 8 KB of `looksBinary`).
 */
function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): NoteFileRead {
  const even = bytes.length - (bytes.length % 2);
  let little = Buffer.from(bytes.buffer, bytes.byteOffset, even);
  if (order === 'be') little = Buffer.from(little).swap16(); // a copy: the bytes may be the caller's
  const text = little.toString('utf16le');
  if (text.slice(0, 4096).includes('\0')) return { kind: 'skipped', reason: BINARY };
  return { kind: 'text', text };
}

const BINARY = 'skipped: binary content, not a Markdown note';

/** Binary content: a NUL byte in the first 8 KB of the `length` bytes read. */
function looksBinary(bytes: Uint8Array, length: number): boolean {
  return bytes.subarray(0, Math.min(length, 8192)).indexOf(0) >= 0;
}

/** Text of a note's bytes (UTF-8, or UTF-16 with a byte order mark); binary content (a NUL byte in the first 8 KB) is skipped, not parsed. */
export function decodeNote(bytes: Uint8Array): NoteFileRead {
  if (bytes.length > MAX_NOTE_BYTES) return { kind: 'skipped', reason: tooLarge(bytes.length) };
  const utf16 = utf16ByteOrder(bytes, bytes.length);
  if (utf16 !== undefined) return decodeUtf16(bytes, utf16);
  if (looksBinary(bytes, bytes.length)) return { kind: 'skipped', reason: BINARY };
  return { kind: 'text', text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}

function tooLarge(bytes: number): string {
  return `skipped: ${formatMB(bytes)} is over the ${formatMB(MAX_NOTE_BYTES)} limit for a note`;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** How a note's bytes encode its text: `new` writes a note back the way it was saved. */
export type NoteEncoding = 'utf8' | 'utf16le' | 'utf16be';

export function noteEncoding(bytes: Uint8Array): NoteEncoding {
  const order = utf16ByteOrder(bytes, bytes.length);
  return order === 'le' ? 'utf16le' : order === 'be' ? 'utf16be' : 'utf8';
}

/** The bytes of a note's text in `encoding`; a UTF-16 text keeps its byte order mark as U+FEFF (see `decodeUtf16`). */
export function encodeNote(text: string, encoding: NoteEncoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const little = Buffer.from(text, 'utf16le');
  return encoding === 'utf16be' ? little.swap16() : little;
}
