import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { reviewPackFileName, reviewPackHtml, reviewPackMarkdown, reviewPackTitle } from '../core/render/reviewPack';
import { formatLongDate, isValidIsoDate } from '../core/schedule/calendarDate';
import { seriesName, type SeriesState } from '../core/model/seriesState';
import { DEFAULT_REVIEW_MONTHS, monthsUpTo, reviewPack, type ReviewPack, type ReviewPeriod } from '../core/views/reviewPack';
import { defaultExportUri, openExported, rememberExportFolder } from '../vscode/exportFiles';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import { comparePersonNames } from '../core/text/personOrder';
import { compareStrings } from '../core/text/stringOrder';
import type { Feature } from './feature';

/**
 * "1x1: Review pack…" (SPEC §13): asks whose 1x1s and which period (the last quarter, half year or
 * year to today, or from and to dates), then opens the review pack (`core/views/reviewPack`
 * rendered by `core/render/reviewPack`, exactly what `one-on-one review` prints) as an untitled
 * Markdown document beside, and offers "Export as HTML" (the agenda export's page and save
 * dialog). Opening the pack writes nothing: it works in Restricted Mode; the export asks for trust.
 *
 * Arguments `(series, from, to)` skip the questions (the tests, a keybinding).
 */

/** What the command did, for the tests: the series, the period and the untitled document. */
export type ReviewPackResult = { series: string; period: ReviewPeriod; document: vscode.Uri } | undefined;

export const reviewPackCommand: Feature = (context, { vault }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND_IDS.reviewPack, async (series?: unknown, from?: unknown, to?: unknown): Promise<ReviewPackResult> => {
      await vault.ready();
      const id = typeof series === 'string' ? series : await pickSeries(vault);
      const state = id === undefined ? undefined : vault.index.seriesState(id);
      if (!state) {
        if (id !== undefined) void vscode.window.showWarningMessage(`1x1: no 1x1 series "${id}".`);
        return undefined;
      }
      const today = vault.clock.now().date;
      const period = typeof from === 'string' && typeof to === 'string' && isValidIsoDate(from) && isValidIsoDate(to) && from <= to ? { from, to } : await pickPeriod(today);
      if (!period) return undefined;
      const pack = reviewPack(state, period, await readSeries(vault, state));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: reviewPackMarkdown(pack) });
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      void vscode.window.showInformationMessage(`1x1: review pack for ${pack.name}, ${formatLongDate(period.from)} to ${formatLongDate(period.to)}.`, 'Export as HTML').then((choice) => {
        if (choice === 'Export as HTML') void exportHtml(vault, context.globalState, pack);
      });
      return { series: state.id, period, document: document.uri };
    }),
  );
};

/** Every note of the series, read once (open editors win, unsaved text included): the pack reads synchronously. */
async function readSeries(vault: WorkspaceVault, state: SeriesState): Promise<(file: string) => string | undefined> {
  const texts = new Map<string, string | undefined>();
  await Promise.all(state.notes.map(async (note) => texts.set(note.file, await vault.readText(note.file))));
  return (file) => texts.get(file);
}

async function pickSeries(vault: WorkspaceVault): Promise<string | undefined> {
  const items = vault.index.seriesStates().map((state) => ({
    label: seriesName(state, state.id),
    description: `${state.notes.length} ${state.notes.length === 1 ? 'note' : 'notes'}`,
    series: state.id,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('1x1: no 1x1 notes yet: write an agenda first (1x1: New 1x1 agenda).');
    return undefined;
  }
  items.sort((a, b) => comparePersonNames(a.label, b.label) || compareStrings(a.series, b.series));
  return (await vscode.window.showQuickPick(items, { title: 'Review pack', placeHolder: 'Whose 1x1s?', matchOnDescription: true }))?.series;
}

async function pickPeriod(today: string): Promise<ReviewPeriod | undefined> {
  const choice = (label: string, months: number) => {
    const period = monthsUpTo(today, months);
    return { label, description: `${formatLongDate(period.from)} to ${formatLongDate(period.to)}`, period };
  };
  const items: { label: string; description?: string; period: ReviewPeriod | undefined }[] = [
    choice('Last quarter', 3),
    choice('Last half year', 6),
    choice('Last year', DEFAULT_REVIEW_MONTHS),
    { label: 'Custom…', description: 'from and to dates', period: undefined },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Review pack', placeHolder: 'Which period?' });
  if (!picked) return undefined;
  if (picked.period) return picked.period;
  const from = await askDate('From (YYYY-MM-DD)', monthsUpTo(today, DEFAULT_REVIEW_MONTHS).from);
  if (from === undefined) return undefined;
  const to = await askDate('To (YYYY-MM-DD)', today, from);
  return to === undefined ? undefined : { from, to };
}

function askDate(prompt: string, value: string, notBefore?: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Review pack',
    prompt,
    value,
    validateInput: (text) => {
      const date = text.trim();
      if (!isValidIsoDate(date)) return 'A real date, YYYY-MM-DD';
      if (notBefore !== undefined && date < notBefore) return `Not before ${notBefore}, the first day`;
      return undefined;
    },
  }).then((text) => text?.trim());
}

/** The agenda export's way: a save dialog in the last export folder or Downloads, never among the notes. */
async function exportHtml(vault: WorkspaceVault, memory: vscode.Memento, pack: ReviewPack): Promise<void> {
  if (!trustedOrExplain('export the review pack as HTML (it writes a file)')) return;
  const where = await vscode.window.showSaveDialog({
    defaultUri: await defaultExportUri(vault, memory, reviewPackFileName(pack)),
    filters: { HTML: ['html', 'htm'] },
    saveLabel: 'Export',
    title: `Export ${reviewPackTitle(pack)} as HTML`,
  });
  if (!where) return;
  await rememberExportFolder(memory, where);
  try {
    // Saved away from the notes (Downloads): its links reach them through the workspace folder's file: URL.
    const root = vault.root();
    await vscode.workspace.fs.writeFile(where, new TextEncoder().encode(await reviewPackHtml(pack, root?.scheme === 'file' ? root.toString() : undefined)));
  } catch (e) {
    void vscode.window.showErrorMessage(`1x1: could not write ${where.fsPath}: ${(e as Error).message}`);
    return;
  }
  void vscode.window.showInformationMessage(`1x1: exported the review pack to ${vault.fileOf(where) ?? where.fsPath}.`, 'Open').then((choice) => {
    if (choice === 'Open') void openExported(where);
  });
}
