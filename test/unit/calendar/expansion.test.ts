import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import fc from 'fast-check';
import { generateCalendar } from '../../../corpora/generateCalendar';
import { occurrencesOf, readCalendar } from '../../../src/core/calendar/readCalendar';
import { MAX_RULE_STEPS } from '../../../src/core/calendar/recurrence';
import { zoneNamed } from '../../../src/core/calendar/zoneTime';
import { calendarOf } from '../helpers/calendarFixtures';
import { staysLinear } from '../helpers/linearity';
import { repoRoot } from '../helpers/sourceFiles';

// Bounded work (issue 14, "Performance"): a rule is followed only as far as the window needs and
// never past a cap; reading is linear in the file; the times do not depend on the process's TZ.

function oneEvent(lines: string[]) {
  const file = readCalendar('x.ics', calendarOf(['BEGIN:VEVENT', 'UID:x', 'SUMMARY:X', ...lines, 'END:VEVENT']));
  assert.equal(file.events.length, 1, JSON.stringify(file.problems));
  return file;
}

function millis(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('expanding calendar rules, bounded', () => {
  it('a rule without end is followed only up to the window: far windows come out, nothing after the window', () => {
    const { events } = oneEvent(['DTSTART;TZID=Europe/Berlin:20260105T100000', 'RRULE:FREQ=WEEKLY']);
    const far = occurrencesOf(events[0], { from: '2099-12-28', to: '2100-01-10' }, 'Europe/Berlin');
    assert.deepEqual(far.map((o) => `${o.date} ${o.time}`), ['2099-12-28 10:00', '2100-01-04 10:00']);
  });

  it(`FREQ=MINUTELY since 1990 stops at ${MAX_RULE_STEPS} steps, fast, and says so when read`, () => {
    let file = oneEvent(['DTSTART:19900101T000000Z', 'RRULE:FREQ=MINUTELY']);
    assert.match(file.problems[0].message, /^RRULE repeats more often than daily \(FREQ=MINUTELY\): only its first 100,000 repetitions are read/);
    let occurrences: unknown[] = [];
    const ms = millis(() => (occurrences = occurrencesOf(file.events[0], { from: '2026-01-01', to: '2026-12-31' }, 'UTC')));
    assert.deepEqual(occurrences, []);
    assert.ok(ms < 5000, `${ms} ms`);
    // Within the steps it is read as written.
    file = oneEvent(['DTSTART:20260101T000000Z', 'RRULE:FREQ=MINUTELY;INTERVAL=30']);
    assert.equal(occurrencesOf(file.events[0], { from: '2026-01-01', to: '2026-01-01' }, 'UTC').length, 48);
  });

  it('an EXDATE or RECURRENCE-ID in another frame than DTSTART (UTC, another TZID) matches the same occurrence', () => {
    const { events } = oneEvent([
      'DTSTART;TZID=Europe/Berlin:20261005T100000',
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'EXDATE:20261012T080000Z', // 10:00 CEST
      'EXDATE;TZID=America/New_York:20261019T040000', // 10:00 CEST
      'EXDATE;TZID=Europe/Berlin:20261026T110000', // not an occurrence (it is at 10:00): nothing
    ]);
    assert.deepEqual(
      occurrencesOf(events[0], { from: '2026-10-01', to: '2026-10-31' }, 'Europe/Berlin').map((o) => `${o.date} ${o.time}${o.canceled ? ' ×' : ''}`),
      ['2026-10-05 10:00', '2026-10-12 10:00 ×', '2026-10-19 10:00 ×', '2026-10-26 10:00'],
    );
  });

  it('Windows zone names map to their IANA zones; a VTIMEZONE in the file wins over the name', () => {
    for (const [windows, iana] of [['W. Europe Standard Time', 'Europe/Berlin'], ['Romance Standard Time', 'Europe/Paris'], ['GMT Standard Time', 'Europe/London'], ['Eastern Standard Time', 'America/New_York'], ['Pacific Standard Time', 'America/Los_Angeles'], ['India Standard Time', 'Asia/Kolkata'], ['Tokyo Standard Time', 'Asia/Tokyo'], ['AUS Eastern Standard Time', 'Australia/Sydney']])
      assert.deepEqual(zoneNamed(windows, new Map()), { kind: 'iana', name: iana });
    assert.equal(zoneNamed('Customized Time Zone', new Map()), undefined);
    // A file whose "Europe/Berlin" says +03:00 all year is taken at its word.
    const file = readCalendar(
      'odd.ics',
      calendarOf(['BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300', 'END:STANDARD', 'END:VTIMEZONE', 'BEGIN:VEVENT', 'UID:o', 'DTSTART;TZID=Europe/Berlin:20261005T100000', 'SUMMARY:Odd', 'END:VEVENT']),
    );
    assert.deepEqual(occurrencesOf(file.events[0], { from: '2026-10-05', to: '2026-10-05' }, 'UTC').map((o) => o.time), ['07:00']);
  });

  it('a wall time the clocks skip is read with the offset before the change (02:30 → 03:30 on Mar 29, 2026 in Berlin)', () => {
    const { events } = oneEvent(['DTSTART;TZID=Europe/Berlin:20260329T023000']);
    assert.deepEqual(occurrencesOf(events[0], { from: '2026-03-29', to: '2026-03-29' }, 'Europe/Berlin').map((o) => o.time), ['03:30']);
  });

  it('expanding any weekly rule gives only occurrences inside the window, sorted, each once', () => {
    const day = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
    fc.assert(
      fc.property(
        fc.record({
          start: fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
          interval: fc.integer({ min: 1, max: 5 }),
          days: fc.uniqueArray(day, { maxLength: 3 }),
          end: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 80 }).map((n) => `;COUNT=${n}`), fc.constantFrom(';UNTIL=20261231T235959Z', ';UNTIL=20270115')),
          zone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', ''),
          allDay: fc.boolean(),
          from: fc.integer({ min: 0, max: 600 }),
          length: fc.integer({ min: 0, max: 120 }),
          reading: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'UTC'),
        }),
        (c) => {
          const iso = c.start.toISOString().replace(/[-:]/g, '').slice(0, 15);
          const dtstart = c.allDay ? `DTSTART;VALUE=DATE:${iso.slice(0, 8)}` : `DTSTART${c.zone ? `;TZID=${c.zone}` : ''}:${iso}`;
          const rule = `RRULE:FREQ=WEEKLY;INTERVAL=${c.interval}${c.days.length ? `;BYDAY=${c.days.join(',')}` : ''}${c.allDay ? c.end.replace(/T\d+Z/, '') : c.end}`;
          const file = readCalendar('x.ics', calendarOf(['BEGIN:VEVENT', 'UID:w', dtstart, rule, 'SUMMARY:W', 'END:VEVENT']));
          assert.equal(file.events.length, 1, JSON.stringify(file.problems));
          const from = new Date(Date.UTC(2024, 0, 1) + c.from * 86_400_000).toISOString().slice(0, 10);
          const to = new Date(Date.UTC(2024, 0, 1) + (c.from + c.length) * 86_400_000).toISOString().slice(0, 10);
          const occurrences = occurrencesOf(file.events[0], { from, to }, c.reading);
          const keys = occurrences.map((o) => `${o.date} ${o.time ?? ''}`);
          for (const o of occurrences) assert.ok(o.date >= from && o.date <= to, `${o.date} outside ${from}…${to}`);
          assert.deepEqual(keys, [...keys].sort());
          assert.equal(new Set(keys).size, keys.length);
          if (c.interval === 1 && c.days.length === 0 && c.end === '' && c.length >= 7 && from > c.start.toISOString().slice(0, 10)) assert.ok(occurrences.length >= 1);
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });

  it('a window far from DTSTART gives exactly what expanding from DTSTART gives there (the skip to the window is exact)', () => {
    const day = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
    fc.assert(
      fc.property(
        fc.record({
          start: fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }),
          freq: fc.constantFrom('WEEKLY', 'DAILY'),
          interval: fc.integer({ min: 1, max: 5 }),
          days: fc.uniqueArray(day, { maxLength: 3 }),
          zone: fc.constantFrom('Europe/Berlin', 'America/New_York', ''),
          from: fc.integer({ min: 0, max: 700 }),
          length: fc.integer({ min: 0, max: 60 }),
        }),
        (c) => {
          const iso = c.start.toISOString().replace(/[-:]/g, '').slice(0, 15);
          const days = c.freq === 'WEEKLY' && c.days.length ? `;BYDAY=${c.days.join(',')}` : '';
          const file = oneEvent([`DTSTART${c.zone ? `;TZID=${c.zone}` : ''}:${iso}`, `RRULE:FREQ=${c.freq};INTERVAL=${c.interval}${days}`, 'EXDATE;TZID=Europe/Berlin:20260303T100000']);
          const from = new Date(Date.UTC(2025, 6, 1) + c.from * 86_400_000).toISOString().slice(0, 10);
          const to = new Date(Date.UTC(2025, 6, 1) + (c.from + c.length) * 86_400_000).toISOString().slice(0, 10);
          const near = occurrencesOf(file.events[0], { from, to }, 'Europe/Berlin');
          const all = occurrencesOf(file.events[0], { from: '2014-12-25', to }, 'Europe/Berlin').filter((o) => o.date >= from);
          assert.deepEqual(near, all);
        },
      ),
      { seed: 14, numRuns: 200 },
    );
  });

  it('gives the same local times whatever TZ the process runs in, when a zone is named; and the machine zone when none is', () => {
    const script = `
      const { readCalendar, occurrencesOf } = require(${JSON.stringify(path.join(repoRoot, 'out/src/core/calendar/readCalendar.js'))});
      const fs = require('fs');
      const file = readCalendar('o.ics', fs.readFileSync(${JSON.stringify(path.join(repoRoot, 'test/fixtures/calendars/outlook.ics'))}, 'utf8'));
      const w = { from: '2026-10-19', to: '2026-11-18' };
      const times = (zone) => file.events.flatMap((e) => occurrencesOf(e, w, zone).map((o) => o.date + ' ' + o.time)).join(',');
      console.log(JSON.stringify({ named: times('Europe/Berlin'), machine: times(undefined) }));`;
    const run = (tz: string) => {
      const result = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      return JSON.parse(result.stdout) as { named: string; machine: string };
    };
    const [berlin, newYork, tokyo] = [run('Europe/Berlin'), run('America/New_York'), run('Asia/Tokyo')];
    assert.equal(newYork.named, berlin.named);
    assert.equal(tokyo.named, berlin.named);
    assert.equal(berlin.machine, berlin.named);
    assert.notEqual(newYork.machine, berlin.named);
    assert.match(newYork.machine, /2026-10-21 09:00/);
  });

  it('reads in time linear in the file size (a 4× file takes about 4× as long)', function () {
    this.timeout(30_000);
    const small = generateCalendar({ series: 10, years: 2 }).text;
    const large = generateCalendar({ series: 40, years: 2 }).text;
    const { smallMs, largeMs, perByte, linear } = staysLinear((text) => readCalendar('x.ics', text), small, large);
    assert.ok(linear, `${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms at ${(large.length / small.length).toFixed(1)}× the bytes (×${perByte.toFixed(1)} per byte)`);
  });

  it('a 5-year weekly calendar of 20 series is read and expanded over its 5 years in well under a second', function () {
    this.timeout(30_000);
    const generated = generateCalendar({ series: 20, years: 5 });
    const window = { from: generated.from, to: generated.to };
    let count = 0;
    const readAndExpand = () => {
      count = 0;
      for (const event of readCalendar('big.ics', generated.text).events) count += occurrencesOf(event, window, 'Europe/Berlin').length;
    };
    readAndExpand();
    assert.ok(count > 20 * 5 * 50, `${count} occurrences`);
    const best = (run: () => void) => Math.min(...[0, 1, 2].map(() => millis(run)));
    const expandMs = best(readAndExpand);
    const splitMs = best(() => generated.text.split('\r\n'));
    // Reported, not only asserted: the ratio to splitting the text into lines is what the benchmark reports.
    console.log(`      ${(generated.text.length / 1024).toFixed(0)} KB, ${count} occurrences: read + expanded in ${expandMs.toFixed(0)} ms; splitting its lines ${splitMs.toFixed(1)} ms`);
    assert.ok(expandMs < 2000, `${expandMs} ms`);
  });
});
