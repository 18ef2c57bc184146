import * as vscode from 'vscode';
import type { TextEdit } from '../core/edits/textEdit';
import { applyTextEdits, workspaceEditOf } from './workspaceEdits';
import type { WorkspaceVault } from './workspaceVault';

/**
 * Edits made from the sidebar and the status bar, where no editor shows the note: applied as one
 * undoable `WorkspaceEdit`, then saved — a checkbox ticked in a view should not leave an unsaved
 * note behind, out of sight. A note that already had unsaved changes is left unsaved: those
 * changes are the user's to save.
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
