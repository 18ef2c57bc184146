import { isValidIsoDate } from '../core/calendarDate';
import type { ItemState } from './types';
import { detach, intern } from './intern';

/**
 * The fields written on an action item's line after the checkbox (SPEC §6): due and done dates in
 * Obsidian Tasks' emoji style or Dataview's inline-field style, an `@owner`, a trailing `^block-id`.
 * This runs for every item of every note on the indexing path, so each regular expression runs
 * only when a cheap check says its field may be there.
 */

export interface ItemFields {
  text: string;
  /** Hash of the normalized text (SPEC §6 lineage), 0 when the text is empty. */
  textKey: number;
  due: string | undefined;
  dueStart: number;
  dueEnd: number;
  done: string | undefined;
  owner: string | undefined;
  id: string | undefined;
  idStart: number;
  /** Dates that are written but are not real ISO dates: `[start, end)` columns and the text. */
  badDates: { start: number; end: number; text: string; field: 'due' | 'done' }[];
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

// Due: 📅 📆 🗓 (🗓 with or without the variation selector); done: ✅.
const DUE_MARKERS = ['\u{1F4C5}', '\u{1F4C6}', '\u{1F5D3}'];
const DONE_MARKER = '\u2705';
const DATAVIEW_DATE = /\[(due|completion)::[ \t]*([^\]]*)\]/g;
const BLOCK_ID_TAIL = /^\^[A-Za-z0-9-]+[ \t]*$/;
const OWNER = /(?:^|[ \t(])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu;
// Obsidian Tasks' other signifiers (start, scheduled, created, priority, recurrence, id, depends on)
// are not part of the description.
const OTHER_TASK_FIELDS = /[🛫⏳➕⏫🔼🔽🔺⏬🔁🆔⛔❌]\uFE0F?(?:[ \t]*\d{4}-\d{2}-\d{2})?/gu;
const MAY_HAVE_OTHER_TASK_FIELDS = /[⏳➕⏫⏬⛔❌]|\uD83D[\uDEEB\uDD3C\uDD3D\uDD3A\uDD01]|\uD83C\uDD94/;
const OBSIDIAN_COMMENT = /%%.*?(?:%%|$)/g;
const EMPTY_BAD_DATES: ItemFields['badDates'] = [];
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Reads the fields of `line` between columns `from` (just after the checkbox) and `end`.
 * Columns are positions in `line` (UTF-16 code units, as editors count them). Each field found
 * is cut out of the description; the description is then built once from what is left, unless
 * `wantText` is false (the index keeps no text for done and canceled items).
 */
export function readItemFields(line: string, from: number, end: number, wantText = true): ItemFields {
  const content = line.slice(from, end);
  const fields: ItemFields = {
    text: '',
    textKey: 0,
    due: undefined,
    dueStart: -1,
    dueEnd: -1,
    done: undefined,
    owner: undefined,
    id: undefined,
    idStart: -1,
    badDates: EMPTY_BAD_DATES,
  };
  // [start, end) spans of `content` that are fields, not description.
  const cuts: number[] = [];
  const nonAscii = NON_ASCII.test(content);

  if (nonAscii) {
    for (const marker of DUE_MARKERS) readEmojiDates(content, marker, 'due', from, fields, cuts);
    readEmojiDates(content, DONE_MARKER, 'done', from, fields, cuts);
  }
  if (content.includes('::')) {
    DATAVIEW_DATE.lastIndex = 0;
    for (let m = DATAVIEW_DATE.exec(content); m; m = DATAVIEW_DATE.exec(content)) {
      const field = m[1] === 'due' ? 'due' : 'done';
      const value = m[2].trim();
      const valueStart = from + m.index + m[0].indexOf(m[2]) + (m[2].length - m[2].trimStart().length);
      recordDate(fields, field, value, from + m.index, from + m.index + m[0].length, valueStart);
      cuts.push(m.index, m.index + m[0].length);
    }
  }
  const caret = content.lastIndexOf('^');
  if (caret >= 0 && (caret === 0 || content.charCodeAt(caret - 1) === 32 || content.charCodeAt(caret - 1) === 9)) {
    const tail = content.slice(caret);
    if (BLOCK_ID_TAIL.test(tail)) {
      fields.id = detach(tail.slice(1).trimEnd()); // each id recurs in a few notes only: copied, not interned
      fields.idStart = from + caret;
      cuts.push(caret, content.length);
    }
  }
  if (content.includes('@')) {
    OWNER.lastIndex = 0;
    for (let m = OWNER.exec(content); m; m = OWNER.exec(content)) {
      const at = m.index + m[0].indexOf('@');
      if (insideCut(cuts, at)) continue;
      fields.owner = intern(m[1].replace(/[.-]+$/, ''));
      cuts.push(at, m.index + m[0].length);
      break;
    }
  }
  if (content.includes('%%')) cutAll(content, OBSIDIAN_COMMENT, cuts);
  if (nonAscii && MAY_HAVE_OTHER_TASK_FIELDS.test(content)) cutAll(content, OTHER_TASK_FIELDS, cuts);

  if (wantText) fields.text = describe(content, cuts);
  fields.textKey = textKeyOf(content);
  return fields;
}

/** Every `marker` with the date after it (`📅 2026-11-28`, also without the space). */
function readEmojiDates(content: string, marker: string, field: 'due' | 'done', from: number, fields: ItemFields, cuts: number[]): void {
  for (let at = content.indexOf(marker); at >= 0; at = content.indexOf(marker, at + 1)) {
    let p = at + marker.length;
    if (content.charCodeAt(p) === 0xfe0f) p++; // the emoji variation selector
    while (content.charCodeAt(p) === 32 || content.charCodeAt(p) === 9) p++;
    const valueStart = p;
    while (p < content.length) {
      const c = content.charCodeAt(p);
      if (c === 32 || c === 9 || c === 91 || c === 93) break; // white space, `[`, `]`
      p++;
    }
    recordDate(fields, field, content.slice(valueStart, p), from + at, from + p, from + valueStart);
    cuts.push(at, p);
  }
}

function cutAll(content: string, pattern: RegExp, cuts: number[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(content); m; m = pattern.exec(content)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    cuts.push(m.index, m.index + m[0].length);
  }
}

function insideCut(cuts: readonly number[], at: number): boolean {
  for (let i = 0; i < cuts.length; i += 2) if (at >= cuts[i] && at < cuts[i + 1]) return true;
  return false;
}

/** What is left of `content` once the cuts are removed, with single spaces, trimmed, as a fresh string. */
function describe(content: string, cuts: number[]): string {
  const parts: string[] = [];
  const keep = (start: number, stop: number) => {
    const part = content.slice(start, stop).trim();
    if (part !== '') parts.push(part);
  };
  if (cuts.length === 0) keep(0, content.length);
  else {
    const spans: [number, number][] = [];
    for (let i = 0; i < cuts.length; i += 2) spans.push([cuts[i], cuts[i + 1]]);
    spans.sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [start, stop] of spans) {
      if (start > at) keep(at, start);
      at = Math.max(at, stop);
    }
    if (at < content.length) keep(at, content.length);
  }
  if (parts.length === 0) return '';
  // `join` of two or more parts builds a new string; a single part is still a slice of the note,
  // which would keep the whole note alive as long as the item (see intern.ts), so it is copied.
  const text = parts.length === 1 ? detach(parts[0]) : parts.join(' ');
  return /\s\s|\t/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/**
 * The lineage key of an item's text after the checkbox (SPEC §6: lowercase, without dates, owners,
 * ids, emoji and extra spaces; also without Dataview fields and Obsidian comments), hashed to a
 * small integer so that 80,000 items need no second string each. One pass over the characters,
 * no regular expression and no new string: this runs for every item of every note.
 * Two different texts share a key with odds of about one in a billion per pair compared, and only
 * items of consecutive notes of one series are compared.
 */
export function textKeyOf(text: string): number {
  let hash = 0x811c9dc5;
  let started = false;
  let pendingSpace = false;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    // Plain ASCII letters and punctuation (most characters) go straight into the hash.
    if (c > 32 && c < 127 && c !== 64 && c !== 94 && c !== 91 && c !== 37 && (c < 48 || c > 57)) {
      if (pendingSpace) {
        hash = Math.imul(hash ^ 32, 0x01000193);
        pendingSpace = false;
      }
      started = true;
      hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
      i++;
      continue;
    }
    const skip = skippedAt(text, i, c);
    if (skip > 0) {
      i += skip;
      pendingSpace = started;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      pendingSpace = started;
      i++;
      continue;
    }
    if (pendingSpace) {
      hash = Math.imul(hash ^ 32, 0x01000193);
      pendingSpace = false;
    }
    started = true;
    hash = Math.imul(hash ^ lowerCode(c), 0x01000193);
    i++;
  }
  // 30 bits: a small integer V8 stores inline, and never 0 (0 means "no text").
  return started ? ((hash >>> 2) & 0x3fffffff) || 1 : 0;
}

/** How many characters at `i` the key leaves out: a date, an @owner, a ^id, a Dataview field, a %% comment, an emoji. */
function skippedAt(text: string, i: number, c: number): number {
  if (c >= 48 && c <= 57) return isDateAt(text, i) ? 10 : 0;
  if (c === 64 /* @ */ || c === 94 /* ^ */) {
    if (i > 0 && !isSpaceOrParen(text.charCodeAt(i - 1))) return 0;
    let j = i + 1;
    while (j < text.length && !isSpaceOrParen(text.charCodeAt(j))) j++;
    return j - i > 1 ? j - i : 0;
  }
  if (c === 91 /* [ */) {
    const close = text.indexOf(']', i);
    const colons = text.indexOf('::', i);
    return close > 0 && colons > i && colons < close && /^\[[\w-]+::/.test(text.slice(i, colons + 2)) ? close + 1 - i : 0;
  }
  if (c === 37 /* % */ && text.charCodeAt(i + 1) === 37) {
    const close = text.indexOf('%%', i + 2);
    return close < 0 ? text.length - i : close + 2 - i;
  }
  // Emoji: the pictographic planes (a surrogate pair from U+1F000), the BMP symbol blocks, and
  // the variation selector and joiner that decorate them.
  if (c >= 0xd83c && c <= 0xd83e) return 2;
  if ((c >= 0x2300 && c <= 0x23ff) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d) return 1;
  return 0;
}

function isDateAt(text: string, i: number): boolean {
  if (i + 10 > text.length || text.charCodeAt(i + 4) !== 45 || text.charCodeAt(i + 7) !== 45) return false;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const d = text.charCodeAt(i + k);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

function isSpaceOrParen(c: number): boolean {
  return c === 32 || c === 9 || c === 40 || c === 41 || c === 10 || c === 13 || c === 0xa0;
}

const lowerCache = new Map<number, number>();

/** Lowercase of one UTF-16 code unit (ASCII inline; the rest through a small cache). */
function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, lower);
  }
  return lower;
}

function recordDate(fields: ItemFields, field: 'due' | 'done', value: string, start: number, end: number, valueStart: number): void {
  if (!isValidIsoDate(value)) {
    if (fields.badDates === EMPTY_BAD_DATES) fields.badDates = [];
    fields.badDates.push({ start: value === '' ? start : valueStart, end: value === '' ? end : valueStart + value.length, text: value, field });
    return;
  }
  // The first valid date of a kind wins, as Obsidian Tasks reads it.
  if (field === 'due' && fields.due === undefined) {
    fields.due = intern(value);
    fields.dueStart = start;
    fields.dueEnd = end;
  } else if (field === 'done' && fields.done === undefined) {
    fields.done = intern(value);
  }
}
