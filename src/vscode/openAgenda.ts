import * as vscode from 'vscode';
import { filesToReadForNextAgenda, prepareNextAgenda } from '../core/agenda/nextAgendaFlow';
import type { ItemRef } from '../core/model/model';
import { formatLongDate } from '../core/schedule/calendarDate';
import type { SectionDefinition } from '../core/settings/settings';
import { parseNote } from '../parsing/parseNote';
import type { WorkspaceVault } from './vault/workspaceVault';
import { workspaceEditOf } from './workspaceEdits';

/**
 * A series' next agenda, opened when written, else written from the template with the carried
 * items and opened, the cursor in the first section to fill in (SPEC §7). New 1x1 agenda, the
 * status bar and the CodeLens all end here. The new note and the `[>]` markers in the previous
 * note are one `WorkspaceEdit`, so one undo takes both back; a note that exists for that date is
 * opened, never overwritten.
 */

/** What was done: the agenda opened, or written and opened; for the commands' callers and the tests. */
export type NewAgendaResult = { kind: 'created' | 'opened'; file: string } | undefined;

export async function openOrCreateAgenda(vault: WorkspaceVault, seriesName: string): Promise<NewAgendaResult> {
  const settings = vault.index.settings;
  const now = vault.clock.now();
  // The flow reads synchronously: the files it will ask for are read first (open editors win).
  const texts = new Map<string, string | undefined>();
  for (const file of filesToReadForNextAgenda(vault.index, now, seriesName)) texts.set(file, await vault.readText(file));
  const step = prepareNextAgenda(
    {
      index: vault.index,
      now,
      skipped: vault.skippedFiles(),
      read: (file) => {
        const text = texts.get(file);
        // Not read before (the notes changed in between) or not there: the flow then refuses or skips it.
        return text === undefined ? { kind: 'missing' } : { kind: 'text', text };
      },
    },
    seriesName,
  );
  if (step.kind === 'exists') {
    await vscode.window.showTextDocument(vault.uriOf(step.file));
    void vscode.window.showInformationMessage(`1x1: the agenda for ${formatLongDate(step.date)} exists; opened it.`);
    return { kind: 'opened', file: step.file };
  }
  if (step.kind === 'refused') {
    void vscode.window.showErrorMessage(`1x1: ${step.message.replace(/run new again/, 'try again')}`);
    return undefined;
  }
  const { agenda, plan } = step;

  const edit = new vscode.WorkspaceEdit();
  const target = vault.uriOf(agenda.file);
  // Neither `overwrite` nor `ignoreIfExists`: a file that appeared meanwhile makes the edit fail.
  edit.createFile(target, { contents: new TextEncoder().encode(agenda.text) }, { label: 'New 1x1 agenda', needsConfirmation: false });
  // Every note an item was carried from, in the same edit: one undo takes it all back.
  workspaceEditOf(vault, agenda.previousEdits, edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`1x1: ${agenda.file} could not be created (a file is there already?); nothing was changed.`);
    return undefined;
  }
  vault.index.setFile(agenda.file, agenda.text);
  const editor = await vscode.window.showTextDocument(target);
  const cursor = firstLineToFill(editor.document, settings.sections);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor));
  const fromDates = plan.sources.filter((n) => agenda.carriedFrom.includes(n.file)).map((n) => formatLongDate(n.date!));
  const carried = agenda.carried === 0 ? 'nothing to carry' : `${agenda.carried} item${agenda.carried === 1 ? '' : 's'} carried from ${fromDates.join(' and ')}`;
  void vscode.window.showInformationMessage(`1x1: agenda for ${formatLongDate(agenda.date)} — ${carried}.`);
  announceDropped(vault, step.dropped);
  return { kind: 'created', file: agenda.file };
}

/** Dropped commitments are named, not carried (SPEC §8): "Show" opens the first one. */
function announceDropped(vault: WorkspaceVault, dropped: readonly ItemRef[]): void {
  if (dropped.length === 0) return;
  const n = dropped.length;
  void vscode.window.showWarningMessage(`1x1: ${n} dropped commitment${n === 1 ? ' was' : 's were'} not carried (see the Problems panel).`, 'Show').then(async (choice) => {
    if (choice !== 'Show') return;
    const first = dropped[0];
    const position = new vscode.Position(first.item.line, first.item.column);
    await vscode.window.showTextDocument(vault.uriOf(first.note.file), { selection: new vscode.Range(position, position) });
  });
}

/** Where the user starts writing: the first empty section other than the carried action items; else the end. */
function firstLineToFill(document: vscode.TextDocument, sections: readonly SectionDefinition[]): vscode.Position {
  const empty = parseNote(document.getText(), { sections }).sections.find((s) => s.key !== 'action-items' && !s.hasContent);
  return empty ? new vscode.Position(Math.min(empty.line + 1, document.lineCount - 1), 0) : new vscode.Position(document.lineCount - 1, 0);
}
