import * as vscode from 'vscode';
import { decodeNote } from '../../parsing/noteBytes';
import { LocalReadError, readBytes, readBytesNow } from './localFiles';

/**
 * A note as the disk has it: its text; read but not text (binary, too large); not read at all (no
 * permission); or gone (deleted meanwhile: its delete event follows). The reasons are the CLI's.
 */
export type DiskNote = { kind: 'text'; text: string } | { kind: 'not-text'; reason: string } | { kind: 'cannot-read'; reason: string } | { kind: 'gone' };

/** Reads and decodes a note (`localFiles.ts`), as the CLI's `loadVault` does from disk (same reasons). */
export async function readDiskNote(uri: vscode.Uri): Promise<DiskNote> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(uri);
  } catch (e) {
    return failed(e);
  }
  return decoded(bytes);
}

/** The same, at once (`readBytesNow`): undefined for a URI that cannot be read that way. */
export function readDiskNoteNow(uri: vscode.Uri): DiskNote | undefined {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readBytesNow(uri);
  } catch (e) {
    return failed(e);
  }
  return bytes === undefined ? undefined : decoded(bytes);
}

function failed(e: unknown): DiskNote {
  const code = e instanceof LocalReadError ? e.code : undefined;
  if (code === 'FileNotFound') return { kind: 'gone' };
  return { kind: 'cannot-read', reason: `skipped: cannot be read (${code === 'NoPermissions' ? 'EACCES' : (code ?? 'unknown error')})` };
}

function decoded(bytes: Uint8Array): DiskNote {
  const read = decodeNote(bytes);
  return read.kind === 'text' ? { kind: 'text', text: read.text } : { kind: 'not-text', reason: read.reason };
}
