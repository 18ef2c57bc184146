import { addDays, dayNumber, fromDayNumber } from '../schedule/calendarDate';
import { minutesOfDay, type LocalDateTime } from '../schedule/clock';
import type { MeetingNote, Profile } from '../model/model';
import { upcomingMeetings, type SeriesCadence } from '../schedule/schedule';
import { seriesName } from '../model/seriesState';
import { compareStrings } from '../text/stringOrder';

/**
 * The upcoming 1x1s as an iCalendar file (RFC 5545), pure, written without a library: a calendar
 * app imports or subscribes to it. Times are floating local times (no TZID): the notes and the
 * profile say "10:00" and no time zone, and a floating time shows as 10:00 wherever the calendar
 * is opened, as the notes mean it (docs/decisions.md).
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
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//1x1 Meetings//EN', 'CALSCALE:GREGORIAN'];
  for (const meeting of meetings) {
    lines.push('BEGIN:VEVENT', `UID:${meeting.series}-${meeting.date}@one-on-one`, `DTSTAMP:${stamp}`);
    if (meeting.time === undefined) {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(meeting.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(meeting.date, 1))}`);
    } else {
      const start = minutesOfDay(meeting.time);
      lines.push(`DTSTART:${localDateTime(meeting.date, start)}`, `DTEND:${localDateTime(meeting.date, start + meeting.duration)}`);
    }
    lines.push(`SUMMARY:${escapeText(`1x1 with ${meeting.name}`)}`);
    if (meeting.file !== undefined) lines.push(`DESCRIPTION:${escapeText(`Agenda: ${meeting.file}`)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
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

/** `YYYYMMDDTHHMMSS` for `minutes` after midnight of `date` (past midnight rolls into the next day). */
function localDateTime(date: string, minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  return `${compactDate(addDays(date, days))}T${pad(Math.floor(rest / 60))}${pad(rest % 60)}00`;
}

function utcStamp(now: LocalDateTime, utcOffsetMinutes: number): string {
  const minutes = dayNumber(now.date) * 1440 + minutesOfDay(now.time) - utcOffsetMinutes;
  const day = Math.floor(minutes / 1440);
  return `${localDateTime(fromDayNumber(day), minutes - day * 1440)}Z`;
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
