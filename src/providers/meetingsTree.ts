import * as vscode from 'vscode';
import { withDefaults } from '../core/settings';

/**
 * The Meetings view: one node per series folder under `oneOnOne.folder`, and under it the series'
 * notes, newest first. It reads the folders through `vscode.workspace.fs` (so it works on remote
 * and virtual workspaces alike) and refreshes on file-system events, never by polling.
 */

/** Files in a series folder that are not meeting notes (SPEC §1). */
const NOT_NOTES = new Set(['profile.md', 'template.md']);
/** Bursts of file events (a `git checkout`, a sync) become one refresh. */
const REFRESH_DEBOUNCE_MS = 150;

export interface SeriesNode {
  kind: 'series';
  /** The folder name, which is the series id. */
  id: string;
  uri: vscode.Uri;
  /** Set when several workspace folders hold a vault, to tell their series apart. */
  workspaceName?: string;
  notes: NoteNode[];
}

export interface NoteNode {
  kind: 'note';
  series: string;
  uri: vscode.Uri;
  /** The file name without `.md`, conventionally the meeting date. */
  name: string;
}

export type MeetingsNode = SeriesNode | NoteNode;

export class MeetingsTreeProvider implements vscode.TreeDataProvider<MeetingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MeetingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private pendingRefresh: NodeJS.Timeout | undefined;

  constructor() {
    this.watchVaults();
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('oneOnOne.folder')) this.rewatchAndRefresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rewatchAndRefresh()),
    );
  }

  /** Re-reads every series now. */
  refresh(): void {
    if (this.pendingRefresh) clearTimeout(this.pendingRefresh);
    this.pendingRefresh = undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(node: MeetingsNode): vscode.TreeItem {
    if (node.kind === 'series') {
      const item = new vscode.TreeItem(node.id, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `series:${node.uri.toString()}`;
      item.iconPath = new vscode.ThemeIcon('person');
      const count = `${node.notes.length} ${node.notes.length === 1 ? 'note' : 'notes'}`;
      item.description = node.workspaceName ? `${count} · ${node.workspaceName}` : count;
      item.tooltip = node.uri.fsPath;
      item.contextValue = 'oneOnOne.series';
      return item;
    }
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
    item.id = `note:${node.uri.toString()}`;
    item.resourceUri = node.uri;
    item.iconPath = vscode.ThemeIcon.File;
    item.command = { command: 'vscode.open', title: 'Open note', arguments: [node.uri] };
    item.contextValue = 'oneOnOne.note';
    return item;
  }

  async getChildren(node?: MeetingsNode): Promise<MeetingsNode[]> {
    if (!node) return this.readSeries();
    return node.kind === 'series' ? node.notes : [];
  }

  dispose(): void {
    if (this.pendingRefresh) clearTimeout(this.pendingRefresh);
    for (const d of [...this.watchers, ...this.subscriptions]) d.dispose();
    this.watchers = [];
  }

  private async readSeries(): Promise<SeriesNode[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const all: SeriesNode[] = [];
    for (const folder of folders) {
      const vault = vscode.Uri.joinPath(folder.uri, vaultFolderName(folder));
      for (const [name, type] of await readDirectoryOrEmpty(vault)) {
        if (!(type & vscode.FileType.Directory) || name.startsWith('.')) continue;
        const uri = vscode.Uri.joinPath(vault, name);
        all.push({
          kind: 'series',
          id: name,
          uri,
          workspaceName: folders.length > 1 ? folder.name : undefined,
          notes: await readNotes(name, uri),
        });
      }
    }
    return all.sort((a, b) => a.id.localeCompare(b.id) || (a.workspaceName ?? '').localeCompare(b.workspaceName ?? ''));
  }

  private watchVaults(): void {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const pattern = new vscode.RelativePattern(folder, `${vaultFolderName(folder)}/**`);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      // Only creations and deletions change the tree; a note's content does not.
      this.watchers.push(watcher, watcher.onDidCreate(() => this.scheduleRefresh()), watcher.onDidDelete(() => this.scheduleRefresh()));
    }
  }

  private rewatchAndRefresh(): void {
    for (const d of this.watchers) d.dispose();
    this.watchers = [];
    this.watchVaults();
    this.refresh();
  }

  private scheduleRefresh(): void {
    if (this.pendingRefresh) clearTimeout(this.pendingRefresh);
    this.pendingRefresh = setTimeout(() => this.refresh(), REFRESH_DEBOUNCE_MS);
  }
}

function vaultFolderName(folder: vscode.WorkspaceFolder): string {
  return withDefaults({ folder: vscode.workspace.getConfiguration('oneOnOne', folder.uri).get<string>('folder') }).folder;
}

async function readNotes(series: string, seriesUri: vscode.Uri): Promise<NoteNode[]> {
  const notes: NoteNode[] = [];
  for (const [name, type] of await readDirectoryOrEmpty(seriesUri)) {
    const lower = name.toLowerCase();
    if (!(type & vscode.FileType.File) || !lower.endsWith('.md') || NOT_NOTES.has(lower)) continue;
    notes.push({ kind: 'note', series, uri: vscode.Uri.joinPath(seriesUri, name), name: name.slice(0, -3) });
  }
  // Names are dates (`2026-11-17`, `2026-11-17-2`), so a reversed string order is newest first.
  return notes.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** A vault or series folder that does not exist (yet) simply has no children. */
async function readDirectoryOrEmpty(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  try {
    return await vscode.workspace.fs.readDirectory(uri);
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return [];
    throw err;
  }
}
