import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { briefMarkdown } from '../core/render/brief';
import { briefOf } from '../core/views/brief';
import { formatLongDate } from '../core/schedule/calendarDate';
import { seriesName, type SeriesState } from '../core/model/seriesState';
import { upcomingMeetings } from '../core/schedule/schedule';
import { seriesIdOf } from '../vscode/commandTargets';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import { comparePersonNames } from '../core/text/personOrder';
import { compareStrings } from '../core/text/stringOrder';
import type { Feature } from './feature';

/**
 * "1x1: Prepare for this 1x1" (SPEC §11): the brief of a series (`core/views/brief` rendered by
 * `core/render/brief`, exactly what `one-on-one brief` prints) in a read-only Markdown preview
 * beside the note. The brief is a virtual document (`oneonone-brief:/<series>/…`) drawn from the
 * vault when VS Code asks, and redrawn whenever the vault or the minute changes, so opening it
 * again after an edit shows the edit. Reading only: it works in Restricted Mode too.
 *
 * Reached from the This week view (a click), the Meetings view (context menu of a person or a
 * meeting), the CodeLens of a note, and the palette (the active note's series, else a pick).
 */

export const BRIEF_SCHEME = 'oneonone-brief';

/** What the command did, for the tests: the brief's URI and the note opened beside it, if any. */
export type PrepareResult = { series: string; brief: vscode.Uri; note: string | undefined } | undefined;

export const prepareBrief: Feature = (context, { vault }) => {
  const briefs = new BriefDocuments(vault);
  context.subscriptions.push(
    briefs,
    vscode.workspace.registerTextDocumentContentProvider(BRIEF_SCHEME, briefs),
    vscode.commands.registerCommand(COMMAND_IDS.prepare, async (target?: unknown): Promise<PrepareResult> => {
      await vault.ready();
      const note = noteOfTarget(vault, target);
      const series = seriesIdOf(target) ?? (note ? vault.index.note(note)?.series : undefined) ?? activeNoteSeries(vault) ?? (await pickSeries(vault));
      const state = series === undefined ? undefined : vault.index.seriesState(series);
      if (!state) return undefined;
      if (note) await vscode.window.showTextDocument(vault.uriOf(note));
      const brief = briefUri(state);
      briefs.changed(brief);
      await showBeside(brief);
      return { series: state.id, brief, note };
    }),
  );
};

/** The brief documents: their text from the vault, and a change notice for each open one when the vault or the clock moves. */
class BriefDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly vault: WorkspaceVault) {
    this.subscriptions = [this.changes, vault.onDidChange(() => this.changedAll()), vault.onDidChangeTime(() => this.changedAll())];
  }

  changed(uri: vscode.Uri): void {
    this.changes.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    await this.vault.restored();
    const series = seriesOfBriefUri(uri);
    const state = this.vault.index.seriesState(series);
    if (!state) return `# Brief: no 1x1 series "${series}"\n\nThere is no folder ${this.vault.index.settings.folder}/${series} with notes any more.\n`;
    return briefMarkdown(briefOf(state, await readForBrief(this.vault, state)));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private changedAll(): void {
    for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === BRIEF_SCHEME) this.changes.fire(document.uri);
  }
}

/**
 * `briefOf` reads synchronously: it is run once to learn which files it asks for, they are read
 * (open editors win, unsaved text included), and the reader it then gets answers from them.
 */
async function readForBrief(vault: WorkspaceVault, state: SeriesState): Promise<(file: string) => string | undefined> {
  const asked = new Set<string>();
  briefOf(state, (file) => {
    asked.add(file);
    return undefined;
  });
  const texts = new Map<string, string | undefined>();
  await Promise.all([...asked].map(async (file) => texts.set(file, await vault.readText(file))));
  return (file) => texts.get(file);
}

/** `oneonone-brief:/dana/Dana Whitfield — 1x1 brief.md`: the series first (what the provider reads), a title the tab shows. */
function briefUri(state: SeriesState): vscode.Uri {
  const title = seriesName(state, state.id).replace(/[/\\]/g, ' ');
  return vscode.Uri.from({ scheme: BRIEF_SCHEME, path: `/${state.id}/${title} — 1x1 brief.md` });
}

function seriesOfBriefUri(uri: vscode.Uri): string {
  return uri.path.split('/')[1] ?? '';
}

/** The Markdown preview to the side; a read-only editor beside when the preview is not there (the built-in Markdown extension disabled). */
async function showBeside(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  }
}

/** The note a target names: a URI, or a view node with a `file` (Meetings, This week). */
function noteOfTarget(vault: WorkspaceVault, target: unknown): string | undefined {
  if (target instanceof vscode.Uri) return vault.fileOf(target);
  if (typeof target === 'object' && target !== null && 'file' in target && typeof target.file === 'string') return target.file;
  return undefined;
}

function activeNoteSeries(vault: WorkspaceVault): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  const file = document && vault.fileOf(document.uri);
  return file === undefined ? undefined : vault.index.note(file)?.series;
}

async function pickSeries(vault: WorkspaceVault): Promise<string | undefined> {
  const now = vault.clock.now();
  const items = vault.index.seriesStates().map((state) => {
    const next = upcomingMeetings(state, now, 1)[0];
    return { label: seriesName(state, state.id), description: next ? `next: ${formatLongDate(next.date)}${next.time ? ` ${next.time}` : ''}` : 'no meeting scheduled', series: state.id };
  });
  if (items.length === 0) {
    void vscode.window.showInformationMessage('1x1: no 1x1 notes yet: write an agenda first (1x1: New 1x1 agenda).');
    return undefined;
  }
  items.sort((a, b) => comparePersonNames(a.label, b.label) || compareStrings(a.series, b.series));
  return (await vscode.window.showQuickPick(items, { title: 'Prepare for this 1x1', placeHolder: 'Whose 1x1?', matchOnDescription: true }))?.series;
}
