import { strict as assert } from 'node:assert';
import { agendaLate, meetingWhen, nextMeetingOf, soonestMeeting } from '../../../src/core/views/nextMeeting';
import { buildVault, type NoteSpec } from '../helpers/vaultBuilder';

const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const SAM = { with: 'Sam Okafor', role: 'report', cadence: 'biweekly', day: 'thursday', time: '"14:00"', since: '2026-09-03' };

function states(now: string, notes: NoteSpec[] = [], profiles: Record<string, Record<string, string>> = { dana: DANA, sam: SAM }) {
  const { index } = buildVault({ now, profiles, notes });
  return index.seriesStates();
}

describe('next meeting', () => {
  it('is the soonest of the vault, with its note and the share deadline for my manager', () => {
    const planned = { date: '2026-11-24', status: 'planned', fm: { time: '"10:00"' } };
    const next = soonestMeeting(states('2026-11-23T17:30', [planned]))!;
    assert.deepEqual(
      { ...next, note: next.note?.file },
      { series: 'dana', name: 'Dana Whitfield', role: 'manager', date: '2026-11-24', time: '10:00', note: '1on1/dana/2026-11-24.md', share: { date: '2026-11-23', time: '17:00', passed: true, shared: undefined } },
    );
    assert.equal(agendaLate(next), true);
  });

  it('is not late before the deadline, nor once shared', () => {
    const before = soonestMeeting(states('2026-11-23T16:59'))!;
    assert.deepEqual([before.share?.passed, agendaLate(before)], [false, false]);
    const shared = { date: '2026-11-24', status: 'planned', fm: { shared: '2026-11-23T16:40' } };
    const after = soonestMeeting(states('2026-11-23T17:30', [shared]))!;
    assert.deepEqual([after.share?.passed, after.share?.shared, agendaLate(after)], [true, '2026-11-23T16:40', false]);
  });

  it('is late when the deadline passed and no agenda is written at all', () => {
    const next = soonestMeeting(states('2026-11-23T18:00'))!;
    assert.equal(next.note, undefined);
    assert.equal(agendaLate(next), true);
  });

  it('with a report has no share deadline', () => {
    const [, sam] = states('2026-11-25T12:00');
    const next = nextMeetingOf(sam)!;
    assert.deepEqual([next.series, next.date, next.time, next.share], ['sam', '2026-11-26', '14:00', undefined]);
  });

  it('moves on once today\'s meeting has started; compares times on the same day', () => {
    // Tue 24 Nov: Dana at 10:00. Sam's Thursday is 26 Nov.
    assert.equal(soonestMeeting(states('2026-11-24T09:59'))!.series, 'dana');
    assert.equal(soonestMeeting(states('2026-11-24T10:00'))!.series, 'sam');
    const samEarly = { ...SAM, day: 'tuesday', since: '2026-09-01', time: '"09:00"' };
    assert.equal(soonestMeeting(states('2026-11-24T08:00', [], { dana: DANA, sam: samEarly }))!.series, 'sam');
  });

  it('is undefined when no series knows its next meeting', () => {
    const notes = [{ date: '2026-11-17', status: 'held' }];
    assert.equal(soonestMeeting(states('2026-11-23T17:30', notes, {})), undefined);
    assert.equal(soonestMeeting([]), undefined);
  });

  it('says when: today, the weekday within the week, else the date', () => {
    const now = { date: '2026-11-23', time: '17:30' };
    assert.equal(meetingWhen('2026-11-23', '18:00', now), 'today 18:00');
    assert.equal(meetingWhen('2026-11-24', '10:00', now), 'Tue 10:00');
    assert.equal(meetingWhen('2026-11-29', undefined, now), 'Sun');
    assert.equal(meetingWhen('2026-11-30', '10:00', now), 'Mon 30 Nov 10:00');
    assert.equal(meetingWhen('2027-01-04', '10:00', { date: '2026-12-29', time: '09:00' }), 'Mon 10:00');
    assert.equal(meetingWhen('2027-01-05', '10:00', { date: '2026-12-29', time: '09:00' }), 'Tue 5 Jan 2027 10:00');
    assert.equal(meetingWhen('2027-01-12', '10:00', { date: '2026-12-29', time: '09:00' }), 'Tue 12 Jan 2027 10:00');
  });
});
