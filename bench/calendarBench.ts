/**
 * "calendar: read + expand": a 5-year weekly calendar of 20 series (corpora/generateCalendar) read
 * from disk, parsed by the calendar reader and every event expanded over all five years, against
 * the floor of reading that file's text. Medians of interleaved runs, as the index's.
 */
import * as fs from 'fs';
import * as path from 'path';
import { occurrencesOf, readCalendar } from '../src/core/calendar/readCalendar';
import { generateCalendar } from '../corpora/generateCalendar';
import { median, timed } from './stats';

export interface CalendarBenchResult {
  series: number;
  calendarKB: number;
  /** Occurrences expanded (moved and canceled ones included). */
  occurrences: number;
  problems: number;
  readFloorMs: number;
  readExpandMs: number;
  ratio: number;
}

export function measureCalendar(work: string, runs: number, seed: number): CalendarBenchResult {
  const generated = generateCalendar({ seed });
  const file = path.join(work, 'calendar.ics');
  fs.writeFileSync(file, generated.text);
  const window = { from: generated.from, to: generated.to };
  const readExpand = () => {
    const calendar = readCalendar('calendar.ics', fs.readFileSync(file, 'utf8'));
    let occurrences = 0;
    for (const event of calendar.events) occurrences += occurrencesOf(event, window, 'Europe/Berlin').length;
    return { occurrences, problems: calendar.problems.length };
  };
  // Warm the page cache and the JIT once, unmeasured.
  fs.readFileSync(file, 'utf8');
  const counted = readExpand();
  const floorRuns: number[] = [];
  const readExpandRuns: number[] = [];
  for (let r = 0; r < runs; r++) {
    floorRuns.push(timed(() => fs.readFileSync(file, 'utf8').length).ms);
    readExpandRuns.push(timed(readExpand).ms);
  }
  const readFloorMs = median(floorRuns);
  const readExpandMs = median(readExpandRuns);
  return {
    series: generated.series,
    calendarKB: Buffer.byteLength(generated.text) / 1024,
    occurrences: counted.occurrences,
    problems: counted.problems,
    readFloorMs,
    readExpandMs,
    ratio: readExpandMs / readFloorMs,
  };
}
