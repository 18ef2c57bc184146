import { isoDateNumberAt } from './isoDate';
import { detach, intern } from './intern';
import {
  lastScan,
  SEEN_AT,
  SEEN_BRACKET,
  SEEN_CARET,
  SEEN_DATE_MARKER,
  SEEN_JSON_ESCAPE,
  SEEN_OTHER_FIELD,
  SEEN_PERCENT,
  SEEN_REPEATED_MARKER,
  SEEN_SPACES,
  textKeyOf,
} from './itemKey';
import type { ActionItem, ItemState } from './types';

/**
 * The fields written on an action item's line after the checkbox (SPEC §6): due and done dates in
 * Obsidian Tasks' emoji style or Dataview's inline-field style, an `@owner`, a trailing `^block-id`.
 * This runs for every item of every note on the indexing path (80,000 items in a large vault), so
 * it reads the note's text in place, starting from what the key's pass over the item saw
 * (`lastScan`): a field whose marker is not there is not looked for, and regular expressions run
 * only for the rare fields and writings the hand-written readers leave to them.
 */

/** The fields of one item's line, written straight into the item: no object per item in between. */
export type ItemFields = Pick<ActionItem, 'text' | 'textKey' | 'due' | 'dueStart' | 'dueEnd' | 'done' | 'owner' | 'id' | 'idStart'>;

/** A date that is written but is not a real ISO date: `[start, end)` columns and the text. */
export interface BadDate {
  start: number;
  end: number;
  text: string;
  field: 'due' | 'done';
}

export function stateOfMarker(marker: string): ItemState {
  switch (marker) {
    case 'x':
    case 'X':
      return 'done';
    case '-':
      return 'canceled';
    case '>':
      return 'carried';
    default:
      return 'open';
  }
}

// Due: 📅 📆 🗓 (🗓 with or without the variation selector); done: ✅. In the order they are read.
const CALENDAR = '\u{1F4C5}';
const TEAR_OFF_CALENDAR = '\u{1F4C6}';
const SPIRAL_CALENDAR = '\u{1F5D3}';
const DONE_MARK = '\u2705';
const OWNER = /(?:^|[ \t(])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu;
// Obsidian Tasks' other signifiers (start, scheduled, created, priority, recurrence, id, depends on)
// are not part of the description.
const OTHER_TASK_FIELDS = /[🛫⏳➕⏫🔼🔽🔺⏬🔁🆔⛔❌]\uFE0F?(?:[ \t]*\d{4}-\d{2}-\d{2})?/gu;
const OBSIDIAN_COMMENT = /%%.*?(?:%%|$)/g;
const NO_BAD_DATES: readonly BadDate[] = [];

/**
 * Spans `[start, end)` of the content being read that are fields, not description, as pairs of
 * numbers relative to the content's start. One scratch array for every item: `cutCount` says how
 * much of it is in use.
 */
const cuts: number[] = [];
let cutCount = 0;
let badDates: BadDate[] | undefined;

/** The item's content being read: `text[start, stop)`, which is column `from` on of its line. */
interface Content {
  text: string;
  start: number;
  stop: number;
  from: number;
}
const content: Content = { text: '', start: 0, stop: 0, from: 0 };

/**
 * Reads the fields of the line that starts at `lineStart` in `text`, between columns `from` (just
 * after the checkbox) and `end`, into `into`, whose fields must hold their "absent" values.
 * Columns are positions in the line (UTF-16 code units, as editors count them). Each field found
 * is cut out of the description; the description is then built once from what is left, unless
 * `wantText` is false (the index keeps no text for done and canceled items). Returns the dates
 * written but not real.
 */
export function readItemFields(text: string, lineStart: number, from: number, end: number, wantText: boolean, into: ItemFields): readonly BadDate[] {
  const c = content;
  c.text = text;
  c.start = lineStart + from;
  c.stop = lineStart + end;
  c.from = from;
  into.textKey = textKeyOf(text, c.start, c.stop);
  const seen = lastScan.seen;
  cutCount = 0;
  badDates = undefined;
  valueRun.from = valueRun.end = -1;

  if ((seen & SEEN_DATE_MARKER) !== 0) {
    if ((seen & SEEN_REPEATED_MARKER) !== 0) {
      readEveryEmojiDate(c, CALENDAR, 'due', into);
      readEveryEmojiDate(c, TEAR_OFF_CALENDAR, 'due', into);
      readEveryEmojiDate(c, SPIRAL_CALENDAR, 'due', into);
      readEveryEmojiDate(c, DONE_MARK, 'done', into);
    } else {
      // Each marker once at most, where the key's pass saw it.
      const scan = lastScan;
      if (scan.calendar >= 0) readEmojiDate(c, scan.calendar, CALENDAR.length, 'due', into);
      if (scan.tearOffCalendar >= 0) readEmojiDate(c, scan.tearOffCalendar, TEAR_OFF_CALENDAR.length, 'due', into);
      if (scan.spiralCalendar >= 0) readEmojiDate(c, scan.spiralCalendar, SPIRAL_CALENDAR.length, 'due', into);
      if (scan.done >= 0) readEmojiDate(c, scan.done, DONE_MARK.length, 'done', into);
    }
  }
  if ((seen & SEEN_BRACKET) !== 0) readDataviewDates(c, lastScan.bracket, into);
  if ((seen & SEEN_CARET) !== 0) readBlockId(c, lastScan.caret, into);
  if ((seen & SEEN_AT) !== 0) readOwner(c, lastScan.at, into);
  if ((seen & (SEEN_PERCENT | SEEN_OTHER_FIELD)) !== 0) {
    const whole = text.slice(c.start, c.stop);
    if ((seen & SEEN_PERCENT) !== 0 && whole.includes('%%')) cutAll(whole, OBSIDIAN_COMMENT);
    if ((seen & SEEN_OTHER_FIELD) !== 0) cutAll(whole, OTHER_TASK_FIELDS);
  }

  into.text = wantText ? describe(c, seen, into.textKey) : '';
  c.text = ''; // not keeping the note alive until the next item
  return badDates ?? NO_BAD_DATES;
}

function addCut(start: number, end: number): void {
  cuts[cutCount++] = start;
  cuts[cutCount++] = end;
}

/** The emoji date whose marker (`markerLength` code units) is at `at` in the text: `📅 2026-11-28`, also without the space. */
function readEmojiDate(c: Content, at: number, markerLength: number, field: 'due' | 'done', into: ItemFields): void {
  const text = c.text;
  let p = at + markerLength;
  if (p < c.stop && text.charCodeAt(p) === 0xfe0f) p++; // the emoji variation selector
  while (p < c.stop && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const valueStart = p;
  const run = valueRun;
  if (p >= run.from && p <= run.end) p = run.end; // inside the run read for an earlier marker: it ends where that one did
  else {
    while (p < c.stop) {
      const code = text.charCodeAt(p);
      if (code === 32 || code === 9 || code === 91 || code === 93) break; // white space, `[`, `]`
      p++;
    }
    run.from = valueStart;
    run.end = p;
  }
  const column = c.from - c.start; // a position in the text plus this is a column of the line
  const date = p - valueStart === 10 ? internedDate(text, valueStart) : undefined;
  if (date !== undefined) acceptDate(into, field, date, at + column, p + column);
  else rejectDate(field, text, valueStart, p, at + column, p + column, column);
  addCut(at - c.start, p - c.start);
}

/**
 * The last run of value characters read after an emoji marker, `[from, end)`: a marker written
 * many times in a row (`✅✅✅…`) has every later marker inside that run, whose end is then known
 * without reading the rest of the line again.
 */
const valueRun = { from: -1, end: -1 };

/** Every `marker` with its date, in order: for the rare item with a marker written twice. */
function readEveryEmojiDate(c: Content, marker: string, field: 'due' | 'done', into: ItemFields): void {
  const whole = c.text.slice(c.start, c.stop);
  for (let at = whole.indexOf(marker); at >= 0; at = whole.indexOf(marker, at + 1)) readEmojiDate(c, c.start + at, marker.length, field, into);
}

/**
 * Dataview dates, `[due:: 2026-11-28]` and `[completion:: …]`, read as
 * `/\[(due|completion)::[ \t]*([^\]]*)\]/g` would read them, from the first `[` on.
 */
function readDataviewDates(c: Content, firstBracket: number, into: ItemFields): void {
  const text = c.text;
  const column = c.from - c.start;
  let b = firstBracket;
  // The first `]` at or after `b` (c.stop when none): found once per stretch, not once per `[` (a
  // line of `[due::` without a `]` would be read to its end for each of them).
  let nextClose = -1;
  while (b < c.stop) {
    const field = fieldNameAt(c, b + 1);
    if (field !== undefined) {
      let valueStart = b + 1 + (field === 'due' ? 5 : 12); // after `due::` or `completion::`
      while (valueStart < c.stop && (text.charCodeAt(valueStart) === 32 || text.charCodeAt(valueStart) === 9)) valueStart++;
      if (nextClose < valueStart) {
        nextClose = valueStart;
        while (nextClose < c.stop && text.charCodeAt(nextClose) !== 93 /* ] */) nextClose++;
      }
      const close = nextClose;
      if (close < c.stop) {
        let valueEnd = close;
        while (valueEnd > valueStart && isWhiteSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
        let trimmedStart = valueStart;
        while (trimmedStart < valueEnd && isWhiteSpace(text.charCodeAt(trimmedStart))) trimmedStart++;
        const date = valueEnd - trimmedStart === 10 ? internedDate(text, trimmedStart) : undefined;
        if (date !== undefined) acceptDate(into, field, date, b + column, close + 1 + column);
        else rejectDate(field, text, trimmedStart, valueEnd, b + column, close + 1 + column, column);
        addCut(b - c.start, close + 1 - c.start);
        b = close + 1;
      } else b++;
    } else b++;
    while (b < c.stop && text.charCodeAt(b) !== 91 /* [ */) b++;
  }
}

/** Spaces, tabs and the rest of what `String.trim` removes that a line can hold. */
function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `due` for `due::` at `at`, `done` for `completion::`, inside the content. */
function fieldNameAt(c: Content, at: number): 'due' | 'done' | undefined {
  if (at + 5 <= c.stop && c.text.startsWith('due::', at)) return 'due';
  if (at + 12 <= c.stop && c.text.startsWith('completion::', at)) return 'done';
  return undefined;
}

/** A trailing `^block-id` (after white space or at the start), cut out of the description; `caret` is the last `^`. */
function readBlockId(c: Content, caret: number, into: ItemFields): void {
  const text = c.text;
  if (caret > c.start && text.charCodeAt(caret - 1) !== 32 && text.charCodeAt(caret - 1) !== 9) return;
  let idEnd = caret + 1;
  while (idEnd < c.stop && isBlockIdChar(text.charCodeAt(idEnd))) idEnd++;
  if (idEnd === caret + 1) return;
  for (let p = idEnd; p < c.stop; p++) {
    const code = text.charCodeAt(p);
    if (code !== 32 && code !== 9) return;
  }
  into.id = detach(text.slice(caret + 1, idEnd)); // each id recurs in a few notes only: copied, not interned
  into.idStart = c.from + caret - c.start;
  addCut(caret - c.start, c.stop - c.start);
}

/** `A-Z`, `a-z`, `0-9` and `-`. */
function isBlockIdChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45;
}

/**
 * The first `@owner` (after white space, `(` or at the start) outside the fields cut so far, read
 * as `OWNER` would read it; from the first `@` on. Names are letters, digits, `_` and (not at the
 * start) `.` and `-`; a name with a character beyond ASCII goes to `OWNER` itself, which knows
 * Unicode's letters and digits.
 */
function readOwner(c: Content, firstAt: number, into: ItemFields): void {
  const text = c.text;
  mergeCuts();
  for (let a = firstAt; a < c.stop; a++) {
    if (text.charCodeAt(a) !== 64 /* @ */) continue;
    if (a > c.start) {
      const before = text.charCodeAt(a - 1);
      if (before !== 32 && before !== 9 && before !== 40 /* ( */) continue;
    }
    const first = a + 1 < c.stop ? text.charCodeAt(a + 1) : -1;
    if (first >= 128) return readOwnerByPattern(c, into);
    if (!isNameChar(first) || first === 46 || first === 45) continue;
    let end = a + 2;
    for (; end < c.stop; end++) {
      const code = text.charCodeAt(end);
      if (code >= 128) return readOwnerByPattern(c, into);
      if (!isNameChar(code)) break;
    }
    if (insideCut(a - c.start)) {
      a = end - 1;
      continue;
    }
    let nameEnd = end;
    while (text.charCodeAt(nameEnd - 1) === 46 || text.charCodeAt(nameEnd - 1) === 45) nameEnd--; // trailing `.` and `-` are punctuation
    into.owner = intern(text.slice(a + 1, nameEnd));
    addCut(a - c.start, end - c.start);
    return;
  }
}

/** ASCII letters, digits, `_`, `.` and `-`. */
function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
}

function readOwnerByPattern(c: Content, into: ItemFields): void {
  mergeCuts();
  const whole = c.text.slice(c.start, c.stop);
  OWNER.lastIndex = 0;
  for (let m = OWNER.exec(whole); m; m = OWNER.exec(whole)) {
    const at = m.index + m[0].indexOf('@');
    if (insideCut(at)) continue;
    let nameEnd = m[1].length;
    while (nameEnd > 0 && (m[1].charCodeAt(nameEnd - 1) === 46 || m[1].charCodeAt(nameEnd - 1) === 45)) nameEnd--; // as `/[.-]+$/` would cut, without its backtracking
    into.owner = intern(m[1].slice(0, nameEnd));
    addCut(at, m.index + m[0].length);
    break;
  }
}

function cutAll(whole: string, pattern: RegExp): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(whole); m; m = pattern.exec(whole)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    addCut(m.index, m.index + m[0].length);
  }
}

/** Where `insideCut` goes on looking: the cuts before it end before any position asked since `mergeCuts`. */
let cutCursor = 0;

/**
 * Whether `at` is inside a cut. After `mergeCuts`, asked for positions that only grow: each cut is
 * passed once, however many positions are asked (a line of ten thousand `📅 @a` asks as many times).
 */
function insideCut(at: number): boolean {
  while (cutCursor < cutCount && cuts[cutCursor + 1] <= at) cutCursor += 2;
  return cutCursor < cutCount && cuts[cutCursor] <= at;
}

/** Sorts the cuts and joins those that overlap or touch, so that they are disjoint and in order; `insideCut` starts again from the first. */
function mergeCuts(): void {
  sortCuts();
  let kept = 0;
  for (let i = 0; i < cutCount; i += 2) {
    if (kept > 0 && cuts[i] <= cuts[kept - 1]) cuts[kept - 1] = Math.max(cuts[kept - 1], cuts[i + 1]);
    else {
      cuts[kept++] = cuts[i];
      cuts[kept++] = cuts[i + 1];
    }
  }
  cutCount = kept;
  cutCursor = 0;
}

/** Pairs beyond which the cuts are sorted by `Array.sort` (n log n) rather than by insertion (n² when they come in two interleaved runs). */
const INSERTION_SORT_LIMIT = 32;

/** Sorts the cut pairs by start (a handful per item: insertion sort, in place). */
function sortCuts(): void {
  if (cutCount > 2 * INSERTION_SORT_LIMIT) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < cutCount; i += 2) pairs.push([cuts[i], cuts[i + 1]]);
    pairs.sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < pairs.length; i++) {
      cuts[2 * i] = pairs[i][0];
      cuts[2 * i + 1] = pairs[i][1];
    }
    return;
  }
  for (let i = 2; i < cutCount; i += 2) {
    const start = cuts[i];
    const end = cuts[i + 1];
    let j = i - 2;
    while (j >= 0 && cuts[j] > start) {
      cuts[j + 2] = cuts[j];
      cuts[j + 3] = cuts[j + 1];
      j -= 2;
    }
    cuts[j + 2] = start;
    cuts[j + 3] = end;
  }
}

/**
 * What is left of the content once the cuts are removed, with single spaces, trimmed, as a string
 * of its own. Without `SEEN_SPACES` the content has no tab and no two white space characters in a
 * row, and then neither has the description. `key` is the content's lineage key.
 */
function describe(c: Content, seen: number, key: number): string {
  sortCuts();
  let first: string | undefined;
  let parts: string[] | undefined;
  let at = 0;
  const length = c.stop - c.start;
  for (let i = 0; i <= cutCount; i += 2) {
    const start = i < cutCount ? cuts[i] : length;
    if (start > at) {
      const part = trimmedSlice(c.text, c.start + at, c.start + start);
      if (part !== '') {
        if (first === undefined) first = part;
        else if (parts === undefined) parts = [first, part];
        else parts.push(part);
      }
    }
    if (i < cutCount) at = Math.max(at, cuts[i + 1]);
  }
  if (first === undefined) return '';
  // `join` and `replace` build new strings; a single part as it is is a slice of the note, which
  // would keep the whole note alive as long as the item (see intern.ts), so it is copied.
  const joined = parts === undefined ? first : parts.join(' ');
  const spaced = (seen & SEEN_SPACES) !== 0 && /\s\s|\t/.test(joined);
  if (spaced) return joined.replace(/\s+/g, ' ');
  return parts === undefined ? sharedCopy(first, key, seen) : joined;
}

/** `text.slice(from, to).trim()`, without first cutting out the spaces and tabs around it. */
function trimmedSlice(text: string, from: number, to: number): string {
  while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9)) to--;
  return from === to ? '' : text.slice(from, to).trim();
}

const MAX_DESCRIPTIONS = 50_000;
/**
 * One shared copy of each description, found by the lineage key of its item (a number, quicker to
 * look up than the text) and then compared: every carried copy of a commitment repeats its text,
 * and the index keeps tens of thousands of descriptions, most of them repeats.
 */
const descriptions = new Map<number, string>();

/**
 * The description `slice` (a slice of the note) as a string of its own: the shared copy when
 * there is one. Without `SEEN_JSON_ESCAPE` the text has no character JSON escapes, so a new copy
 * needs only `JSON.parse`, not `JSON.stringify` first.
 */
function sharedCopy(slice: string, key: number, seen: number): string {
  if (slice.length < 13) return slice; // V8 copies short slices itself
  const known = key === 0 ? undefined : descriptions.get(key);
  if (known === slice) return known;
  const copy = (seen & SEEN_JSON_ESCAPE) === 0 ? (JSON.parse('"' + slice + '"') as string) : detach(slice);
  // Another text with the same key (the key leaves out case, dates, owners...) keeps its place.
  if (known === undefined && key !== 0 && descriptions.size < MAX_DESCRIPTIONS) descriptions.set(key, copy);
  return copy;
}

/** A real date: the first of each kind wins, as Obsidian Tasks reads it. */
function acceptDate(into: ItemFields, field: 'due' | 'done', date: string, start: number, end: number): void {
  if (field === 'due' && into.due === undefined) {
    into.due = date;
    into.dueStart = start;
    into.dueEnd = end;
  } else if (field === 'done' && into.done === undefined) {
    into.done = date;
  }
}

/** The longest value a problem quotes: a 4 MB run after a marker is named by its start, not copied into the message. */
const MAX_QUOTED_VALUE = 40;

/**
 * A date written but not real, `text[valueStart, valueEnd)`: the range is the value's, or the
 * whole field's (`[start, end)` columns) when the value is missing; `column` turns a position in
 * the text into a column.
 */
function rejectDate(field: 'due' | 'done', text: string, valueStart: number, valueEnd: number, start: number, end: number, column: number): void {
  const length = valueEnd - valueStart;
  const quoted = length > MAX_QUOTED_VALUE ? text.slice(valueStart, valueStart + MAX_QUOTED_VALUE) + '…' : text.slice(valueStart, valueEnd);
  (badDates ??= []).push({ start: length === 0 ? start : valueStart + column, end: length === 0 ? end : valueEnd + column, text: quoted, field });
}

const MAX_DATES = 50_000;
/** One shared string per date, found by its number (YYYYMMDD): no string is cut from the line to look it up. */
const dates = new Map<number, string>();

/** The shared string of the real date written at `text[from, from + 10)`, or undefined. */
function internedDate(text: string, from: number): string | undefined {
  const day = isoDateNumberAt(text, from);
  if (day < 0) return undefined;
  let date = dates.get(day);
  if (date === undefined) {
    date = intern(text.slice(from, from + 10));
    if (dates.size < MAX_DATES) dates.set(day, date);
  }
  return date;
}
