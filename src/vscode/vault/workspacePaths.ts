import * as vscode from 'vscode';
import { detach } from '../../parsing/intern';

/**
 * Vault paths and URIs: the vault is the first workspace folder (the others of a multi-root
 * workspace are not read), and a note's path is relative to it (`1on1/dana/2026-11-24.md`).
 */

/** The workspace folder the vault is in, when one is open. */
export function vaultRoot(): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders[0]?.uri;
}

export function uriOfVaultFile(file: string): vscode.Uri {
  const root = vaultRoot();
  if (!root) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(root, ...file.split('/'));
}

/**
 * The vault path of a URI, when it lies in the workspace folder. A string of its own, not a slice
 * of the URI's path: the index keeps it for every file, and a slice would keep each whole path
 * alive with it (1 MB at 10,000 notes).
 */
export function vaultFileOf(uri: vscode.Uri): string | undefined {
  const root = vaultRoot();
  if (!root || uri.scheme !== root.scheme || uri.authority !== root.authority) return undefined;
  const prefix = root.path.endsWith('/') ? root.path : root.path + '/';
  return uri.path.startsWith(prefix) ? detach(uri.path.slice(prefix.length)) : undefined;
}
