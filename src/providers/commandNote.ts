import * as vscode from 'vscode';
import type { WorkspaceVault } from './workspaceVault';

/**
 * The note a command that acts on one note was given (mark held/canceled, share, export): a
 * Meetings view node (it has a `file`), a URI (explorer, editor title), or else the active
 * editor's document. Vault-relative, or undefined when there is none.
 */
export function noteFileOf(vault: WorkspaceVault, target: unknown): string | undefined {
  if (target instanceof vscode.Uri) return vault.fileOf(target);
  if (typeof target === 'object' && target !== null && 'file' in target) {
    const file = (target as { file: unknown }).file;
    return typeof file === 'string' ? file : undefined;
  }
  const document = vscode.window.activeTextEditor?.document;
  return document ? vault.fileOf(document.uri) : undefined;
}
