import * as vscode from 'vscode';
import { describeStory, itemStory, type StoryPiece } from '../core/views/itemStory';
import { describeTalkingPoint, talkingPointStory } from '../core/views/talkingPointStory';
import { itemRange } from '../core/model/noteRanges';
import { toVscodeRange } from '../vscode/workspaceEdits';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * Hovering an action item tells its story (`core/itemStory`): raised when and where, carried into
 * which notes, due or overdue, whose, and whether it is stale. Hovering a roadblock or unclear
 * bullet raised in more than one held note in a row tells its (`core/talkingPointStory`): those
 * notes, the meetings between that did not take place, whether it keeps coming back. The notes
 * named link to the notes themselves (plain links to their URIs: no command runs from the hover).
 * Other lines: nothing.
 */
export const itemHover: Feature = (context, { vault }) => {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'markdown' }, { provideHover: (document, position) => hoverAt(vault, document, position) }));
};

function hoverAt(vault: WorkspaceVault, document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
  const file = vault.fileOf(document.uri);
  const note = file === undefined ? undefined : vault.index.note(file);
  if (!note) return undefined;
  const series = vault.index.seriesState(note.series);
  if (!series) return undefined;
  const index = note.parsed.items.findIndex((item) => item.line === position.line);
  if (index >= 0) {
    const story = itemStory(series, note, index);
    return story && hover(vault, describeStory(story), toVscodeRange(itemRange(note.parsed.items[index])));
  }
  const bullet = note.parsed.sections.flatMap((s) => s.listItems).find((item) => item.line === position.line);
  const story = bullet && talkingPointStory(series, note, bullet.line);
  if (!bullet || !story) return undefined;
  return hover(vault, describeTalkingPoint(story), new vscode.Range(bullet.line, bullet.markerColumn, bullet.line, bullet.lineEnd));
}

function hover(vault: WorkspaceVault, lines: StoryPiece[][], range: vscode.Range): vscode.Hover {
  const markdown = new vscode.MarkdownString();
  // Two trailing spaces end a line without starting a paragraph.
  markdown.appendMarkdown(lines.map((line) => line.map((piece) => render(vault, piece)).join('')).join('  \n'));
  return new vscode.Hover(markdown, range);
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
