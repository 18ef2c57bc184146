import * as assert from 'node:assert/strict';
import { applyFix, buildVault, lineOf, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §12: calendar-mismatch (warning) fires on a planned note whose date and time has no
// occurrence in the calendar (moved or canceled there), naming the nearest occurrence, with quick
// fixes "Reschedule to <that occurrence>" and "Mark canceled".

const PROFILE = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01', calendar: '"Dana / Me 1:1"' };

/** A Google-style export: weekly Tuesdays 10:00 Berlin from 1 Sep 2026; `extra` lines are more VEVENTs. */
function ics(extra: string[] = [], rrule = 'RRULE:FREQ=WEEKLY;BYDAY=TU'): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'BEGIN:VEVENT',
    'DTSTART;TZID=Europe/Berlin:20260901T100000',
    'DTEND;TZID=Europe/Berlin:20260901T103000',
    rrule,
    'UID:dana-weekly@google.com',
    'SUMMARY:Dana / Me 1:1',
    'END:VEVENT',
    ...extra,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The 24 Nov occurrence moved to `start` (a Berlin local time `YYYYMMDDTHHMMSS`), or canceled. */
function override(start: string, status?: 'CANCELLED'): string[] {
  return [
    'BEGIN:VEVENT',
    'UID:dana-weekly@google.com',
    'RECURRENCE-ID;TZID=Europe/Berlin:20261124T100000',
    `DTSTART;TZID=Europe/Berlin:${start}`,
    'DURATION:PT30M',
    'SUMMARY:Dana / Me 1:1',
    ...(status ? [`STATUS:${status}`] : []),
    'END:VEVENT',
  ];
}

function vault(calendar: string, notes: NoteSpec[], now = '2026-11-23T09:00') {
  return buildVault({ now, profiles: { dana: PROFILE }, notes, calendars: { '1on1/calendar.ics': calendar } });
}

const planned24: NoteSpec = { date: '2026-11-24', status: 'planned' };

describe('rule calendar-mismatch', () => {
  it('quiet while the calendar agrees (date, and time when the note has one)', () => {
    assert.deepEqual(vault(ics(), [planned24, { date: '2026-12-01', fm: { time: '"10:00"' } }]).findings('calendar-mismatch'), []);
  });

  it('a meeting moved a day: on the note\'s date:, naming the new day, Reschedule first', () => {
    const v = vault(ics(override('20261125T100000')), [planned24]);
    const found = v.findings('calendar-mismatch');
    assert.deepEqual(summary(found), [`calendar-mismatch 1on1/dana/2026-11-24.md:${lineOf(v.texts.get('1on1/dana/2026-11-24.md')!, 'date:')}:0 warning`]);
    assert.match(found[0].message, /The calendar moved this 1x1 with Dana Whitfield to Wed 25 Nov 10:00\./);
    assert.deepEqual(
      found[0].fixes.map((f) => [f.title, f.command?.command, f.command?.arguments]),
      [
        ['Reschedule to Wed 25 Nov 10:00', 'oneOnOne.markRescheduled', [{ file: '1on1/dana/2026-11-24.md' }, '2026-11-25']],
        ['Mark canceled', undefined, undefined],
      ],
    );
    const canceled = applyFix(v, found[0], 'Mark canceled').get('1on1/dana/2026-11-24.md')!;
    assert.match(canceled, /^status: canceled$/m);
  });

  it('an occurrence canceled in the calendar: Mark canceled first, then the nearest free meeting', () => {
    const found = vault(ics(override('20261124T100000', 'CANCELLED')), [planned24, { date: '2026-12-01' }]).findings('calendar-mismatch');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /on Tue 24 Nov 10:00 is canceled in the calendar; the nearest meeting there is Tue 17 Nov 10:00/);
    assert.deepEqual(found[0].fixes.map((f) => f.title), ['Mark canceled'], '17 Nov is past: no reschedule onto it');
  });

  it('an EXDATE (a holiday) reads as canceled', () => {
    const calendar = ics([], 'RRULE:FREQ=WEEKLY;BYDAY=TU\r\nEXDATE;TZID=Europe/Berlin:20261124T100000');
    const found = vault(calendar, [planned24]).findings('calendar-mismatch');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /canceled in the calendar/);
  });

  it('moved by an hour the same day: the note\'s time: is wrong; the fix sets it', () => {
    const v = vault(ics(override('20261124T110000')), [{ ...planned24, fm: { time: '"10:00"' } }]);
    const found = v.findings('calendar-mismatch');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /moved this 1x1 with Dana Whitfield to Tue 24 Nov 11:00/);
    const fixed = applyFix(v, found[0], 'Reschedule to Tue 24 Nov 11:00').get('1on1/dana/2026-11-24.md')!;
    assert.match(fixed, /^time: "?11:00"?$/m);
    // A note without its own time takes the calendar's: nothing to say.
    assert.deepEqual(vault(ics(override('20261124T110000')), [planned24]).findings('calendar-mismatch'), []);
  });

  it('a note after the calendar\'s last meeting is planned by the cadence: quiet', () => {
    const calendar = ics([], 'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261117T090000Z');
    assert.deepEqual(vault(calendar, [planned24]).findings('calendar-mismatch'), []);
  });

  it('only planned notes: held, canceled and rescheduled ones are history', () => {
    const calendar = ics(override('20261125T100000'));
    for (const status of ['held', 'canceled'] as const) assert.deepEqual(vault(calendar, [{ date: '2026-11-24', status }], '2026-11-26T09:00').findings('calendar-mismatch'), [], status);
  });

  it('a series the calendar does not know is not checked; the own export is not a calendar', () => {
    const other = buildVault({ now: '2026-11-23T09:00', profiles: { sam: { with: 'Sam Okafor', cadence: 'weekly', day: 'tuesday' } }, notes: [{ date: '2026-11-24', series: 'sam' }], calendars: { '1on1/calendar.ics': ics() } });
    assert.deepEqual(other.findings('calendar-mismatch'), []);
    const own = ics(override('20261125T100000')).replace('PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'PRODID:-//1x1 Meetings//EN');
    assert.deepEqual(vault(own, [planned24]).findings('calendar-mismatch'), []);
  });

  it('off in oneOnOne.rules: nothing', () => {
    const v = buildVault({ now: '2026-11-23T09:00', settings: { rules: { 'calendar-mismatch': 'off' } }, profiles: { dana: PROFILE }, notes: [planned24], calendars: { '1on1/calendar.ics': ics(override('20261125T100000')) } });
    assert.deepEqual(v.findings('calendar-mismatch'), []);
  });
});
