import { OWN_PRODID } from '../calendar/readCalendar';
import { ICAL, type IcalComponent, type IcalTime } from '../calendar/icalLibrary';
import { addDays } from '../schedule/calendarDate';
import type { LocalDateTime } from '../schedule/clock';
import type { MeetingNote, Profile } from '../model/model';
import { upcomingMeetings, type SeriesCadence } from '../schedule/schedule';
import { seriesName } from '../model/seriesState';
import { compareStrings } from '../text/stringOrder';

/**
 * The upcoming 1x1s as an iCalendar file (RFC 5545), pure, built as an ical.js component, the
 * model the calendar reader reads exports into: a calendar app imports or subscribes to it. Times
 * are floating local times (no TZID): the notes and the profile say "10:00" and no time zone, and a
 * floating time shows as 10:00 wherever the calendar is opened, as the notes mean it
 * (docs/decisions.md).
 */

/** How far ahead the export looks: the next 12 weeks, today included. */
export const CALENDAR_WEEKS = 12;
/** Minutes, when the profile gives no `duration:`. */
const DEFAULT_DURATION = 30;

export interface CalendarMeeting {
  series: string;
  /** The other person, as the summary names them. */
  name: string;
  date: string;
  /** `HH:MM`; undefined makes an all-day event. */
  time: string | undefined;
  /** Minutes. */
  duration: number;
  /** The note written for this meeting, vault-relative. */
  file: string | undefined;
}

export interface CalendarSeries {
  id: string;
  profile: Profile | undefined;
  notes: readonly MeetingNote[];
  cadence: SeriesCadence | undefined;
}

/**
 * The meetings of the given series from `now` to `weeks` weeks ahead, as the schedule sees them
 * (SPEC §2): the profile's cadence and the written notes, canceled meetings out, rescheduled ones
 * on their new date. Sorted by date, time, then series.
 */
export function calendarMeetings(series: readonly CalendarSeries[], now: LocalDateTime, weeks = CALENDAR_WEEKS): CalendarMeeting[] {
  const end = addDays(now.date, weeks * 7);
  const meetings: CalendarMeeting[] = [];
  for (const state of series) {
    const name = seriesName(state, state.id);
    // Whole minutes: DTEND has no fractions (`duration: 45.5` would make an invalid time).
    const duration = Math.max(1, Math.round(state.profile?.duration ?? DEFAULT_DURATION));
    // At most one meeting a day, so a day's worth per day of the window is always enough.
    for (const meeting of upcomingMeetings(state, now, weeks * 7)) {
      if (meeting.date >= end) break;
      meetings.push({ series: state.id, name, date: meeting.date, time: meeting.time, duration, file: meeting.note?.file });
    }
  }
  return meetings.sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.time ?? '', b.time ?? '') || compareStrings(a.series, b.series));
}

export interface CalendarOptions {
  /** The clock's local time: the stamp of every event. */
  now: LocalDateTime;
  /** The local time zone's offset from UTC at `now`, in minutes (+60 for CET): DTSTAMP is in UTC. */
  utcOffsetMinutes: number;
}

/** The calendar text: CRLF line ends, lines folded at 75 octets. */
export function calendarOf(meetings: readonly CalendarMeeting[], options: CalendarOptions): string {
  const stamp = utcStamp(options.now, options.utcOffsetMinutes);
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  // The reader passes over a file with this PRODID: our own export mirrors the notes, it is not a calendar.
  calendar.addPropertyWithValue('prodid', OWN_PRODID);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  for (const meeting of meetings) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${meeting.series}-${meeting.date}@one-on-one`);
    event.addPropertyWithValue('dtstamp', stamp);
    const start = floatingTime(meeting.date, meeting.time);
    const end = start.clone();
    // An all-day event ends (exclusively) on the next day; a timed one after its minutes, past midnight too.
    end.addDuration(meeting.time === undefined ? new ICAL.Duration({ days: 1 }) : new ICAL.Duration({ minutes: meeting.duration }));
    event.addPropertyWithValue('dtstart', start);
    event.addPropertyWithValue('dtend', end);
    event.addPropertyWithValue('summary', oneLineBreak(`1x1 with ${meeting.name}`));
    if (meeting.file !== undefined) event.addPropertyWithValue('description', oneLineBreak(`Agenda: ${meeting.file}`));
    calendar.addSubcomponent(event);
  }
  return contentLines(calendar).map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The component's content lines, unfolded: ical.js writes each property (escaping, value types),
 * and `foldLine` folds. ical.js's own folding puts 75 octets after the continuation's space, 76 in
 * all, one more than RFC 5545 §3.1 allows.
 */
function contentLines(component: IcalComponent): string[] {
  const name = component.name.toUpperCase();
  const lines = [`BEGIN:${name}`];
  for (const property of component.getAllProperties()) lines.push(ICAL.stringify.property(property.toJSON(), ICAL.design.icalendar, true));
  for (const child of component.getAllSubcomponents()) lines.push(...contentLines(child));
  lines.push(`END:${name}`);
  return lines;
}

/**
 * Every line break as LF, which ical.js escapes as `\n` (RFC 5545 §3.3.11); it leaves a CR as it
 * is, and a bare CR in a value breaks the line.
 */
function oneLineBreak(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets of UTF-8, each continuation
 * starting with one space; a character's bytes are never split across lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space takes one octet of the continuation line's 75
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A floating local time (no time zone) on `date` at `time`, or the date alone when there is no time. */
function floatingTime(date: string, time: string | undefined): IcalTime {
  const [year, month, day] = date.split('-').map(Number);
  if (time === undefined) return ICAL.Time.fromData({ year, month, day, isDate: true });
  const [hour, minute] = time.split(':').map(Number);
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

/** The clock's local time in UTC. */
function utcStamp(now: LocalDateTime, utcOffsetMinutes: number): IcalTime {
  const local = floatingTime(now.date, now.time);
  local.addDuration(new ICAL.Duration({ minutes: utcOffsetMinutes, isNegative: true }));
  return ICAL.Time.fromData({ year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: 0 }, ICAL.Timezone.utcTimezone);
}
