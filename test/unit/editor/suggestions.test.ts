import * as assert from 'node:assert/strict';
import { DEFAULT_SECTIONS } from '../../../src/core/settings/settings';
import { dateSuggestions, endOfWeek, missingSectionSuggestions, peopleSuggestions } from '../../../src/core/views/suggestions';
import { buildVault } from '../helpers/vaultBuilder';

// What completion offers: due dates after 📅 / [due::, people after @, missing sections after ##.

const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };

function vault(now = '2026-11-23T17:30') {
  return buildVault({
    now,
    profiles: { dana: DANA, sam: { with: 'Sam Ortiz', role: 'report', cadence: 'biweekly', day: 'thursday', time: '"15:00"', since: '2026-09-03' } },
    notes: [{ date: '2026-11-17' }, { date: '2026-11-24' }, { date: '2026-11-12', series: 'sam' }, { date: '2026-11-05', series: 'priya', fm: { with: null } }],
  });
}

describe('completion suggestions', () => {
  describe('due dates', () => {
    it('offers today, tomorrow, the end of the week and the next 1x1, one per date, in date order', () => {
      const v = vault();
      const note = v.index.note('1on1/dana/2026-11-17.md')!;
      const labels = dateSuggestions(v.index.seriesState('dana'), note, '2026-11-23').map((s) => s.label);
      assert.deepEqual(labels, ['2026-11-23 — today (Mon)', '2026-11-24 — tomorrow, next 1x1 (Tue)', '2026-11-27 — end of week (Fri)']);
    });

    it("takes the next 1x1 after the note's own meeting when that is ahead (as the missing-due-date fix does)", () => {
      const v = vault();
      const found = dateSuggestions(v.index.seriesState('dana'), v.index.note('1on1/dana/2026-11-24.md'), '2026-11-23');
      assert.deepEqual(
        found.map((s) => [s.date, s.label, s.nextMeeting]),
        [
          ['2026-11-23', '2026-11-23 — today (Mon)', false],
          ['2026-11-24', '2026-11-24 — tomorrow (Tue)', false],
          ['2026-11-27', '2026-11-27 — end of week (Fri)', false],
          ['2026-12-01', '2026-12-01 — next 1x1 (Tue)', true],
        ],
      );
    });

    it('offers no next 1x1 when the series has no cadence', () => {
      const v = vault();
      const labels = dateSuggestions(v.index.seriesState('priya'), v.index.note('1on1/priya/2026-11-05.md'), '2026-11-23').map((s) => s.label);
      assert.deepEqual(labels, ['2026-11-23 — today (Mon)', '2026-11-24 — tomorrow (Tue)', '2026-11-27 — end of week (Fri)']);
    });

    it("ends the week on this week's Friday, next week's on a weekend", () => {
      assert.equal(endOfWeek('2026-11-23'), '2026-11-27'); // Mon
      assert.equal(endOfWeek('2026-11-26'), '2026-11-27'); // Thu
      assert.equal(endOfWeek('2026-11-27'), '2026-11-27'); // Fri
      assert.equal(endOfWeek('2026-11-28'), '2026-12-04'); // Sat
      assert.equal(endOfWeek('2026-11-29'), '2026-12-04'); // Sun
      assert.equal(endOfWeek('2026-12-31'), '2027-01-01'); // across a year
    });

    it('merges today and the end of the week on a Friday', () => {
      const labels = dateSuggestions(undefined, undefined, '2026-11-27').map((s) => s.label);
      assert.deepEqual(labels, ['2026-11-27 — today, end of week (Fri)', '2026-11-28 — tomorrow (Sat)']);
    });
  });

  it('offers me first, then every series of the vault with its name', () => {
    const v = vault();
    const states = v.index.seriesStates();
    assert.deepEqual(peopleSuggestions(states, 'me'), [
      { name: 'me', detail: 'you (oneOnOne.me)' },
      { name: 'dana', detail: 'Dana Whitfield' },
      { name: 'priya', detail: 'priya' },
      { name: 'sam', detail: 'Sam Ortiz' },
    ]);
    assert.deepEqual(
      peopleSuggestions(states, 'sam').map((p) => p.name),
      ['sam', 'dana', 'priya'],
      'oneOnOne.me is not offered twice',
    );
  });

  it('offers the sections a note lacks, in template order', () => {
    const titles = missingSectionSuggestions(DEFAULT_SECTIONS, ['roadblocks', 'action-items', 'commitments']).map((s) => s.title);
    assert.deepEqual(titles, ['Top 3 priorities', 'One thing you should know', 'What is unclear', 'Rotating topic', 'Notes', 'Private']);
  });
});
