import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { markDone } from '../core/edits/itemEdits';
import { revertLine } from '../core/edits/revertLine';
import { applyEdits } from '../core/edits/textEdit';
import { commitmentDescription, commitmentDetails, withStaleness, type CommitmentRow } from '../core/views/commitmentLabel';
import { COMMITMENT_GROUPS, findCommitmentItem, sortedOpenCommitments, type CommitmentGroup, type OpenCommitment } from '../core/views/openCommitments';
import { parseNote } from '../parsing/parseNote';
import { applyAndSave } from '../vscode/workspaceEdits';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import { VaultTreeProvider } from '../vscode/vaultTreeProvider';
import type { Feature } from './feature';

/**
 * The Commitments view: every open commitment of the vault (SPEC §6: lineages whose latest copy
 * is open), grouped Overdue / This week / Later / No date. Each has a checkbox: checking it — or
 * the inline "Mark commitment done" — writes `[x]` and the done date into the note, as one
 * undoable edit, and says so: "Marked done: …" with an Undo button, since the item leaves the
 * view at once and its note is not in sight.
 */


export interface CommitmentGroupNode {
  kind: 'group';
  group: CommitmentGroup;
  commitments: CommitmentNode[];
}

export interface CommitmentNode {
  kind: 'commitment';
  commitment: CommitmentRow;
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

/** Shows "Marked done: …" with its Undo button; the in-VS Code tests answer it themselves. */
export type DoneMessage = (message: string, ...actions: string[]) => Thenable<string | undefined>;

export class CommitmentsTreeProvider extends VaultTreeProvider<CommitmentsNode> {
  showDoneMessage: DoneMessage = (message, ...actions) => vscode.window.showInformationMessage(message, ...actions);

  async getChildren(node?: CommitmentsNode): Promise<CommitmentsNode[]> {
    if (node) return node.kind === 'group' ? node.commitments : [];
    await this.vault.ready();
    const today = this.vault.clock.now().date;
    const states = this.vault.index.seriesStates();
    const all = withStaleness(sortedOpenCommitments(states), states);
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

function commitmentTooltip(c: CommitmentRow, today: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(c.text || '(no text)').appendMarkdown('**');
  for (const line of commitmentDetails(c, today)) md.appendMarkdown('\n\n').appendText(line);
  return md;
}
