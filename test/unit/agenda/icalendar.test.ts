import { strict as assert } from 'node:assert';
import { ICAL } from '../../../src/core/calendar/icalLibrary';
import { calendarMeetings, calendarOf, foldLine, type CalendarMeeting } from '../../../src/core/render/icalendar';
import { buildVault } from '../helpers/vaultBuilder';
import { EXPORT_VAULT } from '../helpers/exportVault';

const NOW = { date: '2026-11-23', time: '17:30' };

describe('iCalendar export', () => {
  it('writes the exact text of a small calendar: a timed meeting with its note, an all-day one without', () => {
    const meetings: CalendarMeeting[] = [
      { series: 'dana', name: 'Dana Whitfield', date: '2026-11-24', time: '10:00', duration: 30, file: '1on1/dana/2026-11-24.md' },
      { series: 'priya', name: 'priya', date: '2026-11-30', time: undefined, duration: 30, file: undefined },
    ];
    assert.equal(
      calendarOf(meetings, { now: NOW, utcOffsetMinutes: 60 }),
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//1x1 Meetings//EN',
        'CALSCALE:GREGORIAN',
        'BEGIN:VEVENT',
        'UID:dana-2026-11-24@one-on-one',
        'DTSTAMP:20261123T163000Z',
        'DTSTART:20261124T100000',
        'DTEND:20261124T103000',
        'SUMMARY:1x1 with Dana Whitfield',
        'DESCRIPTION:Agenda: 1on1/dana/2026-11-24.md',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:priya-2026-11-30@one-on-one',
        'DTSTAMP:20261123T163000Z',
        'DTSTART;VALUE=DATE:20261130',
        'DTEND;VALUE=DATE:20261201',
        'SUMMARY:1x1 with priya',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('puts DTSTAMP in UTC across midnight, and DTEND on the next day after a late meeting', () => {
    const late: CalendarMeeting = { series: 'sam', name: 'Sam', date: '2026-12-31', time: '23:45', duration: 30, file: undefined };
    const text = calendarOf([late], { now: { date: '2027-01-01', time: '00:30' }, utcOffsetMinutes: 120 });
    assert.match(text, /\r\nDTSTAMP:20261231T223000Z\r\n/);
    assert.match(text, /\r\nDTSTART:20261231T234500\r\nDTEND:20270101T001500\r\n/);
    const west = calendarOf([late], { now: { date: '2026-12-31', time: '20:00' }, utcOffsetMinutes: -300 });
    assert.match(west, /\r\nDTSTAMP:20270101T010000Z\r\n/);
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    const text = calendarOf([{ series: 'x', name: 'Li, Wei; PhD', date: '2026-11-24', time: '09:00', duration: 30, file: undefined }], { now: NOW, utcOffsetMinutes: 0 });
    assert.match(text, /\r\nSUMMARY:1x1 with Li\\, Wei\\; PhD\r\n/);
    const breaks = calendarOf([{ series: 'x', name: 'a\\b\ne\r\nf\rg', date: '2026-11-24', time: '09:00', duration: 30, file: undefined }], { now: NOW, utcOffsetMinutes: 0 });
    assert.match(breaks, /\r\nSUMMARY:1x1 with a\\\\b\\ne\\nf\\ng\r\n/, 'every line break escaped, no bare CR left');
  });

  it('round trip through ical.js: each meeting comes back with its start, end, summary and whether it is all-day; no line over 75 octets', () => {
    const long = 'Zoë Łukasiewicz-Brontë 🙂 '.repeat(4).trim();
    const meetings: CalendarMeeting[] = [
      { series: 'dana', name: 'Dana Whitfield', date: '2026-11-24', time: '10:00', duration: 30, file: '1on1/dana/2026-11-24.md' },
      { series: 'li', name: 'Li, Wei; PhD \\ CTO', date: '2026-11-25', time: '09:05', duration: 45, file: undefined },
      { series: 'priya', name: 'priya', date: '2026-11-30', time: undefined, duration: 30, file: undefined },
      { series: 'sam', name: 'Sam', date: '2026-12-31', time: '23:45', duration: 30, file: undefined },
      { series: 'zoe', name: long, date: '2027-01-04', time: '16:30', duration: 60, file: `1on1/zoe/${'weekly-notes-'.repeat(12)}.md` },
    ];
    const text = calendarOf(meetings, { now: NOW, utcOffsetMinutes: 60 });
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    assert.deepEqual(
      events.map((e) => ({ start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate, summary: e.summary, description: e.description, uid: e.uid })),
      [
        { start: '2026-11-24T10:00:00', end: '2026-11-24T10:30:00', allDay: false, summary: '1x1 with Dana Whitfield', description: 'Agenda: 1on1/dana/2026-11-24.md', uid: 'dana-2026-11-24@one-on-one' },
        { start: '2026-11-25T09:05:00', end: '2026-11-25T09:50:00', allDay: false, summary: '1x1 with Li, Wei; PhD \\ CTO', description: null, uid: 'li-2026-11-25@one-on-one' },
        { start: '2026-11-30', end: '2026-12-01', allDay: true, summary: '1x1 with priya', description: null, uid: 'priya-2026-11-30@one-on-one' },
        { start: '2026-12-31T23:45:00', end: '2027-01-01T00:15:00', allDay: false, summary: '1x1 with Sam', description: null, uid: 'sam-2026-12-31@one-on-one' },
        { start: '2027-01-04T16:30:00', end: '2027-01-04T17:30:00', allDay: false, summary: `1x1 with ${long}`, description: `Agenda: 1on1/zoe/${'weekly-notes-'.repeat(12)}.md`, uid: 'zoe-2027-01-04@one-on-one' },
      ],
    );
    assert.ok(events.every((e) => e.startDate.zone === ICAL.Timezone.localTimezone && e.endDate.zone === ICAL.Timezone.localTimezone), 'floating times');
    assert.ok(events.every((e) => e.component.getFirstPropertyValue('dtstamp')!.toString() === '2026-11-23T16:30:00Z'), 'DTSTAMP in UTC');
  });

  it('folds at 75 octets without splitting a UTF-8 character; unfolding gives the line back', () => {
    const line = 'SUMMARY:1x1 with ' + 'Zoë Łukasiewicz-Brontë 🙂 '.repeat(6);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 2, 'the line was folded');
    for (const [i, part] of parts.entries()) {
      assert.ok(Buffer.byteLength(part, 'utf8') <= 75, `part ${i} is ${Buffer.byteLength(part, 'utf8')} octets`);
      if (i > 0) assert.ok(part.startsWith(' '), 'a continuation starts with a space');
      assert.ok(!part.includes('\uFFFD'), 'no broken character');
    }
    // The first line is filled as far as a character fits: the next character would not.
    assert.ok(Buffer.byteLength(parts[0], 'utf8') > 75 - 4);
    assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
    assert.equal(foldLine('SUMMARY:short'), 'SUMMARY:short');
    const exactly75 = 'X'.repeat(75);
    assert.equal(foldLine(exactly75), exactly75);
    assert.equal(foldLine(exactly75 + 'Y'), `${exactly75}\r\n Y`);
  });

  describe('which meetings', () => {
    const vault = () => buildVault(EXPORT_VAULT);

    it('takes the next 12 weeks of the schedule and the notes: canceled out, rescheduled moved; parsed back by ical.js', () => {
      const index = vault().index;
      const text = calendarOf(calendarMeetings(index.seriesStates(), NOW), { now: NOW, utcOffsetMinutes: 60 });
      const calendar = new ICAL.Component(ICAL.parse(text));
      assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
      assert.equal(calendar.getFirstPropertyValue('prodid'), '-//1x1 Meetings//EN');
      const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
      const dana = events.filter((e) => e.summary === '1x1 with Dana Whitfield');
      assert.deepEqual(
        dana.map((e) => e.startDate.toString()),
        [
          '2026-11-24T11:00:00', // the note's own time
          '2026-12-10T10:00:00', // moved from 8 Dec; 1 Dec canceled
          '2026-12-15T10:00:00',
          '2026-12-22T10:00:00',
          '2026-12-29T10:00:00',
          '2027-01-05T10:00:00',
          '2027-01-12T10:00:00',
          '2027-01-19T10:00:00',
          '2027-01-26T10:00:00',
          '2027-02-02T10:00:00',
          '2027-02-09T10:00:00',
        ],
      );
      assert.ok(dana.every((e) => e.startDate.zone === ICAL.Timezone.localTimezone), 'floating times');
      assert.ok(dana.every((e) => e.endDate.subtractDate(e.startDate).toSeconds() === 45 * 60), "the profile's 45 minutes");
      assert.equal(dana[0].description, 'Agenda: 1on1/dana/2026-11-24.md');
      assert.equal(dana[1].description, null);
      assert.ok(!events.some((e) => e.startDate.toString().startsWith('2026-12-01') || e.startDate.toString().startsWith('2026-12-08')), 'no canceled or moved-away date');
      assert.equal(new Set(events.map((e) => e.uid)).size, events.length, 'unique UIDs');

      // Priya has no profile and no times: weekly (inferred) all-day events, today's included.
      const priya = events.filter((e) => e.summary === '1x1 with Priya Raman');
      const weekly = ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01', '2027-02-08'];
      assert.deepEqual(
        priya.map((e) => [e.startDate.toString(), e.startDate.isDate, e.endDate.toString()]),
        weekly.map((d) => [d, true, addOneDay(d)]),
      );
      assert.equal(events.length, dana.length + priya.length);
    });

    it('a profile duration in fractions of a minute ends on a whole minute (DTEND has no fractions)', () => {
      const { index } = buildVault({
        now: '2026-11-23T17:30',
        profiles: { dana: { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', duration: 45.5, since: '2026-09-01' } },
        notes: [],
      });
      const text = calendarOf(calendarMeetings([index.seriesState('dana')!], NOW), { now: NOW, utcOffsetMinutes: 60 });
      assert.match(text, /\r\nDTSTART:20261124T100000\r\nDTEND:20261124T104600\r\n/);
    });

    it('for one person only', () => {
      const state = vault().index.seriesState('dana')!;
      const meetings = calendarMeetings([state], NOW);
      assert.deepEqual([...new Set(meetings.map((m) => m.series))], ['dana']);
      assert.equal(meetings.length, 11);
      assert.equal(meetings[meetings.length - 1].date, '2027-02-09', 'the 12 weeks end before Mon 15 Feb 2027');
    });
  });
});

function addOneDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
