import { strict as assert } from 'node:assert';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { generateCalendar } from '../../corpora/generateCalendar';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');

describe('the generated calendar of the benchmark', () => {
  const calendar = generateCalendar();

  it('is the same for a seed, and an iCalendar file: CRLF, no line over 75 octets', () => {
    assert.equal(generateCalendar().text, calendar.text);
    assert.notEqual(generateCalendar({ seed: 2 }).text, calendar.text);
    assert.ok(!/[^\r]\n/.test(calendar.text), 'CRLF');
    for (const line of calendar.text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
  });

  it('has 20 weekly series over 5 years, each with 10 overridden occurrences and 3 EXDATEs, in Europe/Berlin', () => {
    const root = new ICAL.Component(ICAL.parse(calendar.text));
    assert.equal(root.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), 'Europe/Berlin');
    const events = root.getAllSubcomponents('vevent');
    const masters = events.filter((e) => e.hasProperty('rrule'));
    assert.equal(masters.length, 20);
    assert.equal(events.length - masters.length, 200);
    assert.equal(calendar.overrides, 200);
    assert.equal(masters.reduce((n, e) => n + e.getAllProperties('exdate').length, 0), 60);
    for (const master of masters) {
      const uid = master.getFirstPropertyValue('uid');
      assert.equal(events.filter((e) => e.getFirstPropertyValue('uid') === uid).length, 11, `${uid}: the master and its overrides`);
    }
    assert.deepEqual([calendar.from, calendar.to], ['2022-01-03', '2027-01-11']);
    assert.ok(calendar.text.includes('STATUS:CANCELLED'), 'some occurrences canceled');
  });
});
