import { pathToFileURL } from 'node:url';
import { reviewPackHtml, reviewPackMarkdown } from '../../core/render/reviewPack';
import { isValidIsoDate } from '../../core/schedule/calendarDate';
import { DEFAULT_REVIEW_MONTHS, monthsUpTo, reviewPack, type ReviewPeriod } from '../../core/views/reviewPack';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs } from '../options';
import { namedSeriesFromArgs } from '../namedSeries';

/**
 * `one-on-one review <series> [folder] --from YYYY-MM-DD --to YYYY-MM-DD [--format md|html]`
 * (SPEC §13): prints the review pack of that series over the period — never their Private
 * section. The series is named as for `brief`. Without `--to` the period ends today; without
 * `--from` it starts 12 months before its end (the day after). The HTML is the agenda export's.
 */
export function runReview(args: ParsedArgs, io: CliIO): ExitCode | Promise<ExitCode> {
  const format = args.flags.get('format') ?? 'md';
  if (format !== 'md' && format !== 'html') throw new UsageError(`review's --format must be md or html, not ${String(format)}`);
  const clock = clockFromArgs(args, io);
  const period = periodFromArgs(args, clock.now().date);
  const { state, read, root } = namedSeriesFromArgs(args, io, clock, 'review', 'one-on-one review dana --from 2026-01-01 --to 2026-06-30');
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
