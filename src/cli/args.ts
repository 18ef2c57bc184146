/** Command-line arguments: `<command> [positional…] [--flag value | --flag=value | --switch]`. */

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
  /** Every `--calendar FILE`, in order (the one flag that may be repeated). */
  calendars: string[];
}

/** Bad usage: printed as one line, with a pointer to `--help` unless the message already says what to type. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly pointToHelp = true,
  ) {
    super(message);
  }
}

/** Flags that take a value; every other flag is a switch. */
const VALUE_FLAGS = new Set(['format', 'today', 'now', 'max-warnings', 'date', 'days', 'calendar', 'from', 'to']);
const SWITCHES = new Set(['help', 'version']);
/** Flags whose value may be left out: `--cache` alone, `--cache=FILE`, or `--cache FILE.json` (a following folder stays the vault folder). */
const OPTIONAL_VALUE_FLAGS = new Set(['cache']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const calendars: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (VALUE_FLAGS.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
      if (name === 'calendar') calendars.push(value);
    } else if (OPTIONAL_VALUE_FLAGS.has(name)) {
      if (eq >= 0) {
        if (arg.slice(eq + 1) === '') throw new UsageError(`--${name}= needs a file name`);
        flags.set(name, arg.slice(eq + 1));
      } else if (argv[i + 1] !== undefined && /\.json$/i.test(argv[i + 1]) && !argv[i + 1].startsWith('--')) flags.set(name, argv[++i]);
      else flags.set(name, true);
    } else if (SWITCHES.has(name)) {
      flags.set(name, true);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { command: positional.shift(), positional, flags, calendars };
}
