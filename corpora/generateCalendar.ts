/**
 * Writes a deterministic, realistic calendar export for the benchmark: years of weekly 1x1s, shaped
 * as Google Calendar exports them (VTIMEZONE Europe/Berlin, TZID times, attendees, a Meet
 * description, lines folded at 75 octets, CRLF). Each series is one recurring VEVENT (half end with
 * UNTIL, half with COUNT) plus its overridden occurrences (moved by a day or an hour, some
 * canceled), each a VEVENT of its own with the master's UID and a RECURRENCE-ID, and a few EXDATEs
 * for holidays: what a calendar that has been in use for years holds.
 */
import { SeededRandom } from './random';
import { FIRST_NAMES, LAST_NAMES } from './wordPools';

export interface GenerateCalendarOptions {
  /** Recurring 1x1 series (default 20). */
  series?: number;
  /** How long each runs, in years of weekly meetings (default 5). */
  years?: number;
  /** Overridden occurrences per series (default 10). */
  overridesPerSeries?: number;
  /** Deleted occurrences (EXDATE) per series (default 3). */
  exdatesPerSeries?: number;
  seed?: number;
  /** The Monday of the first week, `YYYY-MM-DD` (default 2022-01-03). */
  start?: string;
}

export interface GeneratedCalendar {
  text: string;
  /** The first and last day any occurrence can fall on, for expanding over all of it. */
  from: string;
  to: string;
  series: number;
  /** Occurrences the rules make, before overrides and EXDATEs. */
  ruleOccurrences: number;
  overrides: number;
  exdates: number;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const TZID = 'Europe/Berlin';
const DAY_MS = 86_400_000;

export function generateCalendar(options: GenerateCalendarOptions = {}): GeneratedCalendar {
  const seriesCount = options.series ?? 20;
  const weeks = Math.round((options.years ?? 5) * 52.18);
  const overridesPerSeries = options.overridesPerSeries ?? 10;
  const exdatesPerSeries = options.exdatesPerSeries ?? 3;
  const random = new SeededRandom(options.seed ?? 1);
  const start = Date.parse(`${options.start ?? '2022-01-03'}T00:00:00Z`);
  const me = 'alex.moreau@example.com';

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Alex Moreau (work)',
    `X-WR-TIMEZONE:${TZID}`,
    'BEGIN:VTIMEZONE',
    `TZID:${TZID}`,
    `X-LIC-LOCATION:${TZID}`,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  let overrides = 0;
  let exdates = 0;
  for (let s = 0; s < seriesCount; s++) {
    const name = `${FIRST_NAMES[s % FIRST_NAMES.length]} ${LAST_NAMES[(s * 7) % LAST_NAMES.length]}`;
    const mail = `${ascii(name).toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`;
    const weekday = s % WEEKDAYS.length;
    const hour = 9 + random.int(0, 7);
    const minute = random.pick([0, 0, 30]);
    const duration = random.pick([30, 30, 45, 60]);
    const uid = `${random.id(26)}@google.com`;
    // The occurrence of week w starts at this wall time in Berlin.
    const wallOf = (week: number, shiftMinutes = 0) => start + (week * 7 + weekday) * DAY_MS + (hour * 60 + minute + shiftMinutes) * 60_000;
    const summary = `${name} / Alex 1:1`;
    const common = [
      `ORGANIZER;CN=${me}:mailto:${me}`,
      `UID:${uid}`,
      attendee(mail),
      attendee(me),
      'CREATED:20211215T101500Z',
      `DESCRIPTION:Weekly 1:1 — agenda in the shared doc.\\n\\nJoin with Google Meet: https://meet.google.com/${random.id(3)}-${random.id(4)}-${random.id(3)}\\n\\nPlease do not edit this section.`,
      'LOCATION:',
      'STATUS:CONFIRMED',
      `SUMMARY:${summary}`,
      'TRANSP:OPAQUE',
    ];
    const held = new Set<number>();
    const pickWeek = () => {
      for (;;) {
        const week = random.int(1, weeks - 2);
        if (!held.has(week)) {
          held.add(week);
          return week;
        }
      }
    };
    const ending = s % 2 === 0 ? `COUNT=${weeks}` : `UNTIL=${utcStamp(wallOf(weeks - 1) - 3_600_000)}`;
    const exdateWeeks = Array.from({ length: exdatesPerSeries }, pickWeek).sort((a, b) => a - b);
    exdates += exdateWeeks.length;
    lines.push(
      'BEGIN:VEVENT',
      `DTSTART;TZID=${TZID}:${wallStamp(wallOf(0))}`,
      `DTEND;TZID=${TZID}:${wallStamp(wallOf(0, duration))}`,
      `RRULE:FREQ=WEEKLY;WKST=MO;${ending};BYDAY=${WEEKDAYS[weekday]}`,
      ...exdateWeeks.map((w) => `EXDATE;TZID=${TZID}:${wallStamp(wallOf(w))}`),
      'DTSTAMP:20261123T162512Z',
      ...common,
      'LAST-MODIFIED:20261120T143051Z',
      'SEQUENCE:0',
      'END:VEVENT',
    );
    for (let o = 0; o < overridesPerSeries; o++) {
      const week = pickWeek();
      // Moved a day later, an hour later, or canceled in the calendar.
      const kind = random.pick(['day', 'day', 'hour', 'canceled']);
      const shift = kind === 'day' ? 1440 : kind === 'hour' ? 60 : 0;
      lines.push(
        'BEGIN:VEVENT',
        `DTSTART;TZID=${TZID}:${wallStamp(wallOf(week, shift))}`,
        `DTEND;TZID=${TZID}:${wallStamp(wallOf(week, shift + duration))}`,
        'DTSTAMP:20261123T162512Z',
        `RECURRENCE-ID;TZID=${TZID}:${wallStamp(wallOf(week))}`,
        ...common.map((line) => (kind === 'canceled' && line === 'STATUS:CONFIRMED' ? 'STATUS:CANCELLED' : line)),
        `LAST-MODIFIED:${utcStamp(wallOf(week) - 3 * DAY_MS)}`,
        'SEQUENCE:1',
        'END:VEVENT',
      );
      overrides++;
    }
  }
  lines.push('END:VCALENDAR');
  return {
    text: lines.map(foldOctets).join('\r\n') + '\r\n',
    from: isoDate(start),
    to: isoDate(start + (weeks * 7 + 7) * DAY_MS),
    series: seriesCount,
    ruleOccurrences: seriesCount * weeks,
    overrides,
    exdates,
  };
}

function attendee(mail: string): string {
  return `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=${mail};X-NUM-GUESTS=0:mailto:${mail}`;
}

/** `YYYYMMDDTHHMMSS` of a wall time kept as `Date.UTC` milliseconds. */
function wallStamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/**
 * A UTC stamp of a wall time read as UTC. UNTIL is the last start less an hour, so read: at or after
 * that start in Berlin (UTC+1 or +2), and days before the next.
 */
function utcStamp(ms: number): string {
  return `${wallStamp(ms)}Z`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Google's folding: 75 octets a line, a continuation starts with a space; characters kept whole. */
function foldOctets(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
