import * as vscode from 'vscode';
import { CALENDAR_NOT_FOUND, decodeCalendar, type CalendarBytesRead } from '../../core/calendar/calendarBytes';
import type { Settings } from '../../core/settings/settings';

/**
 * The calendar exports of the workspace (SPEC §12): the files of `oneOnOne.calendars`, else every
 * `*.ics` directly in the vault folder; found, read and watched through `vscode.workspace.fs`, as
 * the notes are. Paths are relative to the workspace folder.
 */

/** The calendar files to read now (those of the setting, whether there or not: a missing one is said). */
export async function findCalendars(root: vscode.Uri, settings: Settings): Promise<vscode.Uri[]> {
  if (settings.calendars.length > 0) return settings.calendars.map((file) => vscode.Uri.joinPath(root, ...file.split('/')));
  // `findFiles` matches the extension as written: an `.ICS` export counts too, as for the watch.
  const pattern = settings.folder === '' ? '*.{ics,ICS}' : `${settings.folder}/*.{ics,ICS}`;
  return vscode.workspace.findFiles(new vscode.RelativePattern(root, pattern));
}

/** A calendar export's text, or why it was not read; `gone` when it was deleted meanwhile (its delete event follows). */
export async function readCalendarExport(uri: vscode.Uri, listed: boolean): Promise<CalendarBytesRead | { kind: 'gone' }> {
  try {
    return decodeCalendar(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    const code = e instanceof vscode.FileSystemError ? e.code : undefined;
    if (code === 'FileNotFound') return listed ? { kind: 'skipped', reason: CALENDAR_NOT_FOUND } : { kind: 'gone' };
    if (code === 'FileIsADirectory') return { kind: 'skipped', reason: 'is a folder, not a calendar file' };
    return { kind: 'skipped', reason: `skipped: cannot be read (${code === 'NoPermissions' ? 'EACCES' : (code ?? 'unknown error')})` };
  }
}

/** Calls `written` or `deleted` for every `.ics` file of the workspace created, changed or deleted on disk. */
export function watchCalendars(root: vscode.Uri, events: { written(uri: vscode.Uri): void; deleted(uri: vscode.Uri): void }): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*.{ics,ICS}'));
  watcher.onDidCreate((uri) => events.written(uri));
  watcher.onDidChange((uri) => events.written(uri));
  watcher.onDidDelete((uri) => events.deleted(uri));
  return watcher;
}
