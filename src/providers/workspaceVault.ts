import * as vscode from 'vscode';
import { clockFromEnvironment, type Clock } from '../core/clock';
import { withDefaults, type Settings } from '../core/settings';
import { VaultIndex } from '../core/vaultIndex';
import { decodeNote } from '../node/noteFile';

/**
 * The vault of the open workspace, kept in a `VaultIndex`: read once through
 * `vscode.workspace.fs`, then kept current by file-system events and by the text of open editors
 * (an unsaved edit counts). Every surface reads the index from here; paths in the index are
 * relative to the workspace folder (`1on1/dana/2026-11-24.md`).
 */

/** Folders no note lives in; skipping them keeps the first read short in big workspaces. */
const EXCLUDED = '**/{node_modules,.git,.obsidian,.trash}/**';
/** Bursts of events (a `git checkout`, a sync) become one change notice. */
const CHANGE_DEBOUNCE_MS = 100;
/** Files read at once on the first load. */
const READ_BATCH = 32;

export function settingsFromConfiguration(scope?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration('oneOnOne', scope);
  return withDefaults({
    folder: config.get('folder'),
    me: config.get('me'),
    sections: config.get('sections'),
    rules: config.get('rules'),
    staleAfterCarries: config.get('staleAfterCarries'),
    staleAfterDays: config.get('staleAfterDays'),
    shareBy: config.get('shareBy'),
    markCarried: config.get('markCarried'),
    dateStyle: config.get('dateStyle'),
  });
}

export class WorkspaceVault implements vscode.Disposable {
  index: VaultIndex;
  readonly clock: Clock;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired (debounced) after the index changed: a file, an open editor, the settings. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private watcher: vscode.Disposable | undefined;
  private pending: NodeJS.Timeout | undefined;
  private loading: Promise<void>;

  constructor(clock: Clock = clockFromEnvironment(process.env)) {
    this.clock = clock;
    this.index = new VaultIndex({ settings: settingsFromConfiguration(), clock });
    this.loading = this.load();
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

  /** The workspace folder the vault is in: the first one that has the vault folder, else the first. */
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

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.watcher?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }

  private async load(): Promise<void> {
    const root = this.root();
    this.watcher?.dispose();
    if (!root) return;
    const pattern = new vscode.RelativePattern(root, '**/*.md');
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    watcher.onDidCreate((uri) => this.fromDisk(uri));
    watcher.onDidChange((uri) => this.fromDisk(uri));
    watcher.onDidDelete((uri) => {
      const file = this.fileOf(uri);
      if (file) {
        this.index.removeFile(file);
        this.notify();
      }
    });
    this.watcher = watcher;
    const uris = await vscode.workspace.findFiles(pattern, EXCLUDED);
    for (let i = 0; i < uris.length; i += READ_BATCH) await Promise.all(uris.slice(i, i + READ_BATCH).map((uri) => this.fromDisk(uri, false)));
    for (const document of vscode.workspace.textDocuments) this.fromDocument(document, false);
    this.notify();
  }

  private reload(): void {
    this.index = new VaultIndex({ settings: settingsFromConfiguration(), clock: this.clock });
    this.loading = this.load();
  }

  private async fromDisk(uri: vscode.Uri, notify = true): Promise<void> {
    const file = this.fileOf(uri);
    if (!file) return;
    // An open editor's text is newer than the disk's.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) return;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return; // deleted meanwhile: the delete event follows
    }
    const read = decodeNote(bytes);
    if (read.kind === 'text') this.index.setFile(file, read.text);
    else this.index.removeFile(file);
    if (notify) this.notify();
  }

  private fromDocument(document: vscode.TextDocument, notify = true): void {
    if (document.languageId !== 'markdown' && !document.uri.path.endsWith('.md')) return;
    const file = this.fileOf(document.uri);
    if (!file) return;
    if (this.index.setFile(file, document.getText()) && notify) this.notify();
  }

  private notify(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.changed.fire();
    }, CHANGE_DEBOUNCE_MS);
  }
}
