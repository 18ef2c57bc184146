import * as vscode from 'vscode';
import { BUILD_ID } from '../../core/vault/buildId';
import { RACY_MS, SNAPSHOT_END, SnapshotEncoder, type FileStamp, type SnapshotRecord } from '../../core/vault/indexSnapshot';
import { readOrderSteps } from '../../core/vault/readOrder';
import type { VaultIndex } from '../../core/vault/vaultIndex';
import { sameKnown, type DiskStamps } from './diskStamps';
import { statFile } from './localFiles';
import { TimeSlices } from '../timeSlices';
import { Utf8Builder } from './utf8Builder';
import type { SnapshotStore } from './snapshotStore';

/** Writes once the vault has been quiet this long: never while the user types or a checkout lands. */
const QUIET_MS = 3000;
/**
 * Once a snapshot was written this session, the next waits for a longer quiet: each write encodes
 * the whole vault (10,000 notes: ~100 ms of work and 7 MB of buffers, whose collection is felt
 * while typing), and a snapshot a few edits behind costs only those files' reads at the next start.
 */
const LATER_QUIET_MS = 30_000;
/** Work per turn of the extension host's event loop: an edit arriving meanwhile waits at most about this. */
const SLICE_MS = 5;
/** Files stat'ed at once when their stamps are still to be taken. */
const STAT_BATCH = 64;

/** What the writer needs of the vault. */
export interface SnapshotSource {
  /** The published index, or undefined while a reload fills a new one (nothing is written then). */
  index(): VaultIndex | undefined;
  stamps: DiskStamps;
  /** Why a file of the workspace was not read as text (binary, too large), when that is why. */
  notText(file: string): string | undefined;
  uriOf(file: string): vscode.Uri;
  /** Reads a file again (its stamp was too close to its read to be trusted; now it can be). */
  reread(file: string): void;
}

const OTHER: SnapshotRecord = { kind: 'other' };

/** The same record: the index's entry itself, or the same kind of file that is no note (and the same reason). */
function sameRecord(a: SnapshotRecord, b: SnapshotRecord): boolean {
  if (a === b) return true;
  if (a.kind === 'unreadable' && b.kind === 'unreadable') return a.reason === b.reason;
  return a.kind === 'other' && b.kind === 'other';
}

/**
 * Keeps the persisted index (`SnapshotStore`) current: after the vault changed and then stayed
 * quiet a moment, encodes it a slice of files per turn of the event loop (a vault of 10,000 notes
 * is ~100 ms of work: done at once it would be felt as a stall), then writes it in one go.
 */
export class SnapshotWriter implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private rereading: NodeJS.Timeout | undefined;
  private pending = false;
  private writing: Promise<void> | undefined;
  private disposed = false;
  /** A snapshot was written this session: the next waits for `laterQuietMs`. */
  private written = false;

  /** `racyMs` is for tests, which cannot wait for the window of a real file system's clock. */
  constructor(
    private readonly store: SnapshotStore,
    private readonly source: SnapshotSource,
    private readonly quietMs = QUIET_MS,
    private readonly racyMs = RACY_MS,
    private readonly laterQuietMs = LATER_QUIET_MS,
  ) {}

  /** How long the vault must be quiet, from its next change, before the snapshot is written. */
  get quietBeforeWrite(): number {
    return this.written ? this.laterQuietMs : this.quietMs;
  }

  /** The vault changed: write once it is quiet. */
  changed(): void {
    this.pending = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.quietBeforeWrite);
  }

  /** Writes what is pending now, and resolves once the snapshot on disk is current (or could not be written). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing) await this.writing;
    if (!this.pending || this.disposed) return;
    this.pending = false;
    this.writing = this.write().finally(() => (this.writing = undefined));
    await this.writing;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.rereading) clearTimeout(this.rereading);
    // Closing the window: what is pending is written if the host gives it the time.
    if (this.pending) void this.flush();
    this.disposed = true;
  }

  private async write(): Promise<void> {
    const index = this.source.index();
    if (!index) {
      this.pending = true; // a reload is filling a new index; its end is a change of its own
      return;
    }
    const encoder = new SnapshotEncoder({ build: BUILD_ID, settings: index.settings });
    // The records of the first part (what the views show first, read back before the rest), then of the second.
    const parts = [new Utf8Builder(), new Utf8Builder()];
    const recorded = this.source.stamps.files();
    const slices = new TimeSlices(SLICE_MS);
    /** Gives the event loop its turn when the slice is over; true when the settings changed meanwhile (the next write is for the new index). */
    const overtaken = async () => {
      const taken = (await slices.pause()) && this.source.index() !== index;
      if (taken) this.pending = true;
      return taken;
    };
    // The order is whole-vault work (7-25 ms at 10,000 files): taken a step at a time, in slices.
    const ordering = readOrderSteps(recorded, index.settings.folder);
    let step = ordering.next();
    while (!step.done) {
      if (await overtaken()) return;
      step = ordering.next();
    }
    const order = step.value;
    const files = [...order.first, ...order.rest].map((i) => recorded[i]);
    let firstPartLeft = order.first.length;
    let part = order.first.length > 0 ? parts[0] : parts[1];
    if (order.first.length === 0) encoder.endFirstPart();
    // Read too soon after they were written to be trusted: read again once the write, and then the next one.
    const tooRecent: string[] = [];
    for (let i = 0; i < files.length; ) {
      // Files whose stamp is still to be taken: a batch of stats, then the records of the batch.
      // A batch ends where the first part does.
      const batch = files.slice(i, i + Math.min(STAT_BATCH, firstPartLeft > 0 ? firstPartLeft : STAT_BATCH));
      i += batch.length;
      firstPartLeft -= batch.length;
      const known = batch.map((file) => ({ file, stamp: this.source.stamps.get(file), record: this.recordOf(index, file) }));
      const stamps = await Promise.all(known.map(({ file, stamp }) => (typeof stamp === 'number' ? this.stampAfterRead(file, stamp) : stamp)));
      if (this.disposed) return;
      // The index changed while the stats ran: the files it touched are left for the next write.
      for (let k = 0; k < known.length; k++) {
        const stamp = stamps[k];
        const { file, record } = known[k];
        if (stamp === 'too-recent') tooRecent.push(file);
        if (!stamp || stamp === 'too-recent' || !sameKnown(this.source.stamps.get(file), known[k].stamp) || !sameRecord(this.recordOf(index, file), record)) continue;
        if (typeof known[k].stamp === 'number') this.source.stamps.stamped(file, stamp);
        part.append((part.byteLength === 0 ? '' : ',') + encoder.add({ file, stamp, record }));
        // A slice may end within a batch (64 records are more than a slice): each file is compared with the index above as it comes.
        if (await overtaken()) return;
      }
      if (firstPartLeft === 0 && i === order.first.length) {
        encoder.endFirstPart();
        part = parts[1];
      }
      if (await overtaken()) return;
    }
    const bytes = new TextEncoder();
    const chunks = [bytes.encode(encoder.head()), parts[0].bytes(), bytes.encode(encoder.partBreak()), parts[1].bytes(), bytes.encode(SNAPSHOT_END)];
    let length = 0;
    for (const chunk of chunks) length += chunk.byteLength;
    const all = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.byteLength;
    }
    try {
      await this.store.writeBytes(all);
      this.written = true;
    } catch {
      // No room, no permission: the snapshot is only a head start; the next start reads the files.
    }
    // A note saved or written by a command is read at once, within the racy window of its own
    // write: read again once the window has passed (its change notice brings the next write).
    if (tooRecent.length > 0)
      this.rereading = setTimeout(() => {
        if (!this.disposed) for (const file of tooRecent) this.source.reread(file);
      }, this.racyMs);
  }

  /** What the index made of a file; undefined when it holds it no longer. */
  private recordOf(index: VaultIndex, file: string): SnapshotRecord {
    const entry = index.entry(file);
    if (entry) return entry;
    const notText = this.source.notText(file);
    return notText !== undefined ? { kind: 'unreadable', reason: notText } : OTHER;
  }

  /**
   * The file's stamp, when the disk says it was last written well before it was read at `readAt`;
   * `too-recent` when it was written just before (it is read again once that write is older than
   * the window, and recorded by the write after); undefined when it cannot be stat'ed or changed
   * since (its change is on its way).
   */
  private async stampAfterRead(file: string, readAt: number): Promise<FileStamp | 'too-recent' | undefined> {
    const stat = await statFile(this.source.uriOf(file));
    if (!stat || stat.mtime > readAt + this.racyMs) return undefined;
    return stat.mtime < readAt - this.racyMs ? stat : 'too-recent';
  }
}
