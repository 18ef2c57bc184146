import { strict as assert } from 'node:assert';
import type { MeetingNote } from '../../../src/core/model/model';
import { StatusDay } from '../../../src/core/vault/statusDay';

// SPEC §3: without `status:`, a note is planned up to and including its date, held after it.

const note = (date: string | undefined, status: MeetingNote['status'], statusWritten: boolean) => ({ date, status, statusWritten }) as MeetingNote;

describe('StatusDay', () => {
  it('re-derives default statuses when the day changes: planned turns held the day after the meeting', () => {
    const day = new StatusDay('2026-11-24');
    const today = note('2026-11-24', 'planned', false);
    const tomorrow = note('2026-11-25', 'planned', false);
    const undated = note(undefined, 'planned', false);
    assert.equal(day.moveTo('2026-11-25', () => [today, tomorrow, undated]), true);
    assert.equal(day.date, '2026-11-25');
    assert.deepEqual([today.status, tomorrow.status, undated.status], ['held', 'planned', 'planned']);
    assert.equal(day.moveTo('2026-11-26', () => [today, tomorrow, undated]), true);
    assert.deepEqual([today.status, tomorrow.status, undated.status], ['held', 'held', 'planned']);
  });

  it('leaves a written status alone, whatever the day', () => {
    const day = new StatusDay('2026-11-24');
    const planned = note('2026-11-17', 'planned', true);
    const canceled = note('2026-11-24', 'canceled', true);
    day.moveTo('2026-11-30', () => [planned, canceled]);
    assert.deepEqual([planned.status, canceled.status], ['planned', 'canceled']);
  });

  it('follows the clock backwards too (a pinned clock set earlier)', () => {
    const day = new StatusDay('2026-11-25');
    const n = note('2026-11-24', 'held', false);
    day.moveTo('2026-11-24', () => [n]);
    assert.equal(n.status, 'planned');
  });

  it('on the same day does nothing and does not look at the notes', () => {
    const day = new StatusDay('2026-11-24');
    assert.equal(
      day.moveTo('2026-11-24', () => {
        throw new Error('the notes were listed');
      }),
      false,
    );
    assert.equal(day.date, '2026-11-24');
  });
});
