import * as vscode from 'vscode';
import type { TextEdit } from '../core/edits/textEdit';
import type { Range } from '../parsing/types';
import type { WorkspaceVault } from './vault/workspaceVault';

/**
 * The one place the core's text edits (0-based lines and characters, BOM not counted — as the
 * editor counts) become VS Code edits. Every change a surface makes to a note goes through a
 * `WorkspaceEdit`, so it is undoable and touches open editors and files on disk alike.
 */

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Adds `edits` (vault-relative files) to `edit`, or to a new `WorkspaceEdit`. */
export function workspaceEditOf(vault: WorkspaceVault, edits: readonly TextEdit[], edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const e of edits) edit.replace(vault.uriOf(e.file), toVscodeRange(e.range), e.newText);
  return edit;
}

/** Applies `edits` as one undoable edit; false (and nothing changed) when there was nothing to do or VS Code refused. */
export async function applyTextEdits(vault: WorkspaceVault, edits: readonly TextEdit[]): Promise<boolean> {
  if (edits.length === 0) return false;
  return vscode.workspace.applyEdit(workspaceEditOf(vault, edits));
}

/**
 * Applies `edits` where no editor shows the note (a view, the status bar, a command on a note) as
 * one undoable `WorkspaceEdit`, then saves — a checkbox ticked in a view should not leave an
 * unsaved note behind, out of sight. A note that already had unsaved changes is left unsaved:
 * those changes are the user's to save.
 */
export async function applyAndSave(vault: WorkspaceVault, edits: readonly TextEdit[], withEdit?: vscode.WorkspaceEdit): Promise<boolean> {
  const uris = [...new Set(edits.map((e) => e.file))].map((file) => vault.uriOf(file));
  const dirtyBefore = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
  // `withEdit` holds more of the same change (a file to create): one undo takes back all of it.
  const applied = withEdit ? await vscode.workspace.applyEdit(workspaceEditOf(vault, edits, withEdit)) : await applyTextEdits(vault, edits);
  if (!applied) return false;
  for (const uri of uris) {
    if (dirtyBefore.has(uri.toString())) continue;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document?.isDirty) await document.save();
  }
  return true;
}
