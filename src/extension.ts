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
  meetingsTree: MeetingsTreeProvider;
}

/** Only wires the surfaces in `src/providers/` to VS Code; every disposable goes to the context. */
export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  const vault = new WorkspaceVault();
  const meetingsTree = new MeetingsTreeProvider();
  context.subscriptions.push(
    vault,
    registerNewAgendaCommand(vault),
    meetingsTree,
    vscode.window.createTreeView('oneOnOne.meetings', { treeDataProvider: meetingsTree, showCollapseAll: true }),
    vscode.window.createTreeView('oneOnOne.commitments', { treeDataProvider: new CommitmentsTreeProvider() }),
    vscode.commands.registerCommand('oneOnOne.refresh', () => meetingsTree.refresh()),
  );
  return { vault, meetingsTree };
}

export function deactivate(): void {
  // Nothing to do: everything is disposed through context.subscriptions.
}
