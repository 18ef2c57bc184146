import { parseNote, splitLines } from '../parsing/parseNote';
import type { ActionItem, ParsedNote } from '../parsing/types';
import { blockIdFor } from './blockId';
import { daysBetween, formatLongDate, weekday, WEEKDAY_NAMES } from './calendarDate';
import { idsInNotes } from './carryEdits';
import { addBlockId, setMarker } from './itemEdits';
import type { MeetingNote, Profile } from './model';
import { DEFAULT_TOPICS } from './profile';
import { nextTopic, topicAfter, topicTitle } from './rotation';
import { upcomingMeetings, type SeriesCadence } from './schedule';
import { seriesName } from './seriesState';
import type { Settings } from './settings';
import { defaultTemplate, renderTemplate } from './template';
import type { TextEdit } from './textEdit';
import { firstName } from './personName';

/**
 * The next agenda of a series (SPEC §5, §6, §7), pure: the new note's text and the edit to the
 * previous note. The caller reads the files, checks that no note exists for the date, and writes.
 */

export interface AgendaSeries {
  id: string;
  profile: Profile | undefined;
  /** Dated notes in meeting order. */
  notes: readonly MeetingNote[];
  cadence: SeriesCadence | undefined;
  settings: Settings;
}

export interface AgendaRequest {
  series: AgendaSeries;
  /** The new meeting's date. */
  date: string;
  /** Vault-relative path of the new note. */
  file: string;
  /** The previous note of the series (the latest before `date`) and its current text. */
  previous?: { note: MeetingNote; text: string };
  /** A template's text (`template.md`), or undefined for the default agenda. */
  template?: string;
  /** Used when there is no profile and no note to take the name from. */
  personFallback?: string;
}

export interface NextAgenda {
  file: string;
  date: string;
  time: string | undefined;
  topic: string;
  text: string;
  /** Marks `[>]` and adds ids in the previous note: nothing else there changes. */
  previousEdits: TextEdit[];
  /** Number of items carried forward. */
  carried: number;
  /** The date whose manager topic the heads-up names, if one was added. */
  headsUpFor: string | undefined;
}

/** How far ahead the manager must hear that the rotating topic is theirs (SPEC §5). */
const HEADS_UP_DAYS = 14;
/** Sections whose prepared content moves on when the meeting did not happen. */
const REPEATED_WHEN_NOT_HELD = ['roadblocks', 'priorities', 'need-to-know', 'unclear', 'rotation', 'private'];

export function buildNextAgenda(request: AgendaRequest): NextAgenda {
  const { series, date } = request;
  const settings = series.settings;
  const order = series.profile?.topics && series.profile.topics.length > 0 ? series.profile.topics : DEFAULT_TOPICS;
  const before = notesBefore(series.notes, date);
  const topic = nextTopic(before, order);
  const time = series.profile?.time ?? request.previous?.note.time;
  const person = seriesName(series, request.personFallback ?? series.id);

  const previous = request.previous;
  const previousParsed = previous ? parseNote(previous.text, { sections: settings.sections }) : undefined;
  const carry = previous && previousParsed ? carryForward(previous.note, previous.text, previousParsed, series, settings.markCarried) : { lines: [], edits: [] };
  const headsUp = headsUpLine(series, date, topic, order);

  const template = request.template ?? defaultTemplate(settings.sections);
  let text = renderTemplate(template, {
    person,
    firstName: firstName(person),
    date,
    weekday: capitalize(WEEKDAY_NAMES[weekday(date)]),
    longDate: formatLongDate(date),
    time: time ?? '',
    duration: series.profile?.duration !== undefined ? String(series.profile.duration) : '',
    topic: topicTitle(topic),
    topicKey: topic,
    carried: carry.lines.join('\n'),
    headsUp: headsUp?.line ?? '',
  });
  const usesCarried = /\{\{\s*carried\s*\}\}/.test(template);
  if (!usesCarried && carry.lines.length > 0) text = insertUnderSection(text, 'action-items', carry.lines, settings);
  if (!/\{\{\s*headsUp\s*\}\}/.test(template) && headsUp) text = insertUnderSection(text, 'need-to-know', [headsUp.line], settings);
  if (previous && previousParsed && (previous.note.status === 'canceled' || previous.note.status === 'rescheduled')) {
    text = repeatPreparedSections(text, previous.text, previousParsed, settings);
  }
  if (!text.endsWith('\n')) text += text.includes('\r\n') ? '\r\n' : '\n';

  return { file: request.file, date, time, topic, text, previousEdits: carry.edits, carried: carry.lines.length, headsUpFor: headsUp?.date };
}

/**
 * Every open item of the previous note (SPEC §6), verbatim from its list marker on, with an id
 * appended where it had none; nested open items stay under their open parent. In the previous
 * note the same items get the same id and, with `oneOnOne.markCarried`, the `[>]` marker.
 */
function carryForward(note: MeetingNote, text: string, parsed: ParsedNote, series: AgendaSeries, markCarried: boolean): { lines: string[]; edits: TextEdit[] } {
  const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const taken = idsInNotes(series.notes);
  for (const item of parsed.items) if (item.id !== undefined) taken.add(item.id);
  const indentOf = new Map<number, string>();
  const out: string[] = [];
  const edits: TextEdit[] = [];
  parsed.items.forEach((item, index) => {
    if (item.state !== 'open') return;
    const id = item.id ?? blockIdFor(`${note.file}\n${item.line}\n${item.text}`, taken);
    taken.add(id);
    const parentIndent = item.parent >= 0 ? indentOf.get(item.parent) : undefined;
    const indent = parentIndent === undefined ? '' : parentIndent + ' '.repeat(markerWidth(parsed.items[item.parent]));
    indentOf.set(index, indent);
    const content = lines[item.line].slice(item.listColumn, item.contentEnd);
    out.push(indent + (item.id === undefined ? `${content} ^${id}` : content));
    if (markCarried) edits.push(setMarker(note.file, item, '>'));
    const idEdit = addBlockId(note.file, item, id);
    if (idEdit) edits.push(idEdit);
  });
  return { lines: out, edits };
}

/** Columns from a list item's marker to its content (`- ` is 2, `12. ` is 4): where its children start. */
function markerWidth(item: ActionItem): number {
  return item.column - item.listColumn;
}

/**
 * The heads-up of SPEC §5: when a meeting no more than 14 days after the new one will have the
 * `manager` topic, say so now, naming that meeting's date.
 */
function headsUpLine(series: AgendaSeries, date: string, topic: string, order: readonly string[]): { line: string; date: string } | undefined {
  const after = upcomingMeetings(series, { date, time: '23:59' }, 4);
  let next = topic;
  for (const meeting of after) {
    if (daysBetween(date, meeting.date) > HEADS_UP_DAYS) break;
    next = meeting.note?.rotation && order.includes(meeting.note.rotation) ? meeting.note.rotation : topicAfter(next, order);
    if (next === 'manager')
      return { date: meeting.date, line: `- Heads-up: on ${formatLongDate(meeting.date)} the rotating topic is yours — ${topicTitle('manager').toLowerCase()}.` };
  }
  return undefined;
}

/** Adds lines right under a section's heading; adds the section (after the title) when the template has none. */
function insertUnderSection(text: string, key: string, newLines: readonly string[], settings: Settings): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const parsed = parseNote(text, { sections: settings.sections });
  const section = parsed.sections.find((s) => s.key === key);
  if (section) {
    lines.splice(section.line + 1, 0, ...newLines);
    return lines.join(eol);
  }
  const title = settings.sections.find((s) => s.key === key)?.title ?? key;
  const firstHeading = parsed.sections[0]?.line ?? lines.length;
  lines.splice(firstHeading, 0, `## ${title}`, ...newLines, '');
  return lines.join(eol);
}

/**
 * A canceled or rescheduled meeting's whole agenda moves on (SPEC §6): what was prepared under
 * its sections (other than its items, which were carried) goes under the same sections of the
 * new note.
 */
function repeatPreparedSections(text: string, previousText: string, previous: ParsedNote, settings: Settings): string {
  let result = text;
  const previousLines = splitLines(previousText.charCodeAt(0) === 0xfeff ? previousText.slice(1) : previousText);
  const itemLines = new Set(previous.items.map((i) => i.line));
  for (const key of REPEATED_WHEN_NOT_HELD) {
    const section = previous.sections.find((s) => s.key === key);
    if (!section) continue;
    const body = previousLines.slice(section.line + 1, section.endLine + 1).filter((_, i) => !itemLines.has(section.line + 1 + i));
    while (body.length > 0 && body[body.length - 1].trim() === '') body.pop();
    while (body.length > 0 && body[0].trim() === '') body.shift();
    if (body.length > 0) result = insertUnderSection(result, key, body, settings);
  }
  return result;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** What "New 1x1 agenda" will do for a series at a moment: open the note that exists, or create one. */
export type AgendaPlan =
  | { kind: 'exists'; date: string; file: string }
  | { kind: 'create'; date: string; file: string; previous: MeetingNote | undefined };

/**
 * The next meeting's date (the given one, else the schedule's next from `now`, else today), and
 * whether a note for it exists already (it is then opened, never overwritten).
 */
export function planNextAgenda(series: AgendaSeries, seriesFolder: string, now: { date: string; time: string }, date?: string): AgendaPlan {
  const day = date ?? upcomingMeetings(series, now, 1)[0]?.date ?? now.date;
  const existing = series.notes.find((n) => n.date === day);
  if (existing) return { kind: 'exists', date: day, file: existing.file };
  const before = notesBefore(series.notes, day);
  return { kind: 'create', date: day, file: `${seriesFolder}/${day}.md`, previous: before[before.length - 1] };
}

/**
 * The notes before `date` that still hold their own agenda, in meeting order: a rescheduled note
 * whose agenda moved into a note that is written (possibly an earlier day) is left out — that
 * note carries the items and the rotating topic now.
 */
function notesBefore(notes: readonly MeetingNote[], date: string): MeetingNote[] {
  const written = new Set(notes.map((n) => n.date));
  return notes.filter((n) => n.date! < date && !(n.status === 'rescheduled' && n.movedTo !== undefined && written.has(n.movedTo)));
}
