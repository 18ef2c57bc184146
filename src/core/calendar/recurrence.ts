import { ICAL, type IcalRecur, type IcalTime } from './icalLibrary';

/**
 * The wall times an RRULE gives, in the event's own wall time (RFC 5545: a rule repeats the wall
 * time of DTSTART in its zone, so 10:00 stays 10:00 across a daylight-saving change). ical.js
 * iterates on a floating start; UNTIL is the caller's, already turned into the same wall time.
 *
 * Bounded: the iteration stops past `stopWall`, and after `MAX_RULE_STEPS` steps of ical.js's
 * iterator however far it got (a rule FREQ=MINUTELY since 1990 stops there instead of running for
 * minutes; a rule that can never match, such as every 30 February, stops there instead of forever).
 */
export const MAX_RULE_STEPS = 100_000;

export interface RuleLimits {
  /** Wall time of the last allowed start (UNTIL), or undefined. */
  untilWall: number | undefined;
  /** Nothing after this wall time is needed. */
  stopWall: number;
  /** Nothing before this wall time is needed: a simple rule may start iterating near it (`startNear`). */
  fromWall?: number;
  maxSteps?: number;
}

export function icalTimeOf(wall: number, allDay: boolean): IcalTime {
  const d = new Date(wall);
  return new ICAL.Time({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: allDay ? 0 : d.getUTCHours(),
    minute: allDay ? 0 : d.getUTCMinutes(),
    second: allDay ? 0 : d.getUTCSeconds(),
    isDate: allDay,
  }, ICAL.Timezone.localTimezone); // ical.js's floating zone: a wall time, as wanted
}

export function wallOfIcalTime(time: IcalTime): number {
  return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
}

class StepsExhausted extends Error {}

/** ical.js's iterator over the rule from `startWall`, which throws once it has tried `maxSteps` candidates. */
function boundedIterator(recur: IcalRecur, startWall: number, allDay: boolean, maxSteps: number) {
  const iterator = recur.iterator(icalTimeOf(startWall, allDay));
  let steps = 0;
  // Counted on this iterator only: every candidate ical.js tries passes through this check.
  const check = iterator.check_contracting_rules.bind(iterator);
  iterator.check_contracting_rules = () => {
    if (++steps > maxSteps) throw new StepsExhausted(`no start found in ${maxSteps} steps`);
    return check();
  };
  return iterator;
}

const DAY_MS = 86_400_000;

/**
 * Where the iteration may start instead of DTSTART: for a rule without COUNT that repeats every N
 * days or every N weeks (on some weekdays), DTSTART moved forward by whole periods to a period
 * before `fromWall` gives the same starts from there on — the weekdays and the weeks of an
 * INTERVAL keep their places. Five years of a weekly 1x1 are then not walked to reach this month.
 * Any other rule starts at DTSTART. The moved start itself may not be one of the rule's (a DTSTART
 * off its BYDAY): it lies before `fromWall`, which the caller does not need.
 */
function startNear(recur: IcalRecur, startWall: number, fromWall: number | undefined): number {
  if (fromWall === undefined || recur.count || !(recur.interval >= 1)) return startWall;
  const parts = Object.keys(recur.parts ?? {});
  const period =
    recur.freq === 'WEEKLY' && parts.every((p) => p === 'BYDAY') ? recur.interval * 7 * DAY_MS : recur.freq === 'DAILY' && parts.length === 0 ? recur.interval * DAY_MS : 0;
  if (period === 0) return startWall;
  const periods = Math.floor((fromWall - startWall) / period) - 1;
  return periods > 0 ? startWall + periods * period : startWall;
}

/** The rule's starts as wall times, DTSTART first (or a start moved near `fromWall`), in order; stops quietly at a limit or an error of the rule. */
export function* ruleWalls(recur: IcalRecur, startWall: number, allDay: boolean, limits: RuleLimits): Generator<number> {
  let iterator;
  try {
    iterator = boundedIterator(recur, startNear(recur, startWall, limits.fromWall), allDay, limits.maxSteps ?? MAX_RULE_STEPS);
  } catch {
    return;
  }
  for (;;) {
    let next: IcalTime | null;
    try {
      next = iterator.next();
    } catch {
      return;
    }
    if (!next) return;
    const wall = wallOfIcalTime(next);
    if (!Number.isFinite(wall) || wall > limits.stopWall) return;
    if (limits.untilWall !== undefined && wall > limits.untilWall) return;
    yield wall;
  }
}

/** Whether a rule can be expanded at all, tried on its first few starts: undefined, or why not. */
export function ruleTrouble(recur: IcalRecur, startWall: number, allDay: boolean): string | undefined {
  try {
    const iterator = boundedIterator(recur, startWall, allDay, 10_000);
    for (let i = 0; i < 3 && iterator.next(); i++);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
