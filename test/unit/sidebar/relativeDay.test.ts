import { strict as assert } from 'node:assert';
import { relativeDay } from '../../../src/core/views/relativeDay';
import { formatShortDateFrom } from '../../../src/core/schedule/calendarDate';

describe('relativeDay', () => {
  const today = '2026-11-23';
  const cases: [string, string][] = [
    ['2026-11-23', 'today'],
    ['2026-11-24', 'tomorrow'],
    ['2026-11-22', 'yesterday'],
    ['2026-11-25', 'in 2 days'],
    ['2026-12-01', 'in 8 days'],
    ['2026-12-06', 'in 13 days'],
    ['2026-12-07', 'in 2 weeks'],
    ['2026-11-02', '3 weeks ago'],
    ['2026-09-25', '8 weeks ago'],
    ['2026-09-24', '2 months ago'],
    ['2026-10-24', '4 weeks ago'],
    ['2025-12-20', '11 months ago'],
    ['2025-11-23', '1 year ago'],
    ['2024-11-01', '2 years ago'],
    ['2027-01-01', 'in 5 weeks'],
  ];
  for (const [date, said] of cases)
    it(`${date} is "${said}"`, () => {
      assert.equal(relativeDay(date, today), said);
    });
});

describe('formatShortDateFrom', () => {
  it('leaves the year out only when it is today\'s', () => {
    assert.equal(formatShortDateFrom('2026-11-27', '2026-11-23'), 'Fri 27 Nov');
    assert.equal(formatShortDateFrom('2027-01-05', '2026-12-29'), 'Tue 5 Jan 2027');
    assert.equal(formatShortDateFrom('2025-12-31', '2026-01-02'), 'Wed 31 Dec 2025');
  });
});
