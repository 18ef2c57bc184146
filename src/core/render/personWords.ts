import { firstName } from '../model/personName';
import { ownerHandles, sideOf } from '../model/owner';
import type { Profile } from '../model/model';
import { formatLongDate, formatShortDateFrom, isValidIsoDate } from '../schedule/calendarDate';

/**
 * One line of a shared agenda rewritten for a person (SPEC §7): the plug-in syntax of SPEC §6 in
 * words. Due and done dates (`📅 2026-11-27`, `📆`, `🗓`, `[due:: …]`; `✅ …`, `[completion:: …]`)
 * read "due Fri 27 Nov" and "done Thu 19 Nov" (with the year when it is not the meeting's), and
 * `@handles` read as names. On an action item, the fields written after its description go to its
 * end as one phrase, `— Dana, due Fri 27 Nov`; a field in the middle of a sentence is replaced
 * where it stands. Nothing inside code changes: the caller masks code as NUL characters, which no
 * field can match.
 */

/** Who the handles of a shared agenda are. */
export interface ShareReaders {
  /** The series' name (`Dana Whitfield`): its handles read as its first name. */
  person?: string;
  /** The series' handles, lowercase without `@`: as `ownerHandles` says (SPEC §10: id, first word of its name, profile aliases). */
  theirHandles?: readonly string[];
  /** `oneOnOne.me`: the writer's own handle. */
  me?: string;
  /** The date the agenda is for: a date in another year carries its year. */
  meetingDate?: string;
}

/** What the line's action item is, when it is one. */
export interface ShareItem {
  marker: string;
}

const CHECKBOX = /^([ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[([^\]])\]/u;
const EMOJI_DATE = /(?:\u{1F4C5}|\u{1F4C6}|\u{1F5D3}\uFE0F?|(\u2705)\uFE0F?)[ \t]*(\d{4}-\d{2}-\d{2})/gu;
const DATAVIEW_DATE = /\[(due|completion)::[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*\]/g;
const HANDLE = /(?<=^|[ \t(])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/gu;

interface Field {
  start: number;
  end: number;
  kind: 'due' | 'done' | 'owner';
  /** The words: `due Fri 27 Nov`, `Dana`; '' for the writer's own handle at the end of an item. */
  words: string;
  /** Mid-sentence words, where they differ (`me` for the writer's own handle). */
  inline?: string;
}

/** `line` with its fields in words; `masked` is the same line with its code as NUL characters. */
export function lineForAPerson(line: string, masked: string, readers: ShareReaders, item: ShareItem | undefined): string {
  const fields = fieldsOf(masked, readers);
  const box = item ? CHECKBOX.exec(masked) : null;
  if (!box) return replaced(line, fields, 0, line.length);

  // The item's description ends at its last character that is no field: fields after it are its tail.
  const descStart = box[0].length;
  let descEnd = line.length;
  for (let f = fields.length - 1; f >= 0; f--) {
    if (line.slice(fields[f].end, descEnd).trim() !== '' || fields[f].start < descStart) break;
    descEnd = fields[f].start;
  }
  const tail = fields.filter((f) => f.start >= descEnd);
  const order = { owner: 0, due: 1, done: 2 } as const;
  tail.sort((a, b) => order[a.kind] - order[b.kind]);
  const state = STATE_WORDS[box[2]];
  const phrase = [state?.word, ...tail.map((f) => f.words)].filter((w) => w !== undefined && w !== '').join(', ');
  let description = replaced(line, fields.filter((f) => f.start < descEnd), descStart, descEnd).trim();
  if (state?.struck && description !== '') description = `~~${description}~~`;
  const head = `${box[1]}[${state ? state.box : box[2] === 'X' ? 'x' : box[2]}]`;
  const rest = [description, phrase].filter((p) => p !== '').join(description !== '' && phrase !== '' ? ' — ' : '');
  return rest === '' ? head : `${head} ${rest}`;
}

/**
 * The boxes a person's Markdown knows are `[ ]` and `[x]` (GFM task lists, mail clients, the HTML
 * export's checkboxes); Obsidian's other markers (SPEC §6) become one of them and a word.
 */
const STATE_WORDS: Record<string, { box: ' ' | 'x'; word?: string; struck?: boolean }> = {
  '-': { box: 'x', word: 'dropped', struck: true },
  '>': { box: ' ', word: 'carried forward' },
  '/': { box: ' ', word: 'in progress' },
};

function fieldsOf(masked: string, readers: ShareReaders): Field[] {
  const fields: Field[] = [];
  const date = (iso: string) => (readers.meetingDate ? formatShortDateFrom(iso, readers.meetingDate) : formatLongDate(iso));
  for (const m of masked.matchAll(EMOJI_DATE)) {
    if (!isValidIsoDate(m[2])) continue;
    const kind = m[1] ? 'done' : 'due';
    fields.push({ start: m.index!, end: m.index! + m[0].length, kind, words: `${kind} ${date(m[2])}` });
  }
  for (const m of masked.matchAll(DATAVIEW_DATE)) {
    if (!isValidIsoDate(m[2])) continue;
    const kind = m[1] === 'due' ? 'due' : 'done';
    fields.push({ start: m.index!, end: m.index! + m[0].length, kind, words: `${kind} ${date(m[2])}` });
  }
  for (const m of masked.matchAll(HANDLE)) {
    const handle = m[1].replace(/[.-]+$/, '');
    if (handle === '') continue; // (a date field holds no `@`: no handle lies in one)
    const end = m.index! + 1 + handle.length;
    // Whose handle it is, as everywhere (SPEC §10, `sideOf`): their handle reads as their name, mine as nothing (or "me").
    const side = sideOf(handle, { theirs: new Set(readers.person !== undefined ? readers.theirHandles : []), me: readers.me ?? '' });
    if (readers.me !== undefined && side === 'mine') fields.push({ start: m.index!, end, kind: 'owner', words: '', inline: 'me' });
    else if (side === 'theirs' && readers.person !== undefined) fields.push({ start: m.index!, end, kind: 'owner', words: firstName(readers.person) });
    else fields.push({ start: m.index!, end, kind: 'owner', words: nameOfHandle(handle) });
  }
  return fields.sort((a, b) => a.start - b.start);
}

/** `@zoe` → `Zoe`, `@sam.lee` → `Sam Lee`, `@data-team` → `Data Team`: a handle nobody's series explains, read as a name. */
export function nameOfHandle(handle: string): string {
  return handle
    .split(/[._-]+/)
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

/** `line[from, to)` with each field in it replaced by its mid-sentence words. */
function replaced(line: string, fields: readonly Field[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const f of fields) {
    if (f.start < from || f.end > to) continue;
    out += line.slice(at, f.start) + (f.inline ?? f.words);
    at = f.end;
  }
  return out + line.slice(at, to);
}

/**
 * The readers of one series' agenda: its handles are the ones every count of SPEC §10 uses
 * (`ownerHandles`: the series id, the first word of its name, the profile's `aliases:`; case does
 * not matter); `today` stands in for a note that says no date.
 */
export function shareReaders(series: string, person: string, me: string, today: string, profile?: Pick<Profile, 'aliases'>): ShareReaders {
  const handles = ownerHandles({ id: series, name: person, profile }, me);
  return { person, theirHandles: [...handles.theirs], me, meetingDate: today };
}
