import * as vscode from 'vscode';
import { describeStory, itemStory, type StoryPiece } from '../core/views/itemStory';
import { itemRange } from '../core/model/noteRanges';
import { toVscodeRange } from '../vscode/workspaceEdits';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * Hovering an action item tells its story (`core/itemStory`): raised when and where, carried into
 * which notes, due or overdue, whose, and whether it is stale. The notes named link to the notes
 * themselves (plain links to their URIs: no command runs from the hover). Other lines: nothing.
 */
export const itemHover: Feature = (context, { vault }) => {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'markdown' }, { provideHover: (document, position) => hoverAt(vault, document, position) }));
};

function hoverAt(vault: WorkspaceVault, document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const file = vault.fileOf(document.uri);
  const note = file === undefined ? undefined : vault.index.note(file);
  if (!note) return undefined;
  const index = note.parsed.items.findIndex((item) => item.line === position.line);
  if (index < 0) return undefined;
  const series = vault.index.seriesState(note.series);
  const story = series && itemStory(series, note, index);
  if (!story) return undefined;
  const markdown = new vscode.MarkdownString();
  // Two trailing spaces end a line without starting a paragraph.
  markdown.appendMarkdown(
    describeStory(story)
      .map((line) => line.map((piece) => render(vault, piece)).join(''))
      .join('  \n'),
  );
  return new vscode.Hover(markdown, toVscodeRange(itemRange(note.parsed.items[index])));
}

function render(vault: WorkspaceVault, piece: StoryPiece): string {
  if (typeof piece === 'string') return escapeMarkdown(piece);
  // Uri.toString() percent-encodes spaces and parentheses, so the target cannot end the link early.
  return `[${escapeMarkdown(piece.text)}](${vault.uriOf(piece.file).toString()})`;
}

/** Lines never start with text of the note, so only inline Markdown needs escaping. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
