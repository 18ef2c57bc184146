import { parseNote, splitLines } from '../../parsing/parseNote';
import type { ActionItem, ParsedNote } from '../../parsing/types';
import { blockIdFor } from '../model/blockId';
import { daysBetween, formatLongDate, weekday, WEEKDAY_NAMES } from '../schedule/calendarDate';
import { idsInNotes } from '../edits/carryEdits';
import { addBlockId, replaceBlockId, setMarker } from '../edits/itemEdits';
import { linkLineages } from '../model/lineage';
import { hasUnknownStatus, readMeetingNote } from '../model/meetingNote';
import { liveOf, type ItemRef, type Lineage, type MeetingNote, type Profile } from '../model/model';
import { isDropped } from '../rules/commitmentConditions';
import { DEFAULT_TOPICS } from '../model/profile';
import { nextTopic, topicAfter, topicTitle } from '../schedule/rotation';
import { meetingsOn, type SeriesCalendar } from '../calendar/seriesCalendar';
import { cadenceIntervalDays, upcomingMeetings, type SeriesCadence } from '../schedule/schedule';
import { seriesName } from '../model/seriesState';
import type { Settings } from '../settings/settings';
import { defaultTemplate, renderTemplate } from './template';
import type { TextEdit } from '../edits/textEdit';
import { firstName } from '../model/personName';
import { dateFromFileName, isSeriesId, slugify } from '../vault/vaultPaths';

/**
 * The next agenda of a series (SPEC §5, §6, §7), pure: the new note's text and the edits to the
 * notes its items are carried from. The caller reads the files, checks that no note exists for the
 * date, and writes.
 */

export interface AgendaSeries {
  id: string;
  profile: Profile | undefined;
  /** Dated notes in meeting order. */
  notes: readonly MeetingNote[];
  cadence: SeriesCadence | undefined;
  /** The series' meetings in the calendar export, when it has any (SPEC §12). */
  calendar?: SeriesCalendar;
  settings: Settings;
}

/** A note the carried items come from, with the text its `parsed` was read from. */
export interface SourceNote {
  note: MeetingNote;
  text: string;
}

export interface AgendaRequest {
  series: AgendaSeries;
  /** The new meeting's date. */
  date: string;
  /** Vault-relative path of the new note. */
  file: string;
  /**
   * The notes of the previous meeting (`planNextAgenda`'s `sources`, in meeting order) with their
   * current text; `previous` is the latest note before `date` among them (its time, and its
   * prepared sections when it did not take place).
   */
  sources?: readonly SourceNote[];
  previous?: MeetingNote;
  /** A template's text (`template.md`), or undefined for the default agenda. */
  template?: string;
  /** The template's vault-relative path, for messages. */
  templateFile?: string;
  /** Used when there is no profile and no note to take the name from. */
  personFallback?: string;
}

export interface NextAgenda {
  file: string;
  date: string;
  time: string | undefined;
  topic: string;
  text: string;
  /** Marks `[>]` and adds ids in the notes the items came from: nothing else there changes. */
  previousEdits: TextEdit[];
  /** Number of items carried forward. */
  carried: number;
  /** The notes items were carried from, in meeting order. */
  carriedFrom: string[];
  /** The date whose manager topic the heads-up names, if one was added. */
  headsUpFor: string | undefined;
  /**
   * Why this note must not be written (a template whose front matter is not YAML, a rendered note
   * without its date), one line naming the file and what to do; undefined when it may be written.
   */
  problem: string | undefined;
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
  const sources = request.sources ?? [];
  const previousSource = request.previous ? sources.find((s) => s.note === request.previous) : sources[sources.length - 1];
  const previous = request.previous ?? previousSource?.note;
  // The calendar's time that day first (SPEC §12): the meeting may have moved by an hour.
  const time = (series.calendar ? meetingsOn(series.calendar, date)[0]?.time : undefined) ?? series.profile?.time ?? previous?.time;
  const person = seriesName(series, request.personFallback ?? series.id);

  const carry = carryForward(series, date, sources, settings.markCarried);
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
  if (previous && previousSource && (previous.status === 'canceled' || previous.status === 'rescheduled')) {
    text = repeatPreparedSections(text, previousSource.text, previous.parsed, settings);
  }
  if (!text.endsWith('\n')) text += text.includes('\r\n') ? '\r\n' : '\n';

  return {
    file: request.file,
    date,
    time,
    topic,
    text,
    previousEdits: carry.edits,
    carried: carry.lines.length,
    carriedFrom: carry.from,
    headsUpFor: headsUp?.date,
    problem: renderedNoteProblem(request, text) ?? carriedOnceProblem(request, text, carry.ids),
  };
}

/**
 * Every carried item must be in the new note exactly once, where it is read: a template with
 * `{{carried}}` twice would make each commitment two, and one with it inside a comment or code
 * would mark the items `[>]` while hiding their copies.
 */
function carriedOnceProblem(request: AgendaRequest, text: string, ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const seen = new Map<string, number>();
  for (const item of parseNote(text, { sections: request.series.settings.sections }).items) if (item.id !== undefined) seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
  const wrong = ids.find((id) => seen.get(id) !== 1);
  if (wrong === undefined) return undefined;
  const where = request.templateFile ?? 'the template';
  return (seen.get(wrong) ?? 0) === 0
    ? `${where} puts the carried items where they are not read (in a comment or code); write {{carried}} once, on a line of its own, then run new again`
    : `${where} writes the carried items more than once; write {{carried}} once, then run new again`;
}

/** The note about to be written must read as the meeting it is for: valid front matter, its date. */
function renderedNoteProblem(request: AgendaRequest, text: string): string | undefined {
  const parsed = parseNote(text, { sections: request.series.settings.sections });
  const note = readMeetingNote(request.file, request.series.id, parsed, request.date);
  const where = request.templateFile ?? 'the template';
  if (note.frontMatterProblems.length > 0) return `${where} makes a note whose front matter does not parse (${oneLine(note.frontMatterProblems[0].message)}); fix the template, then run new again`;
  if (note.date !== request.date) return `${where} makes a note dated ${note.date ?? 'nowhere'}, not ${request.date}; fix its \`date:\`, then run new again`;
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/**
 * The previous meeting's notes (SPEC §6): the latest note before `date` and, while that note — or
 * a run of notes — did not take place (canceled, rescheduled) or is not recorded as held
 * (planned), the notes before it back to and including the latest held one. Their open items that have no later copy are what
 * the next agenda carries.
 */
export function previousMeetingNotes(notes: readonly MeetingNote[], date: string): MeetingNote[] {
  let end = 0;
  while (end < notes.length && notes[end].date! < date) end++;
  let start = end - 1;
  while (start > 0 && notConfirmedHeld(notes[start])) start--;
  return start < 0 ? [] : notes.slice(start, end);
}

function notTakenPlace(note: MeetingNote): boolean {
  return note.status === 'canceled' || note.status === 'rescheduled';
}

/**
 * Where carrying walks back past a note: a meeting that did not take place, or one not yet
 * recorded as held (a planned note, even one whose date passed): its writer may not have carried
 * everything, and the rules measure dropped commitments from the latest *held* note, so `new`
 * carries from there too and the two always agree.
 */
function notConfirmedHeld(note: MeetingNote): boolean {
  return notTakenPlace(note) || note.status === 'planned';
}

/** Lineages of the notes before `date`, and the last note each lineage appears in. */
function lineagesBefore(notes: readonly MeetingNote[], date: string) {
  const before = notes.filter((n) => n.date! < date);
  const lineages = linkLineages(before);
  const lastNote = new Map<Lineage, MeetingNote>();
  for (const lineage of lineages.lineages) lastNote.set(lineage, liveOf(lineage).note);
  return { lineages, lastNote };
}

/**
 * The open items of `sources` that the next agenda carries: each whose lineage appears in no
 * later note before `date` (two same-text items of one note are both carried).
 */
function carriedItems(series: AgendaSeries, date: string, sources: readonly SourceNote[]): Map<MeetingNote, Set<number>> {
  const { lineages, lastNote } = lineagesBefore(series.notes, date);
  const carried = new Map<MeetingNote, Set<number>>();
  for (const { note } of sources) {
    const indexes = new Set<number>();
    note.parsed.items.forEach((item, index) => {
      // A `[>]` item whose copy never reached a later note is still open (SPEC §8 counts it as
      // dropped otherwise): the next agenda carries it too, so the copy finally exists.
      if (item.state !== 'open' && item.state !== 'carried') return;
      const lineage = lineages.of(note, index);
      if (lineage === undefined || lastNote.get(lineage) === note) indexes.add(index);
    });
    carried.set(note, indexes);
  }
  return carried;
}

/**
 * The series' dropped commitments as of a new agenda on `date` (SPEC §8's `dropped-commitment`,
 * measured against the previous meeting's first note): open (or `[>]` never copied) items older
 * than the notes `new` carries from, with no later copy. `new` names them; it does not carry them.
 */
export function droppedBeforeAgenda(series: AgendaSeries, date: string): ItemRef[] {
  const source = previousMeetingNotes(series.notes, date)[0];
  if (!source) return [];
  const { lineages } = lineagesBefore(series.notes, date);
  return lineages.lineages.filter((l) => isDropped(l, source)).map(liveOf);
}

/**
 * Every open live item of the previous meeting (SPEC §6), verbatim from its list marker on, with
 * an id appended where it had none; nested open items stay under their open parent. In its own
 * note each item gets the same id and, with `oneOnOne.markCarried`, the `[>]` marker.
 */
function carryForward(series: AgendaSeries, date: string, sources: readonly SourceNote[], markCarried: boolean): { lines: string[]; ids: string[]; edits: TextEdit[]; from: string[] } {
  const carried = carriedItems(series, date, sources);
  const taken = idsInNotes(series.notes);
  const out: string[] = [];
  const ids: string[] = [];
  const carriedIds = new Set<string>();
  const edits: TextEdit[] = [];
  const from: string[] = [];
  for (const { note, text } of sources) {
    const chosen = carried.get(note)!;
    if (chosen.size === 0) continue;
    from.push(note.file);
    const parsed = note.parsed;
    const lines = splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const indentOf = new Map<number, string>();
    parsed.items.forEach((item, index) => {
      if (!chosen.has(index)) return;
      // A second item with an id already carried (`duplicate-id`) gets a fresh one in both copies:
      // two commitments must not arrive in the new note as one.
      const fresh = item.id === undefined || carriedIds.has(item.id);
      const id = fresh ? blockIdFor(`${note.file}\n${item.line}\n${item.text}`, taken) : item.id!;
      taken.add(id);
      carriedIds.add(id);
      ids.push(id);
      // Carried items form one `- ` list (SPEC §6): a child sits under its parent's new `- `.
      const parentIndent = item.parent >= 0 ? indentOf.get(item.parent) : undefined;
      const indent = parentIndent === undefined ? '' : parentIndent + '  ';
      indentOf.set(index, indent);
      const line = lines[item.line];
      const continued = continuationLines(lines, item);
      // From the checkbox on, the marker written `- `, the item's wrapped lines joined to it.
      let content = '- ' + [line.slice(item.column, item.contentEnd), ...continued.map((l) => l.trim())].filter((part) => part !== '').join(' ');
      // The copy of an item that was marked `[>]` but never copied is open again.
      if (item.state === 'carried') content = '- [ ]' + content.slice(5);
      if (item.id === undefined) content += ` ^${id}`;
      else if (fresh) content = content.slice(0, content.lastIndexOf('^' + item.id) + 1) + id + content.slice(content.lastIndexOf('^' + item.id) + 1 + item.id.length);
      out.push(indent + content);
      if (markCarried && item.state !== 'carried') edits.push(setMarker(note.file, item, '>'));
      const idEdit = item.id === undefined ? idAtEndOfItem(note.file, item, line, continued, id) : fresh ? replaceBlockId(note.file, item, id) : undefined;
      if (idEdit) edits.push(idEdit);
    });
  }
  return { lines: out, ids, edits, from };
}

/**
 * The lines an item's text wraps onto (`- [ ] Send the deck` / `  to finance 📅 2026-11-30`): the
 * next lines, up to a blank line, indented past its list marker, that start no list item, heading,
 * fence, quote or table. Items in quotes and callouts carry their first line only.
 */
function continuationLines(lines: readonly string[], item: ActionItem): string[] {
  if (lines[item.line].slice(0, item.listColumn).includes('>')) return [];
  const out: string[] = [];
  for (let i = item.line + 1; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    const rest = line.trimStart();
    if (rest === '' || indent <= item.listColumn || /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)|^(?:#|```|~~~|>|\|)/.test(rest)) break;
    out.push(line);
  }
  return out;
}

/**
 * The id's edit in the note the item came from: at the end of its first line, where the parser
 * reads it — unless that line holds nothing after the checkbox, whose text is on the next line:
 * then after the text, so the old copy keeps its words.
 */
function idAtEndOfItem(file: string, item: ActionItem, line: string, continued: readonly string[], id: string): TextEdit | undefined {
  if (continued.length === 0 || line.slice(item.column + 3, item.contentEnd).trim() !== '') return addBlockId(file, item, id);
  const last = item.line + continued.length;
  const end = continued[continued.length - 1].trimEnd().length;
  return { file, range: { start: { line: last, character: end }, end: { line: last, character: end } }, newText: ` ^${id}` };
}

/**
 * The heads-up of SPEC §5: when a meeting no more than 14 days after the new one — or, for a
 * series that meets less often than every 14 days, its next meeting however far — will have the
 * `manager` topic, say so now, naming that meeting's date.
 */
function headsUpLine(series: AgendaSeries, date: string, topic: string, order: readonly string[]): { line: string; date: string } | undefined {
  const after = upcomingMeetings(series, { date, time: '23:59' }, 4);
  const infrequent = series.cadence !== undefined && cadenceIntervalDays(series.cadence.cadence) > HEADS_UP_DAYS;
  let next = topic;
  for (const [i, meeting] of after.entries()) {
    if (daysBetween(date, meeting.date) > HEADS_UP_DAYS && !(i === 0 && infrequent)) break;
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

/** What "New 1x1 agenda" will do for a series at a moment: open the note that exists, refuse, or create one. */
export type AgendaPlan =
  | { kind: 'exists'; date: string; file: string }
  /** A meeting of the series is written after `date`: an agenda there would re-carry what that note already has. */
  | { kind: 'later-note'; date: string; file: string; later: MeetingNote }
  | {
      kind: 'create';
      date: string;
      file: string;
      /** The latest note before `date` that holds its own agenda. */
      previous: MeetingNote | undefined;
      /** The previous meeting's notes, whose open live items are carried (`previousMeetingNotes`). */
      sources: MeetingNote[];
    };

/**
 * The next meeting's date (the given one, else the schedule's next from `now`, else today), and
 * whether a note for it exists already (it is then opened, never overwritten). A date before a
 * held or planned note of the series is refused: the next agenda goes after the latest meeting.
 */
export function planNextAgenda(series: AgendaSeries, seriesFolder: string, now: { date: string; time: string }, date?: string): AgendaPlan {
  const next = date === undefined ? upcomingMeetings(series, now, 1)[0] : undefined;
  // The next meeting's agenda is written already — perhaps under the day the calendar moved it from.
  if (next?.note) return { kind: 'exists', date: next.note.date!, file: next.note.file };
  const day = date ?? next?.date ?? now.date;
  const existing = series.notes.find((n) => n.date === day);
  if (existing) return { kind: 'exists', date: day, file: existing.file };
  const later = series.notes.find((n) => n.date! > day && !notTakenPlace(n));
  if (later) return { kind: 'later-note', date: day, file: `${seriesFolder}/${day}.md`, later };
  const before = notesBefore(series.notes, day);
  return { kind: 'create', date: day, file: `${seriesFolder}/${day}.md`, previous: before[before.length - 1], sources: previousMeetingNotes(series.notes, day) };
}

/** The one-line refusal for a `later-note` plan. */
export function laterNoteMessage(plan: { date: string; later: MeetingNote }): string {
  return `${plan.later.file} is a later meeting (${plan.later.status}) than ${plan.date}: a new agenda goes after the series' latest note; open that note, or choose a date after ${plan.later.date}`;
}

/**
 * A note of the series the reader skipped (binary, too large, unreadable) that may hold the
 * previous meeting or a later one — dated by its file name on or after the notes carried from (any
 * dated one when there are none). `new` must stop: carrying around it could reopen what it closed.
 */
export function unreadableNoteInTheWay(plan: { sources: readonly MeetingNote[] }, seriesFolder: string, skipped: readonly { file: string; reason: string }[]): { file: string; reason: string } | undefined {
  const from = plan.sources[0]?.date;
  return skipped.find((s) => {
    if (!s.file.startsWith(seriesFolder + '/') || isSeriesSetupFile(s.file, seriesFolder)) return false;
    // A name without a date may hold any meeting: it stops `new` too.
    const day = dateFromFileName(s.file);
    return day === undefined || from === undefined || day >= from;
  });
}

/** `profile.md` and `template.md` of the series hold no meeting (an unreadable template is refused where it is read). */
function isSeriesSetupFile(file: string, seriesFolder: string): boolean {
  const name = file.slice(seriesFolder.length + 1).toLowerCase();
  return name === 'profile.md' || name === 'template.md';
}

/**
 * A note of the series whose meeting cannot be told — front matter that does not parse, no usable
 * date, or a status that is none of the four — dated on or after the notes carried from (or not
 * dated at all). Like an unreadable
 * note, it may have closed or carried what `new` would otherwise carry again: `new` stops.
 */
export function brokenNoteInTheWay(plan: { sources: readonly MeetingNote[] }, series: { notes: readonly MeetingNote[]; undatedNotes?: readonly MeetingNote[] }): MeetingNote | undefined {
  const from = plan.sources[0]?.date;
  const undated = series.undatedNotes?.[0];
  if (undated) return undated;
  return series.notes.find((n) => hasUnknownStatus(n) && (from === undefined || n.date! >= from));
}

/** "1on1/dana/2026-11-10.md: its front matter does not read (…); fix it, then run new again" */
export function brokenNoteMessage(note: MeetingNote): string {
  const why = note.frontMatterProblems[0]?.message.replace(/\s*\r?\n\s*/g, ' ').trim() ?? 'it has no date';
  return `${note.file}: its meeting cannot be told (${why}); fix its front matter, then run new again`;
}

/** "1on1/dana/2026-11-24.md cannot be read (binary content); fix or move it, then run new again" */
export function unreadableNoteMessage(skipped: { file: string; reason: string }, newFile?: string): string {
  const kept = skipped.file === newFile ? ' and was not overwritten' : '';
  return `${skipped.file} cannot be read (${shortSkipReason(skipped.reason)})${kept}; fix or move it, then run new again`;
}

function shortSkipReason(reason: string): string {
  const text = reason.replace(/^skipped:\s*/, '');
  const code = /cannot be read \(([A-Z]+)\)/.exec(text)?.[1];
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'a broken link or a missing file';
  if (code) return code;
  return text.split(',')[0];
}

/** Which series a name given to `new` means. */
export type SeriesMatch = { kind: 'found'; id: string } | { kind: 'new'; id: string } | { kind: 'ambiguous'; ids: string[] } | { kind: 'invalid' };

/**
 * The series `name` means: a series id as it is, else the series whose person (`with:` of the
 * profile or latest note) is that name, case and spacing aside, or whose id is its slug; a name
 * that matches none starts a new series under its slug.
 */
export function seriesForName(series: readonly { id: string; profile: Profile | undefined; notes: readonly MeetingNote[] }[], name: string): SeriesMatch {
  const trimmed = name.trim();
  if (series.some((s) => s.id === trimmed)) return { kind: 'found', id: trimmed };
  const slug = isSeriesId(trimmed) ? trimmed : slugify(trimmed);
  const wanted = normalName(trimmed);
  const ids = series.filter((s) => s.id === slug || normalName(seriesName(s, '')) === wanted).map((s) => s.id);
  if (ids.length === 1) return { kind: 'found', id: ids[0] };
  if (ids.length > 1) return { kind: 'ambiguous', ids };
  return slug === '' ? { kind: 'invalid' } : { kind: 'new', id: slug };
}

function normalName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
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
