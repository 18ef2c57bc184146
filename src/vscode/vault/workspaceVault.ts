import * as vscode from 'vscode';
import { clockFromEnvironment, type Clock } from '../../core/schedule/clock';
import { VaultIndex } from '../../core/vault/vaultIndex';
import { ChangeNotices } from './changeNotices';
import { readDiskNote } from './diskNotes';
import { DoubleBufferedIndex } from './doubleBufferedIndex';
import { CLOCK_CHECK_MS, MinuteClock, type TimeChange } from './minuteClock';
import { onDidEditNote, openDocument, openNotes } from './openEditors';
import { findNotes, inExcludedFolder, looksLikeFile, watchFiles } from './vaultFiles';
import { onDidChangeSettings, settingsFromConfiguration } from './vaultSettings';
import { uriOfVaultFile, vaultFileOf, vaultRoot } from './workspacePaths';
import { findCalendars, readCalendarExport, watchCalendars } from './calendarExports';
import { isCalendarPath } from '../../core/vault/vaultPaths';
import { CALENDAR_NOT_FOUND } from '../../core/calendar/calendarBytes';
import { readOrder } from '../../core/vault/readOrder';
import { readInBulk } from './bulkRead';
import { NoteIntake } from './noteIntake';
import { checkAgainstDisk, restoreFromSnapshot, type SnapshotUse } from './snapshotStart';
import { SnapshotStore } from './snapshotStore';
import { SnapshotWriter } from './snapshotWriter';

export type { VaultChange } from './changeNotices';
export type { TimeChange } from './minuteClock';
export type { SnapshotUse } from './snapshotStart';

/**
 * The vault of the open workspace, kept in a `VaultIndex`: read once — from the persisted index
 * when there is one (`snapshotStart.ts`), else every file (`bulkRead.ts`) — then kept current by
 * file-system events and by the text of open editors (an unsaved edit counts). Every surface reads
 * the index from here; paths in the index are relative to the workspace folder
 * (`1on1/dana/2026-11-24.md`). This class only puts together the pieces of this folder: settings,
 * the minute clock, the files and their watch, every file's way in (`noteIntake.ts`), open
 * editors, the double-buffered reload, paths, the persisted index and the debounced change notices.
 */

/**
 * The first pass (what the Meetings view shows, ~5% of the notes) in longer slices: at the start
 * of a window every extension is activating, and each turn given away cost ~10 ms before ours came back.
 * (Slices of 100 ms, one for the listing and one for the first pass at 10,000 notes, were tried:
 * the listing still took ~115 ms and the first pass ~140 — the work itself is slow while the
 * window starts, not the turns given away.)
 */
const FIRST_PASS_SLICE_MS = 50;

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
  /** Every file's way into the indexes; knows which could not be read, and their disk stamps. */
  private readonly intake: NoteIntake;
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
    this.intake = new NoteIntake(this.indexes, this.changes);
    if (storage) {
      this.snapshotStore = new SnapshotStore(storage);
      this.snapshotWriter = new SnapshotWriter(this.snapshotStore, {
        index: () => (this.loaded && this.indexes.targets().length === 1 ? this.index : undefined),
        reread: (file) => void this.intake.fromDisk(this.uriOf(file)),
        stamps: this.intake.stamps,
        notText: (file) => this.intake.notText(file),
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
      onDidEditNote((document) => this.intake.fromDocument(document)),
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
    return this.intake.unreadableFiles();
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  /** Reads the workspace into `target` (on the first load, from the persisted index when it can), and watches it from now on. */
  private async load(target: VaultIndex, first = false): Promise<void> {
    if (first) this.step('started');
    const root = this.root();
    this.watcher?.dispose();
    if (!root) return;
    this.watcher = this.watch(root);
    if (first && this.snapshotStore && (await this.restoreSnapshot(this.snapshotStore, target))) {
      this.calendarsLoading = this.loadCalendars(root, target);
      return;
    }
    const uris = await findNotes(root);
    if (first) this.step('listed');
    // What the Meetings view and the status bar show first (each series' profile and newest notes),
    // then the rest: on the first load the surfaces that can show a part are told after the first pass.
    const { first: firstPass, rest } = readOrder(uris.map((uri) => this.fileOf(uri) ?? ''), target.settings.folder);
    const { readAtOnce } = await readInBulk(firstPass.map((i) => uris[i]), target, this.intake, FIRST_PASS_SLICE_MS);
    if (first) {
      this.step('firstPass');
      // Fewer than the first pass's files: reads turned slow and the rest went in parallel.
      this.loadSteps.firstPassReadAtOnce = readAtOnce;
      this.loadSteps.firstPassFiles = firstPass.length;
    }
    // The Meetings view and the status bar wait for `firstShown()` (no change notice: the other
    // surfaces would redraw from a part of the vault).
    if (first && rest.length > 0 && target === this.index) this.firstShownNow();
    await readInBulk(rest.map((i) => uris[i]), target, this.intake);
    if (first) this.step('allRead');
    // Only unsaved text is newer than the disk. A saved document may outlive its file (VS Code keeps
    // documents of closed and deleted files a while): the disk, read above, has the last word.
    for (const document of openNotes()) if (document.isDirty) this.intake.fromDocument(document, false, [target]);
    this.calendarsLoading = this.loadCalendars(root, target);
  }

  /**
   * Watches the workspace from now on. Its own function: closures made in `load()` would share its
   * scope, and keep its listing (a URI per file, 1 MB at 10,000 notes) as long as the watcher lives.
   */
  private watch(root: vscode.Uri): vscode.Disposable {
    return vscode.Disposable.from(
      watchFiles(root, {
        noteWritten: (uri) => this.intake.fromDisk(uri),
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
    const { use, restored } = await restoreFromSnapshot(store, target, this.intake, {
      opened: () => this.step('snapshotOpened'),
      firstShown: () => {
        this.step('firstPass');
        this.firstShownNow();
      },
      allRead: () => this.step('allRead'),
    });
    this.snapshotUse = use;
    if (!restored) return false;
    this.checking = this.loading.then(() => {
      const root = this.root();
      return root ? checkAgainstDisk(root, restored, this.intake) : undefined;
    });
    return true;
  }

  /** The first load reached `name` now (`loadSteps`). */
  private step(name: string): void {
    this.loadSteps[name] = performance.now() - this.madeAt;
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
    await Promise.all(notes.map((note) => this.intake.fromDisk(note)));
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
    if (path.endsWith('.md')) {
      this.intake.removed(path);
      return;
    }
    this.intake.removedFolder(path);
    // A deleted folder takes its calendar exports with it (reported for the folder only).
    const calendars = new Set(this.indexes.targets().flatMap((index) => index.calendarFiles().filter((file) => file.startsWith(path + '/'))));
    for (const file of calendars) this.calendarDeleted(this.uriOf(file));
  }
}
