import * as vscode from 'vscode';
import { BUILD_ID } from '../../core/vault/buildId';
import { openSnapshot, SnapshotRejected, type SnapshotFile } from '../../core/vault/indexSnapshot';
import type { Settings } from '../../core/settings/settings';
import { LocalReadError, readBytes } from './localFiles';

/**
 * Where the editor keeps its persisted index (issue 16): one file in the extension's storage for
 * this workspace (`ExtensionContext.storageUri`), never in the workspace itself. Read as the notes
 * are (`localFiles.ts`), written through `vscode.workspace.fs`; written atomically (a temporary file renamed over it), so that a
 * window closed mid-write leaves the last snapshot or none, never half of one.
 */
export class SnapshotStore {
  private readonly file: vscode.Uri;
  private readonly temporary: vscode.Uri;

  constructor(readonly folder: vscode.Uri) {
    this.file = vscode.Uri.joinPath(folder, 'index-snapshot.json');
    this.temporary = vscode.Uri.joinPath(folder, 'index-snapshot.json.tmp');
  }

  /** The snapshot's files, when there is one this build wrote for these settings; else why not. */
  /** The snapshot's first part decoded, the rest to decode (`openSnapshot`); or why there is none this build wrote for these settings. */
  async read(settings: Settings, today: string): Promise<{ first: SnapshotFile[]; rest(): Iterable<SnapshotFile>; bytes: number } | { first: undefined; reason: string }> {
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(this.file);
    } catch (e) {
      const code = e instanceof LocalReadError ? e.code : String(e);
      return { first: undefined, reason: code === 'FileNotFound' ? 'none yet' : `cannot be read (${code})` };
    }
    try {
      // The first line is decoded and read first: the second (most of the bytes) only after the first was shown.
      const lineBreak = bytes.indexOf(0x0a);
      if (lineBreak < 0) return { first: undefined, reason: 'it is not whole (one part)' };
      const text = new TextDecoder();
      const opened = openSnapshot(text.decode(bytes.subarray(0, lineBreak)), () => text.decode(bytes.subarray(lineBreak + 1)), { build: BUILD_ID, settings }, today);
      return { first: opened.first, rest: () => opened.rest(), bytes: bytes.byteLength };
    } catch (e) {
      if (e instanceof SnapshotRejected) return { first: undefined, reason: e.message };
      throw e;
    }
  }

  async writeBytes(bytes: Uint8Array): Promise<void> {
    await vscode.workspace.fs.createDirectory(this.folder);
    await vscode.workspace.fs.writeFile(this.temporary, bytes);
    await vscode.workspace.fs.rename(this.temporary, this.file, { overwrite: true });
  }
}
