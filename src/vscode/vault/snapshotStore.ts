import * as vscode from 'vscode';
import { BUILD_ID } from '../../core/vault/buildId';
import { openSnapshot, SnapshotRejected, type SnapshotFile } from '../../core/vault/indexSnapshot';
import type { Settings } from '../../core/settings/settings';
import { LocalReadError, readBytes, readBytesNow } from './localFiles';

/**
 * Where the editor keeps its persisted index (issue 16): one file in the extension's storage for
 * this workspace (`ExtensionContext.storageUri`), never in the workspace itself. Read as the notes
 * are (`localFiles.ts`), written through `vscode.workspace.fs`; written atomically (a temporary file renamed over it), so that a
 * window closed mid-write leaves the last snapshot or none, never half of one.
 */
export interface OpenedSnapshot {
  first: SnapshotFile[];
  rest(): Iterable<SnapshotFile>;
  bytes: number;
}

export class SnapshotStore {
  private readonly file: vscode.Uri;
  private readonly temporary: vscode.Uri;

  constructor(readonly folder: vscode.Uri) {
    this.file = vscode.Uri.joinPath(folder, 'index-snapshot.json');
    this.temporary = vscode.Uri.joinPath(folder, 'index-snapshot.json.tmp');
  }

  /** The snapshot's files, when there is one this build wrote for these settings; else why not. */
  /**
   * The snapshot's first part decoded, the rest to decode (`openSnapshot`); or why there is none
   * this build wrote for these settings. A `file:` storage is read at once: at the start of a window
   * the host's event loop is busy with every extension's activation, and a read through a callback
   * waited ~120 ms for its turn where reading and decoding the first part takes ~20 ms.
   */
  async read(settings: Settings, today: string): Promise<OpenedSnapshot | { first: undefined; reason: string }> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = readBytesNow(this.file) ?? (await readBytes(this.file));
    } catch (e) {
      const code = e instanceof LocalReadError ? e.code : String(e);
      return { first: undefined, reason: code === 'FileNotFound' ? 'none yet' : `cannot be read (${code})` };
    }
    return this.open(bytes, settings, today);
  }

  private open(bytes: Uint8Array, settings: Settings, today: string): OpenedSnapshot | { first: undefined; reason: string } {
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
