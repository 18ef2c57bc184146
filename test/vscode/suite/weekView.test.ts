import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Clock, LocalDateTime } from '../../../src/core/schedule/clock';
import { WeekTreeProvider, type WeekMeetingNode } from '../../../src/providers/weekView';
import { WorkspaceVault } from '../../../src/vscode/vault/workspaceVault';
import { api, extension, nextEvent, waitFor } from './helpers';
import { uriOf } from './runtimeNotes';
import { menuMatches, plainTooltip } from './sidebarNotes';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30, a Monday, on a copy of the example vault, where
// `one-on-one week` prints (needing attention first, earliest first):
//   Tue 24 Nov 10:00  Dana Whitfield — not-shared, overdue-mine, stale, manager-topic
//   Thu 26 Nov 15:00  Sam Okafor     — overdue-theirs, stale (no agenda written yet)
// Priya (no profile, no time) has no meeting in the window.

const EXAMPLE_SERIES = ['dana', 'priya', 'sam'];
const DANA_NOTE = '1on1/dana/2026-11-24.md';

interface Row {
  label: string;
  description: string;
  icon: string;
  contextValue: string | undefined;
  command: string | undefined;
}

function rowOf(tree: WeekTreeProvider, node: WeekMeetingNode): Row {
  const item = tree.getTreeItem(node);
  return {
    label: String(item.label),
    description: String(item.description ?? ''),
    icon: (item.iconPath as vscode.ThemeIcon).id,
    contextValue: item.contextValue,
    command: item.command?.command,
  };
}

/** The rows of the example vault's series (other suites' notes are gone by then, but never counted). */
async function rows(tree: WeekTreeProvider): Promise<Row[]> {
  const nodes = (await tree.getChildren()).filter((n) => EXAMPLE_SERIES.includes(n.series));
  return nodes.map((n) => rowOf(tree, n));
}

function movableClock(start: LocalDateTime): Clock & { set(at: LocalDateTime): void } {
  let at = start;
  return { now: () => at, set: (next) => (at = next) };
}

describe('This week view', () => {
  let tree: WeekTreeProvider;

  before(async () => {
    const extension = await api();
    tree = extension.weekTree;
    await extension.vault.ready();
  });

  it("lists Dana's and Sam's meetings in the CLI's order, each with its codes as words and the most urgent one's icon", async () => {
    assert.deepStrictEqual(await rows(tree), [
      {
        label: 'Dana Whitfield',
        description: 'Tue 24 Nov 10:00 · agenda not shared · I owe something overdue · a commitment is stale · they bring one thing (manager topic)',
        icon: 'export',
        contextValue: 'oneOnOne.weekMeeting',
        command: 'oneOnOne.prepare',
      },
      {
        label: 'Sam Okafor',
        description: 'Thu 26 Nov 15:00 · they owe something overdue · a commitment is stale',
        icon: 'bell',
        contextValue: 'oneOnOne.weekMeeting.upcoming',
        command: 'oneOnOne.prepare',
      },
    ]);
  });

  it('offers "New 1x1 agenda" inline on a meeting without a note only, with its series', async () => {
    const [dana, sam] = (await tree.getChildren()).filter((n) => EXAMPLE_SERIES.includes(n.series));
    assert.strictEqual(menuMatches('oneOnOne.newAgenda', 'oneOnOne.week', tree.getTreeItem(sam).contextValue!), true);
    assert.strictEqual(menuMatches('oneOnOne.newAgenda', 'oneOnOne.week', tree.getTreeItem(dana).contextValue!), false);
    assert.strictEqual(sam.series, 'sam', 'oneOnOne.newAgenda reads the series from the node');
    assert.strictEqual(menuMatches('oneOnOne.prepare', 'oneOnOne.week', tree.getTreeItem(dana).contextValue!), true);
    assert.match(plainTooltip(tree.getTreeItem(dana)), /share by Mon 23 Nov 17:00 \(passed\)/);
  });

  it("follows an edit: sharing Dana's agenda takes away not-shared", async () => {
    const editor = await vscode.window.showTextDocument(uriOf(DANA_NOTE));
    try {
      const dateLine = editor.document.getText().split('\n').indexOf('date: 2026-11-24');
      const changed = nextEvent(tree.onDidChangeTreeData, 'a redraw of This week');
      await editor.edit((e) => e.insert(new vscode.Position(dateLine + 1, 0), 'shared: 2026-11-23T16:40\n'));
      await changed;
      await waitFor(async () => (await rows(tree))[0].description === 'Tue 24 Nov 10:00 · I owe something overdue · a commitment is stale · they bring one thing (manager topic)', 'not-shared to go');
      assert.strictEqual((await rows(tree))[0].icon, 'warning', 'the next most urgent code: overdue-mine');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    await waitFor(async () => (await rows(tree))[0].icon === 'export', 'not-shared back after the revert');
  });

  it('follows the clock by the minute: not-shared appears once the deadline is less than 24 h away', async () => {
    // Sun 22 Nov 16:00: Dana's agenda is due Mon 23 Nov 17:00, 25 h away.
    const clock = movableClock({ date: '2026-11-22', time: '16:00' });
    const vault = new WorkspaceVault(clock, { clockCheckMs: 20 });
    const ownTree = new WeekTreeProvider(vault);
    try {
      await vault.ready();
      const dana = async () => (await rows(ownTree)).find((r) => r.label === 'Dana Whitfield')!;
      assert.doesNotMatch((await dana()).description, /agenda not shared/);
      const redrawn = nextEvent(ownTree.onDidChangeTreeData, 'a redraw on the minute');
      clock.set({ date: '2026-11-22', time: '17:01' });
      await redrawn;
      assert.match((await dana()).description, /^Tue 24 Nov 10:00 · agenda not shared/);
    } finally {
      ownTree.dispose();
      vault.dispose();
    }
  });

  it('says in its empty state what it would show, and lists nothing when no 1x1 is in the week', async () => {
    const welcome = (extension().packageJSON.contributes.viewsWelcome as { view: string; contents: string }[]).find((w) => w.view === 'oneOnOne.week');
    assert.ok(welcome, 'a viewsWelcome for oneOnOne.week');
    assert.match(welcome.contents, /No 1x1 in the next seven days/);
    assert.match(welcome.contents, /no agenda written yet, agenda not shared/);
    assert.match(welcome.contents, /command:oneOnOne\.newAgenda/);
    const config = vscode.workspace.getConfiguration('oneOnOne');
    await config.update('folder', 'zz-no-notes-here', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(async () => (await tree.getChildren()).length === 0, 'This week to be empty');
    } finally {
      await config.update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => (await rows(tree)).length === 2, 'the week back');
  });
});
