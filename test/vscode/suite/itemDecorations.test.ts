import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';
import { createEditorNotes, FOLDER, lineWith, noteUri, removeEditorNotes } from './editorNotes';

// VS Code cannot read decorations back: the extension keeps what it last set per document
// (OneOnOneApi.decorations). The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30.

describe('Item decorations', () => {
  before(createEditorNotes);
  after(async () => {
    await vscode.workspace.getConfiguration('oneOnOne').update('itemDecorations', undefined, vscode.ConfigurationTarget.Workspace);
    await removeEditorNotes();
  });

  it('marks the overdue, stale live item of a visible note with only the facts that apply', async () => {
    const { decorations } = await api();
    const uri = noteUri('2026-11-24.md');
    const editor = await vscode.window.showTextDocument(uri);
    const line = lineWith(editor.document, 'Draft the onboarding guide');
    await waitFor(() => decorations.rangesFor(uri).length > 0, 'decorations on the note');
    assert.deepStrictEqual(decorations.rangesFor(uri), [{ line, text: '5 days overdue · carried 2×' }]);
  });

  it('leaves earlier copies alone', async () => {
    const { decorations } = await api();
    const uri = noteUri('2026-11-10.md');
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside });
    await waitFor(() => vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString()), 'the earlier note to be visible');
    // Both editors are visible now, and the later one keeps its decoration.
    await waitFor(() => decorations.rangesFor(noteUri('2026-11-24.md')).length === 1, 'the live note keeps its decoration');
    assert.deepStrictEqual(decorations.rangesFor(uri), []);
  });

  it('goes when oneOnOne.itemDecorations is turned off, and comes back when it is on again, without a reload', async () => {
    const { decorations, vault } = await api();
    const uri = noteUri('2026-11-24.md');
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor(() => decorations.rangesFor(uri).length === 1, 'the decoration');
    const config = vscode.workspace.getConfiguration('oneOnOne');
    await config.update('itemDecorations', false, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => decorations.rangesFor(uri).length === 0, 'the decorations to go');
    // A settings change re-reads the vault; once it is read again, and after the next change
    // notice, the decorations must stay away.
    await vault.ready();
    const noticed = new Promise<void>((resolve) => {
      const sub = vault.onDidChange(() => {
        sub.dispose();
        resolve();
      });
    });
    await editor.edit((e) => e.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ' '));
    await noticed;
    assert.ok(vault.index.note(`${FOLDER}/2026-11-24.md`), 'the vault has the note again');
    assert.deepStrictEqual(decorations.rangesFor(uri), [], 'no decorations while the setting is off');
    await config.update('itemDecorations', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => decorations.rangesFor(uri).length === 1, 'the decorations to come back');
  });

  it('follows the text: a done item loses its decoration', async () => {
    const { decorations } = await api();
    const uri = noteUri('2026-11-24.md');
    const editor = await vscode.window.showTextDocument(uri);
    await waitFor(() => decorations.rangesFor(uri).length === 1, 'the decoration');
    const line = lineWith(editor.document, 'Draft the onboarding guide');
    const checkbox = editor.document.lineAt(line).text.indexOf('[ ]');
    await editor.edit((e) => e.replace(new vscode.Range(line, checkbox + 1, line, checkbox + 2), 'x'));
    await waitFor(() => decorations.rangesFor(uri).length === 0, 'the decoration to go once the item is done');
  });
});
