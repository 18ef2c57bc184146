import { openCommitmentsOf } from '../../core/views/openCommitments';
import { describeCadence } from '../../core/model/profile';
import { upcomingMeetings } from '../../core/schedule/schedule';
import { seriesName, type SeriesState } from '../../core/model/seriesState';
import type { ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs, formatFromArgs, loadVaultForCommand, vaultFolderFromArgs } from '../options';

export interface SeriesSummaryJson {
  series: string;
  name: string;
  role: string;
  cadence: string | null;
  cadenceInferred: boolean;
  nextMeeting: string | null;
  lastMeetings: { date: string; status: string; file: string }[];
  openCommitments: { text: string; due: string | null; owner: string | null; file: string; line: number; carried: number; overdue: boolean }[];
}

const LAST_MEETINGS = 5;

export function summarizeSeries(state: SeriesState): SeriesSummaryJson {
  const today = state.now.date;
  return {
    series: state.id,
    name: seriesName(state, state.id),
    role: state.role,
    cadence: state.cadence ? describeCadence(state.cadence.cadence) : null,
    cadenceInferred: state.cadence?.inferred ?? false,
    // As the views and the status bar say it: a meeting earlier today is over.
    nextMeeting: upcomingMeetings(state, state.now, 1)[0]?.date ?? null,
    lastMeetings: state.notes
      .filter((n) => n.date! <= today)
      .slice(-LAST_MEETINGS)
      .reverse()
      .map((n) => ({ date: n.date!, status: n.status, file: n.file })),
    openCommitments: openCommitmentsOf(state).map((c) => ({ text: c.text, due: c.due ?? null, owner: c.owner ?? null, file: c.file, line: c.line + 1, carried: c.carried, overdue: c.group === 'overdue' })),
  };
}

/** `one-on-one list [folder]`: per series, the next meeting, the last meetings and the open commitments. */
export function runList(args: ParsedArgs, io: CliIO): ExitCode {
  const format = formatFromArgs(args);
  const clock = clockFromArgs(args, io);
  const folder = vaultFolderFromArgs(args, io);
  const { index } = loadVaultForCommand(folder, args, io, clock);
  const summaries = index.seriesStates().map(summarizeSeries);
  if (format === 'json') {
    io.out(JSON.stringify(summaries, null, 2) + '\n');
    return 0;
  }
  if (summaries.length === 0) io.out('No 1x1 series in this folder yet.\n');
  for (const s of summaries) {
    const cadence = s.cadence ? `${s.cadence}${s.cadenceInferred ? ' (inferred)' : ''}` : 'cadence unknown';
    io.out(`${s.name} (${s.series}) — ${s.role}, ${cadence}\n`);
    io.out(`  next meeting: ${s.nextMeeting ?? 'unknown'}\n`);
    io.out(`  last meetings: ${s.lastMeetings.length ? s.lastMeetings.map((m) => `${m.date} ${m.status}`).join(', ') : 'none'}\n`);
    io.out(`  open commitments: ${s.openCommitments.length}\n`);
    for (const c of s.openCommitments) {
      const details = [c.due && `due ${c.due}${c.overdue ? ' (overdue)' : ''}`, c.owner && `@${c.owner}`, c.carried > 0 && `carried ${c.carried}×`].filter(Boolean).join(', ');
      io.out(`    - ${c.text}${details ? ` — ${details}` : ''}  (${c.file}:${c.line})\n`);
    }
  }
  return 0;
}
