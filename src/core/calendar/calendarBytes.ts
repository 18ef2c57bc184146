import { looksBinary } from '../../parsing/noteBytes';

/**
 * A calendar export's bytes as text (SPEC §12): UTF-8 (a BOM is left for the reader to skip);
 * binary and over-large files are named, never parsed. Pure, so that the CLI and the editor read
 * a calendar the same way.
 */

/** A calendar larger than this is not read: twenty years of a busy calendar export is a few MB. */
export const MAX_CALENDAR_BYTES = 64 * 1024 * 1024;

export type CalendarBytesRead = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string };

export function decodeCalendar(bytes: Uint8Array): CalendarBytesRead {
  if (bytes.length > MAX_CALENDAR_BYTES) return { kind: 'skipped', reason: tooLargeCalendar(bytes.length) };
  if (looksBinary(bytes, bytes.length)) return { kind: 'skipped', reason: 'skipped: binary content, not an iCalendar (.ics) file; export the calendar again' };
  return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes) };
}

export function tooLargeCalendar(size: number): string {
  return `skipped: ${Math.round(size / 1024 / 1024)} MB is too large for a calendar export (at most ${MAX_CALENDAR_BYTES / 1024 / 1024} MB); export a shorter period`;
}

/** What to say of a calendar file that is listed but not there. */
export const CALENDAR_NOT_FOUND = 'calendar not found: check the path (oneOnOne.calendars or --calendar)';
