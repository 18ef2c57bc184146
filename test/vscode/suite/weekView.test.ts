import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Clock, LocalDateTime } from '../../../src/core/schedule/clock';
import { WeekTreeProvider, type WeekMeetingNode, type WeekNode } from '../../../src/providers/weekView';
import { WorkspaceVault } from '../../../src/vscode/vault/workspaceVault';
import { api, extension, nextEvent, waitFor } from './helpers';
import { removeNotes, uriOf, writeNotes } from './runtimeNotes';
import { menuMatches, plainTooltip } from './sidebarNotes';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30, a Monday, on a copy of the example vault, where
// `one-on-one week` prints (needing attention first, earliest first):
//   Wed 25 Nov 10:00  Dana Whitfield — not-shared, overdue-mine, stale, manager-topic (the example's
//                     calendar moved the meeting of the 24 Nov note; its agenda is due Tue 24 Nov 17:00)
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
  /** The attention codes under the meeting: `icon words`. */
  codes: string[];
}

async function rowOf(tree: WeekTreeProvider, node: WeekNode): Promise<Row> {
  const item = tree.getTreeItem(node);
  const codes = (await tree.getChildren(node)).map((child) => {
    const codeItem = tree.getTreeItem(child);
    return `${(codeItem.iconPath as vscode.ThemeIcon).id} ${String(codeItem.label)}`;
  });
  return {
    label: String(item.label),
    description: String(item.description ?? ''),
    icon: (item.iconPath as vscode.ThemeIcon).id,
    contextValue: item.contextValue,
    command: item.command?.command,
    codes,
  };
}

/** The meetings of the example vault's series (other suites' notes are gone by then, but never counted). */
async function meetings(tree: WeekTreeProvider): Promise<WeekMeetingNode[]> {
  return (await tree.getChildren()).filter((n): n is WeekMeetingNode => n.kind === 'meeting' && EXAMPLE_SERIES.includes(n.series));
}

async function rows(tree: WeekTreeProvider): Promise<Row[]> {
  return Promise.all((await meetings(tree)).map((n) => rowOf(tree, n)));
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
    await extension.vault.calendarsReady();
  });

  it("lists Dana's and Sam's meetings in the CLI's order, the most urgent code's icon on each, and under it every code as an icon and words", async () => {
    assert.deepStrictEqual(await rows(tree), [
      {
        label: 'Dana Whitfield',
        // The example's calendar moved Tue 24 Nov to Wed 25 Nov (SPEC §12).
        description: 'Wed 25 Nov 10:00',
        icon: 'export',
        contextValue: 'oneOnOne.weekMeeting',
        command: 'oneOnOne.prepare',
        codes: ['export agenda not shared', 'warning I owe something overdue (2)', 'history a commitment is stale (1)', 'comment-discussion they bring one thing (manager topic)'],
      },
      {
        label: 'Sam Okafor',
        description: 'Thu 26 Nov 15:00',
        icon: 'bell',
        contextValue: 'oneOnOne.weekMeeting.upcoming',
        command: 'oneOnOne.prepare',
        codes: ['bell they owe something overdue (1)', 'history a commitment is stale (1)'],
      },
    ]);
    const [dana] = await meetings(tree);
    const [notShared] = await tree.getChildren(dana);
    assert.deepStrictEqual([tree.getTreeItem(notShared).tooltip, tree.getTreeItem(notShared).command?.command], ['not-shared', 'oneOnOne.prepare']);
  });

  it('offers "New 1x1 agenda" inline on a meeting without a note only, with its series', async () => {
    const [dana, sam] = await meetings(tree);
    assert.strictEqual(menuMatches('oneOnOne.newAgenda', 'oneOnOne.week', tree.getTreeItem(sam).contextValue!), true);
    assert.strictEqual(menuMatches('oneOnOne.newAgenda', 'oneOnOne.week', tree.getTreeItem(dana).contextValue!), false);
    assert.strictEqual(sam.series, 'sam', 'oneOnOne.newAgenda reads the series from the node');
    assert.strictEqual(menuMatches('oneOnOne.prepare', 'oneOnOne.week', tree.getTreeItem(dana).contextValue!), true);
    assert.match(plainTooltip(tree.getTreeItem(dana)), /share by Tue 24 Nov 17:00/);
  });

  it("follows an edit: sharing Dana's agenda takes away not-shared", async () => {
    const editor = await vscode.window.showTextDocument(uriOf(DANA_NOTE));
    try {
      const dateLine = editor.document.getText().split('\n').indexOf('date: 2026-11-24');
      const changed = nextEvent(tree.onDidChangeTreeData, 'a redraw of This week');
      await editor.edit((e) => e.insert(new vscode.Position(dateLine + 1, 0), 'shared: 2026-11-23T16:40\n'));
      await changed;
      await waitFor(async () => !(await rows(tree))[0].codes.includes('export agenda not shared'), 'not-shared to go');
      assert.deepStrictEqual((await rows(tree))[0].codes, ['warning I owe something overdue (2)', 'history a commitment is stale (1)', 'comment-discussion they bring one thing (manager topic)']);
      assert.strictEqual((await rows(tree))[0].icon, 'warning', 'the next most urgent code: overdue-mine');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    await waitFor(async () => (await rows(tree))[0].icon === 'export', 'not-shared back after the revert');
  });

  it('follows the clock by the minute: not-shared appears once the deadline is less than 24 h away', async () => {
    // Mon 23 Nov 16:00: Dana's agenda is due Tue 24 Nov 17:00 (the calendar moved her meeting to Wed 25 Nov), 25 h away.
    const clock = movableClock({ date: '2026-11-23', time: '16:00' });
    const vault = new WorkspaceVault(clock, { clockCheckMs: 20 });
    const ownTree = new WeekTreeProvider(vault);
    try {
      await vault.calendarsReady();
      const dana = async () => (await rows(ownTree)).find((r) => r.label === 'Dana Whitfield')!;
      assert.ok(!(await dana()).codes.includes('export agenda not shared'));
      const redrawn = nextEvent(ownTree.onDidChangeTreeData, 'a redraw on the minute');
      clock.set({ date: '2026-11-23', time: '17:01' });
      await redrawn;
      assert.strictEqual((await dana()).codes[0], 'export agenda not shared');
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

describe('This week view: priorities over time (SPEC §13)', () => {
  const FOLDER = '1on1/zz-week-priorities';
  const held = (date: string, status: string, priorities: string[]) => `---\nwith: Wes Weeks\ndate: ${date}\nstatus: ${status}\n---\n## Top 3 priorities\n${priorities.join('\n')}\n`;

  after(async () => {
    await removeNotes(FOLDER);
  });

  it("a meeting's tooltip lists the last meeting's priorities with the weeks each has stood", async () => {
    const { weekTree } = await api();
    await writeNotes(FOLDER, {
      'profile.md': '---\nwith: Wes Weeks\nrole: report\ncadence: weekly\nday: thursday\ntime: "10:00"\n---\n',
      '2026-11-05.md': held('2026-11-05', 'held', ['1. Partitioning, phase 2']),
      '2026-11-12.md': held('2026-11-12', 'canceled', []),
      '2026-11-19.md': held('2026-11-19', 'held', ['1. Partitioning, phase 2', '2. Hiring plan']),
    });
    const node: WeekMeetingNode = await waitFor(async () => (await weekTree.getChildren()).find((n): n is WeekMeetingNode => n.kind === 'meeting' && n.series === 'zz-week-priorities'), 'the meeting of 26 Nov') as WeekMeetingNode;
    assert.strictEqual(node.meeting.date, '2026-11-26');
    const tooltip = plainTooltip(weekTree.getTreeItem(node));
    // 5 → 19 Nov, 14 days: 3 weeks (the canceled 12 Nov does not break it).
    assert.match(tooltip, /Priorities:\s+- Partitioning, phase 2 \(3 weeks\)\s+- Hiring plan \(1 week\)/, tooltip);
  });
});
