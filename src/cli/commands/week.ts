import { formatShortDateFrom } from '../../core/schedule/calendarDate';
import { topicTitle } from '../../core/schedule/rotation';
import { attentionText, DEFAULT_WEEK_DAYS, weekAhead, weekOrder, type Week, type WeekMeeting } from '../../core/views/week';
import { priorityWithWeeks } from '../../core/views/priorityThreads';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs, formatFromArgs, loadVaultForCommand, vaultFolderFromArgs } from '../options';

/** `week --format json` (SPEC §11): exactly these keys, absent values null. */
export interface WeekJson {
  generated: string;
  from: string;
  to: string;
  meetings: {
    series: string;
    name: string;
    role: string;
    date: string;
    time: string | null;
    note: string | null;
    status: string;
    shareBy: string | null;
    shared: string | null;
    mine: { open: number; overdue: number };
    theirs: { open: number; overdue: number };
    stale: number;
    rotation: string | null;
    attention: string[];
  }[];
}

export function weekJson(week: Week): WeekJson {
  return {
    generated: `${week.generated.date}T${week.generated.time}`,
    from: week.from,
    to: week.to,
    meetings: week.meetings.map((m) => ({
      series: m.series,
      name: m.name,
      role: m.role,
      date: m.date,
      time: m.time ?? null,
      // Vault paths are already relative to the folder's parent (`1on1/dana/2026-11-24.md`).
      note: m.note?.file ?? null,
      status: m.status,
      shareBy: m.shareBy ? `${m.shareBy.date}T${m.shareBy.time}` : null,
      shared: m.shared ?? null,
      mine: { open: m.mine.open, overdue: m.mine.overdue },
      theirs: { open: m.theirs.open, overdue: m.theirs.overdue },
      stale: m.stale,
      rotation: m.rotation ?? null,
      attention: [...m.attention],
    })),
  };
}

/** The longest window `--days` takes: a year. */
const MAX_DAYS = 366;

function daysFromArgs(args: ParsedArgs): number {
  const given = args.flags.get('days');
  if (given === undefined) return DEFAULT_WEEK_DAYS;
  const text = String(given);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > MAX_DAYS) throw new UsageError(`--days ${text} is not a number of days; give a whole number from 1 to ${MAX_DAYS}`, false);
  return Number(text);
}

/** `one-on-one week [folder] [--days N]`: the meetings of the next N days (today is the first), those that need me first. */
export function runWeek(args: ParsedArgs, io: CliIO): ExitCode {
  const format = formatFromArgs(args);
  const days = daysFromArgs(args);
  const clock = clockFromArgs(args, io);
  const folder = vaultFolderFromArgs(args, io);
  const { index } = loadVaultForCommand(folder, args, io, clock);
  const now = clock.now();
  const week = weekAhead(index.seriesStates(), now, days);
  if (format === 'json') {
    io.out(JSON.stringify(weekJson(week), null, 2) + '\n');
    return 0;
  }
  const span = `${formatShortDateFrom(week.from, now.date)} to ${formatShortDateFrom(week.to, now.date)}`;
  if (week.meetings.length === 0) {
    io.out(`No 1x1 from ${span}.\n`);
    return 0;
  }
  const needing = week.meetings.filter((m) => m.attention.length > 0).length;
  io.out(`${week.meetings.length === 1 ? '1 1x1' : `${week.meetings.length} 1x1s`} from ${span}, ${needing} needing attention:\n`);
  for (const meeting of weekOrder(week.meetings)) io.out('\n' + meetingBlock(meeting, now.date));
  return 0;
}

function meetingBlock(m: WeekMeeting, today: string): string {
  const when = `${formatShortDateFrom(m.date, today)}${m.time ? ` ${m.time}` : ''}`;
  const lines = [`${when}  ${m.name} (${m.series}) — ${m.role === 'manager' ? 'my manager' : 'reports to me'}`];
  for (const code of m.attention) lines.push(`  ! ${attentionText(m, code)}`);
  let agenda = m.note ? `${m.note.file} (${m.status}${m.shareBy ? (m.shared !== undefined ? ', shared' : ', not shared') : ''})` : 'not written yet';
  if (m.shareBy && m.shared === undefined) agenda += ` — share by ${formatShortDateFrom(m.shareBy.date, today)} ${m.shareBy.time}${m.shareBy.minutesLeft <= 0 ? ' (passed)' : ''}`;
  lines.push(`  agenda: ${agenda}`);
  if (m.rotation) lines.push(`  rotating topic: ${topicTitle(m.rotation)}`);
  if (m.priorities.length > 0) lines.push(`  priorities: ${m.priorities.map(priorityWithWeeks).join('; ')}`);
  lines.push(`  I owe: ${m.mine.open} open, ${m.mine.overdue} overdue · they owe: ${m.theirs.open} open, ${m.theirs.overdue} overdue${m.stale > 0 ? ` · stale: ${m.stale}` : ''}`);
  return lines.join('\n') + '\n';
}
