import * as os from 'node:os';
import * as vscode from 'vscode';
import { exportFolder } from '../core/vault/exportLocation';
import type { WorkspaceVault } from './vault/workspaceVault';
import { vaultRoot } from './vault/workspacePaths';

/**
 * What the exports (the agenda as HTML, the calendar) share: where the save dialog opens, and
 * opening what was written.
 *
 * The file an export's save dialog offers (SPEC §7: never by default into the notes): in the
 * folder the user last exported to, else their Downloads folder, else their home — the first of
 * those outside the notes folder and the note's own folder. The user's choice is remembered.
 */

const LAST_FOLDER = 'oneOnOne.lastExportFolder';

export async function defaultExportUri(vault: WorkspaceVault, memory: vscode.Memento, fileName: string, noteFile?: string): Promise<vscode.Uri | undefined> {
  const home = vscode.Uri.file(os.homedir());
  const downloads = vscode.Uri.joinPath(home, 'Downloads');
  const last = memory.get<string>(LAST_FOLDER);
  const lastUri = last ? vscode.Uri.parse(last) : undefined;
  const candidates = [lastUri && (await isFolder(lastUri)) ? lastUri : undefined, (await isFolder(downloads)) ? downloads : undefined, home];
  const notes: vscode.Uri[] = [];
  const root = vaultRoot();
  if (root) notes.push(vault.index.settings.folder === '' ? root : vscode.Uri.joinPath(root, ...vault.index.settings.folder.split('/')));
  if (noteFile) notes.push(vscode.Uri.joinPath(vault.uriOf(noteFile), '..'));
  // Folders compare by path within one scheme and authority (a remote's home is not a local one).
  const key = (uri: vscode.Uri) => `${uri.scheme}://${uri.authority}${uri.path}`;
  const chosen = exportFolder(
    candidates.map((c) => c && key(c)),
    notes.map(key),
  );
  const folder = candidates.find((c) => c && key(c) === chosen);
  // None (the notes are the home folder itself): the dialog opens where VS Code likes, never offered into the notes.
  return folder && vscode.Uri.joinPath(folder, fileName);
}

/** Remembers the folder the user saved an export in, for the next export's dialog. */
export async function rememberExportFolder(memory: vscode.Memento, saved: vscode.Uri): Promise<void> {
  await memory.update(LAST_FOLDER, vscode.Uri.joinPath(saved, '..').toString());
}

async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** A file on this machine opens in its app (the browser, the calendar); elsewhere (a remote or web workbench, where that app cannot reach the file) in an editor. */
export async function openExported(uri: vscode.Uri): Promise<void> {
  const local = uri.scheme === 'file' && vscode.env.remoteName === undefined && vscode.env.uiKind === vscode.UIKind.Desktop;
  if (!local || !(await vscode.env.openExternal(uri))) await vscode.commands.executeCommand('vscode.open', uri);
}
