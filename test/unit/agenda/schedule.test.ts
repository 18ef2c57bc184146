import { strict as assert } from 'node:assert';
import { fixedClock } from '../../../src/core/schedule/clock';
import { inferCadence, nextMeetingDate, upcomingMeetings } from '../../../src/core/schedule/schedule';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';

function series(files: Record<string, string>, now = '2026-11-23T09:00') {
  const [date, time] = now.split('T');
  const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date, time }) });
  for (const [file, text] of Object.entries(files)) index.setFile(`1on1/dana/${file}`, text);
  return index.seriesState('dana')!;
}

const profile = (fields: string) => `---\nwith: Dana Whitfield\n${fields}\n---\n`;
const note = (date: string, extra = '') => `---\ndate: ${date}\n${extra}---\n## Notes\n`;
const dates = (list: { date: string }[]) => list.map((m) => m.date);

describe('schedule', () => {
  describe('nextMeetingDate', () => {
    it('weekly on a weekday, across a month end and a year end', () => {
      assert.equal(nextMeetingDate({ kind: 'weekly' }, '2026-11-24', '2026-09-01', 2), '2026-12-01');
      assert.equal(nextMeetingDate({ kind: 'weekly' }, '2026-12-29', '2026-09-01', 2), '2027-01-05');
    });

    it('weekly across daylight-saving changes keeps the weekday (dates are calendar days)', () => {
      // Europe and the US change clocks on 2026-03-08/29 and 2026-10-25/11-01.
      assert.equal(nextMeetingDate({ kind: 'weekly' }, '2026-03-24', '2026-01-06', 2), '2026-03-31');
      assert.equal(nextMeetingDate({ kind: 'weekly' }, '2026-10-27', '2026-01-06', 2), '2026-11-03');
      assert.equal(nextMeetingDate({ kind: 'weekly' }, '2026-03-03', '2026-01-06', 2), '2026-03-10');
    });

    it('biweekly is anchored on since, not on the day asked', () => {
      // since Tue 2026-09-01: meetings 09-01, 09-15, 09-29, … 11-24, 12-08.
      assert.equal(nextMeetingDate({ kind: 'biweekly' }, '2026-11-24', '2026-09-01', 2), '2026-12-08');
      assert.equal(nextMeetingDate({ kind: 'biweekly' }, '2026-11-25', '2026-09-01', 2), '2026-12-08');
      assert.equal(nextMeetingDate({ kind: 'biweekly' }, '2026-11-23', '2026-09-01', 2), '2026-11-24');
      assert.equal(nextMeetingDate({ kind: 'biweekly' }, '2026-08-01', '2026-09-01', 2), '2026-09-01', 'before since: since itself');
    });

    it('every N weeks', () => {
      assert.equal(nextMeetingDate({ kind: 'every-n-weeks', weeks: 3 }, '2026-09-01', '2026-09-01', 2), '2026-09-22');
    });

    it('monthly keeps the ordinal weekday, through leap years', () => {
      // since the 2nd Tuesday of September 2026.
      assert.equal(nextMeetingDate({ kind: 'monthly' }, '2026-09-08', '2026-09-08', 2), '2026-10-13');
      assert.equal(nextMeetingDate({ kind: 'monthly' }, '2028-01-11', '2026-09-08', 2), '2028-02-08');
      // The 4th Tuesday in a leap February.
      assert.equal(nextMeetingDate({ kind: 'monthly' }, '2028-01-25', '2026-09-22', 2), '2028-02-22');
    });

    it('daily arithmetic knows leap days', () => {
      assert.equal(nextMeetingDate({ kind: 'weekly' }, '2028-02-24', '2028-01-03', 4), '2028-03-02');
      assert.equal(nextMeetingDate({ kind: 'weekly' }, '2028-02-22', '2028-01-01', 2), '2028-02-29');
    });
  });

  it('infers weekly, biweekly and every-4-weeks from the median gap', () => {
    assert.deepEqual(inferCadence(['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02']), { kind: 'weekly' });
    assert.deepEqual(inferCadence(['2026-09-03', '2026-09-17', '2026-10-01', '2026-10-15']), { kind: 'biweekly' });
    assert.deepEqual(inferCadence(['2026-07-01', '2026-07-29', '2026-08-26']), { kind: 'every-n-weeks', weeks: 4 });
    assert.equal(inferCadence(['2026-07-01']), undefined);
  });

  describe('upcomingMeetings', () => {
    const weekly = profile('cadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01');

    it('from the profile, today included until the meeting time', () => {
      const s = series({ 'profile.md': weekly });
      assert.deepEqual(dates(upcomingMeetings(s, { date: '2026-11-24', time: '09:59' }, 3)), ['2026-11-24', '2026-12-01', '2026-12-08']);
      assert.deepEqual(dates(upcomingMeetings(s, { date: '2026-11-24', time: '10:00' }, 2)), ['2026-12-01', '2026-12-08']);
    });

    it('canceled meetings are left out, rescheduled ones move', () => {
      const s = series({
        'profile.md': weekly,
        '2026-12-01.md': note('2026-12-01', 'status: canceled\n'),
        '2026-12-08.md': note('2026-12-08', 'status: rescheduled\nmoved_to: 2026-12-10\n'),
      });
      assert.deepEqual(dates(upcomingMeetings(s, { date: '2026-11-25', time: '09:00' }, 3)), ['2026-12-10', '2026-12-15', '2026-12-22']);
    });

    it('a planned note off the schedule counts, and the note is returned', () => {
      const s = series({ 'profile.md': weekly, '2026-11-27.md': note('2026-11-27', 'status: planned\n') });
      const next = upcomingMeetings(s, { date: '2026-11-25', time: '09:00' }, 2);
      assert.deepEqual(dates(next), ['2026-11-27', '2026-12-01']);
      assert.equal(next[0].note?.file, '1on1/dana/2026-11-27.md');
    });

    it('without a profile, from the inferred cadence', () => {
      const s = series({ '2026-11-02.md': note('2026-11-02'), '2026-11-09.md': note('2026-11-09'), '2026-11-16.md': note('2026-11-16') });
      assert.equal(s.cadence?.inferred, true);
      assert.deepEqual(dates(upcomingMeetings(s, { date: '2026-11-17', time: '09:00' }, 2)), ['2026-11-23', '2026-11-30']);
    });

    it('without a profile, at the time the latest notes say: a meeting earlier today is over', () => {
      const held = (date: string, time: string) => note(date, `time: "${time}"\n`);
      const s = series({ '2026-11-02.md': held('2026-11-02', '09:00'), '2026-11-09.md': held('2026-11-09', '09:30'), '2026-11-16.md': note('2026-11-16') });
      const next = upcomingMeetings(s, { date: '2026-11-23', time: '17:30' }, 1);
      assert.deepEqual(next, [{ date: '2026-11-30', time: '09:30', note: undefined }]);
      assert.deepEqual(dates(upcomingMeetings(s, { date: '2026-11-23', time: '09:29' }, 1)), ['2026-11-23']);
    });
  });
});
