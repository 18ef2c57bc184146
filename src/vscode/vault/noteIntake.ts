import type * as vscode from 'vscode';
import type { SnapshotFile } from '../../core/vault/indexSnapshot';
import type { VaultIndex } from '../../core/vault/vaultIndex';
import type { ChangeNotices } from './changeNotices';
import { readDiskNote, readDiskNoteNow, type DiskNote } from './diskNotes';
import { DiskStamps } from './diskStamps';
import type { DoubleBufferedIndex } from './doubleBufferedIndex';
import { hasUnsavedEdits, openDocument } from './openEditors';
import { vaultFileOf } from './workspacePaths';

/**
 * Puts what the disk or an editor holds of a note into the index — the published one and the one
 * a reload fills (`targets`) — and keeps what the vault must know of each file besides its
 * record: which ones could not be read as text, and why (`new` must not carry around them), and
 * their disk stamps (what the persisted index may say of them). Every way a file comes in goes
 * through here: the bulk read, a watcher's event, an editor's text, the persisted index.
 */
export class NoteIntake {
  /** Which files the index holds as the disk has them, and since when: what the persisted index may say. */
  readonly stamps = new DiskStamps();
  /** Notes that could not be read as text (binary, too large, no permission), with the reason. */
  private readonly unreadable = new Map<string, string>();

  constructor(
    private readonly indexes: DoubleBufferedIndex,
    private readonly changes: ChangeNotices,
  ) {}

  /** Files that were not read as notes, each with the reason. */
  unreadableFiles(): { file: string; reason: string }[] {
    return [...this.unreadable].map(([file, reason]) => ({ file, reason }));
  }

  /** Why a file the disk was asked for is not text (for the persisted index); undefined when it is, or was never read from disk. */
  notText(file: string): string | undefined {
    return this.stamps.get(file) !== undefined ? this.unreadable.get(file) : undefined;
  }

  /** Reads a file from disk into the index, unless an editor holds newer text of it. */
  async fromDisk(uri: vscode.Uri, notify = true, targets = this.indexes.targets()): Promise<void> {
    const file = vaultFileOf(uri);
    if (!file) return;
    // An open editor's text is newer than the disk's.
    if (hasUnsavedEdits(uri)) return;
    const versionBefore = openDocument(uri)?.version;
    // Taken before the read: a write during the read makes the file look changed next time, never unchanged.
    const readAt = Date.now();
    const read = await readDiskNote(uri);
    // Typed in while the disk was read (a note just written and opened at once): the edit already
    // reached the index, and the disk's older text must not overwrite it.
    const document = openDocument(uri);
    if (document && (document.isDirty || document.version !== versionBefore)) return;
    this.applyRead(file, read, readAt, notify, targets);
  }

  /**
   * The same at once (`readDiskNoteNow`), for the cold start's bulk read: an editor's unsaved text
   * is looked for just before, and nothing can be typed during one read (the bulk read yields only
   * between reads). Undefined when the URI cannot be read that way (not a `file:` URI).
   */
  fromDiskNow(uri: vscode.Uri, targets: VaultIndex[]): { readMs: number } | undefined {
    const file = vaultFileOf(uri);
    if (!file) return { readMs: 0 };
    if (hasUnsavedEdits(uri)) return { readMs: 0 };
    const readAt = Date.now();
    const started = performance.now();
    const read = readDiskNoteNow(uri);
    if (!read) return undefined;
    const readMs = performance.now() - started;
    this.applyRead(file, read, readAt, false, targets);
    return { readMs };
  }

  /** An editor's text (saved or not) into the index. */
  fromDocument(document: vscode.TextDocument, notify = true, targets = this.indexes.targets()): void {
    const file = vaultFileOf(document.uri);
    if (!file) return;
    this.unreadable.delete(file);
    // Unsaved text is not the disk's: the persisted index leaves the file to be read next time.
    if (document.isDirty) this.stamps.forget(file);
    const text = document.getText();
    let changed = false;
    for (const index of targets) {
      // A note opened as the disk has it (and as the index read it) changes nothing: the surfaces
      // are not told, and the persisted index is not written again for it.
      if (!document.isDirty) {
        changed = index.refreshFile(file, text) || changed;
        continue;
      }
      // A note that stops being one (its `type: 1x1` removed) leaves the index: that is a change too.
      const wasInVault = index.has(file);
      changed = index.setFile(file, text) || wasInVault || changed;
    }
    if (changed && notify) this.changes.file(file);
  }

  /** A file's record from the persisted index, as the disk had it at its stamp. */
  fromSnapshot({ file, stamp, record }: SnapshotFile, target: VaultIndex): void {
    if (record.kind === 'unreadable') this.unreadable.set(file, record.reason);
    else if (record.kind !== 'other') target.restoreFile(file, record);
    this.stamps.stamped(file, stamp);
  }

  /**
   * A file gone from the disk (or no longer in the vault): out of every index, forgotten. Told to
   * the surfaces when an index held it; with `alwaysTell`, also when only its stamp or its reason
   * went (the persisted index, which still names it, is then written again).
   */
  removed(file: string, alwaysTell = false): void {
    const known = this.stamps.get(file) !== undefined || this.unreadable.has(file);
    this.forget(file);
    let told = false;
    for (const index of this.indexes.targets()) {
      if (!index.has(file)) continue;
      index.removeFile(file);
      this.changes.file(file);
      told = true;
    }
    if (alwaysTell && known && !told) this.changes.file(file);
  }

  /** A deleted folder: every file of the indexes under it removed, and everything known of them forgotten. */
  removedFolder(folder: string): void {
    const under = (file: string) => file.startsWith(folder + '/');
    const files = new Set([...this.unreadable.keys(), ...this.stamps.files()].filter(under));
    for (const index of this.indexes.targets()) for (const file of index.allFiles()) if (under(file)) files.add(file);
    for (const file of files) this.removed(file);
  }

  /** Nothing known of `file` any more: neither why it was not text nor its stamp (only `target` keeps its record, if any). */
  forget(file: string): void {
    this.unreadable.delete(file);
    this.stamps.forget(file);
  }

  private applyRead(file: string, read: DiskNote, readAt: number, notify: boolean, targets: VaultIndex[]): void {
    // Deleted meanwhile: the delete event follows. Not read at all (no permission): only noted, the index keeps what it had.
    if (read.kind === 'gone') return;
    if (read.kind === 'cannot-read') {
      this.unreadable.set(file, read.reason);
      this.stamps.forget(file);
      return;
    }
    this.stamps.readAt(file, readAt);
    if (read.kind === 'text') this.unreadable.delete(file);
    else this.unreadable.set(file, read.reason);
    for (const index of targets) {
      if (read.kind === 'text') index.setFile(file, read.text);
      else index.removeFile(file);
    }
    if (notify) this.changes.file(file);
  }
}
