import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { agendaDocumentTitle, agendaExportFileName, renderAgendaHtml } from '../core/render/agendaHtml';
import { defaultExportUri, openExported, rememberExportFolder } from '../vscode/exportFiles';
import { formatLongDate } from '../core/schedule/calendarDate';
import type { MeetingNote } from '../core/model/model';
import { shareableAgenda } from '../core/render/shareableAgenda';
import { shareReaders } from '../core/render/personWords';
import { sharedStamp, stampSharedEdits } from '../core/edits/sharedStamp';
import { parseNote } from '../parsing/parseNote';
import { noteFileOf, personOfNote } from '../vscode/commandTargets';
import { applyAndSave } from '../vscode/workspaceEdits';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * "Share agenda" and "Export agenda as HTML" (SPEC §7). Share copies the agenda as Markdown (no
 * front matter, ids or private section) and stamps `shared:` as one undoable edit; export writes
 * the same agenda as one self-contained HTML page. The note is a Meetings node, a URI, or else
 * the active editor's; its current text is used, unsaved changes included.
 */


/** What Share did, for its callers and the tests: the text copied, and the stamp written (undefined when none was). */
export type ShareResult = { file: string; text: string; stamped: string | undefined; again: boolean } | undefined;

/** Where Export wrote the page. */
export type ExportResult = { file: string; target: vscode.Uri } | undefined;

export const shareCommands: Feature = (context, { vault }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND_IDS.shareAgenda, (target?: unknown) => shareAgenda(vault, target)),
    // A second argument (a URI) is the file to write, without the save dialog (tests, scripts).
    vscode.commands.registerCommand(COMMAND_IDS.exportAgendaHtml, (target?: unknown, destination?: unknown) =>
      exportAgendaHtml(vault, context.globalState, target, destination instanceof vscode.Uri ? destination : undefined),
    ),
  );
};

export async function shareAgenda(vault: WorkspaceVault, target: unknown): Promise<ShareResult> {
  // Sharing writes `shared:` into the note: Restricted Mode only reads.
  if (!trustedOrExplain('share agendas (sharing stamps shared: in the note)')) return undefined;
  const found = await agendaOf(vault, target, 'share');
  if (!found) return undefined;
  const { file, note, text, shareable } = found;
  const label = agendaLabel(vault, note);

  await vscode.env.clipboard.writeText(shareable);
  const frontMatter = parseNote(text, { keepHeadings: false, listItemSections: [] }).frontMatter;
  const now = vault.clock.now();
  const edits = frontMatter.invalid ? undefined : stampSharedEdits(file, text, now);
  if (!edits) {
    void vscode.window.showWarningMessage(
      `1x1: agenda for ${label} copied, but not marked shared: the front matter of ${file} is not valid YAML (or its shared: is not a plain value). Fix it, then share again to record it.`,
    );
    return { file, text: shareable, stamped: undefined, again: false };
  }
  const again = frontMatter.data.shared !== undefined && frontMatter.data.shared !== null;
  const stamp = sharedStamp(now);
  if (!(await applyAndSave(vault, edits))) {
    void vscode.window.showErrorMessage(`1x1: agenda for ${label} copied, but ${file} could not be changed to record shared: ${stamp}.`);
    return { file, text: shareable, stamped: undefined, again };
  }
  void vscode.window.showInformationMessage(`1x1: agenda for ${label} copied — ${again ? 'shared again' : 'shared'}: ${stamp}`);
  return { file, text: shareable, stamped: stamp, again };
}

export async function exportAgendaHtml(vault: WorkspaceVault, memory: vscode.Memento, target: unknown, destination: vscode.Uri | undefined): Promise<ExportResult> {
  if (!trustedOrExplain('export agendas as HTML (it writes a file)')) return undefined;
  const found = await agendaOf(vault, target, 'export');
  if (!found) return undefined;
  const { file, note, shareable } = found;
  const person = personOfNote(vault, note);
  const chosen =
    destination === undefined
      ? await vscode.window.showSaveDialog({
          // `1x1 Dana 2026-11-24.html` in Downloads (or the last export's folder), never among the notes. The dialog asks before replacing a file.
          defaultUri: await defaultExportUri(vault, memory, agendaExportFileName(person, note.date), file),
          filters: { HTML: ['html', 'htm'] },
          saveLabel: 'Export',
          title: `Export the agenda for ${agendaLabel(vault, note)} as HTML`,
        })
      : undefined;
  const where = destination ?? chosen;
  if (!where) return undefined;
  if (chosen) await rememberExportFolder(memory, chosen);
  const html = await renderAgendaHtml(shareable, agendaDocumentTitle(person, note.date));
  try {
    await vscode.workspace.fs.writeFile(where, new TextEncoder().encode(html));
  } catch (e) {
    void vscode.window.showErrorMessage(`1x1: could not write ${where.fsPath}: ${(e as Error).message}`);
    return undefined;
  }
  const shown = vault.fileOf(where) ?? where.fsPath;
  void vscode.window.showInformationMessage(`1x1: exported the agenda for ${agendaLabel(vault, note)} to ${shown}.`, 'Open').then((choice) => {
    if (choice === 'Open') void openExported(where);
  });
  return { file, target: where };
}

/** The note a command was given, its current text and its shareable agenda; undefined (the user told why) when there is none to share. */
async function agendaOf(
  vault: WorkspaceVault,
  target: unknown,
  verb: 'share' | 'export',
): Promise<{ file: string; note: MeetingNote; text: string; shareable: string } | undefined> {
  await vault.ready();
  const file = noteFileOf(vault, target);
  if (!file) {
    void vscode.window.showWarningMessage(`1x1: open a meeting note (or pick one in the Meetings view) to ${verb} its agenda.`);
    return undefined;
  }
  const note = vault.index.note(file);
  const text = note && (await vault.readText(file));
  if (!note || text === undefined) {
    void vscode.window.showWarningMessage(`1x1: ${file} is not a 1x1 meeting note, so it has no agenda to ${verb}.`);
    return undefined;
  }
  const settings = vault.index.settings;
  const readers = shareReaders(note.series, personOfNote(vault, note), settings.me, vault.clock.now().date, vault.index.seriesState(note.series)?.profile);
  const shareable = shareableAgenda(text, { ...readers, sections: settings.sections });
  if (shareable === '') {
    void vscode.window.showWarningMessage(`1x1: the agenda for ${agendaLabel(vault, note)} has nothing written in it yet (only empty sections, front matter or a private section); nothing to ${verb}.`);
    return undefined;
  }
  return { file, note, text, shareable };
}

/** `Dana Whitfield, Tue 24 Nov 2026`. */
function agendaLabel(vault: WorkspaceVault, note: MeetingNote): string {
  return `${personOfNote(vault, note)}${note.date ? `, ${formatLongDate(note.date)}` : ''}`;
}
