import * as vscode from 'vscode';

/**
 * The Commitments view. Until the vault index feeds it, it has no items, so VS Code shows the
 * view's welcome content (package.json `contributes.viewsWelcome`) instead of an empty list or
 * the "no data provider" message it shows for a view nobody registered.
 */
export class CommitmentsTreeProvider implements vscode.TreeDataProvider<vscode.TreeItem> {
  getTreeItem(item: vscode.TreeItem): vscode.TreeItem {
    return item;
  }

  getChildren(): vscode.TreeItem[] {
    return [];
  }
}
