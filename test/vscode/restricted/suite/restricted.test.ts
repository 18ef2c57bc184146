import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor, workspaceRoot } from '../../suite/helpers';

/**
 * Restricted Mode: package.json declares `untrustedWorkspaces: limited`. In an untrusted folder the
 * extension still reads the notes (views, diagnostics, hovers) and writes nothing.
 */

async function filesIn(folder: vscode.Uri): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
}

async function textOf(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Restricted Mode (untrusted workspace)', () => {
  const dana = () => vscode.Uri.joinPath(workspaceRoot(), '1on1', 'dana');

  it('runs in an untrusted workspace', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the runner must open the vault with workspace trust on and the folder untrusted');
  });

  it('activates and reads the vault', async () => {
    const { vault } = await api();
    await vault.ready();
    const folders = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(workspaceRoot(), '1on1')))
      .filter(([, type]) => type === vscode.FileType.Directory)
      .map(([name]) => name)
      .sort();
    assert.ok(folders.includes('dana'));
    assert.deepStrictEqual(vault.index.seriesIds().sort(), folders);
  });

  it('"New 1x1 agenda" refuses to write and creates no file', async () => {
    const before = await filesIn(dana());
    const result = await vscode.commands.executeCommand('oneOnOne.newAgenda', 'dana');
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(await filesIn(dana()), before);
  });

  it('"Mark meeting held" refuses to change the note', async () => {
    const planned = (await filesIn(dana())).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f)).pop()!;
    const note = vscode.Uri.joinPath(dana(), planned);
    const before = await textOf(note);
    await vscode.commands.executeCommand('oneOnOne.markHeld', note);
    assert.strictEqual(await textOf(note), before);
  });

  it('publishes diagnostics for the notes (reading is allowed)', async () => {
    await api();
    const all = await waitFor(
      () => vscode.languages.getDiagnostics().filter(([uri, list]) => uri.path.includes('/1on1/') && list.length > 0),
      'diagnostics of the vault in Restricted Mode',
    );
    assert.ok(all.some(([, list]) => list.some((d) => d.source === '1x1')));
  });

  it('offers no quick fix (fixes write), where a trusted workspace would', async () => {
    const fixable = new Set(['overdue-commitment', 'stale-commitment', 'missing-section', 'status-not-updated', 'dropped-commitment']);
    const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
    const found = vscode.languages
      .getDiagnostics()
      .flatMap(([uri, list]) => list.map((d) => ({ uri, d })))
      .find(({ d }) => d.source === '1x1' && fixable.has(ruleOf(d)));
    assert.ok(found, 'the vault has a finding that has a quick fix');
    await vscode.window.showTextDocument(found.uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', found.uri, found.d.range);
    const ours = (actions ?? []).filter((a) => a.kind?.value.includes('oneOnOne') || /^(Mark|Move|Insert|Cancel|Carry|Due|Number|Fix all)/.test(a.title));
    assert.deepStrictEqual(ours.map((a) => a.title), [], `${ruleOf(found.d)} in ${found.uri.path}`);
  });

  it('still explains an action item on hover (reading is allowed)', async () => {
    const found = vscode.languages
      .getDiagnostics()
      .flatMap(([uri, list]) => list.map((d) => ({ uri, d })))
      .find(({ d }) => d.source === '1x1' && typeof d.code === 'object' && d.code.value === 'overdue-commitment');
    assert.ok(found, 'the vault has an overdue commitment');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', found.uri, found.d.range.start);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Raised on/);
  });

  it('"Share agenda", "Export agenda as HTML", "Mark meeting rescheduled" and the calendar export refuse, writing nothing', async () => {
    const planned = (await filesIn(dana())).filter((f) => /^\d{4}-\d{2}-\d{2}\.md$/.test(f)).pop()!;
    const note = vscode.Uri.joinPath(dana(), planned);
    const before = await textOf(note);
    const filesBefore = await filesIn(dana());
    const rootBefore = await filesIn(workspaceRoot());
    assert.strictEqual(await vscode.commands.executeCommand('oneOnOne.shareAgenda', note), undefined);
    await vscode.commands.executeCommand('oneOnOne.exportAgendaHtml', note, vscode.Uri.joinPath(workspaceRoot(), 'agenda.html'));
    await vscode.commands.executeCommand('oneOnOne.markRescheduled', note, '2026-12-02');
    await vscode.commands.executeCommand('oneOnOne.exportCalendar', 'dana', vscode.Uri.joinPath(workspaceRoot(), 'dana.ics'));
    assert.strictEqual(await textOf(note), before);
    assert.deepStrictEqual(await filesIn(dana()), filesBefore);
    assert.deepStrictEqual(await filesIn(workspaceRoot()), rootBefore);
  });

  it('shows This week and prepares for a 1x1 (reading is allowed)', async () => {
    const { weekTree } = await api();
    const week = await weekTree.getChildren();
    assert.ok(week.some((m) => m.kind === 'meeting' && m.series === 'dana'), 'This week lists the meetings');
    const result = await vscode.commands.executeCommand<{ brief: vscode.Uri } | undefined>('oneOnOne.prepare', 'dana');
    assert.ok(result, 'Prepare reads only: it is not refused');
    assert.match((await vscode.workspace.openTextDocument(result.brief)).getText(), /^# Brief: 1x1 with Dana Whitfield\n/);
  });

  it('opens a review pack (reading is allowed: the untitled document writes nothing)', async () => {
    const result = await vscode.commands.executeCommand<{ document: vscode.Uri } | undefined>('oneOnOne.reviewPack', 'dana', '2026-08-01', '2026-11-23');
    assert.ok(result, 'Review pack reads only: it is not refused');
    assert.match((await vscode.workspace.openTextDocument(result.document)).getText(), /^# Review pack: 1x1 with Dana Whitfield\n/);
  });

  it('shows Insights (reading is allowed)', async () => {
    const { insights } = await api();
    await vscode.commands.executeCommand('oneOnOne.showInsights', 'dana');
    const html = (await waitFor(() => insights.lastHtml('dana'), 'the Insights page for dana'))!;
    assert.match(html, /Content-Security-Policy/);
    assert.match(html, /Dana Whitfield/);
  });
});
