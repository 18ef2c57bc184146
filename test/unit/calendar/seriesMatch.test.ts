import { strict as assert } from 'node:assert';
import { seriesMatcher } from '../../../src/core/calendar/seriesMatch';

// SPEC §12: an event belongs to the series whose `calendar:` text appears in its SUMMARY
// (case-insensitive), else whose `with` name does; events of no series are ignored.
describe('calendar events matched to series', () => {
  const matcher = seriesMatcher([
    { id: 'dana', calendarTexts: ['Dana / Me 1:1'], name: 'Dana Whitfield' },
    { id: 'ann', calendarTexts: [], name: 'Ann' },
    { id: 'dana-lee', calendarTexts: [], name: 'Dana Lee' },
    { id: 'zoe', calendarTexts: [], name: 'Zoë' },
  ]);

  it('the calendar: text, case-insensitive, wins over a name', () => {
    assert.equal(matcher.seriesOf('dana / me 1:1', false), 'dana');
    assert.equal(matcher.seriesOf('Weekly: Dana / Me 1:1 (moved)', false), 'dana');
  });

  it('else the name, as a whole word (Unicode letters too), the longest name winning', () => {
    assert.equal(matcher.seriesOf('1:1 Ann', false), 'ann');
    assert.equal(matcher.seriesOf('Annual planning', false), undefined);
    assert.equal(matcher.seriesOf('Dana Lee <> me', false), 'dana-lee');
    assert.equal(matcher.seriesOf('1x1 Zoë', false), 'zoe');
    assert.equal(matcher.seriesOf('1x1 Zoëlle', false), undefined);
  });

  it('all-day events only by a calendar: text, never by a name that happens to be in them', () => {
    assert.equal(matcher.seriesOf("Ann's birthday", true), undefined);
    assert.equal(matcher.seriesOf("Ann's birthday", false), 'ann');
    assert.equal(matcher.seriesOf('Dana / Me 1:1', true), 'dana');
  });

  it('events of no series are ignored', () => {
    assert.equal(matcher.seriesOf('Team standup', false), undefined);
  });
});
