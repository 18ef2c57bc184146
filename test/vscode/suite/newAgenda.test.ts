import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewAgendaResult } from '../../../src/vscode/openAgenda';
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

  it('"New person…" lists the weekdays as people write them (Monday first) and writes the profile\'s day as the spec spells it', async () => {
    // VS Code cannot read a quick pick back: the prompts are answered here, and what they offered is kept.
    const window = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
    const { showQuickPick, showInputBox } = window;
    const offered: Record<string, string[]> = {};
    const answers: Record<string, string> = { 'New 1x1 agenda': '$(add) New person…', 'New person (2/5)': 'report', 'New person (3/5)': 'weekly', 'New person (4/5)': 'Thursday' };
    window.showQuickPick = (async (items: readonly (string | vscode.QuickPickItem)[], options?: vscode.QuickPickOptions) => {
      const list = await items;
      offered[options!.title!] = list.map((i) => (typeof i === 'string' ? i : i.label));
      return list.find((i) => (typeof i === 'string' ? i : i.label) === answers[options!.title!]);
    }) as typeof vscode.window.showQuickPick;
    window.showInputBox = (async (options?: vscode.InputBoxOptions) => (options?.title === 'New person (1/5)' ? 'Wren Weekday' : '09:30')) as typeof vscode.window.showInputBox;
    try {
      await vscode.commands.executeCommand('oneOnOne.newAgenda');
    } finally {
      window.showQuickPick = showQuickPick;
      window.showInputBox = showInputBox;
    }
    try {
      assert.deepStrictEqual(offered['New person (4/5)'], ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
      assert.match(await read('1on1/wren-weekday/profile.md'), /^day: thursday$/m);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '1on1', 'wren-weekday'), { recursive: true, useTrash: false });
      await waitFor(async () => !(await api()).vault.index.seriesIds().includes('wren-weekday'), 'the vault to forget Wren');
    }
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

  describe('never loses a commitment (issue 10)', () => {
    const HELD = '---\nwith: Quinn Park\ndate: 2026-11-10\nstatus: held\n---\n## Commitments\n- [ ] Send the plan\n- [/] Fix the build ^fixb01\n';
    const write = (file: string, content: string | Uint8Array) =>
      vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceRoot(), file), typeof content === 'string' ? new TextEncoder().encode(content) : content);

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const folder of ['1on1/quinn', '1on1/rowan', '1on1/tess']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), folder), { recursive: true, useTrash: false });
    });

    it('carries the held note\'s open items across a short canceled note, and a name finds the series', async () => {
      const vault = (await api()).vault;
      await write('1on1/quinn/2026-11-10.md', HELD);
      await write('1on1/quinn/2026-11-17.md', '---\ndate: 2026-11-17\nstatus: canceled\n---\nQuinn was out.\n');
      await waitFor(() => vault.index.seriesState('quinn')?.notes.length === 2, 'the notes to be read');
      const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.newAgenda', 'quinn');
      assert.deepStrictEqual(result, { kind: 'created', file: '1on1/quinn/2026-11-23.md' });
      const created = vscode.window.activeTextEditor!.document.getText();
      assert.match(created, /^- \[ \] Send the plan \^[a-z0-9]{6}$/m);
      assert.match(created, /^- \[\/\] Fix the build \^fixb01$/m);
      const held = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/1on1/quinn/2026-11-10.md'));
      assert.ok(held, 'the held note was marked');
      assert.match(held.getText(), /^- \[>\] Send the plan \^[a-z0-9]{6}\n- \[>\] Fix the build \^fixb01\n$/m);
      assert.strictEqual(await read('1on1/quinn/2026-11-17.md'), '---\ndate: 2026-11-17\nstatus: canceled\n---\nQuinn was out.\n');
      await vscode.commands.executeCommand('workbench.action.files.saveAll');
      const again = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.newAgenda', 'quinn park');
      assert.deepStrictEqual(again, { kind: 'opened', file: '1on1/quinn/2026-11-23.md' }, 'the name finds the series');
    });

    it('marks items in two notes as one edit: one undo takes back both and the new note', async () => {
      const vault = (await api()).vault;
      const heldText = HELD.replace('Quinn Park', 'Tess Ford');
      const canceledText = '---\ndate: 2026-11-17\nstatus: canceled\n---\n## Roadblocks\n- [ ] Ask for the budget\n';
      await write('1on1/tess/2026-11-10.md', heldText);
      await write('1on1/tess/2026-11-17.md', canceledText);
      await waitFor(() => vault.index.seriesState('tess')?.notes.length === 2, 'the notes to be read');
      const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.newAgenda', 'tess');
      assert.deepStrictEqual(result, { kind: 'created', file: '1on1/tess/2026-11-23.md' });
      const documentOf = (file: string) => vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith('/' + file))!;
      assert.match(documentOf('1on1/tess/2026-11-10.md').getText(), /- \[>\] Send the plan/);
      assert.match(documentOf('1on1/tess/2026-11-17.md').getText(), /- \[>\] Ask for the budget/);
      await vscode.window.showTextDocument(documentOf('1on1/tess/2026-11-17.md'));
      await vscode.commands.executeCommand('undo');
      // A document the edit opened may be closed after the undo: then the disk, never written, counts.
      const current = async (file: string) => documentOf(file)?.getText() ?? (await read(file));
      await waitFor(async () => (await current('1on1/tess/2026-11-10.md')) === heldText && (await current('1on1/tess/2026-11-17.md')) === canceledText, 'one undo to restore both notes');
      await waitFor(async () => !(await exists('1on1/tess/2026-11-23.md')), 'the same undo to remove the new note');
    });

    it('stops when the latest note cannot be read, and changes nothing', async () => {
      const vault = (await api()).vault;
      await write('1on1/rowan/2026-11-10.md', HELD.replace('Quinn Park', 'Rowan Li'));
      await write('1on1/rowan/2026-11-17.md', new TextEncoder().encode('---\ndate: 2026-11-17\nstatus: held\n---\n- [x] Send the plan\u0000\n'));
      await waitFor(() => vault.skippedFiles().some((s) => s.file === '1on1/rowan/2026-11-17.md') && vault.index.seriesState('rowan'), 'the notes to be read');
      const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.newAgenda', 'rowan');
      assert.strictEqual(result, undefined);
      assert.ok(!(await exists('1on1/rowan/2026-11-23.md')));
      assert.strictEqual(await read('1on1/rowan/2026-11-10.md'), HELD.replace('Quinn Park', 'Rowan Li'));
    });
  });
});
