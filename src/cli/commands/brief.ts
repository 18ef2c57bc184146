import { briefMarkdown } from '../../core/render/brief';
import { briefOf } from '../../core/views/brief';
import type { ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs } from '../options';
import { namedSeriesFromArgs } from '../namedSeries';

/**
 * `one-on-one brief <series> [folder]` (SPEC §11): prints, as Markdown, what to read before the
 * next 1x1 with that person — never their Private section. The series is named as for `new`
 * (folder name, or the person's name); a name that could be two series is exit 2, one that is
 * none is exit 2 too (a brief of nobody is a typo).
 */
export function runBrief(args: ParsedArgs, io: CliIO): ExitCode {
  const clock = clockFromArgs(args, io);
  const { state, read } = namedSeriesFromArgs(args, io, clock, 'brief', 'one-on-one brief dana');
  io.out(briefMarkdown(briefOf(state, read)));
  return 0;
}
