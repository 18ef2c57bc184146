import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { describeNoteOwed, describeNoteSummary, noteOwed, noteSummary } from '../core/views/noteSummary';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * One line of lenses at the top of a meeting note (`core/noteSummary`):
 * `Next 1x1: Tue 24 Nov 10:00 | share by Mon 23 Nov 17:00 (passed) | 3 open · 1 overdue | You owe 2 · Dana owes 1`.
 * The first opens (or makes) the next agenda; the others only inform. The line sits on the first
 * line after the front matter (the title heading), where it reads as the note's header.
 */
export class NoteCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly vault: WorkspaceVault) {
    // Counts and the next meeting follow the vault; the deadline's "passed" follows the clock.
    this.subscriptions = [this.changed, vault.onDidChange(() => this.changed.fire()), vault.onDidChangeTime(() => this.changed.fire())];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = this.vault.fileOf(document.uri);
    const note = file === undefined ? undefined : this.vault.index.note(file);
    const series = note && this.vault.index.seriesState(note.series);
    if (!note || !series) return [];
    const text = describeNoteSummary(noteSummary(series, note));
    const line = lensLine(document, note.parsed.bodyStartLine);
    const range = new vscode.Range(line, 0, line, 0);
    const lenses = [new vscode.CodeLens(range, { title: text.next, command: COMMAND_IDS.openNextAgenda, arguments: [series.id], tooltip: 'Open the next 1x1 agenda (made from the template if it does not exist)' })];
    // A lens without a command is shown as plain text.
    if (text.share) lenses.push(new vscode.CodeLens(range, { title: text.share, command: '' }));
    lenses.push(new vscode.CodeLens(range, { title: text.items, command: '' }));
    // Who owes the note's open items (SPEC §10): a lens of its own.
    const owed = describeNoteOwed(noteOwed(series, note));
    if (owed) lenses.push(new vscode.CodeLens(range, { title: owed, command: '' }));
    lenses.push(new vscode.CodeLens(range, { title: 'Prepare', command: COMMAND_IDS.prepare, arguments: [series.id], tooltip: 'Prepare for this 1x1: the brief beside the note (read-only)' }));
    return lenses;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The first non-blank line from `bodyStart` on (the title), else `bodyStart` itself (or the last line). */
function lensLine(document: vscode.TextDocument, bodyStart: number): number {
  const last = document.lineCount - 1;
  for (let line = Math.min(bodyStart, last); line <= last; line++) if (!document.lineAt(line).isEmptyOrWhitespace) return line;
  return Math.min(bodyStart, last);
}

export const noteCodeLens: Feature = (context, { vault }) => {
  const provider = new NoteCodeLensProvider(vault);
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider));
};
