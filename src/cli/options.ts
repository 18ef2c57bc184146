import * as fs from 'node:fs';
import * as path from 'node:path';
import { clockFromEnvironment, fixedClock, parseLocalDateTime, type Clock } from '../core/schedule/clock';
import { isValidIsoDate } from '../core/schedule/calendarDate';
import { dateFromFileName } from '../core/vault/vaultPaths';
import { UsageError, type ParsedArgs } from './args';
import type { CliIO } from './io';
import type { Settings } from '../core/settings/settings';
import { readWorkspaceSettings } from '../node/workspaceSettings';
import { defaultCacheFile } from '../node/indexCache';
import { loadVault, type LoadedVault } from '../node/loadVault';

/** `--now` wins over `--today` (which pins the date at 00:00), which wins over `ONE_ON_ONE_NOW`, which wins over the system clock. */
export function clockFromArgs(args: ParsedArgs, io: CliIO): Clock {
  const now = args.flags.get('now');
  if (typeof now === 'string') {
    const at = parseLocalDateTime(now);
    if (!at) throw new UsageError(`--now ${now} is not a real date and time; write YYYY-MM-DDTHH:MM`);
    return fixedClock(at);
  }
  const today = args.flags.get('today');
  if (typeof today === 'string') {
    if (!isValidIsoDate(today)) throw new UsageError(`--today ${today} is not a real date; write YYYY-MM-DD`);
    return fixedClock({ date: today, time: '00:00' });
  }
  if (io.env.ONE_ON_ONE_NOW !== undefined && !parseLocalDateTime(io.env.ONE_ON_ONE_NOW))
    throw new UsageError(`ONE_ON_ONE_NOW=${io.env.ONE_ON_ONE_NOW} is not a real date and time; write YYYY-MM-DDTHH:MM`);
  return clockFromEnvironment(io.env);
}

export type OutputFormat = 'text' | 'json';

export function formatFromArgs(args: ParsedArgs): OutputFormat {
  const format = args.flags.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not ${String(format)}`);
  return format;
}

/** The `--calendar` files, absolute (SPEC §12); undefined when none is given (then the default ones are read). */
export function calendarsFromArgs(args: ParsedArgs, io: CliIO): string[] | undefined {
  return args.calendars.length > 0 ? args.calendars.map((c) => path.resolve(io.cwd, c)) : undefined;
}

/** The persisted index file of `--cache [FILE]` (absolute), by default beside the vault folder; undefined without `--cache`. */
export function cacheFromArgs(args: ParsedArgs, io: CliIO, folder: string): string | undefined {
  const cache = args.flags.get('cache');
  if (cache === undefined) return undefined;
  return cache === true ? defaultCacheFile(folder) : path.resolve(io.cwd, cache);
}

/**
 * The vault of a command that reads it: its settings, `--calendar` and `--cache` applied; the files
 * that were not read are said on stderr, one line each, as is a cache that could not be written
 * (the command itself goes on).
 */
export function loadVaultForCommand(folder: string, args: ParsedArgs, io: CliIO, clock: Clock): LoadedVault {
  const loaded = loadVault(folder, { settings: settingsFor(folder, io), clock, calendars: calendarsFromArgs(args, io), cache: cacheFromArgs(args, io, folder) });
  for (const s of loaded.skipped) io.err(`${s.file}: ${s.reason}\n`);
  const cache = loaded.cache;
  if (cache?.writeError) io.err(`warning: ${cache.file}: the cache ${cache.writeError}; the command went on without it\n`);
  return loaded;
}

/** The vault folder: the first positional argument, else `./1on1`. It must exist. */
export function vaultFolderFromArgs(args: ParsedArgs, io: CliIO): string {
  const given = args.positional[0] ?? '1on1';
  const folder = path.resolve(io.cwd, given);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder);
  } catch {
    stat = undefined;
  }
  if (!stat) throw new UsageError(`folder ${given} does not exist${args.positional[0] ? '' : ' (give the vault folder, e.g. `one-on-one check notes/1on1`)'}`);
  if (!stat.isDirectory()) throw new UsageError(`${given} is not a folder`);
  if (isPersonFolder(folder)) {
    // `check 1on1/morgan` would find no series there and pass forever; `new morgan 1on1/morgan` would start `1on1/morgan/morgan/`.
    const vault = path.dirname(given) === '.' ? '..' : path.dirname(given);
    const example = args.command === 'new' ? `new ${path.basename(folder)} ${vault}` : `${args.command ?? 'check'} ${vault}`;
    throw new UsageError(`${given} is one person's folder; give the vault folder, e.g. \`one-on-one ${example}\``, false);
  }
  return folder;
}

/**
 * A series folder given where the vault folder is expected: it holds dated notes (`2026-11-24.md`)
 * or a `profile.md` directly, and no folder of its own (a vault holds series folders). A folder
 * that cannot be listed is left for the load to report.
 */
function isPersonFolder(folder: string): boolean {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return false;
  }
  let notes = false;
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory() || (e.isSymbolicLink() && isFolder(path.join(folder, e.name)))) return false;
    if (e.name.toLowerCase() === 'profile.md' || dateFromFileName(e.name) !== undefined) notes = true;
  }
  return notes;
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Settings from `.vscode/settings.json` beside the vault folder (a warning on stderr when it is broken). */
export function settingsFor(folder: string, io: CliIO): Settings {
  const { settings, warnings } = readWorkspaceSettings(path.dirname(folder), path.basename(folder));
  for (const warning of warnings) io.err(`one-on-one: ${warning}\n`);
  return settings;
}
