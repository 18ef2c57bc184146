import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './sourceFiles';

/** A calendar export of test/fixtures/calendars/, as text. */
export function calendarFixture(name: string): string {
  return fs.readFileSync(path.join(repoRoot, 'test/fixtures/calendars', name), 'utf8');
}

/** A VCALENDAR around some content lines, CRLF. */
export function calendarOf(lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
}
