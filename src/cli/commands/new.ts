import * as fs from 'node:fs';
import * as path from 'node:path';
import { isValidIsoDate } from '../../core/schedule/calendarDate';
import { AgendaError, writeNextAgenda, type DroppedCommitment } from '../../node/writeAgenda';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { calendarsFromArgs, clockFromArgs, settingsFor, vaultFolderFromArgs } from '../options';

/**
 * `one-on-one new <series> [folder] [--date D]`: writes the next agenda and the carried markers
 * in the previous note, and prints the new note's path. When a note for that date exists, prints
 * its path instead and writes nothing.
 */
export function runNew(args: ParsedArgs, io: CliIO): ExitCode {
  const [series, ...rest] = args.positional;
  if (!series) throw new UsageError('new needs the series (the person\'s folder name), e.g. `one-on-one new dana`');
  const date = args.flags.get('date');
  if (date !== undefined && (typeof date !== 'string' || !isValidIsoDate(date))) throw new UsageError(`--date ${String(date)} is not a real date; write YYYY-MM-DD`);
  const clock = clockFromArgs(args, io);
  const given = rest[0] ?? '1on1';
  // `new` may start a vault: the folder is created when it does not exist yet — only the folder
  // itself, so a mistyped path (`notes/1on1` for `note/1on1`) is said rather than made.
  const made = makeVaultFolder(path.resolve(io.cwd, given), given);
  try {
    return writeAgenda(args, io, { series, given, date: date as string | undefined, clock, rest });
  } finally {
    // A `new` that wrote nothing leaves no empty vault folder behind.
    if (made && fs.readdirSync(made).length === 0) fs.rmdirSync(made);
  }
}

function makeVaultFolder(absolute: string, given: string): string | undefined {
  if (fs.existsSync(absolute)) return undefined;
  try {
    fs.mkdirSync(absolute);
    return absolute;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`folder ${path.dirname(given)} does not exist; give the vault folder (e.g. \`one-on-one new dana 1on1\`), or create its parent first`);
    throw new UsageError(`cannot make the vault folder ${given} (${code ?? (e as Error).message}); check its parent's permissions`);
  }
}

function writeAgenda(args: ParsedArgs, io: CliIO, request: { series: string; given: string; date: string | undefined; clock: ReturnType<typeof clockFromArgs>; rest: string[] }): ExitCode {
  const { series, given, date, clock, rest } = request;
  const folder = vaultFolderFromArgs({ ...args, positional: rest }, io);
  // Paths are printed as the folder was given, so they can be opened from here.
  const shown = (file: string) => path.join(given, file.split('/').slice(1).join('/'));
  try {
    const outcome = writeNextAgenda(folder, series, { settings: settingsFor(folder, io), clock, date, calendars: calendarsFromArgs(args, io) });
    if (outcome.kind === 'exists') {
      io.err(`A note for ${outcome.date} exists already; it was not changed.\n`);
      io.out(shown(outcome.file) + '\n');
      return 0;
    }
    const from = outcome.carriedFrom.length > 0 ? outcome.carriedFrom.join(', ') : outcome.previous;
    const carried = outcome.carried === 0 ? 'nothing carried' : `${outcome.carried} item${outcome.carried === 1 ? '' : 's'} carried from ${from}`;
    io.err(`New agenda for ${outcome.date}: ${carried}.\n`);
    if (outcome.dropped.length > 0) io.err(droppedLine(outcome.dropped) + '\n');
    io.out(shown(outcome.file) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof AgendaError) {
      io.err(`one-on-one: ${e.message}\n`);
      return e.exitCode;
    }
    // A file-system error that escaped the all-or-nothing write still gets one line, not a trace.
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code === 'string') {
      io.err(`one-on-one: new failed (${code}: ${(e as Error).message.split('\n')[0]})\n`);
      return 1;
    }
    throw e;
  }
}

/** How many dropped commitments were left behind, naming the first few (`check` tells the rest). */
const DROPPED_NAMED = 5;

function droppedLine(dropped: readonly DroppedCommitment[]): string {
  const n = dropped.length;
  const named = dropped.slice(0, DROPPED_NAMED).map((d) => `"${d.text}" in ${d.file.slice(d.file.lastIndexOf('/') + 1)}`);
  const more = n > DROPPED_NAMED ? `, and ${n - DROPPED_NAMED} more` : '';
  return `${n} dropped commitment${n === 1 ? ' was' : 's were'} not carried (see \`one-on-one check\`): ${named.join(', ')}${more}`;
}
