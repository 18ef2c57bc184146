import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { seriesForName } from '../../core/agenda/agenda';
import { reviewPackHtml, reviewPackMarkdown } from '../../core/render/reviewPack';
import { isValidIsoDate } from '../../core/schedule/calendarDate';
import { DEFAULT_REVIEW_MONTHS, monthsUpTo, reviewPack, type ReviewPeriod } from '../../core/views/reviewPack';
import { loadVault } from '../../node/loadVault';
import { readNoteFile } from '../../node/noteFile';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { calendarsFromArgs, clockFromArgs, settingsFor, vaultFolderFromArgs } from '../options';

/**
 * `one-on-one review <series> [folder] --from YYYY-MM-DD --to YYYY-MM-DD [--format md|html]`
 * (SPEC §13): prints the review pack of that series over the period — never their Private
 * section. The series is named as for `brief`. Without `--to` the period ends today; without
 * `--from` it starts 12 months before its end (the day after). The HTML is the agenda export's.
 */
export function runReview(args: ParsedArgs, io: CliIO): ExitCode | Promise<ExitCode> {
  const [name, ...rest] = args.positional;
  if (!name) throw new UsageError('review needs the series (the person\'s folder name), e.g. `one-on-one review dana --from 2026-01-01 --to 2026-06-30`');
  if (rest.length > 1) throw new UsageError(`review takes one series and one folder, not ${rest.length} folders`);
  const format = args.flags.get('format') ?? 'md';
  if (format !== 'md' && format !== 'html') throw new UsageError(`review's --format must be md or html, not ${String(format)}`);
  const clock = clockFromArgs(args, io);
  const period = periodFromArgs(args, clock.now().date);
  const folder = vaultFolderFromArgs({ ...args, positional: rest }, io);
  const { index, skipped, root } = loadVault(folder, { settings: settingsFor(folder, io), clock, calendars: calendarsFromArgs(args, io) });
  for (const s of skipped) io.err(`${s.file}: ${s.reason}\n`);
  const states = index.seriesStates();
  const match = seriesForName(states, name);
  if (match.kind === 'ambiguous') throw new UsageError(`"${name}" could be ${match.ids.join(' or ')}; give the series' folder name`, false);
  const state = match.kind === 'found' ? index.seriesState(match.id) : undefined;
  if (!state) {
    const known = states.map((s) => s.id);
    throw new UsageError(`no series "${name}" in ${rest[0] ?? '1on1'}${known.length > 0 ? `; the series are ${known.join(', ')}` : ''}`, false);
  }
  // The notes are read again for their text: the index keeps only what the rules need.
  const read = (file: string) => {
    const got = readNoteFile(path.join(root, ...file.split('/')));
    return got.kind === 'skipped' ? undefined : got.text;
  };
  const pack = reviewPack(state, period, read);
  if (format === 'md') {
    io.out(reviewPackMarkdown(pack));
    return 0;
  }
  // The page is saved wherever the user redirects it: its links reach the notes by the vault's file: URL.
  return reviewPackHtml(pack, pathToFileURL(root).href).then((html) => {
    io.out(html);
    return 0 as const;
  });
}

function periodFromArgs(args: ParsedArgs, today: string): ReviewPeriod {
  const date = (flag: 'from' | 'to'): string | undefined => {
    const value = args.flags.get(flag);
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !isValidIsoDate(value)) throw new UsageError(`--${flag} ${String(value)} is not a real date; write YYYY-MM-DD`, false);
    return value;
  };
  const to = date('to') ?? today;
  const from = date('from') ?? monthsUpTo(to, DEFAULT_REVIEW_MONTHS).from;
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}; the period must start before it ends`, false);
  return { from, to };
}
