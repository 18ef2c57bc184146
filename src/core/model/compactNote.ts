import type { ActionItem, FrontMatter, Heading, ListItemSummary, ParsedNote, ParseProblem, Position, Section } from '../../parsing/types';

/**
 * A parsed note as the vault index keeps it: the same `ParsedNote` interface in a fraction of the
 * memory (the index of 10,000 notes must stay under 30 MB, see `npm run bench`).
 *
 * - Sections are packed into one array of small integers and rebuilt when asked for: only the
 *   structure rules read them, and only on a series' current notes.
 * - The front matter's values are dropped once the meeting's fields were read from them; the
 *   line of each key stays, for the ranges of findings.
 * - Done and canceled items have no text (the index parses with `closedItemText: false`).
 * - Headings are not kept (`inspect` parses the file itself).
 */
export function compactNote(parsed: ParsedNote): ParsedNote {
  return new CompactNote(parsed);
}

const NO_DATA: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const NO_HEADINGS: Heading[] = [];
// Sections are packed as small integers in one string, one character per integer (a string is the
// most compact thing V8 holds, one byte a character while every integer is below 223 — they are
// offset by 33, as in the snapshot, which keeps the string as it is): per section
// its label index, heading line, end line, has-content flag and list item count, then per list
// item its line, ordered flag, marker column and length. A note with an integer past 0xFFFF (a
// line beyond 65,535), or too many list items for one call, is packed as comma-separated decimals
// instead, marked by a leading comma (the first integer, the first section's label index, is 0).
const SECTION_FIELDS = 5;
// A list item's text and lineage key are kept beside, in order, alternating in one array: the key
// (30 bits, a small integer to V8) would make the packed string two bytes a character.
const LIST_ITEM_FIELDS = 5;
const NO_TEXTS: (string | number)[] = [];
const MAX_CHARS_AT_ONCE = 10_000;

/** Strings of a snapshot by number (`SnapshotStrings`): -1 is undefined. */
export interface StringNumbers {
  numberOf(s: string | undefined): number;
}

/**
 * A compact note as plain JSON values (numbers, and strings by their number in the snapshot's
 * table) for the persisted index (`core/vault/indexSnapshot.ts`); `decodeCompactNote` makes the
 * same note again without parsing its text. Items are one flat array of numbers, `ITEM_FIELDS` a
 * item, so that reading ten thousand notes back is mostly `JSON.parse` of numbers.
 */
export function encodeCompactNote(parsed: ParsedNote, strings: StringNumbers): unknown[] {
  const note = parsed instanceof CompactNote ? parsed : new CompactNote(parsed);
  return note.encode(strings);
}

/** The note `encodeCompactNote` wrote; throws on a shape it did not write (the caller drops the snapshot). */
export function decodeCompactNote(encoded: unknown, strings: readonly string[]): ParsedNote {
  return CompactNote.decode(encoded, strings);
}

const ITEM_FIELDS = 16;
const ITEM_STATES: readonly ActionItem['state'][] = ['open', 'done', 'canceled', 'carried'];

class CompactNote implements ParsedNote {
  readonly frontMatter: FrontMatter;
  readonly headings = NO_HEADINGS;
  readonly items: ActionItem[];
  readonly problems: ParseProblem[];
  readonly lineCount: number;
  readonly eol: '\n' | '\r\n';
  readonly hasBom: boolean;
  readonly bodyStartLine: number;
  private readonly packedSections: string;
  /** Section keys and titles, alternating (both shared strings: keys from the settings, titles interned). */
  private readonly sectionLabels: string[];
  /** The list items' texts and keys, alternating, in the order they are packed. */
  private readonly listItemTexts: (string | number)[];

  constructor(parsed: ParsedNote | undefined, decoded?: Decoded) {
    if (decoded) {
      this.frontMatter = decoded.frontMatter;
      this.items = decoded.items;
      this.problems = decoded.problems;
      this.lineCount = decoded.lineCount;
      this.eol = decoded.eol;
      this.hasBom = decoded.hasBom;
      this.bodyStartLine = decoded.bodyStartLine;
      this.packedSections = decoded.packedSections;
      this.sectionLabels = decoded.sectionLabels;
      this.listItemTexts = decoded.listItemTexts;
      return;
    }
    parsed = parsed!;
    this.frontMatter = sharedFrontMatter(parsed.frontMatter);
    // Exact-size copies: an array grown by push keeps up to half again its length in spare slots.
    this.items = parsed.items.slice();
    this.problems = parsed.problems;
    this.lineCount = parsed.lineCount;
    this.eol = parsed.eol;
    this.hasBom = parsed.hasBom;
    this.bodyStartLine = parsed.bodyStartLine;
    const packed: number[] = [];
    const labels: string[] = [];
    const texts: (string | number)[] = [];
    for (const s of parsed.sections) {
      packed.push(labels.length, s.line, s.endLine, s.hasContent ? 1 : 0, s.listItems.length);
      labels.push(s.key, s.title);
      for (const li of s.listItems) {
        packed.push(li.line, li.ordered ? 1 : 0, li.markerColumn, li.markerLength, li.lineEnd);
        texts.push(li.text, li.key);
      }
    }
    this.packedSections = pack(packed);
    this.sectionLabels = sharedLabels(labels);
    this.listItemTexts = texts.length === 0 ? NO_TEXTS : texts.slice(); // exact size
  }

  encode(strings: StringNumbers): unknown[] {
    const fm = this.frontMatter;
    const frontMatter: number[] = [fm.present ? 1 : 0, fm.startLine, fm.endLine, fm.invalid ? 1 : 0];
    for (const key in fm.keyLines) frontMatter.push(strings.numberOf(key), fm.keyLines[key]);
    const items: number[] = [];
    // Text keys are 30-bit hashes: beside the packed fields, as numbers.
    const keys: number[] = [];
    for (const i of this.items) {
      items.push(
        i.line, i.listColumn, i.column, i.contentEnd, strings.numberOf(i.marker), ITEM_STATES.indexOf(i.state), strings.numberOf(i.text),
        strings.numberOf(i.due), i.dueStart, i.dueEnd, strings.numberOf(i.done), strings.numberOf(i.owner), strings.numberOf(i.id), i.idStart, i.parent, strings.numberOf(i.section),
      );
      keys.push(i.textKey);
    }
    const texts = this.listItemTexts.map((t) => (typeof t === 'string' ? strings.numberOf(t) : t));
    const problems = this.problems.length === 0 ? 0 : this.problems;
    return [packNumbers(frontMatter), packNumbers(items), keys, problems, this.lineCount, this.eol === '\n' ? 0 : 1, this.hasBom ? 1 : 0, this.bodyStartLine, this.packedSections, packNumbers(this.sectionLabels.map((l) => strings.numberOf(l))), texts];
  }

  static decode(encoded: unknown, strings: readonly string[]): CompactNote {
    if (!Array.isArray(encoded) || encoded.length !== 11) throw new SnapshotShapeError('note');
    const [packedFrontMatter, packedItems, keys, problems, lineCount, eol, hasBom, bodyStartLine, packed, packedLabels, texts] = encoded as [unknown, unknown, number[], ParseProblem[] | 0, number, number, number, number, unknown, unknown, number[]];
    const fmValues = unpackNumbers(packedFrontMatter);
    const labels = unpackNumbers(packedLabels);
    // Items straight from the packed string (no array of numbers in between: ~1.3 million of them for 10,000 notes).
    const itemCount = typeof packedItems === 'string' ? packedItems.length / ITEM_FIELDS : unpackNumbers(packedItems).length / ITEM_FIELDS;
    const v: (o: number) => number = typeof packedItems === 'string' ? (o) => packedItems.charCodeAt(o) - PACK_OFFSET : ((values) => (o: number) => values[o])(unpackNumbers(packedItems));
    if (!Array.isArray(texts)) throw new SnapshotShapeError('note parts');
    if (problems !== 0) checkProblems(problems);
    const text = (n: number): string | undefined => (n === -1 ? undefined : stringAt(strings, n));
    const keyLines: Record<string, number> = {};
    for (let i = 4; i < fmValues.length; i += 2) keyLines[stringAt(strings, fmValues[i])] = integer(fmValues[i + 1]);
    const frontMatter = sharedFrontMatter({ present: fmValues[0] === 1, data: NO_DATA, startLine: integer(fmValues[1]), endLine: integer(fmValues[2]), keyLines, invalid: fmValues[3] === 1 });
    if (!Number.isInteger(itemCount) || !Array.isArray(keys) || keys.length !== itemCount) throw new SnapshotShapeError('items');
    const items: ActionItem[] = new Array(itemCount);
    for (let i = 0, o = 0; i < itemCount; i++, o += ITEM_FIELDS) {
      const state = ITEM_STATES[v(o + 5)];
      if (state === undefined) throw new SnapshotShapeError('item state');
      // The parser's own field order: every item keeps one hidden class.
      items[i] = {
        line: v(o), listColumn: v(o + 1), column: v(o + 2), contentEnd: v(o + 3), marker: stringAt(strings, v(o + 4)), state, text: text(v(o + 6)) ?? '', textKey: integer(keys[i]),
        due: text(v(o + 7)), dueStart: v(o + 8), dueEnd: v(o + 9), done: text(v(o + 10)), owner: text(v(o + 11)), id: text(v(o + 12)), idStart: v(o + 13), parent: v(o + 14), section: text(v(o + 15)),
      };
    }
    const listItemTexts = texts.length === 0 ? NO_TEXTS : texts.map((t, i) => (i % 2 === 0 ? stringAt(strings, t) : integer(t)));
    return new CompactNote(undefined, {
      frontMatter,
      items,
      problems: problems === 0 ? [] : problems,
      lineCount: integer(lineCount),
      eol: eol === 0 ? '\n' : '\r\n',
      hasBom: hasBom === 1,
      bodyStartLine: integer(bodyStartLine),
      packedSections: typeof packed === 'string' ? packed : pack(unpackNumbers(packed)),
      sectionLabels: sharedLabels(labels.map((l) => stringAt(strings, l))),
      listItemTexts,
    });
  }

  get sections(): Section[] {
    const sections: Section[] = [];
    if (this.packedSections === '') return sections;
    const p = unpack(this.packedSections);
    let t = 0;
    for (let i = 0; i < p.length; ) {
      const label = p[i];
      const count = p[i + 4];
      const listItems: ListItemSummary[] = [];
      for (let j = 0; j < count; j++) {
        const o = i + SECTION_FIELDS + j * LIST_ITEM_FIELDS;
        listItems.push({ line: p[o], ordered: p[o + 1] === 1, markerColumn: p[o + 2], markerLength: p[o + 3], lineEnd: p[o + 4], text: this.listItemTexts[t] as string, key: this.listItemTexts[t + 1] as number });
        t += 2;
      }
      sections.push({ key: this.sectionLabels[label], title: this.sectionLabels[label + 1], line: p[i + 1], endLine: p[i + 2], hasContent: p[i + 3] === 1, listItems });
      i += SECTION_FIELDS + count * LIST_ITEM_FIELDS;
    }
    return sections;
  }
}

/** What `CompactNote.decode` read, to make the note from. */
type Decoded = Omit<ParsedNote, 'sections' | 'headings'> & {
  packedSections: string;
  sectionLabels: string[];
  listItemTexts: (string | number)[];
};

/** A snapshot whose values are not what the encoder writes: it is dropped, never half used. */
export class SnapshotShapeError extends Error {
  constructor(what: string) {
    super(`the index snapshot is not readable (${what})`);
  }
}

// Numbers of a snapshot packed one character each, offset so that -1 and small numbers are
// printable (JSON escapes control characters in six bytes): a note's items take a sixth of the
// room of a JSON array of numbers, and `JSON.parse` copies a string much faster than it reads numbers.
const PACK_OFFSET = 33;
const PACK_MAX = 0xffff - PACK_OFFSET;

function packNumbers(values: number[]): string | number[] {
  for (const v of values) if (v < -1 || v > PACK_MAX) return values; // a line past 65,000: kept as numbers
  let packed = '';
  for (let i = 0; i < values.length; i += MAX_CHARS_AT_ONCE) packed += String.fromCharCode(...values.slice(i, i + MAX_CHARS_AT_ONCE).map((v) => v + PACK_OFFSET));
  return packed;
}

function unpackNumbers(packed: unknown): number[] {
  if (typeof packed === 'string') {
    const values: number[] = new Array(packed.length);
    for (let i = 0; i < packed.length; i++) values[i] = packed.charCodeAt(i) - PACK_OFFSET;
    return values;
  }
  if (!Array.isArray(packed)) throw new SnapshotShapeError('numbers');
  for (const v of packed) if (typeof v !== 'number' || !Number.isInteger(v)) throw new SnapshotShapeError('number');
  return packed as number[];
}

/** Problems as the parser writes them: a kind, a message and a range of whole numbers. */
export function checkProblems(value: unknown): asserts value is ParseProblem[] {
  if (!Array.isArray(value)) throw new SnapshotShapeError('problems');
  const position = (p: unknown) => p !== null && typeof p === 'object' && Number.isInteger((p as Position).line) && Number.isInteger((p as Position).character);
  for (const problem of value as Partial<ParseProblem>[])
    if (problem === null || typeof problem !== 'object' || (problem.kind !== 'front-matter' && problem.kind !== 'date') || typeof problem.message !== 'string' || !problem.range || !position(problem.range.start) || !position(problem.range.end))
      throw new SnapshotShapeError('problem');
}

function stringAt(strings: readonly string[], n: number): string {
  const s = strings[n];
  if (typeof s !== 'string') throw new SnapshotShapeError('string number');
  return s;
}

function integer(n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new SnapshotShapeError('number');
  return n;
}

/**
 * The labels as an array shared with a recent note that has the same: notes of a series mostly
 * have the same sections under the same headings (the rotating topic's heading cycles through a
 * few), and are indexed one after the other. 10,000 notes have a few hundred distinct label lists.
 * Arrays are never changed once made, so sharing them is safe.
 */
const recentLabels: string[][] = [];
const RECENT_LABEL_LISTS = 8;

function sharedLabels(labels: string[]): string[] {
  for (const recent of recentLabels) if (sameStrings(labels, recent)) return recent;
  const copy = labels.slice(); // exact size
  if (recentLabels.unshift(copy) > RECENT_LABEL_LISTS) recentLabels.pop();
  return copy;
}

/**
 * The front matter without its values, as an object shared with a recent note that has the same
 * keys on the same lines: notes of a vault mostly write the same keys in the same order. Never
 * changed once made, so sharing is safe.
 */
const recentFrontMatters: FrontMatter[] = [];
const RECENT_FRONT_MATTERS = 8;

function sharedFrontMatter(fm: FrontMatter): FrontMatter {
  for (const recent of recentFrontMatters) if (sameLayout(fm, recent)) return recent;
  const compact = { present: fm.present, data: NO_DATA, startLine: fm.startLine, endLine: fm.endLine, keyLines: fm.keyLines, invalid: fm.invalid };
  if (recentFrontMatters.unshift(compact) > RECENT_FRONT_MATTERS) recentFrontMatters.pop();
  return compact;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const keysOfA: string[] = [];

/** The same fences, validity and keys on the same lines, in the same order. */
function sameLayout(a: FrontMatter, b: FrontMatter): boolean {
  if (a.present !== b.present || a.startLine !== b.startLine || a.endLine !== b.endLine || a.invalid !== b.invalid) return false;
  let count = 0;
  for (const key in a.keyLines) keysOfA[count++] = key;
  let i = 0;
  for (const key in b.keyLines) {
    if (i === count || keysOfA[i] !== key || a.keyLines[key] !== b.keyLines[key]) return false;
    i++;
  }
  return i === count;
}

// Offset as the snapshot's packed numbers (`PACK_OFFSET`), so that the snapshot keeps this string as
// it is. The first integer is the first section's label index, 0: a packed string starts with `!`,
// never with the `,` of the decimal form.
function pack(values: number[]): string {
  if (values.length === 0) return '';
  if (values.length > MAX_CHARS_AT_ONCE || Math.max(...values) > PACK_MAX) return ',' + values.join(',');
  return String.fromCharCode(...values.map((v) => v + PACK_OFFSET));
}

function unpack(packed: string): number[] {
  if (packed.charCodeAt(0) === 44 /* , */) return packed.slice(1).split(',').map(Number);
  const values: number[] = [];
  for (let i = 0; i < packed.length; i++) values.push(packed.charCodeAt(i) - PACK_OFFSET);
  return values;
}
