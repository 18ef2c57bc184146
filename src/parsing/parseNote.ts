import { DEFAULT_SECTIONS, type SectionDefinition } from './sections';
import { scanBlocks, type ScanResult } from './blockScanner';
import { emptyFrontMatter, isFence, parseFrontMatter } from './frontMatter';
import { NoteLines } from './noteLines';
import { sectionMatcher } from './sectionTitles';
import type { ParsedNote, Section } from './types';
import { textKeyOf } from './itemKey';
import { internPool } from './intern';

/** Bullet texts of priorities, roadblocks and unclear: a pool of their own (`internPool`). */
const internBullet = internPool(20_000);
/**
 * The lineage key of each pooled bullet text, kept beside the pool: a priority standing for weeks
 * is keyed once, not once per note (the key is most of a bullet's cost to the index).
 */
const bulletKeys = new Map<string, number>();

function bulletKey(text: string): number {
  if (text === '') return 0;
  let key = bulletKeys.get(text);
  if (key === undefined) {
    key = textKeyOf(text);
    if (bulletKeys.size < 20_000) bulletKeys.set(text, key);
  }
  return key;
}

export interface ParseOptions {
  sections?: readonly SectionDefinition[];
  /** Keep every heading (for `inspect`); the index does not need them and saves the memory. */
  keepHeadings?: boolean;
  /**
   * Sections whose top-level list items are kept (the priorities rules count and number them).
   * Other sections' lists are not kept: 10,000 notes hold ~170,000 bullets nobody asks about.
   */
  listItemSections?: readonly string[];
  /** False leaves done and canceled items without text: no rule reports on them (the index's choice). */
  closedItemText?: boolean;
}

/** The sections whose bullets are followed across notes (SPEC §13) — priorities also for the rules that count and number them. */
export const THREAD_SECTIONS: readonly string[] = ['priorities', 'roadblocks', 'unclear'];
const DEFAULT_LIST_ITEM_SECTIONS = THREAD_SECTIONS;

// Shared empty arrays: most notes have no problems and most sections no list; 10,000 notes would
// otherwise hold 100,000 empty arrays.
const NO_HEADINGS: never[] = [];
const NO_LIST_ITEMS: never[] = [];
const NO_PROBLEMS: never[] = [];

/** Splits on LF, CRLF or a lone CR, as CommonMark does. */
export function splitLines(text: string): string[] {
  // Most notes have no CR at all; a plain split is several times faster than the regular expression.
  return text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n');
}

/** Text → note: front matter, headings, sections and action items. Never throws on any input. */
export function parseNote(text: string, options: ParseOptions = {}): ParsedNote {
  const hasBom = text.charCodeAt(0) === 0xfeff;
  // One look for a CR serves both the line ending and the split.
  const hasCr = text.includes('\r');
  const eol = hasCr && text.includes('\r\n') ? '\r\n' : '\n';
  const lines = new NoteLines(text, hasBom ? 1 : 0, hasCr);

  const end = frontMatterEnd(lines);
  const { frontMatter, problems } = end > 0 ? parseFrontMatter(lines.slice(0, end + 1), end) : { frontMatter: emptyFrontMatter(), problems: [] };
  if (end < 0 && lines.count > 1 && lines.line(0).trimEnd() === '---' && looksLikeUnclosedFrontMatter(lines.line(1))) {
    problems.push({
      kind: 'front-matter',
      message: 'The front matter has no closing `---` line. Add one after the last key.',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    });
    frontMatter.invalid = true;
  }
  const bodyStartLine = end > 0 ? end + 1 : 0;
  const scan = scanBlocks(lines, bodyStartLine, { closedItemText: options.closedItemText, allHeadings: options.keepHeadings !== false });
  const sections = buildSections(scan, lines, options.sections ?? DEFAULT_SECTIONS, options.listItemSections ?? DEFAULT_LIST_ITEM_SECTIONS);

  return {
    frontMatter,
    headings: options.keepHeadings === false ? NO_HEADINGS : scan.headings.map(({ line, level, text }) => ({ line, level, text })),
    sections,
    items: scan.items,
    problems: problems.length === 0 && scan.problems.length === 0 ? NO_PROBLEMS : problems.concat(scan.problems),
    lineCount: lines.count,
    eol,
    hasBom,
    bodyStartLine,
  };
}

/** The line of the `---` that closes the front matter, or -1 (as `findFrontMatterEnd`, cutting out only lines that start with `-`). */
function frontMatterEnd(lines: NoteLines): number {
  const text = lines.text;
  const isFenceAt = (i: number) => text.charCodeAt(lines.starts[i]) === 45 /* - */ && isFence(lines.line(i));
  if (!isFenceAt(0)) return -1;
  for (let i = 1; i < lines.count; i++) if (isFenceAt(i)) return i;
  return -1;
}

/** A `---` first line followed by a `key:` line is front matter its author forgot to close. */
function looksLikeUnclosedFrontMatter(secondLine: string): boolean {
  return /^[A-Za-z_][\w-]*:/.test(secondLine);
}

function buildSections(scan: ScanResult, lines: NoteLines, definitions: readonly SectionDefinition[], listItemSections: readonly string[]): Section[] {
  const lineCount = lines.count;
  const matcher = sectionMatcher(definitions);
  const sections: Section[] = [];
  // Sections end at the next top-level heading of level 1 or 2.
  const boundaries = scan.headings.filter((h) => h.topLevel && h.level <= 2);
  for (let i = 0; i < boundaries.length; i++) {
    const heading = boundaries[i];
    if (heading.level !== 2) continue;
    const match = matcher.match(heading.text, i);
    if (!match) continue;
    const endLine = i + 1 < boundaries.length ? boundaries[i + 1].line - 1 : lineCount - 1;
    sections.push({ key: match.definition.key, title: match.title, line: heading.line, endLine, hasContent: false, listItems: NO_LIST_ITEMS });
  }
  if (sections.length === 0) return sections;

  let s = 0;
  for (const line of scan.contentLines) {
    while (s < sections.length && sections[s].endLine < line) s++;
    if (s === sections.length) break;
    if (line > sections[s].line) sections[s].hasContent = true;
  }
  s = 0;
  const entries = scan.topLevelListItems;
  const hidden = privateParts(scan, matcher, definitions, lineCount);
  let h = 0;
  for (let e = 0; e < entries.length; e += 5) {
    const line = entries[e];
    while (s < sections.length && sections[s].endLine < line) s++;
    if (s === sections.length) break;
    while (h < hidden.length && hidden[h][1] <= line) h++;
    // A bullet under a private heading (`### Private` in the priorities) is nobody's thread to show.
    if (h < hidden.length && hidden[h][0] <= line) continue;
    if (line > sections[s].line && listItemSections.includes(sections[s].key)) {
      if (sections[s].listItems === NO_LIST_ITEMS) sections[s].listItems = [];
      const text = listItemText(lines.line(line), entries[e + 2] + entries[e + 3], entries[e + 4]);
      sections[s].listItems.push({ line, ordered: entries[e + 1] === 1, markerColumn: entries[e + 2], markerLength: entries[e + 3], lineEnd: entries[e + 4], text, key: bulletKey(text) });
    }
  }
  s = 0;
  for (const item of scan.items) {
    while (s < sections.length && sections[s].endLine < item.line) s++;
    if (s === sections.length) break;
    if (item.line > sections[s].line) item.section = sections[s].key;
  }
  return sections;
}

/**
 * A bullet's text between its marker and `lineEnd`: after the spaces and a checkbox (`[ ]`, `[x]`),
 * less a trailing block id (` ^abc123`). Scanned by hand: this runs for every bullet of every note.
 */
function listItemText(line: string, from: number, lineEnd: number): string {
  const blank = (i: number) => i < lineEnd && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9);
  let start = from;
  while (blank(start)) start++;
  // `[x] ` (any one character in the brackets), then the text.
  if (line.charCodeAt(start) === 91 && line.charCodeAt(start + 2) === 93 && start + 2 < lineEnd && (start + 3 === lineEnd || blank(start + 3))) {
    start += 3;
    while (blank(start)) start++;
  }
  let end = lineEnd;
  let id = end;
  while (id > start && isIdChar(line.charCodeAt(id - 1))) id--;
  if (id < end && id > start && line.charCodeAt(id - 1) === 94 /* ^ */ && (id - 1 === start || blank(id - 2))) {
    end = id - 1;
    while (end > start && blank(end - 1)) end--;
  }
  const text = line.slice(start, end);
  // Interned: a priority stands week after week, so one copy serves every note it is in; and a
  // slice kept as it is would keep the whole note alive in the index (`intern` detaches it).
  return text.length > 0 ? internBullet(text) : '';
}

/**
 * The line ranges `[from, to)` under a heading of level 3 or more that names the private section
 * ("### Private", "#### Private notes"), each up to the next heading of its level or higher, in
 * order. (A `## Private` is a section of its own, never a thread section.)
 */
function privateParts(scan: ScanResult, matcher: ReturnType<typeof sectionMatcher>, definitions: readonly SectionDefinition[], lineCount: number): [number, number][] {
  const parts: [number, number][] = [];
  const headings = scan.headings;
  const privateOnes = definitions.some((d) => d.key === 'private') ? matcher : PRIVATE_ONLY;
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    if (heading.level < 3 || !heading.topLevel || privateOnes.match(heading.text)?.definition.key !== 'private') continue;
    let end = lineCount;
    for (let j = i + 1; j < headings.length; j++)
      if (headings[j].topLevel && headings[j].level <= heading.level) {
        end = headings[j].line;
        break;
      }
    if (parts.length > 0 && parts[parts.length - 1][1] >= heading.line) parts[parts.length - 1][1] = Math.max(parts[parts.length - 1][1], end);
    else parts.push([heading.line, end]);
  }
  return parts;
}

/** Finds the private heading when the settings define no private section (SPEC §4's default title). */
const PRIVATE_ONLY = sectionMatcher(DEFAULT_SECTIONS.filter((d) => d.key === 'private'));

/** `A-Z`, `a-z`, `0-9` and `-`: the characters of a block id. */
function isIdChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}
