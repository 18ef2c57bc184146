import * as vscode from 'vscode';
import type { TextEdit } from '../core/edits/textEdit';
import type { Range } from '../parsing/types';
import type { WorkspaceVault } from './workspaceVault';

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
