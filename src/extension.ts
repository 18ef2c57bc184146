import * as vscode from 'vscode';
import { registerCalendarExport } from './providers/calendarExport';
import { CommitmentsTreeProvider, registerCommitmentsView } from './providers/commitmentsTree';
import { registerCompletion } from './providers/completion';
import { VaultDiagnostics } from './providers/diagnostics';
import { ItemDecorations, type ItemDecorationsProbe } from './providers/itemDecorations';
import { InsightsPanels } from './providers/insightsPanel';
import { registerItemHover } from './providers/itemHover';
import { MeetingsTreeProvider } from './providers/meetingsTree';
import { registerNewAgendaCommand } from './providers/newAgendaCommand';
import { registerNoteCodeLens } from './providers/noteCodeLens';
import { registerNoteStatusCommands } from './providers/noteStatusCommands';
import { registerQuickFixes } from './providers/quickFixes';
import { registerRescheduleCommand } from './providers/rescheduleCommand';
import { registerSettingsWarnings } from './providers/settingsWarnings';
import { registerShareCommands } from './providers/shareCommands';
import { NextMeetingStatusBar, registerOpenNextAgendaCommand } from './providers/statusBar';
import { registerViewTitleCommands } from './providers/viewTitleCommands';
import { WorkspaceVault } from './vscode/vault/workspaceVault';

/**
 * What `activate` returns: the in-VS Code tests read real tree items, decorations and the status
 * bar through it (VS Code has no API to read those back from the workbench).
 */
export interface OneOnOneApi {
  vault: WorkspaceVault;
  /** Milliseconds since `activate()` began: its synchronous part, and until the vault's first read was indexed (the bench reads these). */
  activation: { activateMs: number; vaultReadyMs?: number };
  meetingsTree: MeetingsTreeProvider;
  commitmentsTree: CommitmentsTreeProvider;
  /** The next-meeting status bar item (VS Code cannot read status bar items back). */
  statusBar: NextMeetingStatusBar;
  /** The item decorations last set per document (VS Code cannot read decorations back). */
  decorations: ItemDecorationsProbe;
  /** The open Insights panels and the HTML last given to each (VS Code cannot read a webview back). */
  insights: Pick<InsightsPanels, 'show' | 'lastHtml' | 'titles'>;
  /** The settings warnings last shown (VS Code cannot read notifications back). */
  settingsWarnings: { lastShown(): readonly string[] };
}

/** Only wires the surfaces in `src/providers/` to VS Code; every disposable goes to the context. */
export function activate(context: vscode.ExtensionContext): OneOnOneApi {
  const started = performance.now();
  const vault = new WorkspaceVault();
  const activation: OneOnOneApi['activation'] = { activateMs: 0 };
  void vault.ready().then(() => (activation.vaultReadyMs = performance.now() - started));
  const meetingsTree = new MeetingsTreeProvider(vault);
  const commitmentsTree = new CommitmentsTreeProvider(vault);
  const statusBar = new NextMeetingStatusBar(vault);
  context.subscriptions.push(
    vault,
    registerNewAgendaCommand(vault),
    meetingsTree,
    vscode.window.createTreeView('oneOnOne.meetings', { treeDataProvider: meetingsTree, showCollapseAll: true }),
    commitmentsTree,
    registerCommitmentsView(commitmentsTree),
    registerNoteStatusCommands(vault),
    registerRescheduleCommand(vault),
    registerCalendarExport(vault),
    registerShareCommands(vault),
    statusBar,
    registerOpenNextAgendaCommand(vault),
    vscode.commands.registerCommand('oneOnOne.refresh', () => {
      meetingsTree.refresh();
      commitmentsTree.refresh();
      statusBar.update();
    }),
  );
  const decorations = new ItemDecorations(vault);
  context.subscriptions.push(decorations, registerItemHover(vault), registerNoteCodeLens(vault), registerCompletion(vault));
  context.subscriptions.push(new VaultDiagnostics(vault, context.extensionUri), registerQuickFixes(vault, context.extensionUri));
  const insights = new InsightsPanels(vault);
  const settingsWarnings = registerSettingsWarnings();
  context.subscriptions.push(insights, registerViewTitleCommands(), settingsWarnings);
  activation.activateMs = performance.now() - started;
  return { vault, activation, meetingsTree, commitmentsTree, statusBar, decorations, insights, settingsWarnings };
}

export function deactivate(): void {
  // Nothing to do: everything is disposed through context.subscriptions.
}
