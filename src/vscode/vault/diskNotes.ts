import * as vscode from 'vscode';
import { decodeNote } from '../../parsing/noteBytes';
import { LocalReadError, readBytes } from './localFiles';

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
    const code = e instanceof LocalReadError ? e.code : undefined;
    if (code === 'FileNotFound') return { kind: 'gone' };
    return { kind: 'cannot-read', reason: `skipped: cannot be read (${code === 'NoPermissions' ? 'EACCES' : (code ?? 'unknown error')})` };
  }
  const read = decodeNote(bytes);
  return read.kind === 'text' ? { kind: 'text', text: read.text } : { kind: 'not-text', reason: read.reason };
}
