import * as path from 'node:path';
import { seriesForName } from '../core/agenda/agenda';
import type { SeriesState } from '../core/model/seriesState';
import type { Clock } from '../core/schedule/clock';
import { readNoteFile } from '../node/noteFile';
import { UsageError, type ParsedArgs } from './args';
import type { CliIO } from './io';
import { loadVaultForCommand, vaultFolderFromArgs } from './options';

/**
 * The one series a command about a person is given (`brief dana`, `review "Dana Whitfield"`): the
 * first positional argument, named as for `new` (folder name, or the person's name), in the vault
 * folder after it. A missing name, a name that could be two series or none is exit 2 with one line.
 * With it, a reader of the notes' text: the index keeps only what the rules need.
 */
export function namedSeriesFromArgs(args: ParsedArgs, io: CliIO, clock: Clock, command: string, example: string): { state: SeriesState; read: (file: string) => string | undefined; root: string } {
  const [name, ...rest] = args.positional;
  if (!name) throw new UsageError(`${command} needs the series (the person's folder name), e.g. \`${example}\``);
  if (rest.length > 1) throw new UsageError(`${command} takes one series and one folder, not ${rest.length} folders`);
  const folder = vaultFolderFromArgs({ ...args, positional: rest }, io);
  const { index, root } = loadVaultForCommand(folder, args, io, clock);
  const states = index.seriesStates();
  const match = seriesForName(states, name);
  if (match.kind === 'ambiguous') throw new UsageError(`"${name}" could be ${match.ids.join(' or ')}; give the series' folder name`, false);
  const state = match.kind === 'found' ? index.seriesState(match.id) : undefined;
  if (!state) {
    const known = states.map((s) => s.id);
    throw new UsageError(`no series "${name}" in ${rest[0] ?? '1on1'}${known.length > 0 ? `; the series are ${known.join(', ')}` : ''}`, false);
  }
  const read = (file: string) => {
    const got = readNoteFile(path.join(root, ...file.split('/')));
    return got.kind === 'skipped' ? undefined : got.text;
  };
  return { state, read, root };
}
