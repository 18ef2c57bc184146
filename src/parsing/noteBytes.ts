/**
 * A note's bytes as text (SPEC §1: notes are Markdown files): UTF-8, or UTF-16 with a byte order
 * mark; binary and over-large files are named, never parsed. Pure (no file access), so the CLI's
 * reader and the editor's decode the same way.
 */

/** A note larger than this is not read: no 1x1 note is, and a 100 MB log renamed `.md` must not stall the editor. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export type NoteFileRead = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string };

/**
 * `le` or `be` when the bytes start with a UTF-16 byte order mark (FF FE or FE FF), as Windows
 * editors save "Unicode" text. Such a note is decoded, not called binary for the NULs of its ASCII.
 */
export function utf16ByteOrder(bytes: Uint8Array, length: number): 'le' | 'be' | undefined {
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
export function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): NoteFileRead {
  const even = bytes.length - (bytes.length % 2);
  let little = Buffer.from(bytes.buffer, bytes.byteOffset, even);
  if (order === 'be') little = Buffer.from(little).swap16(); // a copy: the bytes may be the caller's
  const text = little.toString('utf16le');
  if (text.slice(0, 4096).includes('\0')) return { kind: 'skipped', reason: BINARY };
  return { kind: 'text', text };
}

export const BINARY = 'skipped: binary content, not a Markdown note';

/** Binary content: a NUL byte in the first 8 KB of the `length` bytes read. */
export function looksBinary(bytes: Uint8Array, length: number): boolean {
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

export function tooLarge(bytes: number): string {
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
