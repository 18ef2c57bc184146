import * as assert from 'assert';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PrepareResult } from '../../../src/providers/prepareBrief';
import type { SeriesNode } from '../../../src/providers/meetingsView';
import { api, extension, waitFor, workspaceRoot } from './helpers';
import { readDisk, uriOf } from './runtimeNotes';
import { menuMatches } from './sidebarNotes';

// "Prepare for this 1x1" (SPEC §11) on the example vault, with the runner's clock pinned at
// Mon 23 Nov 2026 17:30: Dana's agenda of Tue 24 Nov is written, its Private section says
// "Ask about the team-lead opening in Platform …".

const DANA_NOTE = '1on1/dana/2026-11-24.md';
const DANA_FILES = ['1on1/dana/2026-08-18.md', '1on1/dana/2026-09-22.md', DANA_NOTE, '1on1/dana/profile.md'];

/** What `one-on-one brief dana` prints on the same workspace at the same pinned time. */
function cliBrief(series: string): string {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  return execFileSync(process.execPath, [cli, 'brief', series, path.join(workspaceRoot().fsPath, '1on1'), '--now', '2026-11-23T17:30'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
}

/** The text under every `## Private` heading of a note, line by line (what no brief may show). */
function privateLines(text: string): string[] {
  const lines: string[] = [];
  let inPrivate = false;
  for (const line of text.split('\n')) {
    if (/^#{1,6} /.test(line)) inPrivate = /^#{1,6} Private/.test(line);
    else if (inPrivate && line.trim() !== '') lines.push(line.replace(/^[-*] /, '').trim());
  }
  return lines;
}

async function briefText(result: PrepareResult): Promise<string> {
  assert.ok(result, 'Prepare returned what it opened');
  return (await vscode.workspace.openTextDocument(result.brief)).getText();
}

/** The tab group the brief is shown in: the Markdown preview (a webview) or, without it, a read-only text editor. */
function briefGroup(result: NonNullable<PrepareResult>): vscode.TabGroup | undefined {
  return vscode.window.tabGroups.all.find((group) =>
    group.tabs.some((tab) => (tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label.includes('1x1 brief')) || (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === result.brief.toString())),
  );
}

function noteGroup(file: string): vscode.TabGroup | undefined {
  return vscode.window.tabGroups.all.find((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uriOf(file).toString()));
}

describe('Prepare for this 1x1', () => {
  before(async () => {
    await (await api()).vault.ready();
  });

  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments)
      if (document.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('from This week: opens the note, and beside it the brief, exactly as `one-on-one brief` prints it', async () => {
    const { weekTree } = await api();
    const dana = (await weekTree.getChildren()).find((n) => n.kind === 'meeting' && n.series === 'dana')!;
    const command = weekTree.getTreeItem(dana).command!;
    const result = await vscode.commands.executeCommand<PrepareResult>(command.command, ...(command.arguments ?? []));
    assert.ok(result);
    assert.deepStrictEqual([result.series, result.note, result.brief.scheme], ['dana', DANA_NOTE, 'oneonone-brief']);
    assert.strictEqual(await briefText(result), cliBrief('dana'));
    const briefIn = await waitFor(() => briefGroup(result), 'the brief to show');
    const noteIn = noteGroup(DANA_NOTE);
    assert.ok(noteIn, 'the note is open');
    assert.notStrictEqual(briefIn!.viewColumn, noteIn.viewColumn, 'the brief is beside the note, not over it');
  });

  it('never shows a Private section, and shows it read-only, as a Markdown preview', async () => {
    const result = await vscode.commands.executeCommand<PrepareResult>('oneOnOne.prepare', 'dana');
    const text = await briefText(result);
    const hidden = (await Promise.all(DANA_FILES.map(readDisk))).flatMap(privateLines);
    assert.ok(hidden.some((l) => l.includes('team-lead opening in Platform')), 'the vault has private text to keep out');
    for (const line of hidden) assert.ok(!text.includes(line), `private text in the brief: ${line}`);
    // Shown as the Markdown preview: a page, not an editor (the test host has the built-in Markdown extension).
    const preview = (await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('1x1 brief')), 'the brief tab'))!;
    assert.ok(preview.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(preview.input.viewType), `a Markdown preview, not ${JSON.stringify(preview.input)}`);
  });

  it('is drawn again when opened after an edit of the note (unsaved)', async () => {
    const first = await briefText(await vscode.commands.executeCommand<PrepareResult>('oneOnOne.prepare', 'dana'));
    assert.match(first, /## What is unclear \(Tue 24 Nov 2026\)\n\nNothing written\./);
    const editor = await vscode.window.showTextDocument(uriOf(DANA_NOTE));
    const line = editor.document.getText().split('\n').indexOf('## What is unclear');
    await editor.edit((e) => e.insert(new vscode.Position(line + 1, 0), '- Who decides the ETL budget?\n'));
    await waitFor(async () => (await briefText(await vscode.commands.executeCommand<PrepareResult>('oneOnOne.prepare', 'dana'))).includes('- Who decides the ETL budget?'), 'the brief to show the edit');
  });

  it("from the palette: the active note's series", async () => {
    await vscode.window.showTextDocument(uriOf('1on1/sam/2026-11-12.md'));
    const result = await vscode.commands.executeCommand<PrepareResult>('oneOnOne.prepare');
    assert.strictEqual(result?.series, 'sam');
    assert.match(await briefText(result), /^# Brief: 1x1 with Sam Okafor\n/);
    assert.ok(vscode.extensions.getExtension('one-on-one.one-on-one-meetings')!.packageJSON.contributes.commands.some((c: { command: string; title: string }) => c.command === 'oneOnOne.prepare' && c.title === 'Prepare for this 1x1'));
  });

  it('from Meetings: the context menu of a person and of a meeting', async () => {
    const { meetingsTree } = await api();
    assert.strictEqual(menuMatches('oneOnOne.prepare', 'oneOnOne.meetings', 'oneOnOne.series'), true);
    assert.strictEqual(menuMatches('oneOnOne.prepare', 'oneOnOne.meetings', 'oneOnOne.note.planned'), true);
    const person = ((await meetingsTree.getChildren()) as SeriesNode[]).find((n) => n.series === 'dana')!;
    const result = await vscode.commands.executeCommand<PrepareResult>('oneOnOne.prepare', person);
    assert.strictEqual(result?.series, 'dana');
  });

  it('from the CodeLens of a note: a "Prepare" lens with its series', async () => {
    const uri = uriOf(DANA_NOTE);
    await vscode.workspace.openTextDocument(uri);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    const prepare = lenses.find((l) => l.command?.title === 'Prepare');
    assert.ok(prepare, `lenses: ${lenses.map((l) => l.command?.title).join(' | ')}`);
    assert.deepStrictEqual([prepare.command?.command, prepare.command?.arguments], ['oneOnOne.prepare', ['dana']]);
  });
});
