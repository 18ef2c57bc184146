import * as vscode from 'vscode';
import { clockFromEnvironment, type Clock } from '../../core/schedule/clock';
import { configuredValues, withDefaults, type Settings } from '../../core/settings/settings';
import { VaultIndex } from '../../core/vault/vaultIndex';
import { decodeNote } from '../../parsing/noteBytes';

/**
 * The vault of the open workspace, kept in a `VaultIndex`: read once through
 * `vscode.workspace.fs`, then kept current by file-system events and by the text of open editors
 * (an unsaved edit counts). Every surface reads the index from here; paths in the index are
 * relative to the workspace folder (`1on1/dana/2026-11-24.md`).
 */

/** Folders no note lives in; skipping them keeps the first read short in big workspaces. */
const EXCLUDED = '**/{node_modules,.git,.obsidian,.trash}/**';
const EXCLUDED_FOLDERS = new Set(['node_modules', '.git', '.obsidian', '.trash']);
/** Bursts of events (a `git checkout`, a sync) become one change notice. */
const CHANGE_DEBOUNCE_MS = 100;
/** How often the clock is looked at; surfaces hear of it only when its minute changed. */
const CLOCK_CHECK_MS = 15_000;
/** Files read at once on the first load. */
const READ_BATCH = 32;

export function settingsFromConfiguration(scope?: vscode.Uri): Settings {
  return withDefaults(configuredSettings(scope) as Partial<Settings>);
}

/** What the user wrote in `oneOnOne.*`, unchecked: `withDefaults` repairs it, `settingsWarnings` says what it repaired. */
export function configuredSettings(scope?: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('oneOnOne', scope);
  return configuredValues((key) => config.get(key));
}

/** What changed since the last notice: some files (vault-relative), or everything (a reload: first read, settings, folders). */
export interface VaultChange {
  readonly files: ReadonlySet<string>;
  readonly all: boolean;
}

/** The clock moved on to another minute (and maybe another day): overdue, deadlines and relative dates may read differently. */
export interface TimeChange {
  readonly dateChanged: boolean;
}

export class WorkspaceVault implements vscode.Disposable {
  index: VaultIndex;
  readonly clock: Clock;
  private readonly changed = new vscode.EventEmitter<VaultChange>();
  /** Fired (debounced) after the index changed: a file, an open editor, the settings. Says which files, so a listener can redo only their series. */
  readonly onDidChange = this.changed.event;
  private readonly timeChanged = new vscode.EventEmitter<TimeChange>();
  /** Fired when the clock's minute changes (never with a pinned clock). One timer for every surface. */
  readonly onDidChangeTime = this.timeChanged.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.timeChanged];
  private lastMinute: string;
  private readonly clockTimer: NodeJS.Timeout;
  private watcher: vscode.Disposable | undefined;
  private pending: NodeJS.Timeout | undefined;
  private pendingFiles = new Set<string>();
  private pendingAll = false;
  private loading: Promise<void>;
  /** The index a reload is filling; surfaces keep reading `index` until it is complete (no empty flash). */
  private incoming: VaultIndex | undefined;
  /** Notes that could not be read as text (binary, too large, no permission), with the reason: `new` must not carry around them. */
  private readonly unreadable = new Map<string, string>();

  /** `clockCheckMs` is for tests that move a clock of their own. */
  constructor(clock: Clock = clockFromEnvironment(process.env), { clockCheckMs = CLOCK_CHECK_MS } = {}) {
    this.clock = clock;
    const now = clock.now();
    this.lastMinute = `${now.date}T${now.time}`;
    this.clockTimer = setInterval(() => this.checkClock(), clockCheckMs);
    this.index = new VaultIndex({ settings: settingsFromConfiguration(), clock });
    this.loading = this.load(this.index).then(() => this.notifyAll());
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.fromDocument(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.fromDocument(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('oneOnOne')) this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
    );
  }

  /** Resolves once the first read of the workspace is done. */
  ready(): Promise<void> {
    return this.loading;
  }

  /** The workspace folder the vault is in: the first one (the others of a multi-root workspace are not read). */
  root(): vscode.Uri | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return folders[0]?.uri;
  }

  uriOf(file: string): vscode.Uri {
    const root = this.root();
    if (!root) throw new Error('no workspace folder is open');
    return vscode.Uri.joinPath(root, ...file.split('/'));
  }

  /** The index path of a URI, when it lies in the workspace folder. */
  fileOf(uri: vscode.Uri): string | undefined {
    const root = this.root();
    if (!root || uri.scheme !== root.scheme || uri.authority !== root.authority) return undefined;
    const prefix = root.path.endsWith('/') ? root.path : root.path + '/';
    return uri.path.startsWith(prefix) ? uri.path.slice(prefix.length) : undefined;
  }

  /** A file's current text: the open editor's (saved or not), else the disk's; undefined when it cannot be read as a note. */
  async readText(file: string): Promise<string | undefined> {
    const uri = this.uriOf(file);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const read = decodeNote(await vscode.workspace.fs.readFile(uri));
      return read.kind === 'text' ? read.text : undefined;
    } catch {
      return undefined;
    }
  }

  /** Files of the workspace that were not read as notes, each with the reason (as the CLI's `loadVault` says it). */
  skippedFiles(): { file: string; reason: string }[] {
    return [...this.unreadable].map(([file, reason]) => ({ file, reason }));
  }

  dispose(): void {
    clearInterval(this.clockTimer);
    if (this.pending) clearTimeout(this.pending);
    this.watcher?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private checkClock(): void {
    const now = this.clock.now();
    const minute = `${now.date}T${now.time}`;
    if (minute === this.lastMinute) return;
    const dateChanged = minute.slice(0, 10) !== this.lastMinute.slice(0, 10);
    this.lastMinute = minute;
    this.timeChanged.fire({ dateChanged });
  }

  /** Reads the workspace into `target`, and watches it from now on. */
  private async load(target: VaultIndex): Promise<void> {
    const root = this.root();
    this.watcher?.dispose();
    if (!root) return;
    const pattern = new vscode.RelativePattern(root, '**/*.md');
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    watcher.onDidCreate((uri) => this.fromDisk(uri));
    watcher.onDidChange((uri) => this.fromDisk(uri));
    // Folders: a deleted folder is reported for the folder only, never for the notes in it; and the
    // notes written into a new folder before its watch was set up are never reported at all.
    const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**'), false, true, false);
    folders.onDidDelete((uri) => this.removeDeleted(uri));
    folders.onDidCreate((uri) => this.readNewFolder(uri));
    this.watcher = vscode.Disposable.from(watcher, folders);
    const uris = await vscode.workspace.findFiles(pattern, EXCLUDED);
    for (let i = 0; i < uris.length; i += READ_BATCH) await Promise.all(uris.slice(i, i + READ_BATCH).map((uri) => this.fromDisk(uri, false, [target])));
    for (const document of vscode.workspace.textDocuments) this.fromDocument(document, false, [target]);
  }

  /** New settings or folders: a new index is read while the old one still answers, then replaces it. */
  private reload(): void {
    const incoming = new VaultIndex({ settings: settingsFromConfiguration(), clock: this.clock });
    this.incoming = incoming;
    this.loading = this.load(incoming).then(() => {
      if (this.incoming !== incoming) return; // a later reload took over
      this.index = incoming;
      this.incoming = undefined;
      this.notifyAll();
    });
  }

  /** Every index an event must reach: the published one and the one a reload is filling. */
  private targets(): VaultIndex[] {
    return this.incoming ? [this.index, this.incoming] : [this.index];
  }

  /** A created folder (a series folder made, copied in or restored): reads the notes already in it. */
  private async readNewFolder(uri: vscode.Uri): Promise<void> {
    const path = this.fileOf(uri);
    if (!path || path.endsWith('.md') || path.split('/').some((s) => EXCLUDED_FOLDERS.has(s))) return;
    if (/\.[A-Za-z0-9]{1,8}$/.test(path)) return; // a file (images, attachments), not a folder
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch {
      return; // gone again
    }
    const notes = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.md'), EXCLUDED);
    await Promise.all(notes.map((note) => this.fromDisk(note)));
  }

  /** A deleted note, or every file of the index under a deleted folder. */
  private removeDeleted(uri: vscode.Uri): void {
    const path = this.fileOf(uri);
    if (!path) return;
    const segments = path.split('/');
    // Cheap exits for the deletions a build or git makes all the time: other files, excluded folders.
    if (segments.some((s) => EXCLUDED_FOLDERS.has(s))) return;
    const last = segments[segments.length - 1];
    if (!path.endsWith('.md') && /\.[A-Za-z0-9]{1,8}$/.test(last)) return;
    for (const index of this.targets()) {
      const files = path.endsWith('.md') ? [path] : index.allFiles().filter((f) => f.startsWith(path + '/'));
      if (path.endsWith('.md')) this.unreadable.delete(path);
      else for (const file of this.unreadable.keys()) if (file.startsWith(path + '/')) this.unreadable.delete(file);
      for (const file of files) {
        if (!index.has(file)) continue;
        index.removeFile(file);
        this.notify(file);
      }
    }
  }

  private async fromDisk(uri: vscode.Uri, notify = true, targets = this.targets()): Promise<void> {
    const file = this.fileOf(uri);
    if (!file) return;
    // An open editor's text is newer than the disk's.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) return;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      // Deleted meanwhile: the delete event follows. Anything else (no permission) makes it unreadable.
      const code = e instanceof vscode.FileSystemError ? e.code : undefined;
      if (code !== 'FileNotFound') this.unreadable.set(file, `skipped: cannot be read (${code === 'NoPermissions' ? 'EACCES' : (code ?? 'unknown error')})`);
      return;
    }
    const read = decodeNote(bytes);
    if (read.kind === 'text') this.unreadable.delete(file);
    else this.unreadable.set(file, read.reason);
    for (const index of targets) {
      if (read.kind === 'text') index.setFile(file, read.text);
      else index.removeFile(file);
    }
    if (notify) this.notify(file);
  }

  private fromDocument(document: vscode.TextDocument, notify = true, targets = this.targets()): void {
    if (document.languageId !== 'markdown' && !document.uri.path.endsWith('.md')) return;
    const file = this.fileOf(document.uri);
    if (!file) return;
    this.unreadable.delete(file);
    // A note that stops being one (its `type: 1x1` removed) leaves the index: that is a change too.
    let changed = false;
    for (const index of targets) {
      const wasInVault = index.has(file);
      changed = index.setFile(file, document.getText()) || wasInVault || changed;
    }
    if (changed && notify) this.notify(file);
  }

  private notify(file: string): void {
    this.pendingFiles.add(file);
    this.schedule();
  }

  private notifyAll(): void {
    this.pendingAll = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      const change: VaultChange = { files: this.pendingFiles, all: this.pendingAll };
      this.pendingFiles = new Set();
      this.pendingAll = false;
      this.changed.fire(change);
    }, CHANGE_DEBOUNCE_MS);
  }
}
