import type * as vscode from 'vscode';
import { sameStamp, SnapshotRejected, type SnapshotFile } from '../../core/vault/indexSnapshot';
import type { VaultIndex } from '../../core/vault/vaultIndex';
import { TimeSlices } from '../timeSlices';
import { BULK_SLICE_MS } from './bulkRead';
import { sameKnown } from './diskStamps';
import { statFile } from './localFiles';
import type { NoteIntake } from './noteIntake';
import { openNotes } from './openEditors';
import { inSlidingWindow } from './slidingWindow';
import type { SnapshotStore } from './snapshotStore';
import { findNotes } from './vaultFiles';
import { vaultFileOf } from './workspacePaths';

/** How the first load went with the persisted index: read from it (how long that took) or why not. */
export type SnapshotUse = { used: true; readMs: number; files: number; bytes: number } | { used: false; reason: string };

/** Files whose stamps are compared with the persisted index's at once, after a start from it. */
const STAT_WINDOW = 64;

/** The moments of a start from the persisted index a vault makes known. */
export interface SnapshotStartSteps {
  /** The snapshot was opened and its first part decoded (or found unusable). */
  opened(): void;
  /** The first part is in the index: the Meetings view and the status bar may show it. */
  firstShown(): void;
  /** Every file of the snapshot is in the index. */
  allRead(): void;
}

/**
 * The persisted index into `target`: its first part (what the views show first) at once, then the
 * rest in slices of the event loop. `restored` is every file put back (to be checked against the
 * disk, `checkAgainstDisk`); none when there is no snapshot this build wrote for these settings,
 * or its second part does not read back — then nothing of it stays, and every file is read.
 */
export async function restoreFromSnapshot(
  store: SnapshotStore,
  target: VaultIndex,
  intake: NoteIntake,
  steps: SnapshotStartSteps,
): Promise<{ use: SnapshotUse; restored?: readonly SnapshotFile[] }> {
  // Its `busyMs`: the time spent reading and decoding it, not the turns of the event loop given to others between slices.
  const slices = new TimeSlices(BULK_SLICE_MS);
  let read: Awaited<ReturnType<SnapshotStore['read']>>;
  try {
    read = await store.read(target.settings, target.statusDate);
  } catch (e) {
    read = { first: undefined, reason: String(e) };
  }
  steps.opened();
  if (!read.first) return { use: { used: false, reason: read.reason } };
  const restored: SnapshotFile[] = [];
  const restore = (f: SnapshotFile) => {
    intake.fromSnapshot(f, target);
    restored.push(f);
  };
  try {
    read.first.forEach(restore);
    steps.firstShown();
    await slices.pauseNow();
    for (const f of read.rest()) {
      restore(f);
      await slices.pause();
    }
  } catch (e) {
    if (!(e instanceof SnapshotRejected)) throw e;
    for (const { file } of restored) {
      target.removeFile(file);
      intake.forget(file);
    }
    return { use: { used: false, reason: e.message } };
  } finally {
    read.close();
  }
  steps.allRead();
  return { use: { used: true, readMs: slices.busyMs, files: restored.length, bytes: read.bytes() }, restored };
}

/**
 * After a start from the persisted index: every file's size and time compared with the
 * snapshot's; a changed or new file is read, a file the snapshot has that is gone is removed
 * (no ghost). Unsaved editors have the last word, as after a full read.
 */
export async function checkAgainstDisk(root: vscode.Uri, recorded: readonly SnapshotFile[], intake: NoteIntake): Promise<void> {
  const unseen = new Map(recorded.map((f) => [f.file, f.stamp]));
  const found: { uri: vscode.Uri; file: string }[] = [];
  for (const uri of await findNotes(root)) {
    const file = vaultFileOf(uri);
    if (file) found.push({ uri, file });
  }
  // Files the snapshot does not have (new, or left out: unsaved last time, written just before) first: they are read anyway.
  const known = found.filter(({ file }) => unseen.has(file));
  const files = [...found.filter(({ file }) => !unseen.has(file)), ...known];
  await inSlidingWindow(files, STAT_WINDOW, async ({ uri, file }) => {
    const stamp = unseen.get(file);
    unseen.delete(file);
    // Unchanged since the snapshot, and not read anew meanwhile (a watcher's event, an editor).
    if (stamp && sameKnown(intake.stamps.stampOf(file), stamp)) {
      const now = await statFile(uri);
      if (now && sameStamp(now, stamp)) return;
    }
    await intake.fromDisk(uri);
  });
  // Gone since the snapshot (or no longer found: an excluded folder); a Markdown file that is no
  // note, or a binary one, is in no index but in the snapshot: it is written again without it.
  for (const file of unseen.keys()) intake.removed(file, true);
  for (const document of openNotes()) if (document.isDirty) intake.fromDocument(document);
}
