import * as fs from 'fs';
import * as path from 'path';
import type { LocalDateTime } from '../src/core/schedule/clock';
import type { VaultIndex } from '../src/core/vault/vaultIndex';
import { SeriesMemo } from '../src/core/vault/seriesMemo';
import { nextMeetingOf, soonestMeeting, soonestOf } from '../src/core/views/nextMeeting';
import { seriesWeekAhead, weekAhead, weekOfSeries } from '../src/core/views/week';
import { meetingsOverview } from '../src/core/views/meetingsView';
import { openCommitmentsOf, sortCommitments, sortedOpenCommitments } from '../src/core/views/openCommitments';
import { withStaleness } from '../src/core/views/commitmentLabel';
import { median, percentile, timed } from './stats';

/**
 * What the editor's surfaces recompute after one note edit, in process: the questions the status
 * bar (next meeting), This week, the Meetings tree (its rows) and the Commitments view ask of the
 * index after each edit of one note of the whole vault. Two ways, interleaved, in one run: every
 * series' state built afresh per surface and every series recomputed (as the surfaces did before
 * issue 16), and the surfaces' `SeriesMemo`s (the edited series recomputed, the others kept).
 * The clock is pinned, so no minute turns during the edits (a minute or a day recomputes all once,
 * in the clock's tick).
 */
export function measureSurfaces(index: VaultIndex, folder: string, now: LocalDateTime, edits = 20) {
  const file = pickNote(index);
  const base = fs.readFileSync(path.join(path.dirname(folder), file), 'utf8');
  const edit = (i: number) => `${base}\n- [ ] Follow up on the edit ${i} @me\n`;

  const everySeries = () => {
    soonestMeeting(index.seriesStates());
    weekAhead(index.seriesStates(), now);
    index.seriesStates().map((state) => meetingsOverview(state));
    const states = index.seriesStates();
    withStaleness(sortedOpenCommitments(states), states);
  };
  const memos = {
    next: new SeriesMemo(nextMeetingOf, 'minute'),
    week: new SeriesMemo((state) => seriesWeekAhead(state, state.now), 'minute'),
    rows: new SeriesMemo((state) => meetingsOverview(state), 'day'),
    open: new SeriesMemo((state) => withStaleness(openCommitmentsOf(state), [state]), 'day'),
  };
  const memoized = () => {
    soonestOf(index.seriesValues(memos.next));
    weekOfSeries(index.seriesValues(memos.week), now);
    index.seriesValues(memos.rows);
    sortCommitments(index.seriesValues(memos.open).flat());
  };

  // Warm both paths (the memos fill on their first question), unmeasured.
  everySeries();
  memoized();
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < edits; i++) {
    index.setFile(file, edit(2 * i));
    before.push(timed(everySeries).ms);
    index.setFile(file, edit(2 * i + 1));
    after.push(timed(memoized).ms);
  }
  index.setFile(file, base);
  return {
    file,
    edits,
    everySeriesMedianMs: median(before),
    everySeriesP95Ms: percentile(before, 95),
    memoMedianMs: median(after),
    memoP95Ms: percentile(after, 95),
  };
}

/** A note of the series in the middle of the vault (not the first or last: no ordering luck). */
function pickNote(index: VaultIndex): string {
  const ids = index.seriesIds();
  const series = ids[Math.floor(ids.length / 2)];
  const file = index.allFiles().find((f) => index.seriesOf(f) === series && index.note(f) !== undefined);
  if (!file) throw new Error('surfaces: no note to edit');
  return file;
}
