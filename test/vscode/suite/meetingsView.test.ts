import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MeetingNode, MeetingsTreeProvider, SeriesNode } from '../../../src/providers/meetingsView';
import { api, nextEvent, waitFor } from './helpers';
import { removeNotes, uriOf, writeFile } from './runtimeNotes';
import { menuMatches, plainTooltip, sidebarSeries } from './sidebarNotes';

const SIDEBAR = sidebarSeries('meetings');
const SIDEBAR_FOLDER = SIDEBAR.folder;
const SIDEBAR_SERIES = SIDEBAR.series;

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30, a Monday, and opens a copy of the example vault:
// Dana (profile: my manager, weekly on Tuesdays at 10:00; agenda for Tue 24 Nov written), Sam
// (profile: reports to me, biweekly on Thursdays at 15:00; next agenda not written) and Priya (no
// profile: weekly inferred, no time known; her 16 Nov note still says planned).

interface Row {
  label: string;
  description: string;
  icon: string;
  color: string | undefined;
  contextValue: string | undefined;
  command: string | undefined;
}

function rowOf(item: vscode.TreeItem): Row {
  const icon = item.iconPath as vscode.ThemeIcon;
  return {
    label: String(item.label),
    description: String(item.description ?? ''),
    icon: icon.id,
    color: icon.color?.id,
    contextValue: item.contextValue,
    command: item.command?.command,
  };
}

async function people(tree: MeetingsTreeProvider): Promise<SeriesNode[]> {
  return (await tree.getChildren()) as SeriesNode[];
}

async function person(tree: MeetingsTreeProvider, series: string): Promise<SeriesNode | undefined> {
  return (await people(tree)).find((p) => p.series === series);
}

async function meetings(tree: MeetingsTreeProvider, series: string): Promise<MeetingNode[]> {
  const node = await person(tree, series);
  return node ? ((await tree.getChildren(node)) as MeetingNode[]) : [];
}

async function rows(tree: MeetingsTreeProvider, series: string): Promise<Row[]> {
  return (await meetings(tree, series)).map((m) => rowOf(tree.getTreeItem(m)));
}

describe('Meetings tree', () => {
  let tree: MeetingsTreeProvider;

  before(async () => {
    const extension = await api();
    tree = extension.meetingsTree;
    await extension.vault.ready();
  });

  after(() => removeNotes(SIDEBAR_FOLDER));

  it('lists the people by name, with role and cadence', async () => {
    const nodes = (await people(tree)).filter((p) => ['dana', 'priya', 'sam'].includes(p.series));
    const items = nodes.map((n) => tree.getTreeItem(n));
    assert.deepStrictEqual(
      items.map((i) => [i.label, i.description, (i.iconPath as vscode.ThemeIcon).id, i.contextValue, i.collapsibleState]),
      [
        ['Dana Whitfield', 'manager · weekly', 'person', 'oneOnOne.series', vscode.TreeItemCollapsibleState.Collapsed],
        // No profile: the name from the notes, role manager, the cadence inferred from the dates.
        ['Priya Raman', 'manager · weekly (inferred)', 'person', 'oneOnOne.series', vscode.TreeItemCollapsibleState.Collapsed],
        ['Sam Okafor', 'report · biweekly', 'person', 'oneOnOne.series', vscode.TreeItemCollapsibleState.Collapsed],
      ],
    );
    const tooltip = plainTooltip(items[0]);
    assert.match(tooltip, /my manager — I set the agenda · meets weekly/);
    // The example's calendar moved the 24 Nov meeting to Wed 25 Nov (SPEC §12).
    assert.match(tooltip, /Next: Wed 25 Nov 2026, 10:00/);
    assert.match(tooltip, /Open commitments: 6, 2 overdue/);
  });

  it('shows the next meetings, then the past notes newest first, with status icons, relative dates and open/overdue counts', async () => {
    const dana = await rows(tree, 'dana');
    assert.deepStrictEqual(dana.slice(0, 5), [
      // The calendar moved the meeting of the 24 Nov note to Wed 25 Nov: the row is where the meeting is.
      { label: 'Wed 25 Nov 2026', description: 'in 2 days, 10:00 · 6 open · 2 overdue', icon: 'calendar', color: undefined, contextValue: 'oneOnOne.note.planned', command: 'vscode.open' },
      // Only the next meeting's agenda can be written now; later ones are just scheduled.
      { label: 'Tue 1 Dec 2026', description: 'in 8 days, 10:00 · no agenda yet', icon: 'calendar', color: 'disabledForeground', contextValue: 'oneOnOne.scheduled', command: undefined },
      { label: 'Tue 8 Dec 2026', description: 'in 2 weeks, 10:00 · no agenda yet', icon: 'calendar', color: 'disabledForeground', contextValue: 'oneOnOne.scheduled', command: undefined },
      // The carried commitments live in the newest agenda: nothing is left open in the older notes.
      { label: 'Tue 17 Nov 2026', description: '6 days ago', icon: 'pass-filled', color: 'testing.iconPassed', contextValue: 'oneOnOne.note.held', command: 'vscode.open' },
      { label: 'Tue 10 Nov 2026', description: '13 days ago', icon: 'pass-filled', color: 'testing.iconPassed', contextValue: 'oneOnOne.note.held', command: 'vscode.open' },
    ]);
    // 3 meetings to come and the 17 notes before: every note once.
    assert.strictEqual(dana.length, 20);
    const row = (label: string) => dana.find((r) => r.label === label)!;
    assert.deepStrictEqual(row('Tue 13 Oct 2026'), { label: 'Tue 13 Oct 2026', description: '5 weeks ago · rescheduled', icon: 'history', color: undefined, contextValue: 'oneOnOne.note.rescheduled', command: 'vscode.open' });
    assert.deepStrictEqual(row('Tue 25 Aug 2026'), { label: 'Tue 25 Aug 2026', description: '3 months ago · canceled', icon: 'circle-slash', color: undefined, contextValue: 'oneOnOne.note.canceled', command: 'vscode.open' });

    const tooltip = plainTooltip(tree.getTreeItem((await meetings(tree, 'dana'))[0]));
    assert.match(tooltip, /Wed 25 Nov 2026, 10:00\*\* \(in 2 days\)/);
    assert.match(tooltip, /Status: planned — the note is dated Tue 24 Nov 2026: the calendar moved the meeting/);
    assert.match(tooltip, /The calendar moved this 1x1 with Dana Whitfield to Wed 25 Nov 10:00\. .*\(calendar-mismatch\)/);
    assert.match(tooltip, /Commitments open here: 6, 2 overdue/);
    assert.match(tooltip, /1on1\/dana\/2026-11-24\.md/);
    const rescheduled = (await meetings(tree, 'dana')).find((m) => m.entry.date === '2026-10-13')!;
    assert.match(plainTooltip(tree.getTreeItem(rescheduled)), /Status: rescheduled, moved to Thu 15 Oct 2026/);
  });

  it('offers the next agenda to write where it is missing, and flags a planned note whose meeting is over', async () => {
    const [next] = await meetings(tree, 'sam');
    assert.deepStrictEqual(rowOf(tree.getTreeItem(next)), {
      label: 'Thu 26 Nov 2026',
      description: 'in 3 days, 15:00 · no agenda yet',
      icon: 'calendar',
      color: 'disabledForeground',
      contextValue: 'oneOnOne.upcoming',
      command: 'oneOnOne.newAgenda',
    });
    assert.deepStrictEqual(tree.getTreeItem(next).command!.arguments, ['sam']);
    assert.match(plainTooltip(tree.getTreeItem(next)), /No agenda yet: click to write it/);

    const priya = await rows(tree, 'priya');
    // No profile: Priya's notes say 09:30, so today's meeting is over at 17:30 and the next is a week on.
    assert.deepStrictEqual(priya[0], { label: 'Mon 30 Nov 2026', description: 'in 7 days, 09:30 · no agenda yet', icon: 'calendar', color: 'disabledForeground', contextValue: 'oneOnOne.upcoming', command: 'oneOnOne.newAgenda' });
    assert.deepStrictEqual(priya[3], { label: 'Mon 16 Nov 2026', description: '7 days ago · 1 open', icon: 'calendar', color: 'list.warningForeground', contextValue: 'oneOnOne.note.planned', command: 'vscode.open' });
    const stale = (await meetings(tree, 'priya'))[3];
    assert.match(plainTooltip(tree.getTreeItem(stale)), /Status: planned — the meeting is over: mark it held or canceled/);
  });

  it("gives each row the context value the contributed inline actions look for", async () => {
    const [next, scheduled, , held] = await meetings(tree, 'dana');
    const value = (n: MeetingNode) => tree.getTreeItem(n).contextValue!;
    assert.ok(menuMatches('oneOnOne.markHeld', 'oneOnOne.meetings', value(next)), 'mark held on a planned note');
    assert.ok(menuMatches('oneOnOne.markCanceled', 'oneOnOne.meetings', value(held)), 'mark canceled on a held note');
    assert.ok(!menuMatches('oneOnOne.newAgenda', 'oneOnOne.meetings', value(scheduled)), 'no "new agenda" on a later scheduled meeting');
    assert.ok(menuMatches('oneOnOne.newAgenda', 'oneOnOne.meetings', tree.getTreeItem((await person(tree, 'dana'))!).contextValue!));
  });

  it('opens a note when its row is clicked', async () => {
    const held = (await meetings(tree, 'dana')).find((m) => m.entry.status === 'held')!;
    const command = tree.getTreeItem(held).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${held.file}`), `${held.file} to open`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers to write the next agenda when it is not written, and shows the note once it is (event-driven)', async () => {
    const added = nextEvent(tree.onDidChangeTreeData, 'tree refresh');
    await writeFile(`${SIDEBAR_FOLDER}/profile.md`, '---\nwith: Zed Sidebar\nrole: report\ncadence: weekly\nday: thursday\ntime: "09:00"\nsince: 2026-09-03\n---\n');
    await writeFile(`${SIDEBAR_FOLDER}/2026-11-19.md`, '---\nwith: Zed Sidebar\ndate: 2026-11-19\nstatus: held\n---\n## Commitments\n- [ ] Send the offsite agenda 📅 2026-11-20\n');
    await added;
    await waitFor(async () => {
      const zed = await person(tree, SIDEBAR_SERIES);
      return zed?.overview.name === 'Zed Sidebar' && zed.overview.cadence === 'weekly' && zed.overview.past.length === 1;
    }, 'the new series, its profile and its note in the tree');

    const [next] = await meetings(tree, SIDEBAR_SERIES);
    const item = tree.getTreeItem(next);
    assert.deepStrictEqual(rowOf(item), {
      label: 'Thu 26 Nov 2026',
      description: 'in 3 days, 09:00 · no agenda yet',
      icon: 'calendar',
      color: 'disabledForeground',
      contextValue: 'oneOnOne.upcoming',
      command: 'oneOnOne.newAgenda',
    });
    assert.deepStrictEqual(item.command!.arguments, [SIDEBAR_SERIES]);
    assert.ok(menuMatches('oneOnOne.newAgenda', 'oneOnOne.meetings', item.contextValue!));
    const past = (await rows(tree, SIDEBAR_SERIES)).filter((r) => r.contextValue?.startsWith('oneOnOne.note'));
    assert.deepStrictEqual(past.map((r) => [r.label, r.description]), [['Thu 19 Nov 2026', '4 days ago · 1 open · 1 overdue']]);

    // The inline action passes the node itself: New 1x1 agenda reads the series from it.
    const shown = nextEvent(tree.onDidChangeTreeData, 'tree refresh after the agenda was written');
    const result = await vscode.commands.executeCommand('oneOnOne.newAgenda', next);
    assert.deepStrictEqual(result, { kind: 'created', file: `${SIDEBAR_FOLDER}/2026-11-26.md` });
    await shown;
    await waitFor(async () => (await meetings(tree, SIDEBAR_SERIES))[0]?.entry.note !== undefined, 'the written agenda in the tree');
    const written = rowOf(tree.getTreeItem((await meetings(tree, SIDEBAR_SERIES))[0]));
    assert.deepStrictEqual([written.label, written.contextValue, written.command, written.icon], ['Thu 26 Nov 2026', 'oneOnOne.note.planned', 'vscode.open', 'calendar']);
    // The carried commitment now lives in the new agenda.
    assert.match(written.description, /^in 3 days, 09:00 · 1 open · 1 overdue$/);
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
  });

  it('drops a note deleted outside VS Code', async () => {
    const removed = nextEvent(tree.onDidChangeTreeData, 'tree refresh');
    await vscode.workspace.fs.delete(uriOf(`${SIDEBAR_FOLDER}/2026-11-19.md`));
    await removed;
    await waitFor(async () => !(await meetings(tree, SIDEBAR_SERIES)).some((m) => m.file === `${SIDEBAR_FOLDER}/2026-11-19.md`), 'the deleted note to go');
  });

  it('refreshes when oneOnOne.refresh runs', async () => {
    const changed = nextEvent(tree.onDidChangeTreeData, 'tree refresh', 2_000);
    await vscode.commands.executeCommand('oneOnOne.refresh');
    await changed;
  });

  it('is empty when the vault folder has no notes, so the welcome text shows', async () => {
    const config = vscode.workspace.getConfiguration('oneOnOne');
    try {
      await config.update('folder', 'zz-no-such-folder', vscode.ConfigurationTarget.Workspace);
      await waitFor(async () => (await tree.getChildren()).length === 0, 'an empty tree');
    } finally {
      await config.update('folder', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => (await person(tree, 'dana')) !== undefined, 'the vault to come back');
  });
});

// Issue 12: two notes on one date both read "Mon 9 Nov 2026 2 weeks ago"; the count of problems
// on a row was not explained by its hover.
describe('Meetings tree: notes told apart, problems explained', () => {
  const SAME_DAY = sidebarSeries('sameday');
  let tree: MeetingsTreeProvider;

  before(async () => {
    tree = (await api()).meetingsTree;
    await writeFile(`${SAME_DAY.folder}/2026-11-09.md`, '---\nwith: Zoe Sameday\ndate: 2026-11-09\nstatus: held\n---\n## Notes\nFirst.\n');
    await writeFile(`${SAME_DAY.folder}/2026-11-09-2.md`, '---\nwith: Zoe Sameday\ndate: 2026-11-09\nstatus: held\n---\n## Notes\nSecond.\n');
    await waitFor(async () => (await meetings(tree, SAME_DAY.series)).filter((m) => m.file).length === 2, 'both notes in the tree');
  });

  after(() => removeNotes(SAME_DAY.folder));

  it('tells two notes on one date apart by file name and status', async () => {
    const described = (await rows(tree, SAME_DAY.series)).filter((r) => r.contextValue?.startsWith('oneOnOne.note')).map((r) => `${r.label} — ${r.description}`);
    assert.deepStrictEqual(described.sort(), ['Mon 9 Nov 2026 — 2026-11-09-2.md · held · 2 weeks ago', 'Mon 9 Nov 2026 — 2026-11-09.md · held · 2 weeks ago']);
  });

  it("says in a note's tooltip what the problems counted on its row are", async () => {
    const node = (await meetings(tree, SAME_DAY.series)).find((m) => m.file === `${SAME_DAY.folder}/2026-11-09-2.md`)!;
    const tooltip = plainTooltip(tree.getTreeItem(node));
    // duplicate-meeting, and missing-section for the seven standing sections.
    assert.match(tooltip, /Problems \(8\):/);
    assert.match(tooltip, /Warning, line 3: Another note of this series is also on Mon 9 Nov \(2026-11-09\.md\)\..* \(duplicate-meeting\)/);
    assert.match(tooltip, /… and 3 more in the Problems panel/);
  });
});
