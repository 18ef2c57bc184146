import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';
import { createEditorNotes, FOLDER, lineWith, noteUri, removeEditorNotes } from './editorNotes';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30, a Monday: today 23 Nov, tomorrow 24 Nov, end
// of week Fri 27 Nov; the note is Erin's of Tue 24 Nov, so its next 1x1 is Tue 1 Dec.

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('Completion in notes', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    await createEditorNotes();
    editor = await vscode.window.showTextDocument(noteUri('2026-11-24.md'));
  });
  after(removeEditorNotes);

  /** Writes `text` as a new line after the one containing `after`, and waits until the vault has read it. */
  async function typeLine(text: string, after = 'Introduce me to the data team'): Promise<vscode.Position> {
    const line = lineWith(editor.document, after) + 1;
    await editor.edit((e) => e.insert(new vscode.Position(line, 0), text + '\n'));
    const { vault } = await api();
    await waitFor(() => vault.index.note(`${FOLDER}/2026-11-24.md`)?.parsed.lineCount === editor.document.lineCount, 'the vault to read the edit');
    return new vscode.Position(line, text.length);
  }

  /** Our completion items at `position`, in the order VS Code sorts them (sortText). */
  async function ours(position: vscode.Position, trigger: string | undefined, kind: vscode.CompletionItemKind): Promise<vscode.CompletionItem[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, trigger);
    return list.items.filter((i) => i.kind === kind).sort((a, b) => (a.sortText ?? labelOf(a)).localeCompare(b.sortText ?? labelOf(b)));
  }

  /** Applies a completion item the way accepting it does. */
  async function accept(item: vscode.CompletionItem): Promise<void> {
    const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
    await editor.edit((e) => e.replace(range, String(item.insertText)));
  }

  it('offers due dates after 📅: today, tomorrow, end of week, the next 1x1, and inserts the ISO date', async () => {
    const position = await typeLine('- [ ] Send the notes 📅 ');
    const items = await ours(position, ' ', vscode.CompletionItemKind.Value);
    assert.deepStrictEqual(items.map(labelOf), [
      '2026-11-23 — today (Mon)',
      '2026-11-24 — tomorrow (Tue)',
      '2026-11-27 — end of week (Fri)',
      '2026-12-01 — next 1x1 (Tue)',
    ]);
    await accept(items[3]);
    assert.strictEqual(editor.document.lineAt(position.line).text, '- [ ] Send the notes 📅 2026-12-01');
  });

  it('completes a date typed in part, and after 📅 with no space', async () => {
    const partial = await typeLine('- [ ] Call finance 📅 2026-11-2');
    const items = await ours(partial, undefined, vscode.CompletionItemKind.Value);
    await accept(items.find((i) => labelOf(i).includes('end of week'))!);
    assert.strictEqual(editor.document.lineAt(partial.line).text, '- [ ] Call finance 📅 2026-11-27');
    const bare = await typeLine('- [ ] Call legal 🗓');
    await accept((await ours(bare, undefined, vscode.CompletionItemKind.Value))[0]);
    assert.strictEqual(editor.document.lineAt(bare.line).text, '- [ ] Call legal 🗓 2026-11-23');
  });

  it('closes [due:: with its ] unless it is already there', async () => {
    const open = await typeLine('- [ ] Review the budget [due:: ');
    await accept((await ours(open, ' ', vscode.CompletionItemKind.Value))[1]);
    assert.strictEqual(editor.document.lineAt(open.line).text, '- [ ] Review the budget [due:: 2026-11-24]');
    const closed = await typeLine('- [ ] Review the plan [due:: ]');
    await accept((await ours(closed.translate(0, -1), ' ', vscode.CompletionItemKind.Value))[1]);
    assert.strictEqual(editor.document.lineAt(closed.line).text, '- [ ] Review the plan [due:: 2026-11-24]');
  });

  it('offers me and the people of the vault after @ on an action item, and nowhere else', async () => {
    const position = await typeLine('- [ ] Pair on the importer @');
    const items = await ours(position, '@', vscode.CompletionItemKind.User);
    const names = items.map(labelOf);
    const { vault } = await api();
    assert.deepStrictEqual(names, ['me', ...vault.index.seriesIds()]);
    assert.ok(names.includes('zz-editor') && names.includes('dana'), names.join());
    const erin = items.find((i) => labelOf(i) === 'zz-editor')!;
    assert.strictEqual((erin.label as vscode.CompletionItemLabel).description, 'Erin Editor');
    await accept(items.find((i) => labelOf(i) === 'dana')!);
    assert.strictEqual(editor.document.lineAt(position.line).text, '- [ ] Pair on the importer @dana');

    const prose = await typeLine('Ask @');
    assert.deepStrictEqual(await ours(prose, '@', vscode.CompletionItemKind.User), []);
  });

  it('offers the missing sections after ## at the start of a line, in template order', async () => {
    const position = await typeLine('## ', 'Waiting for access');
    const items = await ours(position, ' ', vscode.CompletionItemKind.Keyword);
    assert.deepStrictEqual(items.map(labelOf), ['Top 3 priorities', 'One thing you should know', 'What is unclear', 'Rotating topic', 'Notes', 'Private']);
    await accept(items[0]);
    assert.strictEqual(editor.document.lineAt(position.line).text, '## Top 3 priorities');
  });

  it('offers nothing in the front matter', async () => {
    const position = new vscode.Position(lineWith(editor.document, 'with: Erin'), 0);
    await editor.edit((e) => e.insert(position, '## '));
    assert.deepStrictEqual(await ours(position.translate(0, 3), ' ', vscode.CompletionItemKind.Keyword), []);
  });
});
