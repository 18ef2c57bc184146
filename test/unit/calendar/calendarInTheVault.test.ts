import { strict as assert } from 'node:assert';
import { upcomingMeetings } from '../../../src/core/schedule/schedule';
import { noteSummary } from '../../../src/core/views/noteSummary';
import { buildVault, noteText, profileText } from '../helpers/vaultBuilder';

// The calendar inside the index (SPEC §12): what the rules and views make of a meeting the
// calendar moved or canceled, and the index's kept findings when names change. Found in review.

const calendar = (summary: string, extra: string[] = []) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    'BEGIN:VEVENT',
    'UID:weekly@test',
    'DTSTART;TZID=Europe/Berlin:20260901T100000',
    'DURATION:PT30M',
    'RRULE:FREQ=WEEKLY;BYDAY=TU',
    `SUMMARY:${summary}`,
    'END:VEVENT',
    ...extra,
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const override = (recurrence: string, start: string, status?: string) => [
  'BEGIN:VEVENT',
  'UID:weekly@test',
  `RECURRENCE-ID;TZID=Europe/Berlin:${recurrence}`,
  `DTSTART;TZID=Europe/Berlin:${start}`,
  'DURATION:PT30M',
  ...(status ? [`STATUS:${status}`] : []),
  'END:VEVENT',
];

const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"' };

describe('the calendar in the vault', () => {
  it('a meeting the calendar canceled: no share deadline, no empty-section, no CodeLens deadline — only calendar-mismatch', () => {
    const v = buildVault({
      now: '2026-11-23T12:00',
      profiles: { dana: DANA },
      notes: [{ date: '2026-11-17', status: 'held' }, { date: '2026-11-24', status: 'planned', sections: { unclear: [] } }],
      calendars: { '1on1/calendar.ics': calendar('1:1 Dana Whitfield', override('20261124T100000', '20261124T100000', 'CANCELLED')) },
    });
    const rules = v.findings().filter((f) => f.file === '1on1/dana/2026-11-24.md').map((f) => f.rule);
    assert.deepEqual(rules, ['calendar-mismatch']);
    const state = v.index.seriesState('dana')!;
    const summary = noteSummary(state, state.notes.find((n) => n.date === '2026-11-24')!);
    assert.equal(summary.next?.date, '2026-12-01', 'the next meeting is the one after');
  });

  it('a note the calendar moved to a later day is not past on its own date (status-not-updated waits)', () => {
    const v = buildVault({
      now: '2026-11-25T09:00',
      profiles: { dana: DANA },
      notes: [{ date: '2026-11-17', status: 'held' }, { date: '2026-11-24', status: 'planned' }],
      calendars: { '1on1/calendar.ics': calendar('1:1 Dana Whitfield', override('20261124T100000', '20261125T160000')) },
    });
    assert.deepEqual(v.findings('status-not-updated'), []);
    assert.equal(v.findings('calendar-mismatch').length, 1);
  });

  it('a note moved onto a day that has its own note: both are upcoming', () => {
    const v = buildVault({
      now: '2026-11-23T09:00',
      profiles: { dana: DANA },
      notes: [{ date: '2026-11-24', status: 'planned' }, { date: '2026-12-01', status: 'planned', fm: { time: '"16:00"' } }],
      calendars: {
        '1on1/calendar.ics': calendar('1:1 Dana Whitfield', [
          ...override('20261124T100000', '20261201T110000'),
          'BEGIN:VEVENT',
          'UID:extra@test',
          'DTSTART;TZID=Europe/Berlin:20261201T160000',
          'DURATION:PT30M',
          'SUMMARY:1:1 Dana Whitfield (extra)',
          'END:VEVENT',
        ]),
      },
    });
    const state = v.index.seriesState('dana')!;
    assert.deepEqual(
      upcomingMeetings(state, state.now, 3).map((m) => `${m.date} ${m.time} ${m.note?.file ?? '-'}`),
      ['2026-12-01 11:00 1on1/dana/2026-11-24.md', '2026-12-01 16:00 1on1/dana/2026-12-01.md', '2026-12-08 10:00 -'],
    );
  });

  it('kept findings follow a name change that takes calendar events from one series to another', () => {
    const v = buildVault({
      now: '2026-11-23T09:00',
      profiles: { dana: { ...DANA, with: 'Dana' }, lee: { ...DANA, with: 'Dana Lee' } },
      notes: [{ date: '2026-11-26', series: 'dana', status: 'planned' }],
      calendars: { '1on1/calendar.ics': calendar('1:1 Dana Lee') },
    });
    assert.deepEqual(v.findings('calendar-mismatch'), [], 'the event is Dana Lee\'s: nothing to say of Dana\'s note');
    // Dana Lee is renamed: the event is Dana's now, and her Thursday note has no meeting there.
    v.index.setFile('1on1/lee/profile.md', profileText({ ...DANA, with: 'Bob Lee' }));
    assert.deepEqual(v.findings('calendar-mismatch').map((f) => f.file), ['1on1/dana/2026-11-26.md']);
    // And back, through a note's `with:` alone (no profile key changes there).
    v.index.setFile('1on1/lee/profile.md', profileText({ ...DANA, with: 'Dana Lee' }));
    assert.deepEqual(v.findings('calendar-mismatch'), []);
    v.index.setFile('1on1/dana/2026-11-26.md', noteText({ date: '2026-11-26', status: 'planned' }));
    assert.deepEqual(v.findings('calendar-mismatch'), []);
  });
});
