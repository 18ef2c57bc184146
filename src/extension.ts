import * as vscode from 'vscode';
import { CommitmentsTreeProvider } from './providers/commitmentsTree';
import { MeetingsTreeProvider } from './providers/meetingsTree';
import { registerNewAgendaCommand } from './providers/newAgendaCommand';
import { WorkspaceVault } from './providers/workspaceVault';

/**
 * What `activate` returns: the in-VS Code tests read real tree items, decorations and the status
 * bar through it (VS Code has no API to read those back from the workbench).
 */
export interface OneOnOneApi {
  vault: WorkspaceVault;
  /** Milliseconds since `activate()` began: its synchronous part, and until the vault's first read was indexed (the bench reads these). */
  activation: { activateMs: number; vaultReadyMs?: number };
  meetingsTree: MeetingsTreeProvider;
}

/** Only wires the surfaces in `src/providers/` to VS Code; every disposable goes to the context. */
export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  const started = performance.now();
  const vault = new WorkspaceVault();
  const activation: OneOnOneApi['activation'] = { activateMs: 0 };
  void vault.ready().then(() => (activation.vaultReadyMs = performance.now() - started));
  const meetingsTree = new MeetingsTreeProvider();
  context.subscriptions.push(
    vault,
    registerNewAgendaCommand(vault),
    meetingsTree,
    vscode.window.createTreeView('oneOnOne.meetings', { treeDataProvider: meetingsTree, showCollapseAll: true }),
    vscode.window.createTreeView('oneOnOne.commitments', { treeDataProvider: new CommitmentsTreeProvider() }),
    vscode.commands.registerCommand('oneOnOne.refresh', () => meetingsTree.refresh()),
  );
  activation.activateMs = performance.now() - started;
  return { vault, activation, meetingsTree };
}

export function deactivate(): void {
  // Nothing to do: everything is disposed through context.subscriptions.
}
