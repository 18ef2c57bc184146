import * as vscode from 'vscode';
import { dateSuggestions, missingSectionSuggestions, peopleSuggestions } from '../core/views/suggestions';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * Completion in meeting notes (`core/suggestions` says what, this only places it):
 * - after `📅` (also `📆`, `🗓`) or `[due::`: today, tomorrow, the end of the week and the next 1x1,
 *   inserted as ISO dates (and the `]` that closes `[due:: `);
 * - after `@` on an action item's line: `oneOnOne.me` and the people of the vault;
 * - after `## ` at the start of a line: the sections the note lacks, in template order.
 * Each case is one regular expression on the text before the cursor, so typing a space (a trigger
 * character) anywhere else costs next to nothing.
 */

/** A due-date marker, an optional space, and the part of a date typed so far. */
const DATE_BEFORE_CURSOR = /(📅|📆|🗓\uFE0F?|\[due::)( ?)([0-9-]{0,10})$/u;
/** `@` at the start of a word, and the part of a name typed so far. */
const OWNER_BEFORE_CURSOR = /(?:^|[\s(])@([A-Za-z0-9_.-]*)$/;
/** A level-2 heading being typed: `##`, or `## ` and the part of the title typed so far. */
const HEADING_BEFORE_CURSOR = /^##(?:( )([^#]*))?$/;

export const COMPLETION_TRIGGERS = ['@', ' ', '#', ':'];

export const completion: Feature = (context, { vault }) => {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      { language: 'markdown' },
      { provideCompletionItems: (document, position) => completions(vault, document, position) },
      ...COMPLETION_TRIGGERS,
    ),
  );
};

function completions(vault: WorkspaceVault, document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
  const file = vault.fileOf(document.uri);
  const note = file === undefined ? undefined : vault.index.note(file);
  // Nothing in the front matter.
  if (!note || position.line < note.parsed.bodyStartLine) return undefined;
  const lineText = document.lineAt(position.line).text;
  const before = lineText.slice(0, position.character);

  const date = DATE_BEFORE_CURSOR.exec(before);
  if (date) {
    const [, marker, space, typed] = date;
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const lead = space === '' && typed === '' ? ' ' : '';
    const close = marker === '[due::' && !/^[0-9-]*\]/.test(lineText.slice(position.character)) ? ']' : '';
    const series = vault.index.seriesState(note.series);
    return dateSuggestions(series, note, vault.clock.now().date).map((s, i) => {
      const item = new vscode.CompletionItem(s.label, vscode.CompletionItemKind.Value);
      item.insertText = lead + s.date + close;
      item.filterText = lead + s.date;
      item.range = range;
      item.sortText = String(i).padStart(2, '0');
      item.preselect = s.nextMeeting;
      return item;
    });
  }

  const owner = OWNER_BEFORE_CURSOR.exec(before);
  if (owner) {
    if (!note.parsed.items.some((item) => item.line === position.line)) return undefined;
    const typed = owner[1];
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    return peopleSuggestions(vault.index.seriesStates(), vault.index.settings.me).map((p, i) => {
      const item = new vscode.CompletionItem({ label: p.name, description: p.detail }, vscode.CompletionItemKind.User);
      item.insertText = p.name;
      item.filterText = p.name;
      item.range = range;
      item.sortText = String(i).padStart(3, '0');
      return item;
    });
  }

  const heading = HEADING_BEFORE_CURSOR.exec(before);
  if (heading) {
    const typed = heading[2] ?? '';
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const lead = heading[1] === undefined ? ' ' : '';
    const present = note.parsed.sections.map((s) => s.key);
    return missingSectionSuggestions(vault.index.settings.sections, present).map((section, i) => {
      const item = new vscode.CompletionItem(section.title, vscode.CompletionItemKind.Keyword);
      item.insertText = lead + section.title;
      item.filterText = lead + section.title;
      item.range = range;
      item.detail = section.required ? 'required section' : 'optional section';
      item.sortText = String(i).padStart(2, '0');
      return item;
    });
  }
  return undefined;
}
