import { strict as assert } from 'node:assert';
import { OWN_PRODID, occurrencesOf, readCalendar } from '../../../src/core/calendar/readCalendar';
import { calendarMeetings, calendarOf, type CalendarMeeting } from '../../../src/core/render/icalendar';
import { buildVault } from '../helpers/vaultBuilder';
import { EXPORT_VAULT } from '../helpers/exportVault';

/*
 * One iCalendar model (issue 14): what the export writes, the product's own reader reads back —
 * the same days, times and lengths, floating times as the local time of whichever zone reads
 * them, meetings without a time as all-day events. The reader passes over its own export (it
 * mirrors the notes, SPEC §12), so the read-back gives the file another PRODID first.
 */
const NOW = { date: '2026-11-23', time: '17:30' };

/** The export as another program would hand it over: the same text but for its PRODID. */
function asAnotherProgramsExport(text: string): string {
  const foreign = text.replace(`\r\nPRODID:${OWN_PRODID}\r\n`, '\r\nPRODID:-//Round trip//EN\r\n');
  assert.notEqual(foreign, text, 'the export says OWN_PRODID');
  return foreign;
}

interface Moment {
  date: string;
  time: string | undefined;
  duration: number | undefined;
  allDay: boolean;
  summary: string;
  uid: string;
}

const order = (a: Moment, b: Moment) => {
  const key = (m: Moment) => `${m.date} ${m.time ?? ''} ${m.summary}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
};

function exported(meetings: readonly CalendarMeeting[]): Moment[] {
  return meetings
    .map((m) => ({ date: m.date, time: m.time, duration: m.time === undefined ? undefined : m.duration, allDay: m.time === undefined, summary: `1x1 with ${m.name}`, uid: `${m.series}-${m.date}@one-on-one` }))
    .sort(order);
}

function readBack(text: string, timeZone: string | undefined): Moment[] {
  const calendar = readCalendar('export.ics', asAnotherProgramsExport(text));
  assert.deepEqual(calendar.problems, []);
  assert.equal(calendar.ownExport, false);
  return calendar.events
    .flatMap((event) => occurrencesOf(event, { from: '2026-01-01', to: '2027-12-31' }, timeZone))
    .map((o) => {
      assert.equal(o.canceled, false);
      assert.equal(o.movedFrom, undefined);
      return { date: o.date, time: o.time, duration: o.duration, allDay: o.allDay, summary: o.summary, uid: o.uid };
    })
    .sort(order);
}

describe('the export, read back by the calendar reader', () => {
  // The schedule's meetings (a note's own time, a canceled and a rescheduled week, 45 minutes; an
  // inferred all-day series) and some harder ones: past midnight, an odd length, a name to escape.
  const { index } = buildVault(EXPORT_VAULT);
  const meetings: CalendarMeeting[] = [
    ...calendarMeetings(index.seriesStates(), NOW),
    { series: 'sam', name: 'Sam', date: '2026-12-31', time: '23:45', duration: 30, file: undefined },
    { series: 'li', name: 'Li, Wei; PhD \\ CTO', date: '2026-11-25', time: '09:05', duration: 47, file: '1on1/li/2026-11-25.md' },
    { series: 'zoe', name: 'Zoë Łukasiewicz-Brontë 🙂 '.repeat(3).trim(), date: '2027-03-28', time: '02:30', duration: 60, file: undefined },
  ];
  const text = calendarOf(meetings, { now: NOW, utcOffsetMinutes: 60 });

  it('is its own export to the reader: marked, and no event of it read as a calendar', () => {
    const own = readCalendar('1on1/1x1.ics', text);
    assert.equal(own.ownExport, true);
    assert.deepEqual(own.events, []);
    assert.deepEqual(own.problems, []);
  });

  it('gives the meetings exported: dates, times and durations, all-day ones all-day', () => {
    assert.ok(meetings.some((m) => m.time === undefined) && meetings.some((m) => m.duration === 45), 'the vault gives all-day and 45-minute meetings');
    assert.equal(meetings.length, 11 + 12 + 3);
    assert.deepEqual(readBack(text, undefined), exported(meetings));
  });

  it('floating times are the local time of any zone that reads them (a DST night included)', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Pacific/Chatham', 'UTC']) assert.deepEqual(readBack(text, zone), exported(meetings), zone);
  });
});
