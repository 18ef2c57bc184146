import * as vscode from 'vscode';
import { BUILD_ID } from '../../core/vault/buildId';
import { openSnapshot, SnapshotRejected, type SnapshotFile } from '../../core/vault/indexSnapshot';
import type { Settings } from '../../core/settings/settings';
import { LocalReadError, readBytes, readFirstLineNow, writeFileAtomically, type FirstLineRead } from './localFiles';

/** A snapshot opened: its first part decoded, the rest decoded as it is iterated. */
export interface OpenedSnapshot {
  first: SnapshotFile[];
  rest(): Iterable<SnapshotFile>;
  /** Lets the file go when the rest is not read (`rest()` does once it has read it). */
  close(): void;
  /** The bytes of the first part: the rest's are counted as they are read. */
  bytes(): number;
}

/**
 * Where the editor keeps its persisted index (issue 16): one file in the extension's storage for
 * this workspace (`ExtensionContext.storageUri`), never in the workspace itself. Read as the notes
 * are (`localFiles.ts`), written atomically (a temporary file renamed over it, `writeFileAtomically`), so that a
 * window closed mid-write leaves the last snapshot or none, never half of one.
 */
export class SnapshotStore {
  private readonly file: vscode.Uri;
  private readonly temporary: vscode.Uri;

  constructor(readonly folder: vscode.Uri) {
    this.file = vscode.Uri.joinPath(folder, 'index-snapshot.json');
    this.temporary = vscode.Uri.joinPath(folder, 'index-snapshot.json.tmp');
  }

  /**
   * The snapshot's first part decoded, the rest to decode (`openSnapshot`); or why there is none
   * this build wrote for these settings. A `file:` storage is read at once, and only its first line
   * (what the views show first) until the rest is asked for: at the start of a window the host's
   * event loop is busy with every extension's activation, and a read through a callback waited
   * ~120 ms for its turn where reading and decoding the first part takes ~20 ms.
   */
  async read(settings: Settings, today: string): Promise<OpenedSnapshot | { first: undefined; reason: string }> {
    let lines: FirstLineRead;
    try {
      lines = readFirstLineNow(this.file) ?? splitFirstLine(await readBytes(this.file));
    } catch (e) {
      const code = e instanceof LocalReadError ? e.code : String(e);
      return { first: undefined, reason: code === 'FileNotFound' ? 'none yet' : `cannot be read (${code})` };
    }
    try {
      return this.open(lines, settings, today);
    } catch (e) {
      lines.close();
      if (e instanceof SnapshotRejected) return { first: undefined, reason: e.message };
      throw e;
    }
  }

  private open(lines: FirstLineRead, settings: Settings, today: string): OpenedSnapshot {
    // Rejected before anything of it is shown.
    if (!lines.hasRest) throw new SnapshotRejected('it is not whole (one part)');
    const text = new TextDecoder();
    let bytes = lines.firstLine.byteLength;
    const readRest = () => {
      let rest: Uint8Array;
      try {
        rest = lines.rest();
      } catch (e) {
        throw new SnapshotRejected(`its second part cannot be read (${e instanceof LocalReadError ? e.code : String(e)})`);
      }
      if (rest.byteLength === 0) throw new SnapshotRejected('it is not whole (one part)');
      bytes += 1 + rest.byteLength;
      return text.decode(rest);
    };
    const opened = openSnapshot(text.decode(lines.firstLine), readRest, { build: BUILD_ID, settings }, today);
    return { first: opened.first, rest: () => opened.rest(), close: lines.close, bytes: () => bytes };
  }

  async writeBytes(bytes: Uint8Array): Promise<void> {
    await writeFileAtomically(this.file, this.temporary, bytes);
  }
}

/** A snapshot read whole (a storage that is no `file:`), as `readFirstLineNow` gives one. */
function splitFirstLine(bytes: Uint8Array): FirstLineRead {
  const lineBreak = bytes.indexOf(0x0a);
  const none = () => undefined;
  if (lineBreak < 0) return { firstLine: bytes, hasRest: false, rest: () => new Uint8Array(0), close: none };
  return { firstLine: bytes.subarray(0, lineBreak), hasRest: true, rest: () => bytes.subarray(lineBreak + 1), close: none };
}
