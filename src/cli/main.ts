import { parseArgs, UsageError } from './args';
import { runCheck } from './commands/check';
import { runInspect } from './commands/inspect';
import { runList } from './commands/list';
import { runNew } from './commands/new';
import { runShare } from './commands/share';
import { runStats } from './commands/stats';
import type { CliIO, ExitCode } from './io';

const USAGE = `Usage: one-on-one <command> [folder] [options]

Commands:
  check [folder]        every finding, one per line (exit 1 on errors)
  list [folder]         per person: next meeting, last meetings, open commitments
  new <series> [folder] write the next agenda (carrying open items), print its path
  stats [folder]        Insights: meetings per month, agendas shared on time,
                        commitments done on time, late, open and dropped
  inspect <note>...     what the parser sees in a note
  share <note>          print the agenda to share: no front matter, ids or Private section

Options:
  --format text|json    output format (check, list, stats, inspect)
  --max-warnings N      check: exit 1 when there are more than N warnings
  --date YYYY-MM-DD     new: the meeting date (default: the next one of the schedule)
  --today YYYY-MM-DD    pin today (the time is 00:00)
  --now YYYY-MM-DDTHH:MM  pin the current local time
  -h, --help            this text

The folder defaults to ./1on1. ONE_ON_ONE_NOW=YYYY-MM-DDTHH:MM pins the clock too.
Only new writes files: share prints the agenda and does not stamp shared: (the editor's Share does).
`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: CliIO) => ExitCode> = {
  check: runCheck,
  list: runList,
  inspect: runInspect,
  new: runNew,
  share: runShare,
  stats: runStats,
};

/** Runs the CLI in-process and returns its exit code: 0 fine, 1 findings or unreadable input, 2 bad usage. */
export function runCli(argv: readonly string[], io: CliIO): ExitCode {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('help') || args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === undefined) {
      io.err(USAGE);
      return 2;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    return command(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`one-on-one: ${e.message}\nRun \`one-on-one --help\` for usage.\n`);
      return 2;
    }
    io.err(`one-on-one: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  const chunks: string[] = [];
  const code = runCli(process.argv.slice(2), {
    out: (t) => chunks.push(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  });
  process.stdout.write(chunks.join(''), () => process.exit(code));
}
