import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { MeetingsNode, MeetingsTreeProvider, NoteNode, SeriesNode } from '../../../src/providers/meetingsTree';
import { api, waitFor, workspaceRoot } from './helpers';

/** What the tree should show, read straight from the disk with Node's fs (not the code under test). */
function expectedVault(vaultDir: string): Map<string, string[]> {
  const expected = new Map<string, string[]>();
  const series = fs
    .readdirSync(vaultDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  for (const name of series) {
    const notes = fs
      .readdirSync(path.join(vaultDir, name))
      .filter((f) => f.endsWith('.md') && f !== 'profile.md' && f !== 'template.md')
      .map((f) => f.slice(0, -3))
      .sort()
      .reverse();
    expected.set(name, notes);
  }
  return expected;
}

async function seriesOf(tree: MeetingsTreeProvider): Promise<SeriesNode[]> {
  return (await tree.getChildren()) as SeriesNode[];
}

async function labels(tree: MeetingsTreeProvider, nodes: MeetingsNode[]): Promise<string[]> {
  return Promise.all(nodes.map(async (n) => String((await tree.getTreeItem(n)).label)));
}

/** Resolves with the next onDidChangeTreeData event, so a test can wait for a refresh. */
function nextChange(tree: MeetingsTreeProvider, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no tree refresh within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = tree.onDidChangeTreeData(() => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

describe('Meetings tree', () => {
  let tree: MeetingsTreeProvider;
  let vaultDir: string;

  before(async () => {
    tree = (await api()).meetingsTree;
    vaultDir = path.join(workspaceRoot().fsPath, '1on1');
  });

  it('lists every series folder of the vault, by name', async () => {
    const expected = [...expectedVault(vaultDir).keys()];
    assert.ok(expected.length > 0, 'the fixture vault has series');
    assert.deepStrictEqual(await labels(tree, await seriesOf(tree)), expected);
  });

  it("lists each series' notes newest first, without profile.md and template.md", async () => {
    const expected = expectedVault(vaultDir);
    for (const series of await seriesOf(tree)) {
      const notes = (await tree.getChildren(series)) as NoteNode[];
      assert.deepStrictEqual(await labels(tree, notes), expected.get(series.id), `notes of ${series.id}`);
      const item = await tree.getTreeItem(series);
      assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    }
  });

  it('opens a note when its item is clicked', async () => {
    const series = (await seriesOf(tree)).find((s) => s.notes.length > 0);
    assert.ok(series, 'some series has notes');
    const note = series.notes[0];
    const command = (await tree.getTreeItem(note)).command;
    assert.ok(command, 'a note item has a command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === note.uri.fsPath, `${note.uri.fsPath} to open`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows a series folder created outside VS Code, then drops it when deleted (file watcher)', async () => {
    const dir = path.join(vaultDir, 'zz-new-series');
    const created = nextChange(tree);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '2026-12-01.md'), '---\ndate: 2026-12-01\n---\n# New\n');
    try {
      await created;
      await waitFor(async () => (await labels(tree, await seriesOf(tree))).includes('zz-new-series'), 'the new series');
      const series = (await seriesOf(tree)).find((s) => s.id === 'zz-new-series');
      assert.deepStrictEqual(await labels(tree, series?.notes ?? []), ['2026-12-01']);
    } finally {
      const deleted = nextChange(tree);
      fs.rmSync(dir, { recursive: true, force: true });
      await deleted;
    }
    await waitFor(async () => !(await labels(tree, await seriesOf(tree))).includes('zz-new-series'), 'the series to go');
  });

  it('refreshes when oneOnOne.refresh runs', async () => {
    const changed = nextChange(tree, 2_000);
    await vscode.commands.executeCommand('oneOnOne.refresh');
    await changed;
  });

  it('follows the oneOnOne.folder setting', async () => {
    const other = path.join(workspaceRoot().fsPath, 'meetings', 'erin');
    fs.mkdirSync(other, { recursive: true });
    fs.writeFileSync(path.join(other, '2026-10-06.md'), '# 1x1 with Erin\n');
    const config = vscode.workspace.getConfiguration('oneOnOne');
    try {
      await config.update('folder', 'meetings', vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await labels(tree, await seriesOf(tree))).join() === 'erin', 'the tree to show `meetings/`');
    } finally {
      await config.update('folder', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(path.dirname(other), { recursive: true, force: true });
    }
    const expected = [...expectedVault(vaultDir).keys()];
    await waitFor(async () => (await labels(tree, await seriesOf(tree))).join() === expected.join(), 'the tree to show `1on1/` again');
  });
});
