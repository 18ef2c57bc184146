/**
 * Wall times and time zones for the calendar reader: a wall time in the zone an event names →
 * an instant (UTC) → the wall time in the zone the product shows (the machine's, or one named).
 *
 * A wall time is kept as a number: the milliseconds `Date.UTC` gives for its fields, so it can be
 * added to and compared like an instant without being one. Zones come from the file's own
 * VTIMEZONE (its offsets are the reader's to compute, with ical.js), else an IANA name `Intl`
 * knows, else a Windows zone name as Outlook writes it, mapped here to its IANA zone.
 */

export type Zone =
  | { kind: 'utc' }
  /** No zone (RFC 5545 "floating"): the same wall time wherever it is read. */
  | { kind: 'floating' }
  | { kind: 'iana'; name: string }
  /** A VTIMEZONE of the file: `offsetMinutes` of a wall time in that zone. */
  | { kind: 'vtimezone'; tzid: string; offsetMinutes: (wall: number) => number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Outlook/Exchange's Windows zone names (as in its TZID) → the IANA zone of the same rules. */
const WINDOWS_ZONES: Record<string, string> = {
  'UTC': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Kolkata',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Atlantic Standard Time': 'America/Halifax',
  'E. South America Standard Time': 'America/Sao_Paulo',
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter giving the wall time in `name`; null when Intl does not know the zone. */
function formatterFor(name: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(name);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(name, formatter);
  }
  return formatter;
}

/** The zone a calendar's times are shown in when the caller names none: the machine's (TZ). */
export function machineZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether Intl knows `name` as a zone. */
export function isKnownZone(name: string): boolean {
  return formatterFor(name) !== null;
}

/**
 * A zone's offset is the same for a whole quarter hour of UTC (clocks change on such a boundary),
 * so it is asked of `Intl` once per zone and quarter hour: formatting is most of the cost of
 * expanding a calendar, and a weekly meeting falls in the same few quarter hours week after week.
 */
const QUARTER_HOUR = 15 * MINUTE;
const offsets = new Map<string, Map<number, number>>();
/** Quarter hours kept per zone before the cache starts afresh (a bound on memory, never reached by a calendar's meetings). */
const OFFSETS_KEPT = 100_000;

/** The wall time an instant has in the IANA zone `name`. */
export function wallAt(instant: number, name: string): number {
  const formatter = formatterFor(name);
  if (!formatter) return instant;
  let byQuarter = offsets.get(name);
  if (!byQuarter || byQuarter.size > OFFSETS_KEPT) offsets.set(name, (byQuarter = new Map()));
  const quarter = Math.floor(instant / QUARTER_HOUR);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    const at = quarter * QUARTER_HOUR;
    const field = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    for (const part of formatter.formatToParts(new Date(at))) if (part.type in field) field[part.type as keyof typeof field] = Number(part.value);
    offset = Date.UTC(field.year, field.month - 1, field.day, field.hour, field.minute, field.second) - at;
    byQuarter.set(quarter, offset);
  }
  return instant + offset;
}

/**
 * The instant of a wall time in the IANA zone `name`. A wall time the clocks skip (spring forward)
 * is read with the offset before the change, so 02:30 becomes 03:30; one they pass twice (fall
 * back) is the first (RFC 5545 §3.3.5).
 */
function instantInZone(wall: number, name: string): number {
  const before = wallAt(wall - 14 * HOUR, name) - (wall - 14 * HOUR);
  const after = wallAt(wall + 14 * HOUR, name) - (wall + 14 * HOUR);
  if (before === after) return wall - before;
  // A change near this wall time: the earliest offset that gives it back.
  for (const offset of [Math.max(before, after), Math.min(before, after)]) if (wallAt(wall - offset, name) === wall) return wall - offset;
  return wall - before;
}

/** The instant of `wall` in `zone`; a floating time is read in `readingZone`. */
export function instantOf(wall: number, zone: Zone, readingZone: string): number {
  switch (zone.kind) {
    case 'utc':
      return wall;
    case 'floating':
      return instantInZone(wall, readingZone);
    case 'iana':
      return instantInZone(wall, zone.name);
    case 'vtimezone':
      return wall - zone.offsetMinutes(wall) * MINUTE;
  }
}

/** The wall time in `zone` of an instant (the other way round; for UNTIL given in UTC). */
export function wallOf(instant: number, zone: Zone, readingZone: string): number {
  switch (zone.kind) {
    case 'utc':
      return instant;
    case 'floating':
      return wallAt(instant, readingZone);
    case 'iana':
      return wallAt(instant, zone.name);
    case 'vtimezone': {
      const guess = instant + zone.offsetMinutes(instant) * MINUTE;
      return instant + zone.offsetMinutes(guess) * MINUTE;
    }
  }
}

/** The zone a TZID names: the file's VTIMEZONE, else an IANA name, else a Windows name; undefined when none. */
export function zoneNamed(tzid: string, fileZones: ReadonlyMap<string, Zone>): Zone | undefined {
  const own = fileZones.get(tzid);
  if (own) return own;
  if (isKnownZone(tzid)) return { kind: 'iana', name: tzid };
  const windows = WINDOWS_ZONES[tzid];
  return windows && isKnownZone(windows) ? { kind: 'iana', name: windows } : undefined;
}

/** `YYYY-MM-DD` of a wall time. */
export function dateOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** `HH:MM` of a wall time. */
export function timeOf(wall: number): string {
  return new Date(wall).toISOString().slice(11, 16);
}

/** The wall time at midnight of a `YYYY-MM-DD` date. */
export function wallOfDate(date: string): number {
  return Date.parse(date + 'T00:00:00Z');
}
