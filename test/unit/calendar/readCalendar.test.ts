import { strict as assert } from 'node:assert';
import { occurrencesOf, readCalendar, type CalendarFile } from '../../../src/core/calendar/readCalendar';
import type { CalendarOccurrence, DateWindow } from '../../../src/core/calendar/occurrence';
import { calendarFixture as fixture, calendarOf as calendar } from '../helpers/calendarFixtures';

// SPEC §12: calendar exports as Google Calendar, Outlook/Exchange, Apple Calendar and Thunderbird
// write them (fixtures written by hand in their shapes), read into local occurrences. Every
// expected time below is worked out by hand from the offsets of the two zones that week.

function read(name: string): CalendarFile {
  return readCalendar(name, fixture(name));
}

/** `date time` per occurrence, with marks: `×` canceled, `← date time` where it was moved from. */
function brief(occurrences: CalendarOccurrence[]): string[] {
  return occurrences.map(
    (o) => `${o.date} ${o.time ?? 'all-day'}${o.canceled ? ' ×' : ''}${o.movedFrom ? ` ← ${o.movedFrom.date} ${o.movedFrom.time ?? 'all-day'}` : ''}`,
  );
}

function eventOf(file: CalendarFile, summary: string) {
  const event = file.events.find((e) => e.summary === summary);
  assert.ok(event, `no event ${summary} in ${file.file}: ${file.events.map((e) => e.summary).join(', ')}`);
  return event;
}

const AUTUMN: DateWindow = { from: '2026-10-01', to: '2026-12-31' };

describe('reading calendar exports (SPEC §12)', () => {
  it('Google: a weekly 10:00 Europe/Berlin series, an occurrence moved a day by RECURRENCE-ID, an EXDATE for a holiday kept as canceled; a UTC single event', () => {
    const google = read('google.ics');
    assert.deepEqual(google.problems, []);
    assert.equal(google.ownExport, false);
    assert.deepEqual(google.events.map((e) => [e.summary, e.line, e.allDay]), [['Dana / Me 1:1', 26, false], ['Quarterly planning', 69, false]]);
    const dana = eventOf(google, 'Dana / Me 1:1');
    assert.equal(dana.uid, '3q9v0kd8m1n2b4c6e8g0h2j4l6@google.com');
    const occurrences = occurrencesOf(dana, { from: '2026-11-01', to: '2026-12-31' }, 'Europe/Berlin');
    assert.deepEqual(brief(occurrences), [
      '2026-11-05 10:00',
      '2026-11-13 10:00 ← 2026-11-12 10:00',
      '2026-11-19 10:00',
      '2026-11-26 10:00',
      '2026-12-03 10:00',
      '2026-12-10 10:00',
      '2026-12-17 10:00',
      '2026-12-24 10:00 ×',
      '2026-12-31 10:00',
    ]);
    assert.deepEqual(occurrences[1], {
      uid: dana.uid,
      summary: 'Dana / Me 1:1',
      date: '2026-11-13',
      time: '10:00',
      duration: 30,
      allDay: false,
      canceled: false,
      movedFrom: { date: '2026-11-12', time: '10:00' },
      file: 'google.ics',
      line: 26,
    });
    // 13:00Z is 15:00 in Berlin (CEST until Oct 25) and 09:00 in New York (EDT).
    assert.deepEqual(brief(occurrencesOf(eventOf(google, 'Quarterly planning'), AUTUMN, 'Europe/Berlin')), ['2026-10-15 15:00']);
    assert.deepEqual(brief(occurrencesOf(eventOf(google, 'Quarterly planning'), AUTUMN, 'America/New_York')), ['2026-10-15 09:00']);
  });

  it('Outlook: Windows zone names with and without VTIMEZONE, an override with STATUS:CANCELLED, an EXDATE and a RECURRENCE-ID in UTC; a BOM and CRLF', () => {
    const outlook = read('outlook.ics');
    assert.deepEqual(outlook.problems, []);
    const priya = eventOf(outlook, 'Priya / Me 1:1');
    assert.equal(priya.line, 21);
    assert.equal(priya.uid, '040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00');
    const november = occurrencesOf(priya, { from: '2026-10-26', to: '2026-11-16' }, 'Europe/Berlin');
    assert.deepEqual(brief(november), ['2026-10-26 14:00', '2026-11-02 14:00 ×', '2026-11-09 14:00', '2026-11-16 14:00']);
    assert.equal(november[1].summary, 'Canceled: Priya / Me 1:1');
    assert.equal(november[1].movedFrom, undefined);
    // UNTIL=20270301T130000Z is 14:00 CET on Mar 1: the last one.
    assert.deepEqual(brief(occurrencesOf(priya, { from: '2027-02-20', to: '2027-04-01' }, 'Europe/Berlin')), ['2027-02-22 14:00', '2027-03-01 14:00']);

    // "Eastern Standard Time" (no VTIMEZONE: the Windows name) 09:00 is 13:00Z in EDT, 14:00Z in EST (from Nov 1).
    const sam = eventOf(outlook, 'Sam / Me 1:1');
    assert.deepEqual(brief(occurrencesOf(sam, { from: '2026-10-19', to: '2026-11-18' }, 'Europe/Berlin')), [
      '2026-10-21 15:00',
      '2026-10-28 14:00',
      '2026-11-04 15:00 ×',
      '2026-11-11 17:00 ← 2026-11-11 15:00',
      '2026-11-18 15:00',
    ]);
    assert.deepEqual(brief(occurrencesOf(sam, { from: '2026-10-19', to: '2026-11-18' }, 'America/New_York')), [
      '2026-10-21 09:00',
      '2026-10-28 09:00',
      '2026-11-04 09:00 ×',
      '2026-11-11 11:00 ← 2026-11-11 09:00',
      '2026-11-18 09:00',
    ]);
    // COUNT=10 counts the EXDATE'd and the moved one: Oct 21 … Dec 23.
    const all = occurrencesOf(sam, { from: '2026-01-01', to: '2027-12-31' }, 'America/New_York');
    assert.equal(all.length, 10);
    assert.equal(all[9].date, '2026-12-23');
    assert.equal(all[0].duration, 45);
  });

  it('a New York series at 10:00 read in Berlin the weeks only one side changed daylight-saving time: 16:00 → 15:00 → 16:00; in New York it stays 10:00', () => {
    const apple = read('apple-dst.ics');
    assert.deepEqual(apple.problems, []);
    const alex = eventOf(apple, 'Alex / Me 1:1');
    const window = { from: '2026-10-19', to: '2026-11-08' };
    // Oct 21: EDT (−4) and CEST (+2); Oct 28: EDT and CET (+1), Europe changed on Oct 25; Nov 4: EST (−5) and CET, the US changed on Nov 1.
    assert.deepEqual(brief(occurrencesOf(alex, window, 'Europe/Berlin')), ['2026-10-21 16:00', '2026-10-28 15:00', '2026-11-04 16:00']);
    assert.deepEqual(brief(occurrencesOf(alex, window, 'America/New_York')), ['2026-10-21 10:00', '2026-10-28 10:00', '2026-11-04 10:00']);
    assert.equal(occurrencesOf(alex, window, 'Europe/Berlin')[0].duration, 30);
  });

  it('a Berlin series at 15:00 read in New York across the US change of Mar 8 and the European one of Mar 29: 09:00, 10:00 … 10:00, 09:00', () => {
    const kim = eventOf(read('apple-dst.ics'), 'Kim / Me 1:1');
    const window = { from: '2026-03-01', to: '2026-04-05' };
    assert.deepEqual(brief(occurrencesOf(kim, window, 'America/New_York')), ['2026-03-04 09:00', '2026-03-11 10:00', '2026-03-18 10:00', '2026-03-25 10:00', '2026-04-01 09:00']);
    assert.deepEqual(brief(occurrencesOf(kim, window, 'Europe/Berlin')), ['2026-03-04 15:00', '2026-03-11 15:00', '2026-03-18 15:00', '2026-03-25 15:00', '2026-04-01 15:00']);
  });

  it('a biweekly series ending with UNTIL in UTC: the last one (09:00 CET = 08:00Z) is in, nothing after', () => {
    const jordan = eventOf(read('biweekly-until.ics'), 'Jordan / Me 1:1');
    assert.deepEqual(brief(occurrencesOf(jordan, { from: '2026-01-01', to: '2027-12-31' }, 'Europe/Berlin')), [
      '2026-10-06 09:00',
      '2026-10-20 09:00',
      '2026-11-03 09:00',
      '2026-11-17 09:00',
      '2026-12-01 09:00',
      '2026-12-15 09:00',
    ]);
    assert.deepEqual(brief(occurrencesOf(jordan, { from: '2026-12-01', to: '2026-12-31' }, 'America/New_York')), ['2026-12-01 03:00', '2026-12-15 03:00']);
  });

  it('all-day events (VALUE=DATE): allDay, no time, no duration, the same date in every zone; a yearly birthday since 1990', () => {
    const allDay = read('apple-allday.ics');
    assert.deepEqual(allDay.problems, []);
    const birthday = eventOf(allDay, "Dana's birthday");
    assert.equal(birthday.allDay, true);
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati']) {
      const [occurrence] = occurrencesOf(birthday, { from: '2026-01-01', to: '2026-12-31' }, zone);
      assert.deepEqual([occurrence.date, occurrence.time, occurrence.duration, occurrence.allDay], ['2026-03-14', undefined, undefined, true]);
    }
    const offsite = eventOf(allDay, 'Company offsite – Dana presenting');
    assert.deepEqual(brief(occurrencesOf(offsite, AUTUMN, 'America/New_York')), ['2026-11-19 all-day']);
  });

  it('an occurrence counts by its local date: one at 23:30 in New York falls on the next day in Berlin', () => {
    const text = calendar(['BEGIN:VEVENT', 'UID:late', 'DTSTART;TZID=America/New_York:20261130T233000', 'DURATION:PT1H', 'SUMMARY:Late', 'END:VEVENT']);
    const [late] = readCalendar('late.ics', text).events;
    assert.deepEqual(brief(occurrencesOf(late, { from: '2026-12-01', to: '2026-12-01' }, 'Europe/Berlin')), ['2026-12-01 05:30']);
    assert.deepEqual(occurrencesOf(late, { from: '2026-11-30', to: '2026-11-30' }, 'Europe/Berlin'), []);
    assert.deepEqual(brief(occurrencesOf(late, { from: '2026-11-30', to: '2026-11-30' }, 'America/New_York')), ['2026-11-30 23:30']);
  });

  it('floating times stay at their wall time in any zone; STATUS:CANCELLED on the event cancels every occurrence', () => {
    const text = calendar(['BEGIN:VEVENT', 'UID:f', 'DTSTART:20261005T100000', 'DTEND:20261005T110000', 'RRULE:FREQ=DAILY;COUNT=2', 'STATUS:CANCELLED', 'SUMMARY:Floating', 'END:VEVENT']);
    const [event] = readCalendar('f.ics', text).events;
    for (const zone of ['Europe/Berlin', 'America/New_York'])
      assert.deepEqual(brief(occurrencesOf(event, AUTUMN, zone)), ['2026-10-05 10:00 ×', '2026-10-06 10:00 ×']);
  });

  it('a lone override (its series not in the file) is read as itself; an EXDATE as a date cancels that day of a timed series', () => {
    const text = calendar([
      'BEGIN:VEVENT', 'UID:lone', 'RECURRENCE-ID:20261006T080000Z', 'DTSTART:20261007T080000Z', 'SUMMARY:Moved alone', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:days', 'DTSTART;TZID=Europe/Berlin:20261005T100000', 'RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE;VALUE=DATE:20261012', 'SUMMARY:Days', 'END:VEVENT',
    ]);
    const file = readCalendar('x.ics', text);
    assert.deepEqual(file.problems, []);
    const lone = eventOf(file, 'Moved alone');
    assert.equal(lone.line, 4);
    assert.deepEqual(brief(occurrencesOf(lone, AUTUMN, 'Europe/Berlin')), ['2026-10-07 10:00 ← 2026-10-06 10:00']);
    assert.deepEqual(brief(occurrencesOf(eventOf(file, 'Days'), AUTUMN, 'Europe/Berlin')), ['2026-10-05 10:00', '2026-10-12 10:00 ×', '2026-10-19 10:00']);
  });

  it('the same file with LF, CR or CRLF endings, with or without a BOM, folded anywhere, reads the same', () => {
    const original = fixture('google.ics');
    const expected = summaryOf(readCalendar('google.ics', original));
    const lf = original.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    // Fold every long content line again at 40 characters (RFC 5545 folding: CRLF and one space).
    const refolded = lf
      .replace(/\n /g, '')
      .split('\n')
      .map((line) => (line.length > 40 && !/^(BEGIN|END):/.test(line) ? line.match(/.{1,40}/g)!.join('\r\n ') : line))
      .join('\r\n');
    for (const variant of [lf, '\uFEFF' + lf, lf.replace(/\n/g, '\r')]) assert.deepEqual(summaryOf(readCalendar('google.ics', variant)), expected);
    // Folding moves the lines, not the events.
    const withoutLines = (file: CalendarFile) => JSON.stringify(summaryOf(file)).replace(/"line":\d+/g, '');
    assert.ok(refolded.split('\r\n').length > original.split('\r\n').length + 10);
    for (const variant of [refolded, '\uFEFF' + refolded]) assert.equal(withoutLines(readCalendar('google.ics', variant)), withoutLines(readCalendar('google.ics', original)));
  });

  it("its own export (PRODID -//1x1 Meetings//EN) is marked and not read: it mirrors the notes", () => {
    const own = readCalendar('1x1.ics', ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//1x1 Meetings//EN', 'BEGIN:VEVENT', 'UID:dana-2026-11-24@one-on-one', 'DTSTART:20261124T100000', 'SUMMARY:1x1 with Dana', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'));
    assert.deepEqual({ ownExport: own.ownExport, events: own.events, problems: own.problems }, { ownExport: true, events: [], problems: [] });
  });
});

function summaryOf(file: CalendarFile): unknown {
  return { problems: file.problems, events: file.events.map((event) => ({ uid: event.uid, summary: event.summary, line: event.line, occurrences: occurrencesOf(event, AUTUMN, 'Europe/Berlin') })) };
}
