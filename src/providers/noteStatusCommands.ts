import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { setFrontMatterValues } from '../core/edits/frontMatterEdit';
import type { MeetingStatus } from '../core/model/model';
import { parseNote } from '../parsing/parseNote';
import { meetingOfNote, noteFileOf } from '../vscode/commandTargets';
import { applyAndSave } from '../vscode/workspaceEdits';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * "Mark meeting held" and "Mark meeting canceled" (SPEC §7): set the note's `status:` through the
 * YAML document (comments and everything else in the front matter stay as written), as one
 * undoable edit. The note is a Meetings view node, a URI (explorer, editor title), or else the
 * active editor's.
 */


/** What the command did, for its callers and the tests. */
export type NoteStatusResult = { file: string; status: MeetingStatus; changed: boolean } | undefined;

export const noteStatusCommands: Feature = (context, { vault }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND_IDS.markHeld, (target?: unknown) => setNoteStatus(vault, target, 'held')),
    vscode.commands.registerCommand(COMMAND_IDS.markCanceled, (target?: unknown) => setNoteStatus(vault, target, 'canceled')),
  );
};

export async function setNoteStatus(vault: WorkspaceVault, target: unknown, status: MeetingStatus): Promise<NoteStatusResult> {
  if (!trustedOrExplain(`mark meetings ${status}`)) return undefined;
  await vault.ready();
  const file = noteFileOf(vault, target);
  if (!file) {
    void vscode.window.showWarningMessage(`1x1: open a meeting note (or pick one in the Meetings view) to mark it ${status}.`);
    return undefined;
  }
  const note = vault.index.note(file);
  if (!note) {
    void vscode.window.showWarningMessage(`1x1: ${file} is not a 1x1 meeting note, so it has no status to set.`);
    return undefined;
  }
  const text = await vault.readText(file);
  const meeting = meetingOfNote(vault, note);
  if (text !== undefined && parseNote(text).frontMatter.data.status === status) {
    void vscode.window.showInformationMessage(`1x1: ${meeting} is marked ${status} already.`);
    return { file, status, changed: false };
  }
  const edits = text === undefined ? undefined : setFrontMatterValues(file, text, { status });
  if (!edits) {
    void vscode.window.showErrorMessage(`1x1: the front matter of ${file} cannot be read as YAML; fix it, then mark the meeting ${status}.`);
    return undefined;
  }
  if (!(await applyAndSave(vault, edits))) {
    void vscode.window.showErrorMessage(`1x1: could not change ${file}; nothing was changed.`);
    return undefined;
  }
  void vscode.window.showInformationMessage(`1x1: marked ${meeting} ${status}.`);
  return { file, status, changed: true };
}
