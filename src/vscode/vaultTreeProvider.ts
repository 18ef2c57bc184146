import * as vscode from 'vscode';
import type { WorkspaceVault } from './vault/workspaceVault';

/**
 * What the Meetings and Commitments views share: both are drawn from the vault index as it is
 * when VS Code asks, so any change the vault reports (or `refresh()`) redraws the whole view.
 */
export abstract class VaultTreeProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];

  constructor(protected readonly vault: WorkspaceVault) {
    this.subscriptions.push(
      vault.onDidChange(() => this.refresh()),
      // Relative dates ("tomorrow"), groups ("This week") and past/upcoming move at midnight.
      vault.onDidChangeTime((change) => {
        if (change.dateChanged) this.refresh();
      }),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  abstract getChildren(node?: T): Promise<T[]>;
  abstract getTreeItem(node: T): vscode.TreeItem;

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
