import type { ActionItem, ParsedNote, ParseProblem, Range } from '../../parsing/types';
import { detach, intern } from '../../parsing/intern';
import { isValidIsoDate } from '../schedule/calendarDate';
import { MEETING_STATUSES, type MeetingNote, type MeetingStatus } from './model';
import { dateFromFileName } from '../vault/vaultPaths';

/**
 * Turns a parsed note into a meeting (SPEC §3): the date from the front matter or else the file
 * name, the effective status, and the problems `invalid-front-matter` reports.
 */
export function readMeetingNote(file: string, series: string, parsed: ParsedNote, today: string): MeetingNote {
  const fm = parsed.frontMatter;
  const data = fm.data;
  const problems: ParseProblem[] = parsed.problems.length === 0 ? [] : parsed.problems.filter((p) => p.kind === 'front-matter');

  let date: string | undefined;
  let time = stringValue(data.time);
  const written = data.date;
  if (written !== undefined && written !== null && !fm.invalid) {
    const text = written instanceof Date ? written.toISOString().slice(0, 10) : String(written).trim();
    // `2026-11-24T10:00` is accepted: Obsidian users often write a date-time.
    const m = isValidIsoDate(text) ? undefined : /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}))?$/.exec(text);
    if (m === undefined) date = text; // the common case, a plain date (the front matter's own shared copy)
    else if (m && isValidIsoDate(m[1]) && (m[2] === undefined || isTimeOfDay(m[2]))) {
      date = m[1];
      if (m[2] && time === undefined) time = m[2].padStart(5, '0');
    } else {
      problems.push({ kind: 'front-matter', message: `\`date: ${text}\` is not a real date. Write the meeting date as YYYY-MM-DD.`, range: keyRange(parsed, 'date') });
    }
  } else if (!fm.invalid) {
    const fromName = dateFromFileName(file);
    if (fromName && isValidIsoDate(fromName)) date = fromName;
    else
      problems.push({
        kind: 'front-matter',
        message: fromName
          ? `The file name's date ${fromName} does not exist and the front matter has no \`date:\`. Add \`date: YYYY-MM-DD\` or rename the file.`
          : 'This note has no meeting date. Add `date: YYYY-MM-DD` to its front matter or name the file YYYY-MM-DD.md.',
        range: fm.present ? { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } : firstLineRange(),
      });
  }

  let status = defaultStatus(date, today);
  let statusWritten = false;
  const writtenStatus = data.status;
  if (writtenStatus !== undefined && writtenStatus !== null) {
    const value = String(writtenStatus).trim().toLowerCase();
    if ((MEETING_STATUSES as readonly string[]).includes(value)) {
      status = MEETING_STATUSES.find((known) => known === value)!; // the shared literal, not a copy per note
      statusWritten = true;
    } else {
      problems.push({
        kind: 'front-matter',
        message: `${UNKNOWN_STATUS} \`${String(writtenStatus)}\`. Use one of: ${MEETING_STATUSES.join(', ')}.`,
        range: keyRange(parsed, 'status'),
      });
    }
  }

  // A value that cannot be used is reported and then treated as absent, never half used.
  const report = (key: string, message: string) => problems.push({ kind: 'front-matter', message, range: keyRange(parsed, key) });
  if (time !== undefined && !isTimeOfDay(time)) {
    report('time', `\`time: ${time}\` is not a time of day. Write it as "HH:MM" (24 h, 00:00 to 23:59, in quotes), e.g. \`time: "10:00"\`.`);
    time = undefined;
  }
  let movedTo = stringValue(data.moved_to);
  if (movedTo !== undefined && !isValidIsoDate(movedTo)) {
    report('moved_to', `\`moved_to: ${movedTo}\` is not a real date. Write the new meeting date as YYYY-MM-DD, a day that exists.`);
    movedTo = undefined;
  }
  let shared = stringValue(data.shared);
  if (shared !== undefined && !isSharedStamp(shared)) {
    // `shared: false` (or no) says what an absent `shared:` says; anything else is a mistake to point out.
    if (!/^(?:false|no|off)$/i.test(shared)) report('shared', `\`shared: ${shared}\` is not a date. Write when the agenda was shared as YYYY-MM-DD or YYYY-MM-DDTHH:MM, or leave \`shared:\` out.`);
    shared = undefined;
  }
  const note: MeetingNote = {
    file,
    series,
    date,
    time: time !== undefined ? time.padStart(5, '0') : undefined,
    status,
    statusWritten,
    rotation: internLower(stringValue(data.rotation)),
    shared,
    movedTo,
    withName: stringValue(data.with),
    parsed,
    frontMatterProblems: problems.length === 0 ? NO_PROBLEMS : problems,
    latestDone: latestDoneOf(parsed.items),
    duplicateIds: hasDuplicateIds(parsed.items),
  };
  return note;
}

function latestDoneOf(items: readonly ActionItem[]): string | undefined {
  let latest: string | undefined;
  for (const item of items) if (item.done !== undefined && (latest === undefined || item.done > latest)) latest = item.done;
  return latest;
}

/**
 * A note has a handful of items: comparing each id with the earlier ones costs less than hashing
 * them all into a set (which measurably slowed reading the vault). A long list still gets a set,
 * so a huge note stays linear.
 */
function hasDuplicateIds(items: readonly ActionItem[]): boolean {
  if (items.length > FEW_ITEMS) {
    const seen = new Set<string>();
    for (const item of items) {
      if (item.id === undefined) continue;
      if (seen.has(item.id)) return true;
      seen.add(item.id);
    }
    return false;
  }
  for (let i = 1; i < items.length; i++) {
    const id = items[i].id;
    if (id !== undefined) for (let j = 0; j < i; j++) if (items[j].id === id) return true;
  }
  return false;
}

const FEW_ITEMS = 24;

const NO_PROBLEMS: ParseProblem[] = [];

const UNKNOWN_STATUS = 'Unknown status';

/** A `status:` that is none of the four: the note's status was guessed from its date, so whether its meeting took place is not known. */
export function hasUnknownStatus(note: MeetingNote): boolean {
  return note.frontMatterProblems.some((p) => p.message.startsWith(UNKNOWN_STATUS));
}


/** `H:MM` or `HH:MM`, from 00:00 to 23:59. */
function isTimeOfDay(text: string): boolean {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

/** A `shared:` stamp: a real day, with a time of day after `T` or a space (seconds and a zone allowed, as editors write them). */
function isSharedStamp(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  return m !== null && isValidIsoDate(m[1]) && (m[2] === undefined || isTimeOfDay(m[2]));
}

/** The status a note has without a written one: planned from today on, held before. */
export function defaultStatus(date: string | undefined, today: string): MeetingStatus {
  return date !== undefined && date < today ? 'held' : 'planned';
}

function internLower(value: string | undefined): string | undefined {
  return value === undefined ? undefined : intern(value.toLowerCase());
}

export function stringValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace(/T00:00$/, '');
  const text = String(value).trim();
  // Values such as `held`, `10:00` or a person's name repeat in every note: keep one copy.
  return text === '' ? undefined : text.length <= 64 ? intern(text) : detach(text);
}

/** The line of a front matter key, or the opening `---` when the key is absent. */
export function keyRange(parsed: ParsedNote, key: string): Range {
  const line = parsed.frontMatter.keyLines[key];
  if (line === undefined) return firstLineRange();
  return { start: { line, character: 0 }, end: { line, character: key.length + 1 } };
}

function firstLineRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
}
