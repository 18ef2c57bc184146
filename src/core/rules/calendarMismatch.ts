import { setFrontMatterValues } from '../edits/frontMatterEdit';
import { keyRange } from '../model/meetingNote';
import type { MeetingNote } from '../model/model';
import { seriesName, type SeriesState } from '../model/seriesState';
import { covers, hasMeetingAt, meetingsOn, nearestMeeting, type SeriesCalendar } from '../calendar/seriesCalendar';
import type { CalendarMoment, CalendarOccurrence } from '../calendar/occurrence';
import { formatShortDateFrom } from '../schedule/calendarDate';
import { calendarMove, usualTime } from '../schedule/schedule';
import { commandFix, type Fix, type RuleFinding } from './finding';
import { statusFix } from './statusNotUpdated';
import { defineRule } from './rule';

/** The extension's "Mark meeting rescheduled…" command (SPEC §7); a unit test keeps it equal to the editor's id. */
export const RESCHEDULE_COMMAND = 'oneOnOne.markRescheduled';

/**
 * `calendar-mismatch` (SPEC §12): a planned note whose date — and time, when the note says one —
 * has no meeting in the calendar: the meeting moved or was canceled there. Only where the calendar
 * speaks for the series (between its first and last occurrence); after that, the cadence plans and
 * nothing contradicts it. On the note's `date:`; fixes: reschedule the note to the occurrence the
 * calendar has instead (the one it moved to, else the nearest free one), and mark it canceled.
 */
export const calendarMismatch = defineRule({
  id: 'calendar-mismatch',
  defaultSeverity: 'warning',
  check(series) {
    const calendar = series.calendar;
    if (!calendar) return [];
    const findings: RuleFinding[] = [];
    for (const note of series.notes) {
      if (note.status !== 'planned' || !covers(calendar, note.date!)) continue;
      if (hasMeetingAt(calendar, note.date!, note.time)) continue;
      findings.push(mismatch(series, calendar, note, meetingsOn(calendar, note.date!)));
    }
    return findings;
  },
});

function mismatch(series: SeriesState, calendar: SeriesCalendar, note: MeetingNote, sameDay: readonly CalendarOccurrence[]): RuleFinding {
  const today = series.now.date;
  const planned: CalendarMoment = { date: note.date!, time: note.time ?? usualTime(series) };
  // What the calendar did to this note's meeting, as every view reads it (schedule's calendarMove).
  const move = calendarMove(series, note);
  const movedTo = move !== 'canceled' ? move : undefined;
  const canceled = move === 'canceled';
  const instead: CalendarMoment | undefined = movedTo ?? sameDay[0] ?? nearestFree(series, calendar, note, planned);
  const who = seriesName(series, series.id);
  const when = (m: CalendarMoment) => `${formatShortDateFrom(m.date, today)}${m.time ? ` ${m.time}` : ''}`;
  let message: string;
  if (movedTo) message = `The calendar moved this 1x1 with ${who} to ${when(movedTo)}.`;
  else if (sameDay.length > 0) message = `The calendar has this 1x1 with ${who} at ${sameDay.map((o) => o.time).join(', ')}, not ${note.time}.`;
  else if (canceled) message = `The 1x1 with ${who} on ${when(planned)} is canceled in the calendar${instead ? `; the nearest meeting there is ${when(instead)}` : ''}.`;
  else message = `The calendar has no 1x1 with ${who} on ${when(planned)}${instead ? `; the nearest is ${when(instead)}` : ''}.`;
  message += canceled ? ' Mark it canceled, or move it.' : ' Move the note, or mark it canceled.';

  const fixes: Fix[] = [];
  const reschedule = instead ? rescheduleFix(note, instead, today, when(instead)) : undefined;
  const cancel = statusFix(note, 'canceled');
  // The likelier repair first: a canceled meeting is canceled; a moved one moves.
  if (canceled) fixes.push(cancel, ...(reschedule ? [reschedule] : []));
  else fixes.push(...(reschedule ? [reschedule] : []), cancel);
  return { rule: 'calendar-mismatch', file: note.file, range: keyRange(note.parsed, 'date'), message, fixes };
}

/**
 * "Reschedule to Wed 25 Nov 10:00": another day goes through the editor's reschedule flow (the
 * agenda moves to a note for that day); the same day at another time is a change of `time:`. None
 * for a day already past: a meeting is moved to when it will take place.
 */
function rescheduleFix(note: MeetingNote, to: CalendarMoment, today: string, shown: string): Fix | undefined {
  const title = `Reschedule to ${shown}`;
  if (to.date === note.date) {
    if (to.time === undefined) return undefined;
    const time = to.time;
    return {
      title,
      edits: (read) => {
        const text = read(note.file);
        return (text !== undefined && setFrontMatterValues(note.file, text, { date: note.date!, time })) || [];
      },
    };
  }
  if (to.date < today) return undefined;
  // The new note keeps the old one's `time:` unless the calendar says another.
  const time = note.time !== undefined && to.time !== undefined && to.time !== note.time ? to.time : undefined;
  return commandFix(title, RESCHEDULE_COMMAND, time ? [{ file: note.file }, to.date, time] : [{ file: note.file }, to.date]);
}

/** The calendar's meeting nearest to the planned moment on a day no other note of the series takes. */
function nearestFree(series: SeriesState, calendar: SeriesCalendar, note: MeetingNote, planned: CalendarMoment): CalendarOccurrence | undefined {
  const taken = new Set(series.notes.filter((n) => n !== note && n.status !== 'canceled' && n.status !== 'rescheduled').map((n) => n.date));
  const free = calendar.occurrences.filter((o) => !o.canceled && !taken.has(o.date));
  return free.length > 0 ? nearestMeeting({ ...calendar, occurrences: free }, planned) : nearestMeeting(calendar, planned);
}
