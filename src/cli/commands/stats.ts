import { SIDES, type Side } from '../../core/model/owner';
import { PRIORITIES_LEFT_DAYS, vaultInsights, type PriorityFigures, type SideOutcomes, type CarriedCommitment, type InsightFigures, type MonthCounts, type SeriesInsights } from '../../core/views/insights';
import type { ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs, formatFromArgs, loadVaultForCommand, vaultFolderFromArgs } from '../options';
import { plural } from '../../core/text/wording';
import { formatShortDateFrom } from '../../core/schedule/calendarDate';

/** `stats --format json`: the figures the Insights webview shows, lines 1-based, absent values null. */
export interface StatsJson {
  generated: string;
  series: (FiguresJson & { series: string; name: string; role: string })[];
  overall: FiguresJson;
}

type FiguresJson = Omit<InsightFigures, 'mostCarried'> & { mostCarried: (Omit<CarriedCommitment, 'due'> & { due: string | null })[] };

function statsJson(generated: string, series: readonly SeriesInsights[], overall: InsightFigures): StatsJson {
  return {
    generated,
    series: series.map((s) => ({ series: s.series, name: s.name, role: s.role, ...figuresJson(s) })),
    overall: figuresJson(overall),
  };
}

function figuresJson(f: InsightFigures): FiguresJson {
  return {
    months: f.months.map((m) => ({ month: m.month, held: m.held, canceled: m.canceled, rescheduled: m.rescheduled, planned: m.planned })),
    meetings: f.meetings,
    sharing: f.sharing,
    commitments: f.commitments,
    commitmentsBySide: f.commitmentsBySide,
    medianDaysToClose: f.medianDaysToClose,
    mostCarried: f.mostCarried.map((c) => ({ ...c, due: c.due ?? null, line: c.line + 1 })),
    calendar: f.calendar,
    priorities: f.priorities,
  };
}

/** `one-on-one stats [folder]`: the Insights figures per person, then for everyone. */
export function runStats(args: ParsedArgs, io: CliIO): ExitCode {
  const format = formatFromArgs(args);
  const clock = clockFromArgs(args, io);
  const folder = vaultFolderFromArgs(args, io);
  const { index } = loadVaultForCommand(folder, args, io, clock);
  const now = clock.now();
  const insights = vaultInsights(index.seriesStates(), now);
  if (format === 'json') {
    io.out(JSON.stringify(statsJson(`${now.date}T${now.time}`, insights.series, insights.overall), null, 2) + '\n');
    return 0;
  }
  if (insights.series.length === 0) {
    io.out('No 1x1 series in this folder yet.\n');
    return 0;
  }
  for (const s of insights.series) {
    io.out(`${s.name} (${s.series}) — ${s.role === 'manager' ? 'my manager' : 'reports to me'}\n`);
    writeFigures(s, io, false, now.date);
    io.out('\n');
  }
  io.out(`Everyone (${plural(insights.series.length, 'person', 'people')})\n`);
  writeFigures(insights.overall, io, true, now.date);
  return 0;
}

/** One character per meeting; a month with more than this many is scaled down. */
const BAR_WIDTH = 40;
const BAR_CHARS: Record<keyof Omit<MonthCounts, 'month'>, string> = { held: '#', canceled: 'x', rescheduled: '~', planned: '.' };

function writeFigures(f: InsightFigures, io: CliIO, withPerson: boolean, today: string): void {
  const m = f.meetings;
  io.out(`  Meetings: ${m.held} held, ${m.canceled} canceled, ${m.rescheduled} rescheduled, ${m.planned} planned\n`);
  if (f.months.length > 0) {
    io.out(`  Per month (${Object.entries(BAR_CHARS).map(([status, c]) => `${c} ${status}`).join(', ')}):\n`);
    const max = Math.max(...f.months.map((month) => month.held + month.canceled + month.rescheduled + month.planned));
    for (const month of f.months) io.out(`    ${month.month}  ${bar(month, max)}${counts(month)}\n`);
  }
  const s = f.sharing;
  io.out(
    s.rate === null
      ? '  Agenda shared on time: —  (counted with a manager only)\n'
      : `  Agenda shared on time: ${s.onTime} of ${s.counted} (${percent(s.rate)}) — ${s.late} late, ${s.never} never\n`,
  );
  const c = f.commitments;
  io.out(
    `  Commitments: ${c.total} — ${c.doneOnTime} done on time, ${c.doneLate} done late, ${c.open} open, ${c.dropped} dropped (${c.droppedOnPurpose} canceled on purpose, ${c.droppedSilently} silently)\n`,
  );
  const sides = f.commitmentsBySide;
  io.out(`  By who owes them: ${SIDES.map((side) => `${SIDE_LABELS[side]} ${sideLine(sides[side])}`).join('; ')}\n`);
  if (f.calendar) io.out(`  In the calendar, last 90 days: ${f.calendar.moved} moved, ${f.calendar.canceled} canceled\n`);
  io.out(`  Median days to close: ${f.medianDaysToClose === null ? '— (none done yet)' : f.medianDaysToClose}\n`);
  if (f.priorities) writePriorities(f.priorities, io, today);
  if (f.mostCarried.length === 0) return;
  io.out('  Most carried:\n');
  for (const item of f.mostCarried) {
    const details = [`carried ${item.carried}×`, `raised ${formatShortDateFrom(item.raised, today)}`, item.due && `due ${formatShortDateFrom(item.due, today)}`].filter(Boolean).join(', ');
    io.out(`    - ${withPerson ? `${item.person}: ` : ''}${item.text} — ${details}  (${item.file}:${item.line + 1})\n`);
  }
}

function writePriorities(p: PriorityFigures, io: CliIO, today: string): void {
  io.out(`  Priorities: ${p.current.length === 0 ? 'none' : p.current.map((c) => `${c.text} — ${plural(c.weeks, 'week')}`).join('; ')}\n`);
  if (p.leftSilently.length === 0) return;
  io.out(`  Left without a word, last ${PRIORITIES_LEFT_DAYS} days:\n`);
  for (const l of p.leftSilently)
    io.out(`    - ${l.text} — ${plural(l.weeks, 'week')}, ${formatShortDateFrom(l.from, today)} to ${formatShortDateFrom(l.to, today)}; gone on ${formatShortDateFrom(l.goneOn, today)}\n`);
}

const SIDE_LABELS: Record<Side, string> = { mine: 'I owe', theirs: 'they owe', others: 'others owe' };

function sideLine(s: SideOutcomes): string {
  return s.total === 0 ? 'none' : `${s.total} (${s.doneOnTime} on time, ${s.doneLate} late, ${s.open} open, ${s.dropped} dropped)`;
}

function bar(month: MonthCounts, max: number): string {
  const scale = max > BAR_WIDTH ? BAR_WIDTH / max : 1;
  let text = '';
  for (const [status, c] of Object.entries(BAR_CHARS) as [keyof typeof BAR_CHARS, string][]) {
    const n = month[status];
    text += c.repeat(n === 0 ? 0 : Math.max(1, Math.round(n * scale)));
  }
  return text.padEnd(Math.min(max, BAR_WIDTH) + 2);
}

function counts(month: MonthCounts): string {
  const parts = (Object.keys(BAR_CHARS) as (keyof typeof BAR_CHARS)[]).filter((status) => month[status] > 0).map((status) => `${month[status]} ${status}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}
