/**
 * A seeded calendar export shaped like Google Calendar's (VTIMEZONE, TZID starts, CRLF, folded
 * lines): `series` weekly 1x1 series over `years` years, each with a holiday EXDATE or two a year
 * and about one meeting in ten moved a day (an override by RECURRENCE-ID). For the reader's
 * performance test and the benchmark: the same text on every machine for a seed.
 */
import { SeededRandom } from './random';

const BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
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

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

function stamp(date: Date, time: string): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '') + 'T' + time.replace(':', '') + '00';
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export interface GeneratedCalendar {
  text: string;
  /** The first and last day the series run. */
  from: string;
  to: string;
}

export function generateCalendar(options: { series: number; years: number; seed?: number; start?: string }): GeneratedCalendar {
  const random = new SeededRandom(options.seed ?? 14);
  const first = new Date((options.start ?? '2024-01-01') + 'T00:00:00Z');
  const weeks = Math.round(options.years * 52.18);
  const last = addDays(first, weeks * 7 + 6);
  const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:me@example.com', ...BERLIN];
  for (let s = 0; s < options.series; s++) {
    const weekday = s % DAYS.length;
    const start = addDays(first, weekday);
    const time = `${String(9 + (s % 8)).padStart(2, '0')}:${s % 2 ? '30' : '00'}`;
    const uid = `series-${s}-${random.int(100000, 999999)}@google.com`;
    const exdates: string[] = [];
    const moved: number[] = [];
    for (let week = 1; week < weeks; week++) {
      if (random.chance(0.03)) exdates.push(stamp(addDays(start, week * 7), time));
      else if (random.chance(0.1)) moved.push(week);
    }
    lines.push(
      'BEGIN:VEVENT',
      `DTSTART;TZID=Europe/Berlin:${stamp(start, time)}`,
      `DTEND;TZID=Europe/Berlin:${stamp(start, time).slice(0, 11)}${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}${time.slice(3)}00`,
      `RRULE:FREQ=WEEKLY;UNTIL=${stamp(last, '23:00').slice(0, 8)}T225959Z;BYDAY=${DAYS[weekday]}`,
      ...(exdates.length ? [`EXDATE;TZID=Europe/Berlin:${exdates.join(',')}`] : []),
      'DTSTAMP:20260101T000000Z',
      `UID:${uid}`,
      `DESCRIPTION:Weekly 1:1 number ${s}. The agenda is in the 1on1 folder\\; bring what is open from last we`,
      ' ek and anything that blocks you.',
      'STATUS:CONFIRMED',
      `SUMMARY:Person ${s} / Me 1:1`,
      'END:VEVENT',
    );
    for (const week of moved) {
      const original = addDays(start, week * 7);
      lines.push(
        'BEGIN:VEVENT',
        `DTSTART;TZID=Europe/Berlin:${stamp(addDays(original, 1), time)}`,
        'DTSTAMP:20260101T000000Z',
        `UID:${uid}`,
        `RECURRENCE-ID;TZID=Europe/Berlin:${stamp(original, time)}`,
        'STATUS:CONFIRMED',
        `SUMMARY:Person ${s} / Me 1:1`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return { text: lines.join('\r\n') + '\r\n', from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}
