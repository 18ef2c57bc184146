/**
 * Reading a calendar export (SPEC §12): `.ics` text → events (one per UID: the master and its
 * overridden occurrences), then each event's occurrences over a window of local dates.
 *
 * ical.js parses each VEVENT and VTIMEZONE block (found by `outlineOf`, so a broken event costs
 * only itself) and iterates RRULEs; the reader itself reads every DTSTART, EXDATE and
 * RECURRENCE-ID as a wall time plus its zone (`zoneTime.ts`), because ical.js would resolve a TZID
 * through its global registry, shared by every file read in the process.
 */
import { outlineOf, type CalendarBlock } from './calendarOutline';
import { ICAL, type IcalComponent, type IcalProperty, type IcalRecur, type IcalTime } from './icalLibrary';
import type { CalendarMoment, CalendarOccurrence, CalendarProblem, DateWindow } from './occurrence';
import { MAX_RULE_STEPS, icalTimeOf, ruleTrouble, ruleWalls, wallOfIcalTime } from './recurrence';
import { DAY, dateOf, instantOf, machineZone, timeOf, wallAt, wallOf, wallOfDate, zoneNamed, type Zone } from './zoneTime';

/** The PRODID of this product's own `.ics` export (core/render/icalendar.ts). */
export const OWN_PRODID = '-//1x1 Meetings//EN';

/** A DTSTART, DTEND, EXDATE or RECURRENCE-ID as the file writes it: a wall time and its zone. */
export interface CalendarStamp {
  /** Milliseconds as `Date.UTC` of its fields: a wall time, not an instant. */
  wall: number;
  /** VALUE=DATE: a day, no time. */
  allDay: boolean;
  zone: Zone;
}

/** One VEVENT's own values: the master's, or an overridden occurrence's. */
interface EventInstance {
  start: CalendarStamp;
  /** Minutes; undefined for an all-day event. */
  duration: number | undefined;
  summary: string;
  canceled: boolean;
  line: number;
}

/** What `occurrencesOf` expands; the reader's own (plain data and an ical.js Recur), not for others to read. */
export interface EventRecurrence {
  master: (EventInstance & { rule: { recur: IcalRecur; until: CalendarStamp | undefined } | undefined; exdates: CalendarStamp[] }) | undefined;
  overrides: Array<EventInstance & { recurrenceId: CalendarStamp }>;
}

/** One UID: the master and its overridden occurrences, plain data. */
export interface CalendarEvent {
  uid: string;
  /** The master's SUMMARY (or the lone override's). */
  summary: string;
  allDay: boolean;
  file: string;
  /** 1-based line of BEGIN:VEVENT of the master (or of the first override when there is none). */
  line: number;
  recurrence: EventRecurrence;
}

export interface CalendarFile {
  file: string;
  /** True when it is this product's own export (PRODID -//1x1 Meetings//EN): it mirrors the notes, so it is not read as a calendar. */
  ownExport: boolean;
  events: CalendarEvent[];
  problems: CalendarProblem[];
}

const FIX = 'fix that line or export the calendar again';

/** Never throws: broken input gives problems (with line when known) and whatever events could be read. */
export function readCalendar(file: string, text: string): CalendarFile {
  try {
    return readOutlined(file, text);
  } catch (error) {
    // Nothing above is meant to throw; should a library surprise us, the file is one problem, not a crash.
    return { file, ownExport: false, events: [], problems: [{ file, line: undefined, message: `the calendar could not be read (${messageOf(error)}); export it again` }] };
  }
}

function readOutlined(file: string, text: string): CalendarFile {
  const outline = outlineOf(text);
  const problems: CalendarProblem[] = outline.problems.map((problem) => ({ file, ...problem }));
  const ownExport = outline.prodId?.trim() === OWN_PRODID;
  if (ownExport) return { file, ownExport, events: [], problems };
  const problem = (line: number | undefined, message: string) => problems.push({ file, line, message });

  const zones = new Map<string, Zone>();
  for (const block of outline.blocks) if (block.kind === 'VTIMEZONE') readTimezone(block, zones, problem);

  const unknownZones = new Set<string>();
  const reader: StampReader = (property, block) => readStamp(property, block, zones, unknownZones, problem);
  const byUid = new Map<string, { master: ReadEvent | undefined; overrides: ReadEvent[] }>();
  for (const block of outline.blocks) {
    if (block.kind !== 'VEVENT') continue;
    const event = readEvent(block, reader, problem);
    if (!event) continue;
    let entry = byUid.get(event.uid);
    if (!entry) byUid.set(event.uid, (entry = { master: undefined, overrides: [] }));
    if (event.recurrenceId) entry.overrides.push(event);
    else if (entry.master) problem(block.line, `a second event with UID ${event.uid} (the first is at line ${entry.master.instance.line}) is ignored; ${FIX}`);
    else entry.master = event;
  }

  const events: CalendarEvent[] = [];
  for (const [uid, { master, overrides }] of byUid) {
    const head = master ?? overrides[0];
    events.push({
      uid,
      summary: head.instance.summary,
      allDay: head.instance.start.allDay,
      file,
      line: head.instance.line,
      recurrence: {
        master: master && { ...master.instance, rule: master.rule, exdates: master.exdates },
        overrides: overrides.map((override) => ({ ...override.instance, recurrenceId: override.recurrenceId! })),
      },
    });
  }
  events.sort((a, b) => a.line - b.line);
  return { file, ownExport, events, problems };
}

type Report = (line: number | undefined, message: string) => void;
type StampReader = (property: IcalProperty, block: CalendarBlock) => CalendarStamp[] | undefined;

/** A block parsed by ical.js, or undefined with a problem on the line the error names. */
function parseBlock(block: CalendarBlock, what: string, report: Report): IcalComponent | undefined {
  try {
    const parsed = ICAL.parse(block.text);
    return new ICAL.Component(Array.isArray(parsed[0]) ? parsed[0] : parsed);
  } catch (error) {
    const message = messageOf(error);
    const line = lineOfError(block, message);
    const subject = /^RRULE[:;]/i.test(block.text.split('\r\n')[line - block.line] ?? '') ? `${what}'s RRULE` : what;
    report(line, `${subject} could not be read (${message}), so ${what} is skipped; ${FIX}`);
    return undefined;
  }
}

/** The line an ical.js error is about: the one holding the text it quotes, else the RRULE for a rule's error, else the block's. */
function lineOfError(block: CalendarBlock, message: string): number {
  const lines = block.text.split('\r\n');
  const quoted = /"([^"]+)"/.exec(message)?.[1];
  let at = quoted ? lines.findIndex((line) => line.includes(quoted)) : -1;
  if (at < 0 && /BY[A-Z]+|freq|recur|rule|interval|count|until|wkst/i.test(message)) at = lines.findIndex((line) => /^RRULE[:;]/i.test(line));
  return block.line + Math.max(at, 0);
}

/** A property's first line in a block and the value written on it (for problems only). */
function propertyLine(block: CalendarBlock, name: string): { line: number; value: string | undefined } {
  const lines = block.text.split('\r\n');
  const at = lines.findIndex((line) => line.toUpperCase().startsWith(name) && /^[:;]/.test(line.slice(name.length)));
  if (at < 0) return { line: block.line, value: undefined };
  const text = lines[at];
  // The value follows the first colon outside a quoted parameter.
  const colon = /^(?:[^":]|"[^"]*")*:/.exec(text);
  return { line: block.line + at, value: colon ? text.slice(colon[0].length) : undefined };
}

function lineOfProperty(block: CalendarBlock, name: string): number {
  return propertyLine(block, name).line;
}

function readTimezone(block: CalendarBlock, zones: Map<string, Zone>, report: Report): void {
  const component = parseBlock(block, 'the time zone', report);
  if (!component) return;
  const tzid = component.getFirstPropertyValue('tzid');
  if (typeof tzid !== 'string' || component.getAllSubcomponents().length === 0) return;
  try {
    // ical.js expands a VTIMEZONE's rules itself, without a bound: a rule that is not yearly, or
    // that never matches (every 30 February), would hold the reader for minutes. Checked first.
    for (const part of component.getAllSubcomponents()) {
      for (const property of part.getAllProperties('rrule')) {
        const recur = property.getFirstValue() as IcalRecur;
        if (recur.freq !== 'YEARLY') throw new Error(`its ${part.name.toUpperCase()} rule repeats ${String(recur.freq).toLowerCase()}, not yearly`);
        const start = part.getFirstPropertyValue('dtstart');
        const startWall = typeof start === 'object' && start !== null && 'year' in start ? wallOfIcalTime(start as IcalTime) : Date.UTC(1970, 0, 1);
        const trouble = ruleTrouble(recur, startWall, false);
        if (trouble) throw new Error(`its ${part.name.toUpperCase()} rule cannot be followed: ${trouble}`);
      }
    }
    const timezone = new ICAL.Timezone(component);
    const offsetMinutes = (wall: number) => timezone.utcOffset(icalTimeOf(wall, false)) / 60;
    // Tried once here: a VTIMEZONE ical.js cannot use is left out, and the TZID read as a name instead.
    if (!Number.isFinite(offsetMinutes(Date.UTC(2026, 0, 1)))) throw new Error('no offset');
    zones.set(tzid, { kind: 'vtimezone', tzid, offsetMinutes });
  } catch (error) {
    report(block.line, `the time zone ${tzid} could not be read (${messageOf(error)}); its times are read by the name instead; ${FIX}`);
  }
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/;

/** A jCal date or date-time value (`2026-10-05`, `2026-10-05T10:00:00`, `…Z`); undefined when it is not a real one. */
function parseStamp(value: unknown): { wall: number; allDay: boolean; utc: boolean } | undefined {
  const match = typeof value === 'string' ? STAMP.exec(value) : null;
  if (!match) return undefined;
  const [hour, minute, second] = [+(match[4] ?? 0), +(match[5] ?? 0), +(match[6] ?? 0)];
  const wall = Date.UTC(+match[1], +match[2] - 1, +match[3], hour, minute, Math.min(second, 59));
  if (+match[1] < 1000 || dateOf(wall) !== `${match[1]}-${match[2]}-${match[3]}` || hour > 23 || minute > 59 || second > 60) return undefined;
  return { wall, allDay: match[4] === undefined, utc: match[7] === 'Z' };
}

/** The stamps of a DTSTART, DTEND, EXDATE or RECURRENCE-ID (EXDATE may list several); undefined with a problem when one is not a date. */
function readStamp(property: IcalProperty, block: CalendarBlock, zones: ReadonlyMap<string, Zone>, unknownZones: Set<string>, report: Report): CalendarStamp[] | undefined {
  const name = property.name.toUpperCase();
  const tzidParameter = property.getParameter('tzid');
  const tzid = typeof tzidParameter === 'string' ? tzidParameter : undefined;
  const stamps: CalendarStamp[] = [];
  for (const value of property.jCal.slice(3)) {
    const parsed = parseStamp(value);
    if (!parsed) {
      const written = propertyLine(block, name);
      report(written.line, `${name} ${JSON.stringify(written.value ?? String(value))} is not a date or date-time (YYYYMMDD or YYYYMMDDTHHMMSS), so ${name === 'EXDATE' ? 'that exception is left out' : 'the event is skipped'}; ${FIX}`);
      return undefined;
    }
    let zone: Zone = { kind: parsed.utc ? 'utc' : 'floating' };
    if (tzid && !parsed.utc && !parsed.allDay) {
      const named = zoneNamed(tzid, zones);
      if (named) zone = named;
      else if (!unknownZones.has(tzid)) {
        unknownZones.add(tzid);
        report(lineOfProperty(block, name), `the time zone "${tzid}" is neither in the file (VTIMEZONE) nor one this product knows, so its times are read as local times; export the calendar again with its VTIMEZONE`);
      }
    }
    stamps.push({ wall: parsed.wall, allDay: parsed.allDay, zone });
  }
  return stamps;
}

interface ReadEvent {
  uid: string;
  instance: EventInstance;
  recurrenceId: CalendarStamp | undefined;
  rule: { recur: IcalRecur; until: CalendarStamp | undefined } | undefined;
  exdates: CalendarStamp[];
}

const SUB_DAILY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY']);

function readEvent(block: CalendarBlock, readStamps: StampReader, report: Report): ReadEvent | undefined {
  const component = parseBlock(block, 'the event', report);
  if (!component) return undefined;
  const text = (name: string) => {
    const value = component.getFirstProperty(name)?.jCal[3];
    return typeof value === 'string' ? value : undefined;
  };
  const one = (name: string) => {
    const property = component.getFirstProperty(name);
    if (!property) return null;
    return readStamps(property, block)?.[0];
  };

  const start = one('dtstart');
  if (start === null) report(block.line, `the event has no DTSTART, so it is skipped; ${FIX}`);
  if (!start) return undefined;
  const recurrenceId = one('recurrence-id');
  if (recurrenceId === undefined) return undefined;

  let duration: number | undefined;
  if (!start.allDay) {
    const end = one('dtend');
    if (end === undefined) return undefined;
    const durationText = text('duration');
    if (end && !end.allDay) duration = Math.round((instantOf(end.wall, end.zone, 'UTC') - instantOf(start.wall, start.zone, 'UTC')) / 60_000);
    else if (durationText) {
      try {
        duration = Math.round(ICAL.Duration.fromString(durationText).toSeconds() / 60);
      } catch {
        duration = undefined;
      }
    } else duration = 0; // RFC 5545: a DATE-TIME start alone is a moment
    if (duration !== undefined && (!Number.isFinite(duration) || duration < 0)) duration = undefined;
  }

  let rule: ReadEvent['rule'];
  const ruleProperty = recurrenceId ? null : component.getFirstProperty('rrule');
  if (ruleProperty) {
    const raw = ruleProperty.jCal[3] as Record<string, unknown>;
    const line = lineOfProperty(block, 'RRULE');
    const { until: untilText, ...withoutUntil } = raw;
    let until: CalendarStamp | undefined;
    if (untilText !== undefined) {
      const parsed = parseStamp(untilText);
      if (!parsed) {
        const written = /UNTIL=([^;]*)/i.exec(propertyLine(block, 'RRULE').value ?? '')?.[1] ?? String(untilText);
        report(line, `RRULE's UNTIL ${JSON.stringify(written)} is not a date, so the event is skipped; ${FIX}`);
        return undefined;
      }
      // UNTIL is in UTC, or (a local one) in the zone of DTSTART (RFC 5545).
      until = { wall: parsed.wall, allDay: parsed.allDay, zone: parsed.utc ? { kind: 'utc' } : start.zone };
    }
    let recur: IcalRecur;
    try {
      recur = ICAL.Recur.fromData(withoutUntil as never);
    } catch (error) {
      report(line, `RRULE could not be read (${messageOf(error)}), so the event is skipped; ${FIX}`);
      return undefined;
    }
    const trouble = ruleTrouble(recur, start.wall, start.allDay);
    if (trouble) {
      report(line, `RRULE could not be expanded (${trouble}), so the event is skipped; ${FIX}`);
      return undefined;
    }
    if (SUB_DAILY.has(String(recur.freq)))
      report(line, `RRULE repeats more often than daily (FREQ=${recur.freq}): only its first ${MAX_RULE_STEPS.toLocaleString('en-US')} repetitions are read; a 1x1 repeats at most daily`);
    rule = { recur, until };
  }

  const exdates: CalendarStamp[] = [];
  for (const property of recurrenceId ? [] : component.getAllProperties('exdate')) exdates.push(...(readStamps(property, block) ?? []));

  return {
    uid: text('uid')?.trim() || `line-${block.line}`,
    instance: { start, duration, summary: text('summary') ?? '', canceled: text('status')?.trim().toUpperCase() === 'CANCELLED', line: block.line },
    recurrenceId: recurrenceId ?? undefined,
    rule,
    exdates,
  };
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0];
  return firstLine.length > 160 ? firstLine.slice(0, 157) + '…' : firstLine;
}

// ---------------------------------------------------------------------------------------------
// Occurrences

/** Where a stamp falls in the reading zone, and its instant (given when already known: a zone's offset costs). */
function momentOf(stamp: CalendarStamp, readingZone: string, known?: number): CalendarMoment & { instant: number } {
  if (stamp.allDay) return { date: dateOf(stamp.wall), time: undefined, instant: stamp.wall };
  const instant = known ?? instantOf(stamp.wall, stamp.zone, readingZone);
  if (stamp.zone.kind === 'floating') return { date: dateOf(stamp.wall), time: timeOf(stamp.wall), instant };
  const local = wallAt(instant, readingZone);
  return { date: dateOf(local), time: timeOf(local), instant };
}

/** What identifies an occurrence's original start across frames: the instant, or the day for an all-day one. */
function keyOf(stamp: CalendarStamp, readingZone: string): number {
  return stamp.allDay ? stamp.wall : instantOf(stamp.wall, stamp.zone, readingZone);
}

/**
 * The occurrences of one event whose local date lies in `window` (both ends included), sorted;
 * timeZone undefined = the machine's zone (Intl default), else an IANA name such as 'Europe/Berlin'.
 * An EXDATE gives a canceled occurrence, not none. The rule is followed only up to `window.to`
 * (and at most `MAX_RULE_STEPS` steps of the iterator).
 */
export function occurrencesOf(event: CalendarEvent, window: DateWindow, timeZone?: string): CalendarOccurrence[] {
  const readingZone = timeZone ?? machineZone();
  const fromWall = wallOfDate(window.from);
  const toWall = wallOfDate(window.to);
  if (!Number.isFinite(fromWall) || !Number.isFinite(toWall) || fromWall > toWall) return [];
  // A wall time and its local date differ by less than two days between any two zones.
  const nearWindow = (wall: number) => wall >= fromWall - 2 * DAY && wall < toWall + 3 * DAY;
  const inWindow = (date: string) => date >= window.from && date <= window.to;
  const { master, overrides } = event.recurrence;
  const occurrences: CalendarOccurrence[] = [];
  const occurrence = (instance: EventInstance, at: CalendarMoment, canceled: boolean, movedFrom: CalendarMoment | undefined): CalendarOccurrence => ({
    uid: event.uid,
    summary: instance.summary,
    date: at.date,
    time: at.time,
    duration: instance.start.allDay ? undefined : instance.duration,
    allDay: instance.start.allDay,
    canceled,
    movedFrom,
    file: event.file,
    line: event.line,
  });

  const overridden = new Set(overrides.map((override) => keyOf(override.recurrenceId, readingZone)));
  for (const override of overrides) {
    if (!nearWindow(override.start.wall)) continue;
    const at = momentOf(override.start, readingZone);
    if (!inWindow(at.date)) continue;
    const original = momentOf(override.recurrenceId, readingZone);
    const moved = override.start.allDay !== override.recurrenceId.allDay || at.instant !== original.instant;
    const canceled = override.canceled || (master?.canceled ?? false);
    occurrences.push(occurrence(override, at, canceled, moved ? { date: original.date, time: original.time } : undefined));
  }

  if (master) {
    const excluded = new Set(master.exdates.map((exdate) => keyOf(exdate, readingZone)));
    // An EXDATE given as a day on a timed event cancels that day's occurrence.
    const excludedDays = new Set(master.exdates.filter((exdate) => exdate.allDay && !master.start.allDay).map((exdate) => dateOf(exdate.wall)));
    const take = (wall: number) => {
      if (!nearWindow(wall)) return;
      const start = { ...master.start, wall };
      const key = keyOf(start, readingZone);
      if (overridden.has(key)) return;
      const at = momentOf(start, readingZone, key);
      if (!inWindow(at.date)) return;
      const canceled = master.canceled || excluded.has(key) || excludedDays.has(dateOf(wall));
      occurrences.push(occurrence(master, at, canceled, undefined));
    };
    if (!master.rule) take(master.start.wall);
    else {
      const until = master.rule.until;
      const untilWall = until === undefined ? undefined : until.allDay ? until.wall + DAY - 1000 : wallOf(instantOf(until.wall, until.zone, readingZone), master.start.zone, readingZone);
      for (const wall of ruleWalls(master.rule.recur, master.start.wall, master.start.allDay, { untilWall, stopWall: toWall + 3 * DAY, fromWall: fromWall - 3 * DAY })) take(wall);
    }
  }

  return occurrences.sort((a, b) => (a.date + (a.time ?? '') < b.date + (b.time ?? '') ? -1 : a.date + (a.time ?? '') > b.date + (b.time ?? '') ? 1 : 0));
}
