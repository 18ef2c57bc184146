import * as vscode from 'vscode';
import { CommitmentsTreeProvider } from './providers/commitmentsTree';
import { MeetingsTreeProvider } from './providers/meetingsTree';
import { registerNewAgendaCommand } from './providers/newAgendaCommand';
import { WorkspaceVault } from './providers/workspaceVault';

/** What `activate` returns: the in-VS Code tests read real tree items through it. */
export interface OneOnOneApi {
  meetingsTree: MeetingsTreeProvider;
  vault: WorkspaceVault;
}

/** Only wires the surfaces in `src/providers/` to VS Code; every disposable goes to the context. */
export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  const meetingsTree = new MeetingsTreeProvider();
  const vault = new WorkspaceVault();
  context.subscriptions.push(
    vault,
    registerNewAgendaCommand(vault),
    meetingsTree,
    vscode.window.createTreeView('oneOnOne.meetings', { treeDataProvider: meetingsTree, showCollapseAll: true }),
    vscode.window.createTreeView('oneOnOne.commitments', { treeDataProvider: new CommitmentsTreeProvider() }),
    vscode.commands.registerCommand('oneOnOne.refresh', () => meetingsTree.refresh()),
  );
  return { meetingsTree, vault };
}

export function deactivate(): void {
  // Nothing to do: everything is disposed through context.subscriptions.
}
