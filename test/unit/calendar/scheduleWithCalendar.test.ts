import { strict as assert } from 'node:assert';
import type { CalendarOccurrence } from '../../../src/core/calendar/occurrence';
import { nearestMeeting, seriesCalendarOf } from '../../../src/core/calendar/seriesCalendar';
import { calendarChanges } from '../../../src/core/calendar/calendarChanges';
import { fixedClock } from '../../../src/core/schedule/clock';
import { meetingTime, nextScheduledDate, upcomingMeetings } from '../../../src/core/schedule/schedule';
import { buildSeriesState } from '../../../src/core/model/seriesState';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';

// SPEC §12: where a series has calendar occurrences they are its schedule; the cadence only fills
// the dates after the calendar's last occurrence. Occurrences written by hand here: the reader has
// its own tests.

function occurrence(date: string, time: string | undefined, extra: Partial<CalendarOccurrence> = {}): CalendarOccurrence {
  return { uid: 'u1', summary: 'Dana / Me 1:1', date, time, duration: 30, allDay: false, canceled: false, movedFrom: undefined, file: '1on1/calendar.ics', line: 1, ...extra };
}

/** Weekly Tuesdays 10:00 from 3 Nov to 15 Dec 2026; 24 Nov moved to Wed 25 Nov 11:00; 8 Dec canceled. */
const calendar = seriesCalendarOf([
  occurrence('2026-11-03', '10:00'),
  occurrence('2026-11-10', '10:00'),
  occurrence('2026-11-17', '10:00'),
  occurrence('2026-11-25', '11:00', { movedFrom: { date: '2026-11-24', time: '10:00' } }),
  occurrence('2026-12-01', '10:00'),
  occurrence('2026-12-08', '10:00', { canceled: true }),
  occurrence('2026-12-15', '10:00'),
], '2026-10-01')!;

function state(files: Record<string, string>, now = '2026-11-23T09:00') {
  const [date, time] = now.split('T');
  const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date, time }) });
  for (const [file, text] of Object.entries(files)) index.setFile(`1on1/dana/${file}`, text);
  const s = index.seriesState('dana')!;
  return buildSeriesState('dana', s.profile, s.notes, DEFAULT_SETTINGS, { date, time }, calendar);
}

const profile = `---\nwith: Dana Whitfield\ncadence: weekly\nday: tuesday\ntime: "09:30"\nsince: 2026-09-01\n---\n`;
const note = (date: string, extra = '') => `---\ndate: ${date}\n${extra}---\n## Notes\n`;

describe('the calendar as the schedule', () => {
  it('upcoming meetings: the calendar moved one and canceled one; after its last, the cadence', () => {
    const s = state({ 'profile.md': profile, '2026-11-17.md': note('2026-11-17', 'status: held\n') });
    const upcoming = upcomingMeetings(s, s.now, 6).map((m) => `${m.date} ${m.time}`);
    assert.deepEqual(upcoming, ['2026-11-25 11:00', '2026-12-01 10:00', '2026-12-15 10:00', '2026-12-22 09:30', '2026-12-29 09:30', '2027-01-05 09:30']);
  });

  it('a planned note: where the calendar moved its meeting, with the calendar\'s time; one it knows nothing of stays', () => {
    const s = state({ 'profile.md': profile, '2026-11-24.md': note('2026-11-24'), '2026-11-27.md': note('2026-11-27'), '2026-12-01.md': note('2026-12-01') });
    const upcoming = upcomingMeetings(s, s.now, 4);
    assert.deepEqual(
      upcoming.map((m) => [m.date, m.time, m.note?.file]),
      [
        ['2026-11-25', '11:00', '1on1/dana/2026-11-24.md'],
        ['2026-11-27', '09:30', '1on1/dana/2026-11-27.md'],
        ['2026-12-01', '10:00', '1on1/dana/2026-12-01.md'],
        ['2026-12-15', '10:00', undefined],
      ],
    );
    // Canceled in the calendar: no meeting, though the note is there (calendar-mismatch says so).
    const canceled = state({ 'profile.md': profile, '2026-12-08.md': note('2026-12-08') }, '2026-12-02T09:00');
    assert.deepEqual(upcomingMeetings(canceled, canceled.now, 2).map((m) => m.date), ['2026-12-15', '2026-12-22']);
    assert.equal(meetingTime(s, '2026-12-01', undefined), '10:00');
    assert.equal(meetingTime(s, '2026-12-01', '08:00'), '08:00', "the note's own time wins");
    assert.equal(meetingTime(s, '2026-12-02', undefined), '09:30', 'no meeting that day: the usual time');
  });

  it('a note canceled in the notes takes its date out, as without a calendar', () => {
    const s = state({ 'profile.md': profile, '2026-12-01.md': note('2026-12-01', 'status: canceled\n') });
    assert.deepEqual(
      upcomingMeetings(s, s.now, 3).map((m) => m.date),
      ['2026-11-25', '2026-12-15', '2026-12-22'],
    );
  });

  it('next scheduled date: the cadence before the calendar was read from (history), the calendar from then on, the cadence after its last', () => {
    const s = state({ 'profile.md': profile });
    assert.equal(nextScheduledDate(s, '2026-09-22'), '2026-09-29', 'before 1 Oct: history, the cadence');
    assert.equal(nextScheduledDate(s, '2026-10-20'), '2026-11-03', 'in the window before its first meeting: the calendar, as upcomingMeetings');
    assert.equal(nextScheduledDate(s, '2026-10-27'), '2026-11-03');
    assert.equal(nextScheduledDate(s, '2026-11-17'), '2026-11-25');
    assert.equal(nextScheduledDate(s, '2026-12-01'), '2026-12-15', 'the canceled 8 Dec is no meeting');
    assert.equal(nextScheduledDate(s, '2026-12-15'), '2026-12-22');
    assert.equal(s.nextMeetingAfter('2026-11-17'), '2026-11-25');
  });

  it('today counts until the meeting\'s time in the calendar has passed', () => {
    const s = state({ 'profile.md': profile }, '2026-11-25T10:59');
    assert.equal(upcomingMeetings(s, s.now, 1)[0].date, '2026-11-25');
    const later = state({ 'profile.md': profile }, '2026-11-25T11:00');
    assert.equal(upcomingMeetings(later, later.now, 1)[0].date, '2026-12-01');
  });

  it('the nearest meeting skips canceled ones; a tie goes to the later', () => {
    assert.equal(nearestMeeting(calendar, { date: '2026-11-24', time: '10:00' })!.date, '2026-11-25');
    assert.equal(nearestMeeting(calendar, { date: '2026-12-08', time: '10:00' })!.date, '2026-12-15', 'a week either way: the later');
    assert.equal(nearestMeeting(calendar, { date: '2027-03-01', time: '10:00' })!.date, '2026-12-15');
    assert.equal(nearestMeeting(calendar, { date: '2026-01-01', time: undefined })!.date, '2026-11-03');
  });

  it('changes over the last 90 days, by the day the rule had planned them', () => {
    assert.deepEqual(calendarChanges(calendar, '2026-12-10'), { moved: 1, canceled: 1 });
    assert.deepEqual(calendarChanges(calendar, '2026-12-07'), { moved: 1, canceled: 0 }, 'the canceled 8 Dec is still ahead');
    assert.deepEqual(calendarChanges(calendar, '2027-02-21'), { moved: 1, canceled: 1 }, '24 Nov is 90 days before 21 Feb, counted');
    assert.deepEqual(calendarChanges(calendar, '2027-02-22'), { moved: 0, canceled: 1 });
  });
});
