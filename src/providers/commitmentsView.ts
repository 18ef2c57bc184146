import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { formatLongDate, formatShortDateFrom } from '../core/schedule/calendarDate';
import { markDone } from '../core/edits/itemEdits';
import { COMMITMENT_GROUPS, findCommitmentItem, sortedOpenCommitments, type CommitmentGroup, type OpenCommitment } from '../core/views/openCommitments';
import { firstName } from '../core/model/personName';
import { relativeDay } from '../core/views/relativeDay';
import { parseNote } from '../parsing/parseNote';
import { applyAndSave } from '../vscode/workspaceEdits';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import { VaultTreeProvider } from '../vscode/vaultTreeProvider';
import type { Feature } from './feature';

/**
 * The Commitments view: every open commitment of the vault (SPEC §6: lineages whose latest copy
 * is open), grouped Overdue / This week / Later / No date. Each has a checkbox: checking it — or
 * the inline "Mark commitment done" — writes `[x]` and the done date into the note, as one
 * undoable edit.
 */


export interface CommitmentGroupNode {
  kind: 'group';
  group: CommitmentGroup;
  commitments: CommitmentNode[];
}

export interface CommitmentNode {
  kind: 'commitment';
  commitment: OpenCommitment;
  today: string;
}

export type CommitmentsNode = CommitmentGroupNode | CommitmentNode;

const GROUP_LABELS: Record<CommitmentGroup, string> = { overdue: 'Overdue', 'this-week': 'This week', later: 'Later', 'no-date': 'No date' };
const GROUP_ICONS: Record<CommitmentGroup, vscode.ThemeIcon> = {
  overdue: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  'this-week': new vscode.ThemeIcon('calendar'),
  later: new vscode.ThemeIcon('clock'),
  'no-date': new vscode.ThemeIcon('circle-large-outline'),
};

export class CommitmentsTreeProvider extends VaultTreeProvider<CommitmentsNode> {
  async getChildren(node?: CommitmentsNode): Promise<CommitmentsNode[]> {
    if (node) return node.kind === 'group' ? node.commitments : [];
    await this.vault.ready();
    const today = this.vault.clock.now().date;
    const all = sortedOpenCommitments(this.vault.index.seriesStates());
    const groups: CommitmentGroupNode[] = [];
    for (const group of COMMITMENT_GROUPS) {
      const commitments = all.filter((c) => c.group === group).map((commitment): CommitmentNode => ({ kind: 'commitment', commitment, today }));
      if (commitments.length > 0) groups.push({ kind: 'group', group, commitments });
    }
    return groups;
  }

  getTreeItem(node: CommitmentsNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(GROUP_LABELS[node.group], vscode.TreeItemCollapsibleState.Expanded);
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
    if (!(await applyAndSave(this.vault, markDone(c.file, item, today, settings.dateStyle)))) {
      void vscode.window.showErrorMessage(`1x1: could not mark "${c.text}" done in ${c.file}.`);
      return false;
    }
    vscode.window.setStatusBarMessage(`1x1: done — ${c.text}`, 5000);
    return true;
  }
}

/** The Commitments view: its tree, its checkboxes and the inline "Mark commitment done"; redrawn when the vault changes and on "Refresh". */
export const commitmentsView: Feature = (context, { vault, onDidRequestRefresh }) => {
  const tree = new CommitmentsTreeProvider(vault);
  const view = vscode.window.createTreeView('oneOnOne.commitments', { treeDataProvider: tree, manageCheckboxStateManually: true });
  context.subscriptions.push(
    tree,
    view,
    view.onDidChangeCheckboxState((e) => tree.checkboxesChanged(e.items)),
    vscode.commands.registerCommand(COMMAND_IDS.markCommitmentDone, async (node?: CommitmentsNode) => (node?.kind === 'commitment' ? tree.markDone(node) : false)),
    onDidRequestRefresh(() => tree.refresh()),
  );
  return { commitmentsTree: tree };
};

/** `Dana · due Fri 27 Nov · @dana · carried 2×`. */
function commitmentDescription(c: OpenCommitment, today: string): string {
  const parts = [firstName(c.person)];
  if (c.due) parts.push(`due ${formatShortDateFrom(c.due, today)}`);
  if (c.owner) parts.push(`@${c.owner}`);
  if (c.carried > 0) parts.push(`carried ${c.carried}×`);
  return parts.join(' · ');
}

function commitmentTooltip(c: OpenCommitment, today: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(c.text || '(no text)').appendMarkdown('**\n\n');
  md.appendText(`1x1 with ${c.person} · ${c.owner ? `owner @${c.owner}` : 'mine'}`).appendMarkdown('\n\n');
  md.appendText(c.due ? `Due ${formatLongDate(c.due)} (${relativeDay(c.due, today)})` : 'No due date').appendMarkdown('\n\n');
  md.appendText(`Raised ${formatLongDate(c.raised)}${c.carried > 0 ? `, carried ${c.carried}×` : ''}`).appendMarkdown('\n\n');
  md.appendText(`${c.file}:${c.line + 1}`);
  return md;
}
