import * as vscode from 'vscode';
import { clockFromEnvironment, type Clock } from '../../core/schedule/clock';
import { VaultIndex } from '../../core/vault/vaultIndex';
import { ChangeNotices } from './changeNotices';
import { readDiskNote, readDiskNoteNow, type DiskNote } from './diskNotes';
import { DoubleBufferedIndex } from './doubleBufferedIndex';
import { CLOCK_CHECK_MS, MinuteClock, type TimeChange } from './minuteClock';
import { hasUnsavedEdits, onDidEditNote, openDocument, openNotes } from './openEditors';
import { findNotes, inExcludedFolder, looksLikeFile, watchFiles } from './vaultFiles';
import { onDidChangeSettings, settingsFromConfiguration } from './vaultSettings';
import { uriOfVaultFile, vaultFileOf, vaultRoot } from './workspacePaths';
import { findCalendars, readCalendarExport, watchCalendars } from './calendarExports';
import { isCalendarPath } from '../../core/vault/vaultPaths';
import { CALENDAR_NOT_FOUND } from '../../core/calendar/calendarBytes';
import { sameStamp, SnapshotRejected, type SnapshotFile } from '../../core/vault/indexSnapshot';
import { DiskStamps, sameKnown } from './diskStamps';
import { statFile } from './localFiles';
import { inSlidingWindow } from './slidingWindow';
import { TimeSlices } from '../timeSlices';
import { readOrder } from '../../core/vault/readOrder';
import { SnapshotStore } from './snapshotStore';
import { SnapshotWriter } from './snapshotWriter';

export type { VaultChange } from './changeNotices';
export type { TimeChange } from './minuteClock';

/**
 * The vault of the open workspace, kept in a `VaultIndex`: read once through
 * `vscode.workspace.fs`, then kept current by file-system events and by the text of open editors
 * (an unsaved edit counts). Every surface reads the index from here; paths in the index are
 * relative to the workspace folder (`1on1/dana/2026-11-24.md`). This class only puts together the
 * pieces of this folder: settings, the minute clock, the files and their watch, open editors, the
 * double-buffered reload, paths, and the debounced change notices.
 */

/** Files read at once on the first load when reads are slow (a sliding window; docs/benchmark.md has the figures). */
const READ_WINDOW = 64;
/** The bulk read's slice of the event loop, and when it turns to parallel reads (`readFiles`). */
const SLICE_MS = 8;
/**
 * The first pass (what the Meetings view shows, ~5% of the notes) in longer slices: at the start
 * of a window every extension is activating, and each turn given away cost ~10 ms before ours came back.
 */
const FIRST_PASS_SLICE_MS = 50;
const SLOW_READ_MS = 4;
const SLOW_READS = 3;
/** Files whose stamps are compared with the persisted index's at once, after a start from it. */
const STAT_WINDOW = 64;

/** How the first load went with the persisted index: read from it (how long that took) or why not. */
export type SnapshotUse = { used: true; readMs: number; files: number; bytes: number } | { used: false; reason: string };

export interface WorkspaceVaultOptions {
  /** For tests that move a clock of their own. */
  clockCheckMs?: number;
  /** Where the persisted index is kept (`ExtensionContext.storageUri`); none: every start reads every file. */
  storage?: vscode.Uri;
  /** For tests: how long after its write a file read is trusted to the persisted index (default 2 s). */
  snapshotRacyMs?: number;
}

export class WorkspaceVault implements vscode.Disposable {
  readonly clock: Clock;
  private readonly changes = new ChangeNotices(() => this.snapshotWriter?.changed());
  /** Fired (debounced) after the index changed: a file, an open editor, the settings. Says which files, so a listener can redo only their series. */
  readonly onDidChange = this.changes.onDidChange;
  private readonly minutes: MinuteClock;
  /** Fired when the clock's minute changes (never with a pinned clock). One timer for every surface. */
  readonly onDidChangeTime: vscode.Event<TimeChange>;
  private readonly indexes: DoubleBufferedIndex;
  private readonly subscriptions: vscode.Disposable[];
  private watcher: vscode.Disposable | undefined;
  private loading: Promise<void>;
  /** `loading`, then `checking`: see `ready()`. */
  private readying: Promise<void>;
  /** The first load is done: the persisted index may be written (never a vault half read). */
  private loaded = false;
  private calendarsLoading: Promise<void> = Promise.resolve();
  /** Notes that could not be read as text (binary, too large, no permission), with the reason: `new` must not carry around them. */
  private readonly unreadable = new Map<string, string>();
  /** Which files the index holds as the disk has them, and since when: what the persisted index may say. */
  private readonly stamps = new DiskStamps();
  private readonly snapshotStore: SnapshotStore | undefined;
  private readonly snapshotWriter: SnapshotWriter | undefined;
  /** Once every file was compared with the disk (after a start from the persisted index), or read. */
  private checking: Promise<void> = Promise.resolve();
  /** How the first load used the persisted index; undefined until known. */
  snapshotUse: SnapshotUse | undefined;
  /** When the first load reached each step, in ms since the vault was made (the scale benchmark prints them). */
  readonly loadSteps: Record<string, number> = {};
  private readonly madeAt = performance.now();
  private firstShownNow!: () => void;
  private readonly firstShowing = new Promise<void>((resolve) => (this.firstShownNow = resolve));

  constructor(clock: Clock = clockFromEnvironment(process.env), { clockCheckMs = CLOCK_CHECK_MS, storage, snapshotRacyMs }: WorkspaceVaultOptions = {}) {
    this.clock = clock;
    this.minutes = new MinuteClock(clock, clockCheckMs);
    this.onDidChangeTime = this.minutes.onDidChangeTime;
    this.indexes = new DoubleBufferedIndex(new VaultIndex({ settings: settingsFromConfiguration(), clock }));
    if (storage) {
      this.snapshotStore = new SnapshotStore(storage);
      this.snapshotWriter = new SnapshotWriter(this.snapshotStore, {
        index: () => (this.loaded && this.indexes.targets().length === 1 ? this.index : undefined),
        reread: (file) => void this.fromDisk(this.uriOf(file)),
        stamps: this.stamps,
        notText: (file) => (this.stamps.get(file) !== undefined ? this.unreadable.get(file) : undefined),
        uriOf: (file) => this.uriOf(file),
      }, undefined, snapshotRacyMs);
    }
    this.loading = this.load(this.index, true).then(() => this.changes.all());
    this.readying = this.loading.then(() => this.checking);
    void this.loading.then(() => {
      this.loaded = true;
      this.firstShownNow();
    });
    this.subscriptions = [
      this.changes,
      this.minutes,
      onDidEditNote((document) => this.fromDocument(document)),
      onDidChangeSettings(() => this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
    ];
    if (this.snapshotWriter) this.subscriptions.push(this.snapshotWriter);
  }

  /** The index every surface reads: the last one completely read. */
  get index(): VaultIndex {
    return this.indexes.published;
  }

  /**
   * Resolves once the index holds what the disk holds: after the first full read, or — after a
   * start from the persisted index — once every file's size and time were checked against the disk
   * and the changed, new and deleted ones read or removed. What acts on the vault (every command:
   * New agenda carries commitments from the notes it sees) waits for this. The same promise until
   * a reload (settings, folders) starts another.
   */
  ready(): Promise<void> {
    return this.readying;
  }

  /**
   * Resolves once every note is in the index — read, or put back from the persisted index before
   * the disk was checked (then the surfaces refresh as the check reads what changed). What only
   * shows the vault waits for this: the diagnostics, Commitments, This week, Insights. The same
   * promise until a reload starts another.
   */
  restored(): Promise<void> {
    return this.loading;
  }

  /**
   * Resolves once the Meetings view and the status bar may show what is read so far: after the
   * first pass of a cold start (every profile and each series' newest notes, `readOrder`), once the
   * persisted index's first part is put back, or once everything was read — whichever comes first.
   */
  firstShown(): Promise<void> {
    return this.firstShowing;
  }


  /** The folder the persisted index is kept in, when there is one. */
  get snapshotFolder(): vscode.Uri | undefined {
    return this.snapshotStore?.folder;
  }

  /** Resolves once the persisted index on disk is current (tests and the benchmark; closing the window writes it too). */
  async snapshotWritten(): Promise<void> {
    await this.ready();
    await this.snapshotWriter?.flush();
  }

  /**
   * Resolves once the calendar exports are read too. The notes come first and the surfaces show
   * them at once; the calendars (a big export takes a moment) follow in the background and every
   * surface refreshes when they are in (SPEC §12: activation does not wait for them).
   */
  async calendarsReady(): Promise<void> {
    await this.loading;
    await this.calendarsLoading;
  }

  /** The workspace folder the vault is in: the first one (the others of a multi-root workspace are not read). */
  root(): vscode.Uri | undefined {
    return vaultRoot();
  }

  uriOf(file: string): vscode.Uri {
    return uriOfVaultFile(file);
  }

  /** The index path of a URI, when it lies in the workspace folder. */
  fileOf(uri: vscode.Uri): string | undefined {
    return vaultFileOf(uri);
  }

  /** A file's current text: the open editor's (saved or not), else the disk's; undefined when it cannot be read as a note. */
  async readText(file: string): Promise<string | undefined> {
    const uri = this.uriOf(file);
    const open = openDocument(uri);
    if (open) return open.getText();
    const read = await readDiskNote(uri);
    return read.kind === 'text' ? read.text : undefined;
  }

  /** Files of the workspace that were not read as notes, each with the reason (as the CLI's `loadVault` says it). */
  skippedFiles(): { file: string; reason: string }[] {
    return [...this.unreadable].map(([file, reason]) => ({ file, reason }));
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  /** Reads the workspace into `target` (on the first load, from the persisted index when it can), and watches it from now on. */
  private async load(target: VaultIndex, first = false): Promise<void> {
    if (first) this.loadSteps.started = performance.now() - this.madeAt;
    const root = this.root();
    this.watcher?.dispose();
    if (!root) return;
    this.watcher = this.watch(root);
    if (first && this.snapshotStore && (await this.restoreSnapshot(this.snapshotStore, target))) {
      this.calendarsLoading = this.loadCalendars(root, target);
      return;
    }
    const uris = await findNotes(root);
    if (first) this.loadSteps.listed = performance.now() - this.madeAt;
    // What the Meetings view and the status bar show first (each series' profile and newest notes),
    // then the rest: on the first load the surfaces that can show a part are told after the first pass.
    const { first: firstPass, rest } = readOrder(uris.map((uri) => this.fileOf(uri) ?? ''), target.settings.folder);
    await this.readFiles(firstPass.map((i) => uris[i]), target, FIRST_PASS_SLICE_MS);
    if (first) this.loadSteps.firstPass = performance.now() - this.madeAt;
    // The Meetings view and the status bar wait for `firstShown()` (no change notice: the other
    // surfaces would redraw from a part of the vault).
    if (first && rest.length > 0 && target === this.index) this.firstShownNow();
    await this.readFiles(rest.map((i) => uris[i]), target);
    if (first) this.loadSteps.allRead = performance.now() - this.madeAt;
    // Only unsaved text is newer than the disk. A saved document may outlive its file (VS Code keeps
    // documents of closed and deleted files a while): the disk, read above, has the last word.
    for (const document of openNotes()) if (document.isDirty) this.fromDocument(document, false, [target]);
    this.calendarsLoading = this.loadCalendars(root, target);
  }

  /**
   * Watches the workspace from now on. Its own function: closures made in `load()` would share its
   * scope, and keep its listing (a URI per file, 1 MB at 10,000 notes) as long as the watcher lives.
   */
  private watch(root: vscode.Uri): vscode.Disposable {
    return vscode.Disposable.from(
      watchFiles(root, {
        noteWritten: (uri) => this.fromDisk(uri),
        deleted: (uri) => this.removeDeleted(uri),
        created: (uri) => this.readNewFolder(uri),
      }),
      watchCalendars(root, { written: (uri) => void this.calendarFromDisk(uri, false), deleted: (uri) => this.calendarDeleted(uri) }),
    );
  }

  /**
   * The persisted index into `target`: the surfaces show it at once, and every file is compared
   * with the disk in the background (`checking`). False when there is none this build wrote for
   * these settings (then every file is read).
   */
  private async restoreSnapshot(store: SnapshotStore, target: VaultIndex): Promise<boolean> {
    // Its `busyMs`: the time spent reading and decoding it, not the turns of the event loop given to others between slices.
    const slices = new TimeSlices(SLICE_MS);
    let read: Awaited<ReturnType<SnapshotStore['read']>>;
    try {
      read = await store.read(target.settings, target.statusDate);
    } catch (e) {
      read = { first: undefined, reason: String(e) };
    }
    this.loadSteps.snapshotOpened = performance.now() - this.madeAt;
    if (!read.first) {
      this.snapshotUse = { used: false, reason: read.reason };
      return false;
    }
    const restored: SnapshotFile[] = [];
    const restore = (f: SnapshotFile) => {
      if (f.record.kind === 'unreadable') this.unreadable.set(f.file, f.record.reason);
      else if (f.record.kind !== 'other') target.restoreFile(f.file, f.record);
      this.stamps.stamped(f.file, f.stamp);
      restored.push(f);
    };
    // What the views show first (every profile, each series' newest notes), shown at once; then the rest.
    read.first.forEach(restore);
    this.loadSteps.firstPass = performance.now() - this.madeAt;
    this.firstShownNow();
    await slices.pauseNow();
    try {
      for (const f of read.rest()) {
        restore(f);
        await slices.pause();
      }
    } catch (e) {
      if (!(e instanceof SnapshotRejected)) throw e;
      // The second part does not read back: nothing of the snapshot stays; every file is read.
      for (const { file } of restored) {
        target.removeFile(file);
        this.unreadable.delete(file);
        this.stamps.forget(file);
      }
      this.snapshotUse = { used: false, reason: e.message };
      return false;
    }
    this.loadSteps.allRead = performance.now() - this.madeAt;
    this.snapshotUse = { used: true, readMs: slices.busyMs, files: restored.length, bytes: read.bytes };
    this.checking = this.checkAgainstDisk(restored);
    return true;
  }


  /**
   * After a start from the persisted index: every file's size and time compared with the
   * snapshot's; a changed or new file is read, a file the snapshot has that is gone is removed
   * (no ghost). Unsaved editors have the last word, as after a full read.
   */
  private async checkAgainstDisk(recorded: readonly SnapshotFile[]): Promise<void> {
    await this.loading;
    const root = this.root();
    if (!root) return;
    const unseen = new Map(recorded.map((f) => [f.file, f.stamp]));
    const found: { uri: vscode.Uri; file: string }[] = [];
    for (const uri of await findNotes(root)) {
      const file = this.fileOf(uri);
      if (file) found.push({ uri, file });
    }
    // Files the snapshot does not have (new, or left out: unsaved last time, written just before) first: they are read anyway.
    const known = found.filter(({ file }) => unseen.has(file));
    const files = [...found.filter(({ file }) => !unseen.has(file)), ...known];
    await inSlidingWindow(files, STAT_WINDOW, async ({ uri, file }) => {
      const stamp = unseen.get(file);
      unseen.delete(file);
      if (stamp && sameKnown(this.stamps.stampOf(file), stamp)) {
        const now = await statFile(uri);
        if (now && sameStamp(now, stamp)) return;
      }
      await this.fromDisk(uri);
    });
    for (const file of unseen.keys()) {
      // Gone since the snapshot (or no longer found: an excluded folder).
      this.stamps.forget(file);
      this.unreadable.delete(file);
      for (const index of this.indexes.targets()) if (index.has(file)) index.removeFile(file);
      this.changes.file(file);
    }
    for (const document of openNotes()) if (document.isDirty) this.fromDocument(document);
  }

  /** Reads the calendar exports into `target`, after the notes; the surfaces hear of it once they are in. */
  private async loadCalendars(root: vscode.Uri, target: VaultIndex): Promise<void> {
    const uris = await findCalendars(root, target.settings);
    if (uris.length === 0) return;
    // A file the setting lists is expected; one found in the folder that vanishes meanwhile is simply gone.
    const listed = target.settings.calendars.length > 0;
    await Promise.all(uris.map((uri) => this.calendarFromDisk(uri, listed, [target], false)));
    this.changes.all();
  }

  /** A calendar export written (or listed in the settings): read into the index; every series may change. */
  private async calendarFromDisk(uri: vscode.Uri, listed: boolean, targets = this.indexes.targets(), notify = true): Promise<void> {
    const file = this.fileOf(uri);
    if (!file || !targets.some((index) => isCalendarPath(file, index.settings))) return;
    const read = await readCalendarExport(uri, listed || this.index.settings.calendars.includes(file));
    if (read.kind === 'gone') return;
    for (const index of targets) {
      if (!isCalendarPath(file, index.settings)) continue;
      if (read.kind === 'text') index.setCalendar(file, read.text);
      else index.setUnreadableCalendar(file, read.reason);
    }
    if (notify) this.changes.all();
  }

  private calendarDeleted(uri: vscode.Uri): void {
    const file = this.fileOf(uri);
    if (!file) return;
    let changed = false;
    for (const index of this.indexes.targets()) {
      if (!index.calendarFiles().includes(file)) continue;
      // A listed calendar that is gone is said; one found in the folder simply stops counting.
      if (index.settings.calendars.includes(file)) index.setUnreadableCalendar(file, CALENDAR_NOT_FOUND);
      else index.removeCalendar(file);
      changed = true;
    }
    if (changed) this.changes.all();
  }

  /**
   * New settings or folders: a new index is read — its calendars too, as the old index still
   * answers meanwhile and no surface should show a moment without them — then replaces it.
   */
  private reload(): void {
    const incoming = new VaultIndex({ settings: settingsFromConfiguration(), clock: this.clock });
    this.indexes.fill(incoming);
    this.loading = this.load(incoming)
      .then(() => this.calendarsLoading)
      .then(() => {
        if (this.indexes.publish(incoming)) this.changes.all(); // else a later reload took over
      });
    this.readying = this.loading;
  }

  /** A created folder (a series folder made, copied in or restored): reads the notes already in it. */
  private async readNewFolder(uri: vscode.Uri): Promise<void> {
    const path = this.fileOf(uri);
    if (!path || path.endsWith('.md') || inExcludedFolder(path)) return;
    if (looksLikeFile(path)) return; // images, attachments: not a folder
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch {
      return; // gone again
    }
    const notes = await findNotes(uri);
    await Promise.all(notes.map((note) => this.fromDisk(note)));
    // A notes folder copied in or restored may bring its calendar exports (no event is reported for them either).
    const root = this.root();
    const inFolder = (calendar: vscode.Uri) => calendar.path.startsWith(uri.path.endsWith('/') ? uri.path : uri.path + '/');
    if (root) for (const calendar of (await findCalendars(root, this.index.settings)).filter(inFolder)) await this.calendarFromDisk(calendar, false);
  }

  /** A deleted note, or every file of the index under a deleted folder. */
  private removeDeleted(uri: vscode.Uri): void {
    const path = this.fileOf(uri);
    if (!path) return;
    // Cheap exits for the deletions a build or git makes all the time: other files, excluded folders.
    if (inExcludedFolder(path)) return;
    if (!path.endsWith('.md') && looksLikeFile(path)) return;
    for (const index of this.indexes.targets()) {
      const files = path.endsWith('.md') ? [path] : index.allFiles().filter((f) => f.startsWith(path + '/'));
      if (path.endsWith('.md')) this.unreadable.delete(path);
      else for (const file of this.unreadable.keys()) if (file.startsWith(path + '/')) this.unreadable.delete(file);
      for (const file of files) {
        this.stamps.forget(file);
        if (!index.has(file)) continue;
        index.removeFile(file);
        this.changes.file(file);
      }
    }
    // A deleted folder takes its calendar exports with it (reported for the folder only).
    if (path.endsWith('.md')) return;
    for (const file of this.stamps.files()) if (file.startsWith(path + '/')) this.stamps.forget(file);
    const calendars = new Set(this.indexes.targets().flatMap((index) => index.calendarFiles().filter((file) => file.startsWith(path + '/'))));
    for (const file of calendars) this.calendarDeleted(this.uriOf(file));
  }

  private async fromDisk(uri: vscode.Uri, notify = true, targets = this.indexes.targets()): Promise<void> {
    const file = this.fileOf(uri);
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
  private fromDiskNow(uri: vscode.Uri, targets: VaultIndex[]): { readMs: number } | undefined {
    const file = this.fileOf(uri);
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

  /**
   * The cold start's bulk read into `target`. While reads are quick (a local disk, the page
   * cache) they are made at once, a slice of ~8 ms per turn of the event loop — the host stays
   * responsive, and a read costs a fifth of one through callbacks (docs/benchmark.md); once reads
   * turn slow (a network drive: three in a row over 4 ms), or for a scheme Node cannot read, the
   * rest is read in a sliding window of parallel reads.
   */
  private async readFiles(uris: readonly vscode.Uri[], target: VaultIndex, sliceMs = SLICE_MS): Promise<void> {
    let slowInARow = 0;
    let i = 0;
    const slices = new TimeSlices(sliceMs);
    for (; i < uris.length && slowInARow < SLOW_READS; i++) {
      const read = this.fromDiskNow(uris[i], [target]);
      if (!read) break;
      slowInARow = read.readMs > SLOW_READ_MS ? slowInARow + 1 : 0;
      await slices.pause();
    }
    if (i < uris.length) await inSlidingWindow(uris.slice(i), READ_WINDOW, (uri) => this.fromDisk(uri, false, [target]));
  }


  private fromDocument(document: vscode.TextDocument, notify = true, targets = this.indexes.targets()): void {
    const file = this.fileOf(document.uri);
    if (!file) return;
    this.unreadable.delete(file);
    // Unsaved text is not the disk's: the persisted index leaves the file to be read next time.
    if (document.isDirty) this.stamps.forget(file);
    // A note that stops being one (its `type: 1x1` removed) leaves the index: that is a change too.
    let changed = false;
    for (const index of targets) {
      const wasInVault = index.has(file);
      changed = index.setFile(file, document.getText()) || wasInVault || changed;
    }
    if (changed && notify) this.changes.file(file);
  }
}
