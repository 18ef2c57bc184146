import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { markDone } from '../core/edits/itemEdits';
import { revertLine } from '../core/edits/revertLine';
import { applyEdits } from '../core/edits/textEdit';
import { commitmentDescription, commitmentDetails, withStaleness, type CommitmentRow } from '../core/views/commitmentLabel';
import { findCommitmentItem, openCommitmentsOf, sortCommitments, type OpenCommitment } from '../core/views/openCommitments';
import { SeriesMemo } from '../core/vault/seriesMemo';
import { groupCommitments, type CommitmentsGroupKey } from '../core/views/commitmentGroups';
import type { CommitmentsGroupBy } from '../core/settings/settings';
import { parseNote } from '../parsing/parseNote';
import { applyAndSave } from '../vscode/workspaceEdits';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import { VaultTreeProvider } from '../vscode/vaultTreeProvider';
import type { Feature } from './feature';

/**
 * The Commitments view: every open commitment of the vault (SPEC §6: lineages whose latest copy
 * is open), grouped Overdue / This week / Later / No date, or — `oneOnOne.commitmentsGroupBy`,
 * switched from the title bar — I owe / They owe / Others (SPEC §10). Each has a checkbox: checking it — or
 * the inline "Mark commitment done" — writes `[x]` and the done date into the note, as one
 * undoable edit, and says so: "Marked done: …" with an Undo button, since the item leaves the
 * view at once and its note is not in sight.
 */


export interface CommitmentGroupNode {
  kind: 'group';
  group: CommitmentsGroupKey;
  label: string;
  commitments: CommitmentNode[];
}

export interface CommitmentNode {
  kind: 'commitment';
  commitment: CommitmentRow;
  today: string;
}

export type CommitmentsNode = CommitmentGroupNode | CommitmentNode;

const GROUP_ICONS: Record<CommitmentsGroupKey, vscode.ThemeIcon> = {
  overdue: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  'this-week': new vscode.ThemeIcon('calendar'),
  later: new vscode.ThemeIcon('clock'),
  'no-date': new vscode.ThemeIcon('circle-large-outline'),
  mine: new vscode.ThemeIcon('account'),
  theirs: new vscode.ThemeIcon('person'),
  others: new vscode.ThemeIcon('organization'),
};

/** Shows "Marked done: …" with its Undo button; the in-VS Code tests answer it themselves. */
export type DoneMessage = (message: string, ...actions: string[]) => Thenable<string | undefined>;

export class CommitmentsTreeProvider extends VaultTreeProvider<CommitmentsNode> {
  showDoneMessage: DoneMessage = (message, ...actions) => vscode.window.showInformationMessage(message, ...actions);
  /** Each series' open commitments, recomputed for the series an edit touched (and each day: overdue, this week). */
  private readonly openBySeries = new SeriesMemo((state) => withStaleness(openCommitmentsOf(state), [state]), 'day');

  async getChildren(node?: CommitmentsNode): Promise<CommitmentsNode[]> {
    if (node) return node.kind === 'group' ? node.commitments : [];
    await this.vault.restored();
    const today = this.vault.clock.now().date;
    const all = sortCommitments(this.vault.index.seriesValues(this.openBySeries).flat());
    return groupCommitments(all, this.groupBy()).map((g) => ({
      kind: 'group',
      group: g.key,
      label: g.label,
      commitments: g.commitments.map((commitment): CommitmentNode => ({ kind: 'commitment', commitment, today })),
    }));
  }

  /** `oneOnOne.commitmentsGroupBy`, as the vault read it (a change reloads the vault, which redraws the view). */
  groupBy(): CommitmentsGroupBy {
    return this.vault.index.settings.commitmentsGroupBy;
  }

  getTreeItem(node: CommitmentsNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.group}`;
      item.description = String(node.commitments.length);
      item.iconPath = GROUP_ICONS[node.group];
      item.contextValue = `oneOnOne.commitmentGroup.${node.group}`;
      return item;
    }
    const c = node.commitment;
    const item = new vscode.TreeItem(c.text || '(no text)', vscode.TreeItemCollapsibleState.None);
    item.id = `commitment:${c.file}:${c.line}:${c.textKey}`;
    item.description = commitmentDescription(c, node.today);
    item.tooltip = commitmentTooltip(c, node.today);
    item.checkboxState = { state: vscode.TreeItemCheckboxState.Unchecked, tooltip: 'Mark done' };
    item.contextValue = 'oneOnOne.commitment';
    const at = new vscode.Range(c.line, 0, c.line, 0);
    item.command = { command: 'vscode.open', title: 'Go to the commitment', arguments: [this.vault.uriOf(c.file), { selection: at } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  /** What the view does when checkboxes change: every commitment checked is marked done. */
  async checkboxesChanged(items: readonly (readonly [CommitmentsNode, vscode.TreeItemCheckboxState])[]): Promise<void> {
    for (const [node, state] of items) if (node.kind === 'commitment' && state === vscode.TreeItemCheckboxState.Checked) await this.markDone(node);
  }

  /**
   * Marks the commitment done in its note's current text (the open editor's, saved or not), where
   * it may have moved since the view was drawn. True when the note was changed. Whatever happens,
   * the view is redrawn, so a checkbox never stays checked on an item still open.
   */
  async markDone(node: CommitmentNode): Promise<boolean> {
    try {
      return await this.tryMarkDone(node.commitment);
    } finally {
      this.refresh();
    }
  }

  private async tryMarkDone(c: OpenCommitment): Promise<boolean> {
    if (!trustedOrExplain('mark commitments done')) return false;
    const text = await this.vault.readText(c.file);
    const settings = this.vault.index.settings;
    const item = text === undefined ? undefined : findCommitmentItem(parseNote(text, { sections: settings.sections }).items, c);
    if (!item) {
      void vscode.window.showWarningMessage(`1x1: "${c.text}" is no longer open in ${c.file}; nothing was changed.`);
      return false;
    }
    const today = this.vault.clock.now().date;
    const edits = markDone(c.file, item, today, settings.dateStyle);
    if (!(await applyAndSave(this.vault, edits))) {
      void vscode.window.showErrorMessage(`1x1: could not mark "${c.text}" done in ${c.file}.`);
      return false;
    }
    const before = text!.split('\n')[item.line];
    const after = applyEdits(text!, edits).split('\n')[item.line];
    void this.offerUndo(c, item.line, before, after);
    return true;
  }

  /** "Marked done: …" with Undo, which puts the item's line back as it was (if it is still as the mark left it). */
  private async offerUndo(c: OpenCommitment, line: number, before: string, after: string): Promise<void> {
    if ((await this.showDoneMessage(`Marked done: ${c.text || '(no text)'}`, 'Undo')) !== 'Undo') return;
    const text = await this.vault.readText(c.file);
    const edit = text === undefined ? undefined : revertLine(c.file, text, line, after, before);
    if (!edit || !(await applyAndSave(this.vault, [edit]))) void vscode.window.showWarningMessage(`1x1: "${c.text}" changed since it was marked done; nothing was undone.`);
    this.refresh();
  }
}

/**
 * The title bar's grouping toggle shows the other choice only: VS Code's `when` clauses read this
 * context key, kept equal to the setting.
 */
const GROUP_BY_CONTEXT = 'oneOnOne.commitmentsGroupBy';

/**
 * The toggle writes `oneOnOne.commitmentsGroupBy` to the workspace's settings when a folder is open
 * (the view shows this workspace's notes), else to the user's. The setting is window-scoped, so no
 * folder value can hide it.
 */
async function writeGroupBy(by: CommitmentsGroupBy): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('oneOnOne').update('commitmentsGroupBy', by, target);
}

/** The Commitments view: its tree, its checkboxes, the inline "Mark commitment done" and the grouping toggle; redrawn when the vault changes and on "Refresh". */
export const commitmentsView: Feature = (context, { vault, onDidRequestRefresh }) => {
  const tree = new CommitmentsTreeProvider(vault);
  const view = vscode.window.createTreeView('oneOnOne.commitments', { treeDataProvider: tree, manageCheckboxStateManually: true });
  const showGroupBy = () => void vscode.commands.executeCommand('setContext', GROUP_BY_CONTEXT, tree.groupBy());
  void vault.restored().then(showGroupBy);
  context.subscriptions.push(
    vault.onDidChange(showGroupBy),
    vscode.commands.registerCommand(COMMAND_IDS.groupCommitmentsByOwner, () => writeGroupBy('owner')),
    vscode.commands.registerCommand(COMMAND_IDS.groupCommitmentsByDue, () => writeGroupBy('due')),
    tree,
    view,
    view.onDidChangeCheckboxState((e) => tree.checkboxesChanged(e.items)),
    vscode.commands.registerCommand(COMMAND_IDS.markCommitmentDone, async (node?: CommitmentsNode) => (node?.kind === 'commitment' ? tree.markDone(node) : false)),
    onDidRequestRefresh(() => tree.refresh()),
  );
  return { commitmentsTree: tree };
};

function commitmentTooltip(c: CommitmentRow, today: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(c.text || '(no text)').appendMarkdown('**');
  for (const line of commitmentDetails(c, today)) md.appendMarkdown('\n\n').appendText(line);
  return md;
}
