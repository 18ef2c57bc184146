import type { ActionItem, FrontMatter, Heading, ListItemSummary, ParsedNote, ParseProblem, Section } from '../../parsing/types';

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
// most compact thing V8 holds, one byte a character while every integer is below 256): per section
// its label index, heading line, end line, has-content flag and list item count, then per list
// item its line, ordered flag, marker column and length. A note with an integer past 0xFFFF (a
// line beyond 65,535), or too many list items for one call, is packed as comma-separated decimals
// instead, marked by a leading comma (the first integer, the first section's label index, is 0).
const SECTION_FIELDS = 5;
// A list item's text and lineage key are kept beside, in order, alternating in one array: the key
// (30 bits, a small integer to V8) would make the packed string two bytes a character.
const LIST_ITEM_FIELDS = 5;
const NO_TEXTS: (string | number)[] = [];
const MAX_CHAR_CODE = 0xffff;
const MAX_CHARS_AT_ONCE = 10_000;

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

  constructor(parsed: ParsedNote) {
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

function pack(values: number[]): string {
  if (values.length === 0) return '';
  if (values.length > MAX_CHARS_AT_ONCE || Math.max(...values) > MAX_CHAR_CODE) return ',' + values.join(',');
  return String.fromCharCode(...values);
}

function unpack(packed: string): number[] {
  if (packed.charCodeAt(0) === 44 /* , */) return packed.slice(1).split(',').map(Number);
  const values: number[] = [];
  for (let i = 0; i < packed.length; i++) values.push(packed.charCodeAt(i));
  return values;
}
