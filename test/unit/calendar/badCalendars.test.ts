import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { occurrencesOf, readCalendar } from '../../../src/core/calendar/readCalendar';
import { calendarFixture as fixture, calendarOf as calendar } from '../helpers/calendarFixtures';

// A broken .ics is a clear problem on that file (with its line when known), never a crash, and
// the events that could be read still are (issue 14, "Watching").

const WINDOW = { from: '2026-01-01', to: '2027-12-31' };

describe('reading broken calendar exports', () => {
  it('not a calendar at all (Markdown, binary, empty): one problem saying so, no events', () => {
    const cases: Array<[string, number | undefined]> = [
      [fixture('notes.ics'), 1],
      ['\u0000\u0001PK\u0003\u0004 binary', undefined],
      ['', undefined],
      ['\n\n  \n', undefined],
    ];
    for (const [text, line] of cases) {
      const file = readCalendar('x.ics', text);
      assert.equal(file.events.length, 0);
      assert.equal(file.problems.length, 1, JSON.stringify(file.problems));
      assert.equal(file.problems[0].line, line);
      assert.match(file.problems[0].message, /^not an iCalendar file \(.+\): export the calendar again/);
    }
  });

  it('a file of broken events: each problem on its line, one line each, the readable events still read', () => {
    const file = readCalendar('broken-events.ics', fixture('broken-events.ics'));
    assert.deepEqual(
      file.problems.map((p) => [p.line, p.message]),
      [
        [22, 'BEGIN:VEVENT has no END:VEVENT: the event is skipped; export the calendar again from the calendar program'],
        [32, 'END:VALARM has no BEGIN:VALARM (the line is ignored); export the calendar again from the calendar program'],
        [13, 'DTSTART "2026-10-05 10:00" is not a date or date-time (YYYYMMDD or YYYYMMDDTHHMMSS), so the event is skipped; fix that line or export the calendar again'],
        [19, `the event's RRULE could not be read (invalid frequency "FORTNIGHTLY" expected: "SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY"), so the event is skipped; fix that line or export the calendar again`],
        [28, 'the time zone "Customized Time Zone" is neither in the file (VTIMEZONE) nor one this product knows, so its times are read as local times; export the calendar again with its VTIMEZONE'],
        [33, 'the event has no DTSTART, so it is skipped; fix that line or export the calendar again'],
      ],
    );
    for (const problem of file.problems) assert.ok(!problem.message.includes('\n'));
    assert.deepEqual(file.events.map((e) => e.summary), ['Lee / Me 1:1', 'Robin / Me 1:1']);
    // The zone nobody knows is read as floating: 10:00 wherever it is read.
    const robin = file.events[1];
    assert.deepEqual(occurrencesOf(robin, WINDOW, 'America/New_York').map((o) => `${o.date} ${o.time} ${o.duration}`), ['2026-10-07 10:00 60']);
    assert.deepEqual(occurrencesOf(file.events[0], WINDOW, 'Europe/Berlin').map((o) => `${o.date} ${o.time} ${o.duration}`), ['2026-10-05 10:00 45', '2026-10-12 10:00 45', '2026-10-19 10:00 45']);
  });

  it('a cut-off download: the whole events read, the cut one and the missing END:VCALENDAR reported', () => {
    const file = readCalendar('truncated.ics', fixture('truncated.ics'));
    assert.deepEqual(file.problems.map((p) => p.line), [10, 1]);
    assert.deepEqual(file.events.map((e) => e.uid), ['whole@google.com']);
  });

  it('RRULEs ical.js reads but that cannot be expanded, a bad UNTIL, a bad EXDATE, a second master with the same UID', () => {
    const file = readCalendar(
      'rules.ics',
      calendar([
        'BEGIN:VEVENT', 'UID:never', 'DTSTART:20260101T100000', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Every 30 February', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:until', 'DTSTART:20260101T100000', 'RRULE:FREQ=WEEKLY;UNTIL=soon', 'SUMMARY:Bad until', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:ex', 'DTSTART:20261005T100000', 'RRULE:FREQ=WEEKLY;COUNT=2', 'EXDATE:tomorrow', 'SUMMARY:Bad exdate', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:ex', 'DTSTART:20261006T100000', 'SUMMARY:Twin', 'END:VEVENT',
      ]),
    );
    assert.deepEqual(file.problems.map((p) => p.line), [7, 13, 20, 23]);
    assert.match(file.problems[0].message, /^RRULE could not be expanded \(no start found in 10000 steps\), so the event is skipped/);
    assert.match(file.problems[1].message, /^RRULE's UNTIL "soon" is not a date/);
    assert.match(file.problems[2].message, /^EXDATE "tomorrow" is not a date .* so that exception is left out/);
    assert.match(file.problems[3].message, /^a second event with UID ex \(the first is at line 16\) is ignored/);
    assert.deepEqual(file.events.map((e) => e.summary), ['Bad exdate']);
    assert.equal(occurrencesOf(file.events[0], WINDOW, 'UTC').length, 2);
  });

  it('a VTIMEZONE whose rule is not yearly (ical.js would expand it without end): a problem on it, read at once, times by the zone\'s name', () => {
    for (const rule of ['RRULE:FREQ=SECONDLY', 'RRULE:FREQ=DAILY;BYMONTHDAY=30;BYMONTH=2']) {
      const started = Date.now();
      const file = readCalendar(
        'tz.ics',
        calendar([
          'BEGIN:VTIMEZONE',
          'TZID:Europe/Berlin',
          'BEGIN:STANDARD',
          'DTSTART:19701025T030000',
          'TZOFFSETFROM:+0200',
          'TZOFFSETTO:+0100',
          'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
          'END:STANDARD',
          'BEGIN:DAYLIGHT',
          'DTSTART:19700329T020000',
          'TZOFFSETFROM:+0100',
          'TZOFFSETTO:+0200',
          rule,
          'END:DAYLIGHT',
          'END:VTIMEZONE',
          'BEGIN:VEVENT',
          'UID:a',
          'SUMMARY:A',
          'DTSTART;TZID=Europe/Berlin:20260707T100000',
          'END:VEVENT',
        ]),
      );
      assert.ok(Date.now() - started < 2000, `${rule}: read in ${Date.now() - started} ms`);
      assert.equal(file.problems.length, 1, JSON.stringify(file.problems));
      assert.match(file.problems[0].message, /the time zone Europe\/Berlin could not be read \(its DAYLIGHT rule/);
      const [only] = occurrencesOf(file.events[0], WINDOW, 'Europe/Berlin');
      assert.equal(`${only.date} ${only.time}`, '2026-07-07 10:00', 'the IANA zone of the same name');
    }
  });

  it('never throws on any string, nor on fixtures cut, doubled or with lines dropped; and expands what it read without throwing', () => {
    const fixtures = ['google.ics', 'outlook.ics', 'apple-dst.ics', 'apple-allday.ics', 'biweekly-until.ics', 'broken-events.ics'].map(fixture);
    const mutated = fc
      .tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.constantFrom('cut', 'drop', 'swap', 'insert'), fc.string())
      .map(([text, a, b, how, junk]) => {
        const lines = text.split('\r\n');
        const i = a % lines.length;
        const j = b % lines.length;
        if (how === 'cut') return text.slice(0, (a * 7) % text.length);
        if (how === 'drop') return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\r\n');
        if (how === 'swap') return lines.map((line, k) => (k === i ? lines[j] : k === j ? lines[i] : line)).join('\r\n');
        return [...lines.slice(0, i), junk, ...lines.slice(i)].join('\r\n');
      });
    const icsish = fc
      .array(fc.oneof(fc.constantFrom('BEGIN:VCALENDAR', 'END:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE', 'DTSTART:20261005T100000', 'DTSTART;TZID=Europe/Berlin:20261005T1000', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'RRULE:FREQ=MONTHLY;BYSETPOS=-1', 'EXDATE:', 'RECURRENCE-ID:x', 'UID:a', ' folded', ':', ';', 'BEGIN:', 'END:'), fc.string()), { maxLength: 30 })
      .map((lines) => lines.join('\r\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated, icsish), (text) => {
        const file = readCalendar('x.ics', text);
        for (const event of file.events) occurrencesOf(event, { from: '2026-01-01', to: '2026-12-31' }, 'Europe/Berlin');
      }),
      { seed: 14, numRuns: 400 },
    );
  });
});
