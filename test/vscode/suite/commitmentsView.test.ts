import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CommitmentGroupNode, CommitmentNode, CommitmentsTreeProvider } from '../../../src/providers/commitmentsView';
import { api, nextEvent, waitFor } from './helpers';
import { readDisk, removeNotes, uriOf, writeFile } from './runtimeNotes';
import { menuMatches, plainTooltip, sidebarSeries } from './sidebarNotes';

const SIDEBAR = sidebarSeries('commitments');
const SIDEBAR_FOLDER = SIDEBAR.folder;

// Pinned now: Mon 23 Nov 2026, 17:30 — "this week" runs to Sun 29 Nov. The vault is a copy of the
// example vault (Dana, Sam, Priya) plus one note of Zed's written at run time.

const NOTE = `${SIDEBAR_FOLDER}/2026-11-19.md`;
const NOTE_TEXT = [
  '---',
  'with: Zed Sidebar',
  'date: 2026-11-19',
  'status: held',
  '---',
  '## Commitments',
  '- [ ] Send the offsite agenda 📅 2026-11-25',
  '- [ ] Book the team dinner 📅 2026-12-10 @zed',
  '- [ ] Write the retro notes',
  '- [ ] Order the badges 📅 2026-11-26 ^b4dges',
  '',
].join('\n');

async function groups(tree: CommitmentsTreeProvider): Promise<CommitmentGroupNode[]> {
  return (await tree.getChildren()) as CommitmentGroupNode[];
}

async function commitment(tree: CommitmentsTreeProvider, text: string): Promise<CommitmentNode | undefined> {
  for (const group of await groups(tree)) for (const node of group.commitments) if (node.commitment.text === text) return node;
  return undefined;
}

describe('Commitments tree', () => {
  let tree: CommitmentsTreeProvider;

  before(async () => {
    const extension = await api();
    tree = extension.commitmentsTree;
    await extension.vault.ready();
    const loaded = nextEvent(tree.onDidChangeTreeData, 'tree refresh');
    await writeFile(NOTE, NOTE_TEXT);
    await loaded;
    await waitFor(() => commitment(tree, 'Send the offsite agenda'), 'the run-time note in the tree');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('oneOnOne').update('dateStyle', undefined, vscode.ConfigurationTarget.Workspace);
    await removeNotes(SIDEBAR_FOLDER);
  });

  it('groups the open commitments: Overdue, This week, Later, No date, each with its count', async () => {
    const shown = await groups(tree);
    assert.deepStrictEqual(
      shown.map((g) => {
        const item = tree.getTreeItem(g);
        return [item.label, item.description, (item.iconPath as vscode.ThemeIcon).id, item.collapsibleState];
      }),
      [
        ['Overdue', '3', 'warning', vscode.TreeItemCollapsibleState.Expanded],
        ['This week', '5', 'calendar', vscode.TreeItemCollapsibleState.Expanded],
        ['Later', '5', 'clock', vscode.TreeItemCollapsibleState.Expanded],
        ['No date', '2', 'circle-large-outline', vscode.TreeItemCollapsibleState.Expanded],
      ],
    );
    const described = shown.map((g) => g.commitments.map((c) => `${tree.getTreeItem(c).label} — ${tree.getTreeItem(c).description}`));
    assert.deepStrictEqual(described, [
      [
        'Send the INC-2291 write-up to the team — Sam owes · due Thu 19 Nov · 1x1 with Sam',
        'Send Dana the vendor comparison for the ETL tool — you owe · due Fri 20 Nov · 1x1 with Dana',
        'Draft the onboarding guide for new analysts — you owe · due Sat 21 Nov · 1x1 with Dana',
      ],
      [
        'Send the offsite agenda — you owe · due Wed 25 Nov · 1x1 with Zed',
        'Get effort estimates from Sam and Priya — you owe · due Thu 26 Nov · 1x1 with Dana',
        'Order the badges — you owe · due Thu 26 Nov · 1x1 with Zed',
        'Write up the pricing experiment results — you owe · due Fri 27 Nov · stale: carried 3× · 1x1 with Dana',
        'Confirm the Q1 headcount decision — Dana owes · due Fri 27 Nov · 1x1 with Dana',
      ],
      [
        'Shadow the on-call rotation for one week — slot confirmed for the week of 30 Nov — Sam owes · due Thu 3 Dec · stale: carried 2× · 1x1 with Sam',
        'Prepare the Q1 roadmap draft — you owe · due Fri 4 Dec · 1x1 with Dana',
        'Draft the query-cost guideline for the analytics guild — you owe · due Fri 4 Dec · 1x1 with Priya',
        "Ask Finance whether Sam's conference ticket fits the Q1 budget — you owe · due Fri 4 Dec · 1x1 with Sam",
        'Book the team dinner — Zed owes · due Thu 10 Dec · 1x1 with Zed',
      ],
      ['Pair with Zoë on the billing cut-over plan — Sam owes · 1x1 with Sam', 'Write the retro notes — you owe · 1x1 with Zed'],
    ]);
  });

  it('groups by owner from its title bar (I owe / They owe / Others), writes oneOnOne.commitmentsGroupBy, and back', async () => {
    const labels = async () => (await groups(tree)).map((g) => `${tree.getTreeItem(g).label} ${tree.getTreeItem(g).description}`);
    const config = () => vscode.workspace.getConfiguration('oneOnOne').inspect('commitmentsGroupBy');
    const titleBar = vscode.extensions.getExtension('one-on-one.one-on-one-meetings')!.packageJSON.contributes.menus['view/title'] as { command: string; when: string }[];
    // Only the other choice shows: the context key follows the setting.
    assert.deepStrictEqual(
      titleBar.filter((e) => e.when.includes('view == oneOnOne.commitments') && e.command.startsWith('oneOnOne.groupCommitments')).map((e) => [e.command, e.when]),
      [
        ['oneOnOne.groupCommitmentsByOwner', 'view == oneOnOne.commitments && oneOnOne.commitmentsGroupBy != owner'],
        ['oneOnOne.groupCommitmentsByDue', 'view == oneOnOne.commitments && oneOnOne.commitmentsGroupBy == owner'],
      ],
    );
    const texts = async () => (await groups(tree)).flatMap((g) => g.commitments.map((c) => c.commitment.text)).sort();
    const labelWords = async () => (await labels()).map((l) => l.replace(/ \d+$/, ''));
    try {
      await vscode.commands.executeCommand('oneOnOne.groupCommitmentsByOwner');
      assert.strictEqual(config()?.workspaceValue, 'owner', 'written to the workspace settings');
      await waitFor(async () => (await labelWords()).join(' | ') === 'I owe | They owe', 'the view grouped by owner');
      const [mine, theirs] = (await groups(tree)).map((g) => g.commitments.map((c) => String(tree.getTreeItem(c).description)));
      assert.ok(mine.every((d) => d.startsWith('you owe · ')) && theirs.every((d) => /^\w+ owes · /.test(d) && !d.startsWith('you')), `${mine} / ${theirs}`);
      const byOwner = await texts();
      await vscode.commands.executeCommand('oneOnOne.groupCommitmentsByDue');
      assert.strictEqual(config()?.workspaceValue, 'due');
      await waitFor(async () => (await labelWords()).join(' | ') === 'Overdue | This week | Later | No date', 'the view grouped by due date again');
      assert.deepStrictEqual(await texts(), byOwner, 'the same commitments, grouped otherwise');
    } finally {
      // A settings change reloads the vault: the next suite starts once it has.
      const reloaded = nextEvent(tree.onDidChangeTreeData, 'the view redrawn after the reload');
      await vscode.workspace.getConfiguration('oneOnOne').update('commitmentsGroupBy', undefined, vscode.ConfigurationTarget.Workspace);
      await reloaded;
    }
  });

  it('gives each commitment a checkbox, a tooltip, the inline action, and a click that goes to its line', async () => {
    const node = (await commitment(tree, 'Write up the pricing experiment results'))!;
    const item = tree.getTreeItem(node);
    const checkbox = item.checkboxState as { state: vscode.TreeItemCheckboxState };
    assert.strictEqual(checkbox.state, vscode.TreeItemCheckboxState.Unchecked);
    assert.strictEqual(item.contextValue, 'oneOnOne.commitment');
    assert.ok(menuMatches('oneOnOne.markCommitmentDone', 'oneOnOne.commitments', item.contextValue!));
    const tooltip = plainTooltip(item);
    assert.match(tooltip, /You owe it · from your 1x1 with Dana Whitfield/);
    assert.match(tooltip, /Due Fri 27 Nov 2026 \(in 4 days\)/);
    assert.match(tooltip, /Raised Tue 3 Nov 2026, carried 3×/);
    assert.match(tooltip, /Stale: carried 3× since Tue 3 Nov\./);
    assert.match(tooltip, /1on1\/dana\/2026-11-24\.md:11/);

    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = (await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('/1on1/dana/2026-11-24.md') ? e : undefined;
    }, 'the note to open'))!;
    assert.strictEqual(editor.selection.active.line, 10);
    assert.match(editor.document.lineAt(10).text, /Write up the pricing experiment results/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('checking the box writes [x] and today as done date, saves the note, drops the item; one undo restores it', async () => {
    const node = (await commitment(tree, 'Send the offsite agenda'))!;
    const gone = nextEvent(tree.onDidChangeTreeData, 'tree refresh');
    await tree.checkboxesChanged([[node, vscode.TreeItemCheckboxState.Checked]]);
    await gone;
    assert.match(await readDisk(NOTE), /^- \[x\] Send the offsite agenda 📅 2026-11-25 ✅ 2026-11-23$/m);
    await waitFor(async () => (await commitment(tree, 'Send the offsite agenda')) === undefined, 'the done item to leave the view');

    const document = await vscode.workspace.openTextDocument(uriOf(NOTE));
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === NOTE_TEXT, 'one undo to restore the note');
    await document.save();
    await waitFor(() => commitment(tree, 'Send the offsite agenda'), 'the item back in the view');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('says "Marked done: …" with an Undo button that puts the item back', async () => {
    const node = (await commitment(tree, 'Send the offsite agenda'))!;
    const shown: string[] = [];
    let answered!: () => void;
    const undone = new Promise<void>((resolve) => (answered = resolve));
    const showDoneMessage = tree.showDoneMessage;
    tree.showDoneMessage = async (message, ...actions) => {
      shown.push(`${message} [${actions.join(', ')}]`);
      setTimeout(answered, 0);
      return 'Undo';
    };
    try {
      await tree.markDone(node);
      assert.deepStrictEqual(shown, ['Marked done: Send the offsite agenda [Undo]']);
      await undone;
      await waitFor(async () => (await readDisk(NOTE)) === NOTE_TEXT, 'Undo to put the note back as it was');
      await waitFor(() => commitment(tree, 'Send the offsite agenda'), 'the item back in the view');
    } finally {
      tree.showDoneMessage = showDoneMessage;
    }
  });

  it('finds the item where it is now, in unsaved editor text, and writes a block id item\'s date before the id', async () => {
    const node = (await commitment(tree, 'Order the badges'))!;
    const document = await vscode.workspace.openTextDocument(uriOf(NOTE));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(5, 0), '## Notes\nTwo lines added above.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // The node still says the old line; the command must look again.
    assert.ok(await vscode.commands.executeCommand('oneOnOne.markCommitmentDone', node));
    assert.strictEqual(document.lineAt(node.commitment.line + 3).text, '- [x] Order the badges 📅 2026-11-26 ✅ 2026-11-23 ^b4dges');
    assert.ok(document.isDirty, 'a note with unsaved changes is left unsaved');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes the done date in the Dataview style when oneOnOne.dateStyle says so', async () => {
    await vscode.workspace.getConfiguration('oneOnOne').update('dateStyle', 'dataview', vscode.ConfigurationTarget.Workspace);
    const node = (await waitFor(() => commitment(tree, 'Write the retro notes'), 'the tree after the settings change'))!;
    assert.ok(await tree.markDone(node));
    assert.match(await readDisk(NOTE), /^- \[x\] Write the retro notes \[completion:: 2026-11-23\]$/m);
    await vscode.workspace.getConfiguration('oneOnOne').update('dateStyle', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('changes nothing when the item is no longer open, and unchecks the box again', async () => {
    const node = (await commitment(tree, 'Book the team dinner'))!;
    // Canceled in the editor meanwhile (not saved): the view has not caught up yet.
    const document = await vscode.workspace.openTextDocument(uriOf(NOTE));
    const line = document.getText().split('\n').findIndex((l) => l.includes('Book the team dinner'));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(line, 3, line, 4), '-');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const before = document.getText();
    const redrawn = nextEvent(tree.onDidChangeTreeData, 'tree redraw');
    assert.strictEqual(await tree.markDone(node), false);
    await redrawn;
    assert.strictEqual(document.getText(), before);
    assert.match(before, /^- \[-\] Book the team dinner/m);
  });
});
