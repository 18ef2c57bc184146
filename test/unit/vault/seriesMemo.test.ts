import { strict as assert } from 'node:assert';
import type { Clock, LocalDateTime } from '../../../src/core/schedule/clock';
import type { SeriesState } from '../../../src/core/model/seriesState';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { SeriesMemo, type MemoSpan } from '../../../src/core/vault/seriesMemo';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';

/** A clock the test moves. */
function movableClock(at: LocalDateTime): Clock & { set(to: LocalDateTime): void } {
  let now = at;
  return { now: () => now, set: (to) => (now = to) };
}

const note = (date: string, extra = '') => `---\ndate: ${date}\n${extra}---\n## Notes\n`;

/** A memo that counts what it computes, per series, and gives back the series' note count. */
function countingMemo(span: MemoSpan = 'minute') {
  const computed: string[] = [];
  const memo = new SeriesMemo((state: SeriesState) => {
    computed.push(state.id);
    return state.notes.length;
  }, span);
  return { memo, computed };
}

describe('SeriesMemo and the index revisions', () => {
  const setUp = (span: MemoSpan = 'minute') => {
    const clock = movableClock({ date: '2026-11-24', time: '12:00' });
    const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock });
    for (const series of ['dana', 'priya', 'sam']) {
      index.setFile(`1on1/${series}/2026-11-10.md`, note('2026-11-10'));
      index.setFile(`1on1/${series}/2026-11-17.md`, note('2026-11-17'));
    }
    return { clock, index, ...countingMemo(span) };
  };

  it('computes each series once, then only the series whose note changed', () => {
    const { index, memo, computed } = setUp();
    assert.deepEqual(index.seriesValues(memo), [2, 2, 2]);
    assert.deepEqual(computed, ['dana', 'priya', 'sam']);
    computed.length = 0;
    assert.deepEqual(index.seriesValues(memo), [2, 2, 2]);
    assert.deepEqual(computed, [], 'nothing changed: nothing computed');
    index.setFile('1on1/priya/2026-11-24.md', note('2026-11-24'));
    assert.deepEqual(index.seriesValues(memo), [2, 3, 2]);
    assert.deepEqual(computed, ['priya']);
  });

  it('forgets a series whose last note is gone; re-created, it is computed again', () => {
    const { index, memo, computed } = setUp();
    index.seriesValues(memo);
    computed.length = 0;
    index.removeFile('1on1/sam/2026-11-10.md');
    index.removeFile('1on1/sam/2026-11-17.md');
    assert.deepEqual(index.seriesValues(memo), [2, 2]);
    assert.deepEqual(computed, []);
    // Re-created: a new revision, not the value of the series that was gone.
    index.setFile('1on1/sam/2026-11-17.md', note('2026-11-17'));
    assert.deepEqual(index.seriesValues(memo), [2, 2, 1]);
    assert.deepEqual(computed, ['sam']);
  });

  it('recomputes every series when the minute turns (span minute), or only when the day does (span day)', () => {
    const minute = setUp('minute');
    minute.index.seriesValues(minute.memo);
    minute.computed.length = 0;
    minute.clock.set({ date: '2026-11-24', time: '12:01' });
    minute.index.seriesValues(minute.memo);
    assert.deepEqual(minute.computed, ['dana', 'priya', 'sam']);

    const day = setUp('day');
    day.index.seriesValues(day.memo);
    day.computed.length = 0;
    day.clock.set({ date: '2026-11-24', time: '12:01' });
    day.index.seriesValues(day.memo);
    assert.deepEqual(day.computed, [], 'the same day');
    day.clock.set({ date: '2026-11-25', time: '00:00' });
    day.index.seriesValues(day.memo);
    assert.deepEqual(day.computed, ['dana', 'priya', 'sam']);
  });

  it('recomputes every series after a calendar or the settings changed', () => {
    const { index, memo, computed } = setUp();
    index.seriesValues(memo);
    computed.length = 0;
    index.setCalendar('1on1/calendar.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    index.seriesValues(memo);
    assert.deepEqual(computed, ['dana', 'priya', 'sam'], 'a calendar');
    computed.length = 0;
    index.updateSettings({ ...DEFAULT_SETTINGS });
    index.seriesValues(memo);
    assert.deepEqual(computed, ['dana', 'priya', 'sam'], 'the settings');
  });

  it('starts afresh with another index (a reload), whose revisions start afresh too', () => {
    const { index, memo, computed } = setUp();
    index.seriesValues(memo);
    computed.length = 0;
    const other = setUp().index;
    other.setFile('1on1/dana/2026-11-24.md', note('2026-11-24'));
    assert.deepEqual(other.seriesValues(memo), [3, 2, 2]);
    assert.deepEqual(computed, ['dana', 'priya', 'sam']);
  });
});
