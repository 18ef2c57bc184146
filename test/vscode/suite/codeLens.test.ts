import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor } from './helpers';
import { createEditorNotes, lineWith, noteUri, removeEditorNotes, SERIES } from './editorNotes';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30 (Mon): the agenda of Tue 24 Nov was due at 17:00.

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  await vscode.workspace.openTextDocument(uri); // the command needs the document loaded
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

/** The lenses that inform (the Prepare lens, the same on every note, is pinned in prepare.test.ts). */
const titles = (found: vscode.CodeLens[]) => found.map((l) => l.command?.title).filter((t) => t !== 'Prepare');

describe('Note CodeLens', () => {
  before(createEditorNotes);
  after(removeEditorNotes);

  it('heads a planned note with its meeting, the passed share deadline, its open and overdue items and who owes them', async () => {
    const uri = noteUri('2026-11-24.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const found = await lenses(uri);
    assert.deepStrictEqual(titles(found), ['Next 1x1: Tue 24 Nov 10:00', 'share by Mon 23 Nov 17:00 (passed)', '3 open · 1 overdue', 'You owe 2 · Erin owes 1']);
    const title = lineWith(document, '# 1x1 with Erin');
    assert.strictEqual(found.length, 5, 'four that inform, and Prepare');
    assert.deepStrictEqual(
      found.map((l) => l.range.start.line),
      found.map(() => title),
      'on the title line, after the front matter',
    );
    assert.deepStrictEqual([found[0].command?.command, found[0].command?.arguments], ['oneOnOne.openNextAgenda', [SERIES]]);
  });

  it("heads a past note with the series' next meeting", async () => {
    assert.deepStrictEqual(titles(await lenses(noteUri('2026-11-17.md'))), ['Next 1x1: Tue 24 Nov 10:00', 'share by Mon 23 Nov 17:00 (passed)', 'nothing open']);
  });

  it('has no lens on a profile', async () => {
    assert.deepStrictEqual(titles(await lenses(noteUri('profile.md'))), []);
  });

  it('follows edits: an item checked, the agenda shared', async () => {
    const uri = noteUri('2026-11-24.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = lineWith(editor.document, 'Book the security review');
    const checkbox = editor.document.lineAt(line).text.indexOf('[ ]');
    await editor.edit((e) => {
      e.replace(new vscode.Range(line, checkbox + 1, line, checkbox + 2), 'x');
      e.insert(new vscode.Position(lineWith(editor.document, 'date: 2026-11-24') + 1, 0), 'shared: 2026-11-23T16:40\n');
    });
    await waitFor(async () => titles(await lenses(uri)).join(' | ') === 'Next 1x1: Tue 24 Nov 10:00 | agenda shared | 2 open · 1 overdue | You owe 1 · Erin owes 1', 'the lenses to follow the edit');
  });
});
