import * as fs from 'node:fs';
import * as path from 'node:path';
import { isCalendarPath } from '../core/vault/vaultPaths';
import type { Settings } from '../core/settings/settings';
import { CALENDAR_NOT_FOUND, decodeCalendar, MAX_CALENDAR_BYTES, tooLargeCalendar, type CalendarBytesRead } from '../core/calendar/calendarBytes';
import { cannotBeRead } from './noteFile';

/**
 * The calendar exports the CLI reads (SPEC §12): the `--calendar` files when given, else those of
 * `oneOnOne.calendars` (relative to the vault folder's parent, where `.vscode/settings.json` is),
 * else every `*.ics` directly in the vault folder.
 */

export interface CalendarSource {
  /** Absolute path. */
  path: string;
  /** The name the index and the messages use: relative to the vault folder's parent when inside it, else as absolute. */
  name: string;
  /** Given on the command line: a file that is not there is an error, not a notice. */
  given: boolean;
}

export function calendarSources(vaultFolder: string, settings: Pick<Settings, 'calendars'>, given: readonly string[] | undefined): CalendarSource[] {
  const root = path.dirname(vaultFolder);
  const nameOf = (file: string) => {
    const relative = path.relative(root, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
  };
  if (given && given.length > 0) return given.map((file) => ({ path: file, name: nameOf(file), given: true }));
  if (settings.calendars.length > 0) return settings.calendars.map((c) => ({ path: path.resolve(root, c), name: c, given: false }));
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(vaultFolder, { withFileTypes: true });
  } catch {
    return []; // the vault's own walk reports a folder it cannot list
  }
  const folder = path.basename(vaultFolder);
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isCalendarPath(`${folder}/${e.name}`, { folder, calendars: [] }))
    .map((e) => e.name)
    .sort()
    .map((name) => ({ path: path.join(vaultFolder, name), name: `${folder}/${name}`, given: false }));
}

/** A calendar file's text, or why it was not read (missing, too large, binary, unreadable). Never throws. */
export function readCalendarFile(file: string): CalendarBytesRead {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_CALENDAR_BYTES) return { kind: 'skipped', reason: tooLargeCalendar(size) };
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'skipped', reason: CALENDAR_NOT_FOUND };
    if (code === 'EISDIR') return { kind: 'skipped', reason: 'is a folder, not a calendar file' };
    return { kind: 'skipped', reason: cannotBeRead(e) };
  }
  return decodeCalendar(bytes);
}
