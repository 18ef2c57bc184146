import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewAgendaResult } from '../../../src/providers/newAgendaCommand';
import { api, waitFor, workspaceRoot } from './helpers';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30, the example vault's "now".

async function read(file: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), file)));
}

async function exists(file: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(workspaceRoot(), file));
    return true;
  } catch {
    return false;
  }
}

describe('New 1x1 agenda', () => {
  before(async () => {
    await (await api()).vault.ready();
  });

  it('is in the palette under the 1x1 category', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('oneOnOne.newAgenda'));
    const contributed = vscode.extensions.getExtension('one-on-one.one-on-one-meetings')!.packageJSON.contributes.commands;
    const entry = contributed.find((c: { command: string }) => c.command === 'oneOnOne.newAgenda');
    assert.deepStrictEqual([entry.title, entry.category], ['New 1x1 agenda', '1x1']);
  });

  it('opens the agenda that exists for the next meeting instead of writing one', async () => {
    const before = await read('1on1/dana/2026-11-24.md');
    const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.newAgenda', 'dana');
    assert.deepStrictEqual(result, { kind: 'opened', file: '1on1/dana/2026-11-24.md' });
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith('/1on1/dana/2026-11-24.md'));
    assert.strictEqual(await read('1on1/dana/2026-11-24.md'), before);
  });

  it('writes the next agenda with the carried items, marks them [>] in the previous note, and one undo takes it all back', async () => {
    const previousFile = '1on1/sam/2026-11-12.md';
    const before = await read(previousFile);
    const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.newAgenda', 'sam');
    assert.deepStrictEqual(result, { kind: 'created', file: '1on1/sam/2026-11-26.md' });

    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('/1on1/sam/2026-11-26.md'), 'the new note is open');
    const created = editor.document.getText();
    assert.match(created, /^date: 2026-11-26$/m);
    assert.match(created, /^- \[ \] Shadow the on-call rotation .* \^oncal1$/m);
    // The cursor waits in the first section to fill in.
    assert.strictEqual(editor.document.lineAt(editor.selection.active.line - 1).text, '## Roadblocks');

    const previous = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/' + previousFile));
    assert.ok(previous, 'the previous note was edited through a document');
    const marked = previous.getText();
    assert.match(marked, /^- \[>\] Shadow the on-call rotation .* \^oncal1$/m);
    assert.strictEqual(marked.split('\n').length, before.split('\n').length, 'no line added or removed in the previous note');

    await vscode.window.showTextDocument(previous);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => previous.getText() === before, 'one undo to restore the previous note');
    await waitFor(async () => !(await exists('1on1/sam/2026-11-26.md')), 'the same undo to remove the new note');
  });
});
