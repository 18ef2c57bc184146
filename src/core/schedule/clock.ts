import { daysBetween, isValidIsoDate } from './calendarDate';

/**
 * The current local date and time, injected everywhere "today" matters (SPEC §8), so that tests,
 * demos and the CLI's `--today`/`--now` pin it instead of reading a global `Date.now()`.
 */
export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24 h */
  time: string;
}

export interface Clock {
  now(): LocalDateTime;
}

const NOW_PATTERN = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/** Parses `YYYY-MM-DDTHH:MM`; returns undefined when it is not a real date and time. */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const m = NOW_PATTERN.exec(text.trim());
  if (!m || !isValidIsoDate(m[1])) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3]);
  if (hours > 23 || minutes > 59) return undefined;
  return { date: m[1], time: `${m[2]}:${m[3]}` };
}

export function fixedClock(at: LocalDateTime): Clock {
  return { now: () => at };
}

/** The machine's local time. */
const systemClock: Clock = {
  now(): LocalDateTime {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
      time: `${p(d.getHours())}:${p(d.getMinutes())}`,
    };
  },
};

/** True when `ONE_ON_ONE_NOW` pins the clock (what `clockFromEnvironment` then returns never moves). */
export function isPinnedByEnvironment(env: Record<string, string | undefined>): boolean {
  return env.ONE_ON_ONE_NOW ? parseLocalDateTime(env.ONE_ON_ONE_NOW) !== undefined : false;
}

/** `ONE_ON_ONE_NOW` wins when set and valid; otherwise the system clock. */
export function clockFromEnvironment(env: Record<string, string | undefined>): Clock {
  const pinned = env.ONE_ON_ONE_NOW ? parseLocalDateTime(env.ONE_ON_ONE_NOW) : undefined;
  return pinned ? fixedClock(pinned) : systemClock;
}

/** Minutes from `now` to `minute` (minutes after midnight) on `date`: 0 or less once that moment has passed. */
export function minutesUntil(now: LocalDateTime, date: string, minute: number): number {
  return daysBetween(now.date, date) * 1440 + minute - minutesOfDay(now.time);
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
