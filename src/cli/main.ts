import { parseArgs, UsageError } from './args';
import { runCheck } from './commands/check';
import { runInspect } from './commands/inspect';
import { runList } from './commands/list';
import { runNew } from './commands/new';
import { runShare } from './commands/share';
import { runStats } from './commands/stats';
import { runWeek } from './commands/week';
import { runBrief } from './commands/brief';
import { runReview } from './commands/review';
import type { CliIO, ExitCode } from './io';
import { CalendarNotRead } from '../node/loadVault';
// esbuild bundles the version alone into dist/cli.js; tsc copies package.json beside the tests' build.
import { version } from '../../package.json';

const USAGE = `Usage: one-on-one <command> [folder] [options]

Commands:
  check [folder]        every finding, one per line (exit 1 on errors)
  list [folder]         per person: next meeting, last meetings, open commitments
  new <series> [folder] write the next agenda (carrying open items), print its path
  stats [folder]        Insights: meetings per month, agendas shared on time,
                        commitments done on time, late, open and dropped
  inspect <note>...     what the parser sees in a note
  share <note>          print the agenda to share, written for a person: no front matter,
                        ids, Private or empty sections; dates and names in words
  week [folder]         the 1x1s of the next days, those that need me first
  brief <series> [folder]  what to read before the next 1x1 with them (Markdown)
  review <series> [folder]  the review pack of a period: meetings, priorities, commitments
                        per side, recurring talking points, rotating topics, need-to-know

Options:
  --format text|json    output format (check, list, stats, inspect, week)
  --format md|html      review: Markdown (default) or a self-contained HTML page
  --from YYYY-MM-DD     review: the first day (default: 12 months before --to)
  --to YYYY-MM-DD       review: the last day (default: today)
  --max-warnings N      check: exit 1 when there are more than N warnings
  --date YYYY-MM-DD     new: the meeting date (default: the next one of the schedule)
  --days N              week: how many days, today the first (default 7)
  --calendar FILE       check, list, new, week, stats, brief, review: a calendar export (.ics)
                        to take meeting dates from; repeatable (default: the *.ics
                        files in the vault folder, or oneOnOne.calendars)
  --cache[=FILE]        check, list, week, stats, brief, review: keep what was read of each
                        note in FILE (default: .one-on-one-cache.json beside the vault
                        folder) and read only the notes changed since; --cache FILE.json too
  --today YYYY-MM-DD    pin today (the time is 00:00)
  --now YYYY-MM-DDTHH:MM  pin the current local time
  -h, --help            this text
  --version             the version

The folder defaults to ./1on1. ONE_ON_ONE_NOW=YYYY-MM-DDTHH:MM pins the clock too.
Only new writes notes (and --cache its cache file): share prints the agenda and does not stamp shared: (the editor's Share does).
`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: CliIO) => ExitCode | Promise<ExitCode>> = {
  check: runCheck,
  list: runList,
  inspect: runInspect,
  new: runNew,
  share: runShare,
  stats: runStats,
  week: runWeek,
  brief: runBrief,
  review: runReview,
};

/** The options each command reads; every command pins the clock (SPEC §9). */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  check: ['cache', 'format', 'max-warnings', 'calendar', 'today', 'now'],
  list: ['cache', 'format', 'calendar', 'today', 'now'],
  inspect: ['format', 'today', 'now'],
  new: ['date', 'calendar', 'today', 'now'],
  share: ['today', 'now'],
  stats: ['cache', 'format', 'calendar', 'today', 'now'],
  week: ['cache', 'format', 'days', 'calendar', 'today', 'now'],
  brief: ['cache', 'calendar', 'today', 'now'],
  review: ['cache', 'format', 'from', 'to', 'calendar', 'today', 'now'],
};

/**
 * Runs the CLI in-process and returns its exit code: 0 fine, 1 findings or unreadable input, 2 bad
 * usage. Every command answers at once but `review --format html` (the HTML renderer loads its
 * modules asynchronously): `runCliAsync` runs that one too.
 */
export function runCli(argv: readonly string[], io: CliIO): ExitCode {
  const code = dispatch(argv, io);
  if (typeof code !== 'number') throw new Error('this command answers asynchronously: run it with runCliAsync');
  return code;
}

/** `runCli` for every command, the asynchronous one included: what `one-on-one` runs. */
export function runCliAsync(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  return Promise.resolve(dispatch(argv, io));
}

function dispatch(argv: readonly string[], io: CliIO): ExitCode | Promise<ExitCode> {
  let step = 'reading the command line';
  try {
    const args = parseArgs(argv);
    if (args.flags.has('help') || args.command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.flags.has('version') || args.command === 'version') {
      io.out(`${version}\n`);
      return 0;
    }
    if (args.command === undefined) {
      io.err(USAGE);
      return 2;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`unknown command "${args.command}"`);
    // An option the command does not read would be ignored without a word (`new --format json`).
    for (const flag of args.flags.keys())
      if (!COMMAND_OPTIONS[args.command].includes(flag)) throw new UsageError(`${args.command} does not take --${flag}`);
    step = args.command;
    const code = command(args, io);
    return typeof code === 'number' ? code : code.catch((e: unknown) => failed(e, step, io));
  } catch (e) {
    return failed(e, step, io);
  }
}

/** An error as one line on stderr, and its exit code. */
function failed(e: unknown, step: string, io: CliIO): ExitCode {
  if (e instanceof CalendarNotRead) {
    io.err(`one-on-one: ${e.file}: ${e.reason}\n`);
    return 2;
  }
  if (e instanceof UsageError) {
    io.err(`one-on-one: ${e.message}\n${e.pointToHelp ? 'Run `one-on-one --help` for usage.\n' : ''}`);
    return 2;
  }
  io.err(unexpectedErrorLine(e, step) + '\n');
  // The stack is for a bug report, not for the user: only on request.
  if (io.env.ONE_ON_ONE_DEBUG === '1' && e instanceof Error && e.stack) io.err(e.stack + '\n');
  return 2;
}

/** What the system said, in words, and what to do about it, for the error codes a file operation gives. */
const SYSTEM_ERRORS: Record<string, [string, string]> = {
  EACCES: ['permission denied', 'check its permissions'],
  EPERM: ['not permitted', 'check its permissions'],
  ENOENT: ['does not exist', 'check the path'],
  ENOTDIR: ['a part of the path is not a folder', 'check the path'],
  EISDIR: ['is a folder, not a file', 'give a file'],
  ENOSPC: ['the disk is full', 'free some space and run the command again'],
  EROFS: ['the file system is read-only', 'run the command where the vault can be written'],
  EMFILE: ['too many open files', 'close some programs and run the command again'],
  EBUSY: ['the file is busy', 'close the program using it and run the command again'],
  ELOOP: ['too many symbolic links', 'check the links in the path'],
};

/** `one-on-one: <file or step>: <what happened> — <what to do>`: one line, never a stack trace. */
export function unexpectedErrorLine(e: unknown, step: string): string {
  const error = e as NodeJS.ErrnoException | undefined;
  const code = error && typeof error === 'object' ? error.code : undefined;
  const known = code !== undefined ? SYSTEM_ERRORS[code] : undefined;
  const where = error && typeof error === 'object' && typeof error.path === 'string' ? error.path : step;
  if (known) return `one-on-one: ${where}: ${known[0]} (${code}) — ${known[1]}`;
  const what = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return `one-on-one: ${where}: ${what} — this is a bug in one-on-one; run again with ONE_ON_ONE_DEBUG=1 and report what it prints`;
}

if (require.main === module) {
  const chunks: string[] = [];
  void runCliAsync(process.argv.slice(2), {
    out: (t) => chunks.push(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
  }).then((code) => process.stdout.write(chunks.join(''), () => process.exit(code)));
}
