import * as vscode from 'vscode';
import type { WorkspaceVault } from './vault/workspaceVault';

/**
 * What every surface of `src/providers/` is given when it registers: the vault of the workspace,
 * and the user's "Refresh" — one vault and one refresh for all, so no surface reads the workspace
 * or hears the command on its own.
 */
export class EditorServices implements vscode.Disposable {
  private readonly refreshRequested = new vscode.EventEmitter<void>();
  /** Fired by `oneOnOne.refresh`: the views and the status bar redraw from the vault as it is. */
  readonly onDidRequestRefresh = this.refreshRequested.event;

  constructor(readonly vault: WorkspaceVault) {}

  requestRefresh(): void {
    this.refreshRequested.fire();
  }

  dispose(): void {
    this.refreshRequested.dispose();
  }
}
