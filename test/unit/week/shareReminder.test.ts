import { strict as assert } from 'node:assert';
import { parseLocalDateTime } from '../../../src/core/schedule/clock';
import { keptReminders, reminderKey, reminderMessage, reminderWindowDays, sharesToRemind } from '../../../src/core/views/shareReminder';
import { weekAhead } from '../../../src/core/views/week';
import { buildVault, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// Issue 13: within oneOnOne.remindBeforeShareBy minutes of the share deadline of an agenda for my
// manager that is written and not shared, remind once. Dana meets Tuesdays at 10:00: the agenda of
// Tue 24 Nov is due Mon 23 Nov at 17:00 (oneOnOne.shareBy, the last working day before).
const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const SAM = { with: 'Sam Okafor', role: 'report', cadence: 'weekly', day: 'tuesday', time: '"11:00"', since: '2026-09-01' };
const PLANNED: NoteSpec = { date: '2026-11-24', status: 'planned', sections: {} };
const NOTE = '1on1/dana/2026-11-24.md';

function remind(now: string, { minutes = 60, reminded = [] as string[], notes = [PLANNED], ...extra }: Partial<VaultSpec> & { minutes?: number; reminded?: string[] } = {}) {
  const vault = buildVault({ now, profiles: { dana: DANA, sam: SAM }, notes: [{ date: '2026-11-17', status: 'held', sections: {} }, ...notes], ...extra });
  const at = parseLocalDateTime(now)!;
  return sharesToRemind(weekAhead(vault.index.seriesStates(), at, reminderWindowDays(minutes)), minutes, new Set(reminded));
}

describe('the share reminder: which meetings to remind of now', () => {
  it('an unshared agenda for my manager, from 60 minutes before the deadline (inclusive) until just before it', () => {
    assert.deepEqual(remind('2026-11-23T15:59'), [], '61 minutes left: not yet');
    const [first, ...rest] = remind('2026-11-23T16:00');
    assert.deepEqual(rest, []);
    assert.deepEqual(first, { key: reminderKey(NOTE, '2026-11-24'), series: 'dana', name: 'Dana Whitfield', date: '2026-11-24', file: NOTE, shareBy: { date: '2026-11-23', time: '17:00', minutesLeft: 60 } });
    assert.equal(remind('2026-11-23T16:59')[0]?.shareBy.minutesLeft, 1);
    assert.deepEqual(remind('2026-11-23T17:00'), [], 'at the deadline it has passed: agenda-not-shared says so');
    assert.deepEqual(remind('2026-11-23T17:30'), []);
  });

  it('once per meeting: not again once its note and date are remembered', () => {
    assert.deepEqual(remind('2026-11-23T16:30', { reminded: [reminderKey(NOTE, '2026-11-24')] }), []);
    assert.equal(remind('2026-11-23T16:30', { reminded: [reminderKey(NOTE, '2026-11-17')] }).length, 1, 'another meeting remembered does not count');
  });

  it('never when off (0), shared, not written, or not with my manager', () => {
    assert.deepEqual(remind('2026-11-23T16:30', { minutes: 0 }), []);
    assert.deepEqual(remind('2026-11-23T16:30', { notes: [{ ...PLANNED, fm: { shared: '2026-11-23T09:00' } }] }), []);
    assert.deepEqual(remind('2026-11-23T16:30', { notes: [] }), [], 'no note: nothing to share (agenda-not-written reports it)');
    assert.deepEqual(remind('2026-11-23T16:30', { notes: [{ ...PLANNED, series: 'sam', fm: { with: 'Sam Okafor' } }] }), [], 'a report: no share deadline');
  });

  it('follows oneOnOne.remindBeforeShareBy and oneOnOne.shareBy', () => {
    assert.deepEqual(remind('2026-11-23T16:30', { minutes: 15 }), []);
    assert.equal(remind('2026-11-23T16:45', { minutes: 15 }).length, 1);
    assert.equal(remind('2026-11-20T17:00', { minutes: 3 * 1440 }).length, 1, 'three days ahead, with a window wide enough');
    assert.equal(remind('2026-11-23T11:30', { settings: { shareBy: '12:00' } }).length, 1);
  });

  it('says whose agenda, by when and how long is left', () => {
    const [r] = remind('2026-11-23T16:30');
    assert.equal(reminderMessage(r, '2026-11-23'), '1x1: the agenda for your 1x1 with Dana Whitfield on Tue 24 Nov is not shared yet — share it by 17:00 today (30 minutes left).');
    assert.equal(reminderMessage({ ...r, shareBy: { ...r.shareBy, minutesLeft: 90 } }, '2026-11-22'), '1x1: the agenda for your 1x1 with Dana Whitfield on Tue 24 Nov is not shared yet — share it by 17:00 tomorrow (1 h 30 min left).');
  });

  it('forgets meetings older than two weeks', () => {
    assert.deepEqual(keptReminders([reminderKey(NOTE, '2026-11-24'), reminderKey('1on1/dana/2026-11-03.md', '2026-11-03'), reminderKey('1on1/dana/2026-11-10.md', '2026-11-10')], '2026-11-24'), [
      reminderKey(NOTE, '2026-11-24'),
      reminderKey('1on1/dana/2026-11-10.md', '2026-11-10'),
    ]);
  });
});
