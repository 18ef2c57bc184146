import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import type { LocalDateTime } from '../core/schedule/clock';
import { CALENDAR_WEEKS, calendarMeetings, calendarOf } from '../core/render/icalendar';
import { seriesName } from '../core/model/seriesState';
import { seriesIdOf } from '../vscode/commandTargets';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import { defaultExportUri, openExported, rememberExportFolder } from '../vscode/exportFiles';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * "Export upcoming 1x1s as iCalendar (.ics)": the next 12 weeks of one person's meetings, or
 * everyone's, written to a file the user picks (default `<person>-meetings.ics` or
 * `1x1-meetings.ics` in Downloads or the last export's folder, never among the notes) for a
 * calendar app to import ("Open" hands it to one). The person is a
 * Meetings node or a series id, `*` for everyone, or else picked; a second argument (a URI, or a
 * workspace-relative path) is where to write, and skips the save dialog (tests, tasks).
 */

/** The argument for every person (no series id can be `*`). */
export const EVERYONE = '*';

/** What the command wrote, for its callers and the tests. */
export type CalendarExportResult = { uri: vscode.Uri; meetings: number; series: string[] } | undefined;

interface PersonPick extends vscode.QuickPickItem {
  series: string;
}

export const calendarExport: Feature = (context, { vault }) => {
  context.subscriptions.push(vscode.commands.registerCommand(COMMAND_IDS.exportCalendar, (target?: unknown, destination?: unknown) => exportCalendar(vault, context.globalState, target, destination)));
};

async function exportCalendar(vault: WorkspaceVault, memory: vscode.Memento, target: unknown, destination: unknown): Promise<CalendarExportResult> {
  if (!trustedOrExplain('export the calendar')) return undefined;
  await vault.ready();
  const chosen = target === EVERYONE ? EVERYONE : (seriesIdOf(target) ?? (await pickPerson(vault)));
  if (chosen === undefined) return undefined;
  const ids = chosen === EVERYONE ? vault.index.seriesIds() : [chosen];
  const states = ids.map((id) => vault.index.seriesState(id)).filter((s) => s !== undefined);
  if (states.length === 0) {
    void vscode.window.showWarningMessage(chosen === EVERYONE ? '1x1: the vault has no meetings yet.' : `1x1: there is no 1x1 series "${chosen}".`);
    return undefined;
  }
  const who = chosen === EVERYONE ? 'everyone' : seriesName(states[0], chosen);
  const now = vault.clock.now();
  const meetings = calendarMeetings(states, now);
  if (meetings.length === 0) {
    void vscode.window.showInformationMessage(`1x1: no 1x1 with ${who} in the next ${CALENDAR_WEEKS} weeks (no cadence and no planned notes); nothing to export.`);
    return undefined;
  }

  const given = destinationUri(vault, destination);
  const uri = given ?? (await askWhere(vault, memory, chosen === EVERYONE ? '1x1' : chosen));
  if (!uri) return undefined;
  if (!given) await rememberExportFolder(memory, uri);
  const text = calendarOf(meetings, { now, utcOffsetMinutes: utcOffsetAt(now) });
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  } catch (error) {
    void vscode.window.showErrorMessage(`1x1: could not write ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const count = `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(`1x1: exported ${count} with ${who} (the next ${CALENDAR_WEEKS} weeks) to ${uri.path.slice(uri.path.lastIndexOf('/') + 1)}.`, 'Open').then((choice) => {
    if (choice === 'Open') void openExported(uri);
  });
  return { uri, meetings: meetings.length, series: states.map((s) => s.id) };
}

async function pickPerson(vault: WorkspaceVault): Promise<string | undefined> {
  const items: PersonPick[] = [{ label: 'Everyone', description: 'every person in one calendar', series: EVERYONE }];
  for (const id of vault.index.seriesIds()) items.push({ label: seriesName(vault.index.seriesState(id)!, id), description: id, series: id });
  const picked = await vscode.window.showQuickPick(items, { title: 'Export upcoming 1x1s (.ics)', placeHolder: `Whose 1x1s of the next ${CALENDAR_WEEKS} weeks?` });
  return picked?.series;
}

async function askWhere(vault: WorkspaceVault, memory: vscode.Memento, base: string): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    title: 'Export upcoming 1x1s',
    // Downloads (or the last export's folder), as the agenda's HTML: a file for the calendar app, not for the notes.
    defaultUri: await defaultExportUri(vault, memory, `${base}-meetings.ics`),
    filters: { iCalendar: ['ics'] },
    saveLabel: 'Export',
  });
}

function destinationUri(vault: WorkspaceVault, destination: unknown): vscode.Uri | undefined {
  if (destination instanceof vscode.Uri) return destination;
  return typeof destination === 'string' && destination.trim() !== '' ? vault.uriOf(destination.trim()) : undefined;
}

/** The local time zone's offset from UTC, in minutes, at the clock's local time (for DTSTAMP in UTC). */
function utcOffsetAt(now: LocalDateTime): number {
  const [year, month, day] = now.date.split('-').map(Number);
  const [hours, minutes] = now.time.split(':').map(Number);
  return -new Date(year, month - 1, day, hours, minutes).getTimezoneOffset();
}
