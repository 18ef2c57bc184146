import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { addDays, daysBetween, weekday, WEEKDAY_NAMES } from '../../../src/core/schedule/calendarDate';
import { shareDeadline } from '../../../src/core/schedule/shareDeadline';
import { DEFAULT_SETTINGS, settingsWarnings, withDefaults } from '../../../src/core/settings/settings';

// SPEC §8: the agenda is due by 17:00 (`oneOnOne.shareBy`) on the last working day before the
// meeting — Friday for a Monday meeting; `oneOnOne.workingDays`, default Monday–Friday.

const at = (date: string, time = '09:00') => ({ date, time });
const deadlineOf = (meeting: string, workingDays = DEFAULT_SETTINGS.workingDays) => shareDeadline(meeting, { shareBy: '17:00', workingDays }, at(meeting)).date;

describe('share deadline', () => {
  it('the day before for a Tuesday to Friday meeting', () => {
    assert.equal(deadlineOf('2026-11-24'), '2026-11-23'); // Tue → Mon
    assert.equal(deadlineOf('2026-11-27'), '2026-11-26'); // Fri → Thu
  });

  it('Friday for a Monday meeting, and for a weekend one', () => {
    assert.equal(deadlineOf('2026-11-30'), '2026-11-27'); // Mon → Fri, not Sun 29 Nov
    assert.equal(deadlineOf('2026-11-29'), '2026-11-27'); // Sun → Fri
    assert.equal(deadlineOf('2026-11-28'), '2026-11-27'); // Sat → Fri
  });

  it('follows oneOnOne.workingDays', () => {
    const sundayToThursday = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'];
    assert.equal(deadlineOf('2026-11-29', sundayToThursday), '2026-11-26'); // Sun → Thu
    assert.equal(deadlineOf('2026-11-30', sundayToThursday), '2026-11-29'); // Mon → Sun
    assert.equal(deadlineOf('2026-11-30', ['monday']), '2026-11-23'); // a week before, not the day itself
  });

  it('counts the minutes to 17:00 on that day, across the weekend', () => {
    const settings = { shareBy: '17:00', workingDays: DEFAULT_SETTINGS.workingDays };
    assert.equal(shareDeadline('2026-11-30', settings, at('2026-11-27', '16:00')).minutesLeft, 60);
    assert.equal(shareDeadline('2026-11-30', settings, at('2026-11-29', '17:00')).minutesLeft, -2 * 1440);
  });

  it('ends with no working day at all (the settings never let an empty list through)', () => {
    assert.equal(deadlineOf('2026-11-30', []), '2026-11-29');
  });

  it('is always a working day strictly before the meeting, at most a week before (property)', () => {
    const days = fc.uniqueArray(fc.constantFrom(...WEEKDAY_NAMES), { minLength: 1, maxLength: 7 });
    const meeting = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(meeting, days, (date, workingDays) => {
        const deadline = deadlineOf(date, workingDays);
        const before = daysBetween(deadline, date);
        assert.ok(before >= 1 && before <= 7, `${deadline} for ${date}`);
        assert.ok(workingDays.includes(WEEKDAY_NAMES[weekday(deadline)]), `${deadline} is not a working day of ${workingDays.join(',')}`);
        // The last one: no working day between the deadline and the meeting.
        for (let d = addDays(deadline, 1); d < date; d = addDays(d, 1)) assert.ok(!workingDays.includes(WEEKDAY_NAMES[weekday(d)]), `${d} is a later working day`);
      }),
    );
  });
});

describe('oneOnOne.workingDays', () => {
  it('defaults to Monday to Friday', () => {
    assert.deepEqual(withDefaults({}).workingDays, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
  });

  it('takes weekday names in any case, and their three-letter forms', () => {
    assert.deepEqual(withDefaults({ workingDays: ['Sunday', 'mon', 'TUE', ' wednesday ', 'thu', 'mon'] }).workingDays, ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);
    assert.deepEqual(settingsWarnings({ workingDays: ['sunday', 'mon'] }), []);
  });

  it('an empty list, a typo or a wrong type: the default, with a warning naming the setting', () => {
    for (const workingDays of [[], ['monday', 'fridya'], 'monday', [1, 2], { monday: true }]) {
      assert.deepEqual(withDefaults({ workingDays } as never).workingDays, DEFAULT_SETTINGS.workingDays, JSON.stringify(workingDays));
      const warnings = settingsWarnings({ workingDays });
      assert.equal(warnings.length, 1, JSON.stringify(workingDays));
      assert.match(warnings[0], /^oneOnOne\.workingDays: .* is not a non-empty list of weekdays .*; using Monday to Friday$/);
    }
  });
});
