import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { formatLongDate } from '../core/schedule/calendarDate';
import { defaultRescheduleDate, planReschedule, rescheduleDateProblem } from '../core/edits/reschedule';
import { meetingOfNote, noteFileOf } from '../vscode/commandTargets';
import { applyAndSave } from '../vscode/workspaceEdits';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * "Mark meeting rescheduled…" (SPEC §3, §7): asks the new date, then writes the new note (the
 * agenda, every line of it) and marks the old one `rescheduled` with `moved_to:` — one
 * `WorkspaceEdit`, so one undo takes both back, and its file creation fails rather than overwrite
 * a file that is there. The note is a Meetings node, a URI or the active editor's; a second
 * argument gives the date and skips the input box (tests, keybindings, the `calendar-mismatch`
 * fix), a third the new time.
 */


/** What the command did, for its callers and the tests. */
export type RescheduleResult = { file: string; movedTo: string; newFile: string } | undefined;

export const rescheduleCommand: Feature = (context, { vault }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND_IDS.markRescheduled, (target?: unknown, date?: unknown, time?: unknown) =>
      markRescheduled(vault, target, typeof date === 'string' ? date : undefined, typeof time === 'string' && /^\d{2}:\d{2}$/.test(time) ? time : undefined),
    ),
  );
};

async function markRescheduled(vault: WorkspaceVault, target: unknown, givenDate: string | undefined, givenTime: string | undefined): Promise<RescheduleResult> {
  if (!trustedOrExplain('reschedule meetings')) return undefined;
  await vault.ready();
  const file = noteFileOf(vault, target);
  const note = file === undefined ? undefined : vault.index.note(file);
  if (!file || !note || note.date === undefined) {
    void vscode.window.showWarningMessage(
      file && !note ? `1x1: ${file} is not a 1x1 meeting note.` : '1x1: open a dated meeting note (or pick one in the Meetings view) to reschedule it.',
    );
    return undefined;
  }
  const series = vault.index.seriesState(note.series);
  const meeting = meetingOfNote(vault, note);
  if (note.status === 'rescheduled') {
    void vscode.window.showInformationMessage(`1x1: ${meeting} is rescheduled already${note.movedTo ? ` (moved to ${formatLongDate(note.movedTo)})` : ''}.`);
    return undefined;
  }

  let date = givenDate?.trim();
  if (date === undefined) {
    date = await vscode.window.showInputBox({
      title: `Reschedule ${meeting}`,
      prompt: 'The new date (YYYY-MM-DD). The agenda moves to a new note for that day; this note says where it went.',
      value: series ? defaultRescheduleDate(series, note.date, vault.clock.now().date) : undefined,
      validateInput: (value) => rescheduleDateProblem(note, value, vault.clock.now().date),
    });
    if (date === undefined) return undefined;
    date = date.trim();
  } else {
    const problem = rescheduleDateProblem(note, date, vault.clock.now().date);
    if (problem) {
      void vscode.window.showErrorMessage(`1x1: cannot reschedule ${meeting}: ${problem}.`);
      return undefined;
    }
  }

  const text = await vault.readText(file);
  const outcome =
    text === undefined
      ? { ok: false as const, reason: `${file} could not be read.` }
      : planReschedule({
          note,
          text,
          date,
          seriesNotes: [...(series?.notes ?? []), ...(series?.undatedNotes ?? [])],
          exists: (f) => vault.index.has(f),
          today: vault.clock.now().date,
          time: givenTime,
        });
  if (!outcome.ok) {
    void vscode.window.showErrorMessage(`1x1: ${outcome.reason} Nothing was changed.`);
    return undefined;
  }
  const { plan } = outcome;

  const createNote = new vscode.WorkspaceEdit();
  const newUri = vault.uriOf(plan.file);
  // Neither `overwrite` nor `ignoreIfExists`: a file that appeared meanwhile makes the whole edit fail.
  createNote.createFile(newUri, { contents: new TextEncoder().encode(plan.text) }, { label: 'Reschedule 1x1', needsConfirmation: false });
  // The old note is usually not on screen (the command runs from the Meetings view): it is saved,
  // as after the other sidebar actions — unless it had unsaved changes of the user's.
  if (!(await applyAndSave(vault, plan.oldEdits, createNote))) {
    void vscode.window.showErrorMessage(`1x1: ${plan.file} could not be created (a file is there already?); nothing was changed.`);
    return undefined;
  }
  vault.index.setFile(plan.file, plan.text);
  await vscode.window.showTextDocument(newUri);
  const name = plan.file.slice(plan.file.lastIndexOf('/') + 1);
  void vscode.window.showInformationMessage(`1x1: moved ${meeting} to ${formatLongDate(date)}; the agenda is in ${name}.`);
  return { file, movedTo: date, newFile: plan.file };
}
