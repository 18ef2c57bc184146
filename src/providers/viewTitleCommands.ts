import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import type { Feature } from './feature';

/**
 * The Meetings view's title-bar actions. VS Code hands a title action the tree's focused item
 * (for keyboard users), so "+" there would silently write the agenda of whoever is focused and
 * "Show Insights" would show that person. These commands drop the argument: the title bar asks
 * whom; the per-person commands stay on each person's row. (Insights for everyone is the
 * Insights panel's own command: its palette command narrows to the active note's person.)
 */
const TITLE_COMMANDS: Record<string, string> = {
  [COMMAND_IDS.newAgendaFromTitle]: COMMAND_IDS.newAgenda,
  [COMMAND_IDS.exportCalendarFromTitle]: COMMAND_IDS.exportCalendar,
};

export const viewTitleCommands: Feature = (context, services) => {
  context.subscriptions.push(
    ...Object.entries(TITLE_COMMANDS).map(([title, command]) => vscode.commands.registerCommand(title, () => vscode.commands.executeCommand(command))),
    // "Refresh" on both views' title bars: the views and the status bar redraw.
    vscode.commands.registerCommand(COMMAND_IDS.refresh, () => services.requestRefresh()),
  );
};
