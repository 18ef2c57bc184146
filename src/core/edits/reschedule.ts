import { findFrontMatterEnd } from '../../parsing/frontMatter';
import { splitLines } from '../../parsing/parseNote';
import type { Position } from '../../parsing/types';
import { addDays, formatLongDate, formatShortDate, isValidIsoDate, weekday, WEEKDAY_NAMES } from '../schedule/calendarDate';
import { setFrontMatterValues } from './frontMatterEdit';
import type { MeetingNote } from '../model/model';
import type { SeriesState } from '../model/seriesState';
import { applyEdits, type TextEdit } from './textEdit';

/**
 * "Mark meeting rescheduled" (SPEC §3, §7), pure: the meeting moves to a new date, and so does its
 * agenda. The new note gets every line of the old note's body, its front matter with the new
 * `date:` and `status: planned`; the old note keeps its front matter (now `status: rescheduled`,
 * `moved_to:`) and its title, and says where the agenda went.
 *
 * Why the body moves instead of being copied: a commitment written in both notes would be one
 * more carry of its lineage (SPEC §6 counts every later note it appears in), so moving a meeting
 * would make last week's commitments stale at once; and a meeting moved earlier would leave the
 * live copies in the old note, the later one by date. With the body in one place, lineage,
 * staleness and dropped items read exactly as before the move. Nothing is lost: the new note holds
 * every line, and one undo restores both.
 */

export interface RescheduleRequest {
  /** The note to move (its file, date and status as the index reads them). */
  note: Pick<MeetingNote, 'file' | 'date' | 'time' | 'status' | 'movedTo'>;
  /** The note's current text. */
  text: string;
  /** The new date, `YYYY-MM-DD`. */
  date: string;
  /** The notes of the series: one on the new date makes the new file `<date>-2.md`. */
  seriesNotes: readonly Pick<MeetingNote, 'file' | 'date'>[];
  /** True when some file is at that vault-relative path already (default: none besides `seriesNotes`). */
  exists?: (file: string) => boolean;
  /** Today (`YYYY-MM-DD`): a date before it is refused. Without it, any date is taken. */
  today?: string;
  /** The new meeting's time (`HH:MM`), when it is not the old one's (the calendar moved it to another hour). */
  time?: string;
}

export interface ReschedulePlan {
  /** The new note's vault-relative path, next to the old note. */
  file: string;
  /** The new note's whole text. */
  text: string;
  /** Edits to the old note: status, `moved_to`, and its body replaced by a pointer to the new note. */
  oldEdits: TextEdit[];
}

export type RescheduleOutcome = { ok: true; plan: ReschedulePlan } | { ok: false; reason: string };

/**
 * Why `input` cannot be the note's new date, or undefined when it can (the input box's validation).
 * A day before `today` is refused: a meeting is moved to when it will take place; one that was
 * held on another day than planned is recorded by changing its `date:`.
 */
export function rescheduleDateProblem(note: Pick<MeetingNote, 'date'>, input: string, today?: string): string | undefined {
  const date = input.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'Write the new date as YYYY-MM-DD, e.g. 2026-11-26';
  if (!isValidIsoDate(date)) return `${date} is not a day on the calendar`;
  if (date === note.date) return `The meeting is on ${formatLongDate(date)} already; pick another day`;
  if (today !== undefined && date < today)
    return `${formatLongDate(date)} is in the past; pick today or a later day (if the meeting was held on another day, change its date: instead)`;
  return undefined;
}

export function planReschedule(request: RescheduleRequest): RescheduleOutcome {
  const { note, text } = request;
  const to = request.date.trim();
  if (note.date === undefined) return { ok: false, reason: `${note.file} has no meeting date to move from; add \`date:\` first.` };
  if (note.status === 'rescheduled')
    return { ok: false, reason: `${note.file} is rescheduled already${note.movedTo ? ` (moved to ${formatLongDate(note.movedTo)})` : ''}.` };
  const problem = rescheduleDateProblem(note, to, request.today);
  if (problem) return { ok: false, reason: `${problem}.` };

  const file = newNotePath(note.file, to, request.seriesNotes, request.exists ?? (() => false));
  const newFrontMatter: Record<string, string | null> = { date: to, status: 'planned', moved_to: null };
  // A time only written inside `date:` (`2026-11-24T10:00`) would be lost with the new plain date.
  if (note.time !== undefined && !/^time\s*:/m.test(frontMatterText(text))) newFrontMatter.time = note.time;
  if (request.time !== undefined) newFrontMatter.time = request.time;
  const frontMatterEdits = setFrontMatterValues(file, text, newFrontMatter);
  const oldFrontMatterEdits = setFrontMatterValues(note.file, text, { status: 'rescheduled', moved_to: to });
  if (!frontMatterEdits || !oldFrontMatterEdits)
    return { ok: false, reason: `The front matter of ${note.file} cannot be read as YAML; fix it, then reschedule the meeting.` };

  const moved = applyEdits(text, frontMatterEdits);
  return {
    ok: true,
    plan: {
      file,
      text: applyEdits(moved, retitleEdits(file, moved, note.date, to)),
      oldEdits: oldNoteEdits(note.file, text, oldFrontMatterEdits, file, to),
    },
  };
}

/**
 * The date the input box proposes: a meeting that cannot take place is usually moved by a day or
 * two, not onto the next regular meeting (that would be two meetings in one). So: the first
 * working day (`oneOnOne.workingDays`, Monday–Friday by default) after the note's date — after today when that date is today or
 * past — on which the series has no note and which is not its next regular meeting.
 */
export function defaultRescheduleDate(series: Pick<SeriesState, 'notes' | 'nextMeetingAfter' | 'settings'>, from: string, today: string): string {
  const taken = new Set(series.notes.map((n) => n.date));
  const start = addDays(from > today ? from : today, 1);
  // The series' meetings from the note's on, as the schedule and the written notes say, a few weeks ahead.
  for (let after = from, i = 0; i < 12; i++) {
    const next = series.nextMeetingAfter(after);
    if (next === undefined || next <= after) break;
    taken.add(next);
    if (next > addDays(start, 21)) break;
    after = next;
  }
  let date = start;
  for (let i = 0; i < 366; i++) {
    if (series.settings.workingDays.includes(WEEKDAY_NAMES[weekday(date)]) && !taken.has(date)) return date;
    date = addDays(date, 1);
  }
  return date;
}

/** `<folder of the old note>/<date>.md`, or `<date>-2.md` (`-3`, …) when that day has a note or the name is taken. */
function newNotePath(oldFile: string, date: string, seriesNotes: RescheduleRequest['seriesNotes'], exists: (file: string) => boolean): string {
  const folder = oldFile.includes('/') ? oldFile.slice(0, oldFile.lastIndexOf('/') + 1) : '';
  const names = new Set(seriesNotes.map((n) => n.file));
  const taken = (file: string) => names.has(file) || exists(file);
  const sameDay = seriesNotes.filter((n) => n.date === date).length;
  if (sameDay === 0 && !taken(`${folder}${date}.md`)) return `${folder}${date}.md`;
  let n = Math.max(2, sameDay + 1);
  while (taken(`${folder}${date}-${n}.md`)) n++;
  return `${folder}${date}-${n}.md`;
}

/** The note's title (first line after the front matter, a `# ` heading) names the new date instead of the old. */
function retitleEdits(file: string, text: string, from: string, to: string): TextEdit[] {
  const lines = splitLines(withoutBom(text));
  const start = findFrontMatterEnd(lines) + 1;
  let line = start;
  while (line < lines.length && lines[line].trim() === '') line++;
  const title = lines[line];
  if (title === undefined || !/^#\s/.test(title)) return [];
  for (const [old, now] of [
    [formatLongDate(from), formatLongDate(to)],
    [from, to],
    [formatShortDate(from), formatShortDate(to)],
  ]) {
    const at = title.indexOf(old);
    if (at >= 0) return [{ file, range: { start: { line, character: at }, end: { line, character: at + old.length } }, newText: now }];
  }
  return [];
}

/**
 * The old note after the move: its front matter edited, its title kept, and in place of the rest
 * one line saying where the agenda is now.
 */
function oldNoteEdits(file: string, text: string, frontMatterEdits: TextEdit[], newFile: string, to: string): TextEdit[] {
  const body = withoutBom(text);
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const lines = splitLines(body);
  const end = findFrontMatterEnd(lines);
  let first = end + 1;
  while (first < lines.length && lines[first].trim() === '') first++;
  const title = lines[first] !== undefined && /^#\s/.test(lines[first]) ? [lines[first], ''] : [];
  const name = newFile.slice(newFile.lastIndexOf('/') + 1);
  const pointer = `Moved to ${formatLongDate(to)}: the agenda is in [${name}](${encodeURI(name)}).`;
  const newBody = [...title, pointer, ''].join(eol);
  const last = lines.length - 1;
  const textEnd: Position = { line: last, character: lines[last].length };
  if (end < 0) {
    // No front matter: the new one (one insertion at the start) and the body become one edit.
    const inserted = frontMatterEdits.map((e) => e.newText).join('');
    return [{ file, range: { start: { line: 0, character: 0 }, end: textEnd }, newText: inserted + newBody }];
  }
  const bodyEdit: TextEdit =
    end < last
      ? { file, range: { start: { line: end + 1, character: 0 }, end: textEnd }, newText: newBody }
      : { file, range: { start: textEnd, end: textEnd }, newText: eol + newBody };
  return [...frontMatterEdits, bodyEdit];
}

/** The lines between the front matter fences (empty when there is none). */
function frontMatterText(text: string): string {
  const lines = splitLines(withoutBom(text));
  const end = findFrontMatterEnd(lines);
  return end < 0 ? '' : lines.slice(1, end).join('\n');
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
