import { obsidianCommentOpenAfter } from './codeSpans';
import { readItemFields, stateOfMarker } from './itemFields';
import { textKeyOf } from './itemKey';
import { detach } from './intern';
import { LineView, type NoteLines } from './noteLines';
import type { ActionItem, Heading, ParseProblem } from './types';

/**
 * A line-by-line block scanner for the part of CommonMark + GFM that decides what is a heading
 * and what is a list item with a checkbox: block quotes (and so callouts), lists and their
 * content columns, fenced and indented code, HTML blocks, setext headings, tables, plus
 * Obsidian's `%% %%` comments. It is the indexing path: a remark parse costs 175–360× the time of
 * reading the file (see the performance notes); this scanner is about 1×. A differential test
 * holds it to remark's answers on the example vault and on generated vaults.
 *
 * It reads each line in place (`LineView`) and allocates nothing for a line that is not a heading,
 * an item or a table: regular expressions run only on the rare lines whose first character says
 * they may match, on a substring cut for them.
 */

export interface ScannedHeading extends Heading {
  /** True for a heading at the top level of the document (not in a list or block quote). */
  topLevel: boolean;
}

export interface ScanResult {
  headings: ScannedHeading[];
  items: ActionItem[];
  /**
   * List items that start a top-level list entry (any kind, with or without checkbox), four
   * numbers each: line, ordered (1) or not (0), marker column, marker length, line end. Flat, because there
   * are ~170,000 of them in 10,000 notes and only the priorities section's are kept.
   */
  topLevelListItems: number[];
  /**
   * Lines that carry visible content (not blank, not inside comments): at least the first one
   * after each heading that bounds sections, which is all that says whether a section has content.
   */
  contentLines: number[];
  problems: ParseProblem[];
}

interface OpenListItem {
  /** Column where the item's content starts: continuation lines must be indented this far. */
  contentCol: number;
  /** True while the item has had no content (a bare `-`): a blank line then ends it. */
  empty: boolean;
  /** Index in `items` when this list item is an action item, else -1. */
  actionIndex: number;
}

/** The list items open at the current line, innermost last. Entries are reused from line to line (a note opens ~20). */
class ListStack {
  depth = 0;
  private readonly entries: OpenListItem[] = [];

  at(i: number): OpenListItem {
    return this.entries[i];
  }

  top(): OpenListItem {
    return this.entries[this.depth - 1];
  }

  push(contentCol: number, actionIndex: number, empty: boolean): void {
    const entry = this.entries[this.depth];
    if (entry === undefined) this.entries.push({ contentCol, actionIndex, empty });
    else {
      entry.contentCol = contentCol;
      entry.actionIndex = actionIndex;
      entry.empty = empty;
    }
    this.depth++;
  }

  /** Index in `items` of the innermost open action item, -1 when there is none. */
  nearestActionItem(): number {
    for (let i = this.depth - 1; i >= 0; i--) if (this.entries[i].actionIndex >= 0) return this.entries[i].actionIndex;
    return -1;
  }
}

/**
 * The paragraph the previous line belonged to, if any (for lazy continuation, setext headings and
 * tables). One object per scan, reopened for each paragraph; its lines are kept as positions in
 * the note's text, cut out only for a setext heading or a table header.
 */
class Paragraph {
  open = false;
  startLine = 0;
  containerCol = 0;
  quoteDepth = 0;
  isItem = false;
  lineCount = 0;
  /** `[start, end)` in the note's text of each line's text, two numbers per line. */
  private readonly spans: number[] = [];

  begin(startLine: number, containerCol: number, quoteDepth: number, isItem: boolean): void {
    this.open = true;
    this.startLine = startLine;
    this.containerCol = containerCol;
    this.quoteDepth = quoteDepth;
    this.isItem = isItem;
    this.lineCount = 0;
  }

  close(): void {
    this.open = false;
  }

  addLine(start: number, end: number): void {
    this.spans[2 * this.lineCount] = start;
    this.spans[2 * this.lineCount + 1] = end;
    this.lineCount++;
  }

  lineText(text: string, i: number): string {
    return text.slice(this.spans[2 * i], this.spans[2 * i + 1]);
  }
}

/**
 * The content lines that matter for sections. A section has content when a content line follows
 * its heading before the next heading that bounds sections (level 1 or 2, at the top level), so
 * the first such line after each bounding heading is kept and the rest are not: a note has some
 * 45 content lines and 8 sections.
 */
class ContentLines {
  readonly lines: number[] = [];
  /** Line of the last bounding heading, and whether a content line after it is kept. */
  private after = -1;
  private kept = false;

  add(line: number): void {
    if (this.kept || line <= this.after) return;
    this.lines.push(line);
    this.kept = true;
  }

  /** A bounding heading on `line` (a setext heading's first line, which is behind the scan). */
  boundary(line: number): void {
    this.after = line;
    this.kept = false;
  }
}

export interface Fence {
  /** Character code of the fence's character (` or ~). */
  code: number;
  length: number;
  /** Column of the container the fence is in; its closing fence may be indented up to 3 more. */
  containerCol: number;
  quoteDepth: number;
}

type HtmlEnd = 'comment' | 'blank' | RegExp;

const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
export const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_EQ = /^=+[ \t]*$/;
const SETEXT_DASH = /^-+[ \t]*$/;

const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_TYPE1 = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_TYPE6 =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_TYPE7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
const ATX = /^(#{1,6})(?:[ \t]+|$)/;

/**
 * `closedItemText: false` leaves done and canceled items without text, and `allHeadings: false`
 * reports only the top-level headings of level 1 and 2 that bound sections (what the index needs).
 */
export function scanBlocks(lines: NoteLines, startLine: number, options: { closedItemText?: boolean; allHeadings?: boolean } = {}): ScanResult {
  const closedItemText = options.closedItemText !== false;
  const allHeadings = options.allHeadings !== false;
  const headings: ScannedHeading[] = [];
  const items: ActionItem[] = [];
  const topLevelListItems: number[] = [];
  const content = new ContentLines();
  const problems: ParseProblem[] = [];
  const text = lines.text;
  // Most notes have no `%%` at all: then no line needs looking at for Obsidian comments.
  const mayHaveComments = text.includes('%%');
  const line = new LineView(text);

  let fence: Fence | undefined;
  let html: HtmlEnd | undefined;
  let htmlQuoteDepth = 0;
  let obsidianComment = false;
  const list = new ListStack();
  let listQuoteDepth = 0;
  const paragraph = new Paragraph();
  let inTable = false;

  const lineCount = lines.count;
  for (let lineNo = startLine; lineNo < lineCount; lineNo++) {
    line.moveTo(lines.starts[lineNo], lines.end(lineNo));

    // Most lines start with their text: no `>`, no indentation, not blank. Those skip the general reading.
    const firstCode = line.code(0);
    let plainStart = firstCode > 32 && firstCode !== 62; /* > */
    // Inside a fence, only the fence's own `>`s are quote markers; the rest is code.
    let quoteDepth = plainStart ? 0 : quotePrefix(line, fence ? fence.quoteDepth : Infinity);
    let pos = plainStart ? 0 : quotePrefixEnd;
    let blank = plainStart ? false : line.isBlankFrom(pos);

    if (fence) {
      if (staysInFence(line, pos, blank, quoteDepth, fence)) {
        if (!blank) content.add(lineNo);
        if (isClosingFence(line, pos, fence)) fence = undefined;
        continue;
      }
      // The fence's container ended, and with it the fence; the line is read afresh below.
      fence = undefined;
      quoteDepth = quotePrefix(line, Infinity);
      pos = quotePrefixEnd;
      blank = line.isBlankFrom(pos);
      plainStart = false;
    }

    if (html !== undefined) {
      if (html === 'blank') {
        // A `>` line is not blank for an HTML block outside block quotes.
        if (htmlQuoteDepth > 0 ? blank || quoteDepth < htmlQuoteDepth : line.isBlankFrom(0)) {
          html = undefined;
          continue;
        }
        content.add(lineNo);
        continue;
      }
      const whole = line.slice(0);
      if (html === 'comment' ? whole.includes('-->') : html.test(whole)) html = undefined;
      continue;
    }

    if (obsidianComment) {
      obsidianComment = obsidianCommentOpenAfter(line.slice(0), true);
      paragraph.close();
      continue;
    }

    if (blank) {
      paragraph.close();
      inTable = false;
      // A list item that starts empty ends at its first blank line if nothing came into it.
      while (list.depth > 0 && list.top().empty) list.depth--;
      continue;
    }
    if (list.depth > 0) list.top().empty = false;

    if (quoteDepth !== listQuoteDepth) {
      // A list does not survive its block quote (or a quote opening inside it) in notes as people write them.
      list.depth = 0;
      listQuoteDepth = quoteDepth;
    }

    const indent = plainStart ? 0 : line.indentWidth(pos);
    // Where the line's text starts, after quote markers and indentation (its "rest").
    const textStart = plainStart ? 0 : line.skipIndent(pos);

    // Which open list items does this line continue? Those whose content column it reaches.
    let keep = list.depth;
    while (keep > 0 && list.at(keep - 1).contentCol > indent) keep--;
    const containerCol = keep > 0 ? list.at(keep - 1).contentCol : 0;
    const relative = indent - containerCol;
    // A paragraph goes on at the same quote depth, or lazily on a line that drops the `>`s.
    const continuesParagraph = paragraph.open && paragraph.quoteDepth >= quoteDepth;
    // Each kind of block starts with its own character: test only the patterns that can match.
    const first = line.code(textStart);

    // Obsidian comments hide everything from `%%` on.
    if (first === 37 /* % */ && line.code(textStart + 1) === 37) {
      obsidianComment = obsidianCommentOpenAfter(line.slice(0), false);
      paragraph.close();
      continue;
    }

    if (relative >= 4) {
      if (continuesParagraph) {
        if (!inTable) paragraph.addLine(line.start + textStart, line.start + line.length);
        content.add(lineNo);
        if (mayHaveComments && opensObsidianComment(line.slice(0))) {
          obsidianComment = true;
          paragraph.close();
        }
        continue;
      }
      // Indented code.
      list.depth = keep;
      content.add(lineNo);
      continue;
    }

    const fenceOpen = first === 96 /* ` */ || first === 126 /* ~ */ ? openingFence(line.slice(textStart)) : null;
    if (fenceOpen) {
      list.depth = keep;
      fence = { code: first, length: fenceOpen[1].length, containerCol, quoteDepth };
      paragraph.close();
      inTable = false;
      content.add(lineNo);
      continue;
    }

    // Heading texts are not copied here: only section titles are kept, and those are interned.
    const atxLevel = first === 35 /* # */ ? atxHeadingLevel(line, textStart) : 0;
    if (atxLevel > 0) {
      list.depth = keep;
      const topLevel = quoteDepth === 0 && keep === 0;
      // Top-level headings of every level: a `### Private` under a section hides the bullets after it.
      if (allHeadings || topLevel) headings.push({ line: lineNo, level: atxLevel, text: atxText(line.slice(textStart + atxLevel)), topLevel });
      if (topLevel && atxLevel <= 2) content.boundary(lineNo);
      paragraph.close();
      inTable = false;
      content.add(lineNo);
      continue;
    }

    if ((first === 61 /* = */ || first === 45 /* - */) && paragraph.open && !paragraph.isItem && !inTable && paragraph.quoteDepth === quoteDepth && paragraph.containerCol === containerCol) {
      const rest = line.slice(textStart);
      const setext = SETEXT_EQ.test(rest) ? 1 : SETEXT_DASH.test(rest) ? 2 : 0;
      if (setext > 0) {
        list.depth = keep;
        const parts: string[] = [];
        for (let i = 0; i < paragraph.lineCount; i++) parts.push(inlineText(paragraph.lineText(text, i).trim()));
        headings.push({ line: paragraph.startLine, level: setext, text: parts.join('\n'), topLevel: quoteDepth === 0 && keep === 0 });
        if (quoteDepth === 0 && keep === 0) content.boundary(paragraph.startLine);
        paragraph.close();
        content.add(lineNo);
        continue;
      }
    }

    if ((first === 45 /* - */ || first === 42 /* * */ || first === 95 /* _ */) && mayBeThematicBreak(line, textStart, first) && THEMATIC.test(line.slice(textStart))) {
      list.depth = keep;
      paragraph.close();
      inTable = false;
      content.add(lineNo);
      continue;
    }

    if (first === 60 /* < */) {
      const rest = line.slice(textStart);
      const end = htmlBlockEnd(rest, continuesParagraph);
      if (end !== undefined) {
        list.depth = keep;
        paragraph.close();
        inTable = false;
        if (end === 'comment') {
          const close = rest.indexOf('-->', 4);
          if (close < 0) html = 'comment';
          else if (!line.isBlankFrom(textStart + close + 3)) content.add(lineNo);
        } else {
          content.add(lineNo);
          if (!(end instanceof RegExp && end.test(rest))) html = end;
          htmlQuoteDepth = quoteDepth;
        }
        continue;
      }
    }

    const markerLength = listMarkerLength(line, textStart);
    if (markerLength > 0) {
      // Bullets are one character; an ordered marker is digits and `.` or `)`.
      const ordered = markerLength > 1;
      const afterMarker = textStart + markerLength;
      const emptyItem = line.isBlankFrom(afterMarker);
      // A list item may interrupt a paragraph only when it is not empty and, if ordered, starts at 1.
      // It interrupts only within the paragraph's own container (a line that leaves a quote or list starts anew).
      const interrupts = continuesParagraph && !inTable && paragraph.containerCol === containerCol && paragraph.quoteDepth === quoteDepth;
      const allowed = !interrupts || (!emptyItem && (!ordered || (markerLength === 2 && first === 49) /* 1. */));
      if (allowed) {
        list.depth = keep;
        const markerCol = indent;
        const spacesAfter = emptyItem ? 1 : Math.min(line.indentWidth(afterMarker), 5);
        const contentCol = markerCol + markerLength + (spacesAfter >= 5 ? 1 : spacesAfter);
        const contentStart = emptyItem ? line.length : line.skipColumns(afterMarker, spacesAfter >= 5 ? 1 : spacesAfter);
        if (keep === 0 && quoteDepth === 0) {
          let lineEnd = line.length;
          while (lineEnd > textStart && (line.code(lineEnd - 1) === 32 || line.code(lineEnd - 1) === 9)) lineEnd--;
          topLevelListItems.push(lineNo, ordered ? 1 : 0, textStart, markerLength, lineEnd);
        }
        const parentIndex = list.nearestActionItem();
        const actionIndex = readActionItem(lineNo, textStart, contentStart, parentIndex);
        list.push(contentCol, actionIndex, emptyItem);
        content.add(lineNo);
        const innerFirst = line.code(contentStart);
        if (actionIndex < 0 && innerFirst === 62 /* > */) {
          // `- > - [ ] task`: a block quote opened inside the list item, with a task in it.
          let p = contentStart;
          while (line.code(p) === 62) {
            p++;
            if (line.code(p) === 32 || line.code(p) === 9) p++;
          }
          const nested = listMarkerLength(line, p);
          if (nested > 0 && !line.isBlankFrom(p + nested)) {
            const nestedContent = line.skipColumns(p + nested, Math.min(line.indentWidth(p + nested), 4));
            readActionItem(lineNo, p, nestedContent, parentIndex);
          }
          // The quote's paragraph: lazy lines continue it, and a `---` after it is a rule, not a heading.
          paragraph.begin(lineNo, contentCol, quoteDepth, true);
          continue;
        }
        const innerAtx = actionIndex < 0 && innerFirst === 35 /* # */ ? atxHeadingLevel(line, contentStart) : 0;
        if (innerAtx > 0) {
          if (allHeadings) headings.push({ line: lineNo, level: innerAtx, text: atxText(line.slice(contentStart + innerAtx)), topLevel: false });
          paragraph.close();
          continue;
        }
        const innerFence = actionIndex < 0 && (innerFirst === 96 || innerFirst === 126) ? openingFence(line.slice(contentStart)) : null;
        if (innerFence) {
          fence = { code: innerFirst, length: innerFence[1].length, containerCol: contentCol, quoteDepth };
          paragraph.close();
          continue;
        }
        if (emptyItem) paragraph.close();
        else paragraph.begin(lineNo, contentCol, quoteDepth, true);
        inTable = false;
        if (mayHaveComments && opensObsidianComment(line.slice(0))) {
          obsidianComment = true;
          paragraph.close();
        }
        continue;
      }
    }

    // Paragraph text (or a table row).
    content.add(lineNo);
    if (continuesParagraph) {
      // A table's delimiter row starts with `|`, `:` or `-`.
      if (!inTable && paragraph.lineCount === 1 && !paragraph.isItem && (first === 124 || first === 58 || first === 45) && isDelimiterRowFor(line.slice(textStart), paragraph.lineText(text, 0))) {
        inTable = true;
      } else if (!inTable) {
        paragraph.addLine(line.start + textStart, line.start + line.length);
      }
    } else {
      list.depth = keep;
      paragraph.begin(lineNo, containerCol, quoteDepth, false);
      paragraph.addLine(line.start + textStart, line.start + line.length);
      inTable = false;
    }
    if (mayHaveComments && opensObsidianComment(line.slice(0))) {
      obsidianComment = true;
      paragraph.close();
    }
  }

  return { headings, items, topLevelListItems, contentLines: content.lines, problems };

  /** Reads the action item whose list content starts at `contentStart` on the current line, if it is one: its index in `items`, else -1. */
  function readActionItem(lineNo: number, listColumn: number, contentStart: number, parent: number): number {
    // `[c]` followed by white space or the end of the line.
    if (line.code(contentStart) !== 91 /* [ */ || line.code(contentStart + 2) !== 93 /* ] */) return -1;
    const markerCode = line.code(contentStart + 1);
    if (markerCode < 0 || markerCode === 10 || markerCode === 13) return -1;
    const after = line.code(contentStart + 3);
    // White space or the line's end must follow, then some text — on this line or, as GFM reads
    // it, on a next line that continues the paragraph. `- [ ]` alone is an empty list item.
    const endsHere = line.isBlankFrom(contentStart + 3);
    if (!(after === 32 || after === 9 || after < 0) && !endsHere) return -1;
    if (endsHere && !continuesAsText(lineNo + 1 < lines.count ? lines.line(lineNo + 1) : undefined)) return -1;
    // A surrogate pair would be two code units: not a single-character marker.
    if (markerCode >= 0xd800 && markerCode <= 0xdfff) return -1;
    const marker = text[line.start + contentStart + 1];
    const contentEnd = line.trimmedEnd();
    const state = stateOfMarker(marker);
    const item: ActionItem = {
      line: lineNo,
      listColumn,
      column: contentStart,
      contentEnd,
      marker,
      state,
      text: '',
      textKey: 0,
      due: undefined,
      dueStart: -1,
      dueEnd: -1,
      done: undefined,
      owner: undefined,
      id: undefined,
      idStart: -1,
      parent,
      section: undefined,
    };
    const wantText = closedItemText || state === 'open' || state === 'carried';
    const badDates = readItemFields(text, line.start, Math.min(contentStart + 3, contentEnd), contentEnd, wantText, item);
    if (endsHere) {
      item.text = detach(lines.line(lineNo + 1).replace(/^[\s>]*/, '').trim());
      item.textKey = textKeyOf(item.text);
    }
    for (const bad of badDates) {
      problems.push({
        kind: 'date',
        message: bad.text === ''
          ? `The ${bad.field} date is missing after its marker. Write it as YYYY-MM-DD.`
          : `"${bad.text}" is not a real ${bad.field} date. Write it as YYYY-MM-DD, a day that exists.`,
        range: { start: { line: lineNo, character: bad.start }, end: { line: lineNo, character: bad.end } },
      });
    }
    items.push(item);
    return items.length - 1;
  }
}

/** The match of an opening code fence on a line's text, or null (a backtick fence's info string may not hold a backtick). */
export function openingFence(rest: string): RegExpExecArray | null {
  const open = FENCE_OPEN.exec(rest);
  return open && !(open[1][0] === '`' && open[2].includes('`')) ? open : null;
}

/** Level of the ATX heading (`#` to `######`, then white space or the end) whose `#`s start at `col`, or 0. */
export function atxHeadingLevel(line: LineView, col: number): number {
  let level = 0;
  while (line.code(col + level) === 35 /* # */) level++;
  if (level === 0 || level > 6) return 0;
  const after = line.code(col + level);
  return after === 32 || after === 9 || after < 0 ? level : 0;
}

/** False when the line's text at `col` cannot be a thematic break: its next character that is not white space is not `first` again. */
function mayBeThematicBreak(line: LineView, col: number, first: number): boolean {
  let p = col + 1;
  while (line.code(p) === 32 || line.code(p) === 9) p++;
  return line.code(p) === first;
}

/** True when `rest` is a table's delimiter row with as many cells as the header row. */
function isDelimiterRowFor(rest: string, header: string): boolean {
  return TABLE_DELIMITER.test(rest) && rest.includes('|') && tableCells(rest) === tableCells(header);
}

/** True when `next` would continue a paragraph as plain text (not blank, not a block of its own). */
export function continuesAsText(next: string | undefined): boolean {
  if (next === undefined) return false;
  const text = next.replace(/^(?: {0,3}>[ \t]?)*/, '').trimStart();
  if (text === '') return false;
  return !(listMarkerLengthOf(text) > 0 || ATX.test(text) || FENCE_OPEN.test(text) || THEMATIC.test(text) || SETEXT_EQ.test(text) || text.startsWith('>') || text.startsWith('<'));
}

/** Where the last `quotePrefix` call's prefixes ended (a second result without allocating: this runs on every line). */
let quotePrefixEnd = 0;

/** Block quote prefixes (up to 3 spaces, `>`, one optional space), at most `maxDepth` of them: returns the depth. */
function quotePrefix(line: LineView, maxDepth: number): number {
  let pos = 0;
  let quoteDepth = 0;
  while (quoteDepth < maxDepth) {
    let p = pos;
    let spaces = 0;
    while (spaces < 3 && line.code(p) === 32) {
      p++;
      spaces++;
    }
    if (line.code(p) !== 62 /* > */) break;
    p++;
    if (line.code(p) === 32 || line.code(p) === 9) p++;
    pos = p;
    quoteDepth++;
  }
  quotePrefixEnd = pos;
  return quoteDepth;
}

/** Length of a list marker at column `col` (`-`, `*`, `+`, or 1–9 digits and `.`/`)`), followed by white space or the end; 0 when there is none. */
export function listMarkerLength(line: LineView, col: number): number {
  const c = line.code(col);
  let length: number;
  if (c === 45 || c === 42 || c === 43) length = 1;
  else if (c >= 48 && c <= 57) {
    let i = 1;
    while (i < 10 && line.code(col + i) >= 48 && line.code(col + i) <= 57) i++;
    const d = line.code(col + i);
    if (i > 9 || (d !== 46 && d !== 41)) return 0;
    length = i + 1;
  } else return 0;
  const after = line.code(col + length);
  return after < 0 || after === 32 || after === 9 ? length : 0;
}

/** The same as `listMarkerLength` on a string. */
function listMarkerLengthOf(text: string): number {
  const view = new LineView(text);
  view.moveTo(0, text.length);
  return listMarkerLength(view, 0);
}

function htmlBlockEnd(rest: string, continuesParagraph: boolean): HtmlEnd | undefined {
  if (rest.startsWith('<!--')) return 'comment';
  const type1 = HTML_TYPE1.exec(rest);
  if (type1) return new RegExp(`</${type1[1]}>`, 'i');
  if (HTML_TYPE6.test(rest)) return 'blank';
  if (!continuesParagraph && HTML_TYPE7.test(rest)) return 'blank';
  return undefined;
}

/**
 * Whether a line (its block quote markers read up to `pos`, `quoteDepth` of them) is still inside
 * the open fence: a non-blank line that leaves the fence's block quote or list item ends the fence
 * with its container.
 */
export function staysInFence(line: LineView, pos: number, blank: boolean, quoteDepth: number, fence: Fence): boolean {
  if (blank) return true;
  return quoteDepth >= fence.quoteDepth && !(fence.containerCol > 0 && line.indentWidth(pos) < fence.containerCol);
}

export function isClosingFence(line: LineView, pos: number, fence: Fence): boolean {
  const indent = line.indentWidth(pos);
  if (indent - fence.containerCol >= 4) return false;
  const start = line.skipIndent(pos);
  let n = 0;
  while (line.code(start + n) === fence.code) n++;
  return n >= fence.length && line.isBlankFrom(start + n);
}

/** Text of an ATX heading from just after its `#`s: without the optional closing `#`s, inline markup reduced to its text. */
function atxText(afterHashes: string): string {
  let text = afterHashes.trim();
  // A closing sequence ends the trimmed text with `#`.
  const closing = text.charCodeAt(text.length - 1) === 35 ? /(?:^|[ \t])#+[ \t]*$/.exec(text) : null;
  if (closing) text = text.slice(0, closing.index).trim();
  return inlineText(text);
}

/**
 * Longest heading text whose inline markup is reduced. The patterns below look for a closing
 * mark from each opening one, which is quadratic on a line of openings that never close; no
 * section title or heading anyone reads is this long, and a longer one is kept as written.
 */
const MAX_INLINE_TEXT = 1000;

/** The plain text of a line of inline Markdown, as remark's `toString` would give it for common markup. */
export function inlineText(text: string): string {
  if (text.length > MAX_INLINE_TEXT || !/[\\`*_~[\]<&]/.test(text)) return text;
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\[([^\]|]*)\|?([^\]]*)\]\]/g, (_m, target: string, alias: string) => `[[${target}${alias ? '|' + alias : ''}]]`)
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Cells of a table row: `|`-separated, outer pipes optional, `\|` escaped. */
function tableCells(row: string): number {
  const trimmed = row.trim().replace(/\\\|/g, '');
  const inner = trimmed.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').length;
}

/** A line leaves an Obsidian comment open after it when a `%%` outside code opens one that it does not close. */
function opensObsidianComment(line: string): boolean {
  return line.includes('%%') && obsidianCommentOpenAfter(line, false);
}
