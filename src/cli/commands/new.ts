import * as fs from 'node:fs';
import * as path from 'node:path';
import { isValidIsoDate } from '../../core/calendarDate';
import { AgendaError, writeNextAgenda } from '../../node/writeAgenda';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs, settingsFor, vaultFolderFromArgs } from '../options';

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
  // `new` may start a vault: the folder is created when it does not exist yet.
  fs.mkdirSync(path.resolve(io.cwd, given), { recursive: true });
  const folder = vaultFolderFromArgs({ ...args, positional: rest }, io);
  // Paths are printed as the folder was given, so they can be opened from here.
  const shown = (file: string) => path.join(given, file.split('/').slice(1).join('/'));
  try {
    const outcome = writeNextAgenda(folder, series, { settings: settingsFor(folder, io), clock, date: date as string | undefined });
    if (outcome.kind === 'exists') {
      io.err(`A note for ${outcome.date} exists already; it was not changed.\n`);
      io.out(shown(outcome.file) + '\n');
      return 0;
    }
    const carried = outcome.carried === 0 ? 'nothing carried' : `${outcome.carried} item${outcome.carried === 1 ? '' : 's'} carried from ${outcome.previous}`;
    io.err(`New agenda for ${outcome.date}: ${carried}.\n`);
    io.out(shown(outcome.file) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof AgendaError) {
      io.err(`one-on-one: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
