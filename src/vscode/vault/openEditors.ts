import * as vscode from 'vscode';

/**
 * The text of open editors, which is newer than the disk's (an unsaved edit counts): the vault
 * follows every Markdown document as it is opened and typed in.
 */

/** Calls `listener` with every Markdown document opened or changed. */
export function onDidEditNote(listener: (document: vscode.TextDocument) => void): vscode.Disposable {
  const ifNote = (document: vscode.TextDocument) => {
    if (isNote(document)) listener(document);
  };
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument((e) => ifNote(e.document)),
    vscode.workspace.onDidOpenTextDocument((d) => ifNote(d)),
  );
}

/** The open Markdown documents. */
export function openNotes(): vscode.TextDocument[] {
  return vscode.workspace.textDocuments.filter(isNote);
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Whether an editor holds unsaved changes to `uri`. */
export function hasUnsavedEdits(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
}

function isNote(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' || document.uri.path.endsWith('.md');
}
