import * as vscode from 'vscode';
import { decorationText, itemStory } from '../core/views/itemStory';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/** What was last set on the editors of one document: VS Code cannot read decorations back, the tests read these. */
export interface ItemDecorationsProbe {
  rangesFor(uri: vscode.Uri): { line: number; text: string }[];
}

/**
 * A short note after each overdue or stale open commitment in the visible editors, e.g.
 * `5 days overdue · carried 3×` (`core/itemStory`; the hover tells the rest), in the CodeLens colour so it reads as the
 * editor's annotation rather than the note's text. `oneOnOne.itemDecorations` turns it off and on
 * at once, without a reload.
 */
export const itemDecorations: Feature = (context, { vault }) => {
  const decorations = new ItemDecorations(vault);
  context.subscriptions.push(decorations);
  return { decorations };
};

export class ItemDecorations implements ItemDecorationsProbe, vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 1em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  /** By document URI. */
  private lastSet = new Map<string, { line: number; text: string }[]>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly vault: WorkspaceVault) {
    this.subscriptions = [
      this.type,
      vault.onDidChange(() => this.update()),
      // "N days overdue" changes at midnight, with no change to any note.
      vault.onDidChangeTime((change) => {
        if (change.dateChanged) this.update();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('oneOnOne.itemDecorations')) this.update();
      }),
    ];
    this.update();
  }

  rangesFor(uri: vscode.Uri): { line: number; text: string }[] {
    return this.lastSet.get(uri.toString()) ?? [];
  }

  /** Sets the decorations of every visible editor from the vault as it is now. */
  update(): void {
    const lastSet = new Map<string, { line: number; text: string }[]>();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      const decorations = lastSet.get(key) ?? this.decorationsOf(editor.document);
      lastSet.set(key, decorations);
      editor.setDecorations(
        this.type,
        decorations.map(({ line, text }) => {
          const end = editor.document.lineAt(Math.min(line, editor.document.lineCount - 1)).range.end;
          return { range: new vscode.Range(end, end), renderOptions: { after: { contentText: text } } };
        }),
      );
    }
    this.lastSet = lastSet;
  }

  private decorationsOf(document: vscode.TextDocument): { line: number; text: string }[] {
    if (!vscode.workspace.getConfiguration('oneOnOne', document.uri).get<boolean>('itemDecorations', true)) return [];
    const file = this.vault.fileOf(document.uri);
    const note = file === undefined ? undefined : this.vault.index.note(file);
    const series = note && this.vault.index.seriesState(note.series);
    if (!note || !series) return [];
    const found: { line: number; text: string }[] = [];
    note.parsed.items.forEach((item, index) => {
      if (item.state !== 'open') return;
      const story = itemStory(series, note, index);
      const text = story && decorationText(story);
      if (text) found.push({ line: item.line, text });
    });
    return found;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
