import * as path from 'node:path';
import { seriesForName } from '../../core/agenda/agenda';
import { briefMarkdown } from '../../core/render/brief';
import { briefOf } from '../../core/views/brief';
import { loadVault } from '../../node/loadVault';
import { readNoteFile } from '../../node/noteFile';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { calendarsFromArgs, clockFromArgs, settingsFor, vaultFolderFromArgs } from '../options';

/**
 * `one-on-one brief <series> [folder]` (SPEC §11): prints, as Markdown, what to read before the
 * next 1x1 with that person — never their Private section. The series is named as for `new`
 * (folder name, or the person's name); a name that could be two series is exit 2, one that is
 * none is exit 2 too (a brief of nobody is a typo).
 */
export function runBrief(args: ParsedArgs, io: CliIO): ExitCode {
  const [name, ...rest] = args.positional;
  if (!name) throw new UsageError('brief needs the series (the person\'s folder name), e.g. `one-on-one brief dana`');
  if (rest.length > 1) throw new UsageError(`brief takes one series and one folder, not ${rest.length} folders`);
  const clock = clockFromArgs(args, io);
  const folder = vaultFolderFromArgs({ ...args, positional: rest }, io);
  const { index, skipped, root } = loadVault(folder, { settings: settingsFor(folder, io), clock, calendars: calendarsFromArgs(args, io) });
  for (const s of skipped) io.err(`${s.file}: ${s.reason}\n`);
  const states = index.seriesStates();
  const match = seriesForName(states, name);
  if (match.kind === 'ambiguous') throw new UsageError(`"${name}" could be ${match.ids.join(' or ')}; give the series' folder name`, false);
  const state = match.kind === 'found' ? index.seriesState(match.id) : undefined;
  if (!state) {
    const known = states.map((s) => s.id);
    throw new UsageError(`no series "${name}" in ${args.positional[1] ?? '1on1'}${known.length > 0 ? `; the series are ${known.join(', ')}` : ''}`, false);
  }
  // The notes are read again for their text: the index keeps only what the rules need.
  const read = (file: string) => {
    const got = readNoteFile(path.join(root, ...file.split('/')));
    return got.kind === 'skipped' ? undefined : got.text;
  };
  io.out(briefMarkdown(briefOf(state, read)));
  return 0;
}
