import { readItemFields, stateOfMarker, textKeyOf } from './itemFields';
import { detach } from './intern';
import type { ActionItem, Heading, ParseProblem } from './types';

/**
 * A line-by-line block scanner for the part of CommonMark + GFM that decides what is a heading
 * and what is a list item with a checkbox: block quotes (and so callouts), lists and their
 * content columns, fenced and indented code, HTML blocks, setext headings, tables, plus
 * Obsidian's `%% %%` comments. It is the indexing path: a remark parse costs 175–360× the time of
 * reading the file (see the performance notes); this scanner is about 1×. A differential test
 * holds it to remark's answers on the example vault and on generated vaults.
 */

export interface ScannedHeading extends Heading {
  /** True for a heading at the top level of the document (not in a list or block quote). */
  topLevel: boolean;
}

export interface ScannedListItem {
  line: number;
  ordered: boolean;
  markerColumn: number;
  markerLength: number;
}

export interface ScanResult {
  headings: ScannedHeading[];
  items: ActionItem[];
  /**
   * List items that start a top-level list entry (any kind, with or without checkbox), four
   * numbers each: line, ordered (1) or not (0), marker column, marker length. Flat, because there
   * are ~170,000 of them in 10,000 notes and only the priorities section's are kept.
   */
  topLevelListItems: number[];
  /** Lines that carry visible content (not blank, not inside comments). */
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

interface Fence {
  char: string;
  length: number;
  /** Column of the container the fence is in; its closing fence may be indented up to 3 more. */
  containerCol: number;
  quoteDepth: number;
}

type HtmlEnd = 'comment' | 'blank' | RegExp;

const ATX = /^(#{1,6})(?:[ \t]+|$)/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_EQ = /^=+[ \t]*$/;
const SETEXT_DASH = /^-+[ \t]*$/;

const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_TYPE1 = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_TYPE6 =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_TYPE7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/**
 * `closedItemText: false` leaves done and canceled items without text, and `allHeadings: false`
 * reports only the top-level headings of level 1 and 2 that bound sections (what the index needs).
 */
export function scanBlocks(lines: readonly string[], startLine: number, options: { closedItemText?: boolean; allHeadings?: boolean } = {}): ScanResult {
  const closedItemText = options.closedItemText !== false;
  const allHeadings = options.allHeadings !== false;
  const headings: ScannedHeading[] = [];
  const items: ActionItem[] = [];
  const topLevelListItems: number[] = [];
  const contentLines: number[] = [];
  const problems: ParseProblem[] = [];

  let fence: Fence | undefined;
  let html: HtmlEnd | undefined;
  let htmlQuoteDepth = 0;
  let obsidianComment = false;
  let listStack: OpenListItem[] = [];
  let listQuoteDepth = 0;
  // The paragraph the previous line belonged to, if any (for lazy continuation, setext, tables).
  let paragraph: { startLine: number; containerCol: number; quoteDepth: number; lines: string[]; isItem: boolean } | undefined;
  let inTable = false;

  for (let lineNo = startLine; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo];

    // Inside a fence, only the fence's own `>`s are quote markers; the rest is code.
    let quoteDepth = quotePrefix(line, fence ? fence.quoteDepth : Infinity);
    let pos = quotePrefixEnd;
    let blank = isBlankFrom(line, pos);

    if (fence) {
      const leftQuote = quoteDepth < fence.quoteDepth && !blank;
      const leftList = !blank && fence.containerCol > 0 && indentWidth(line, pos) < fence.containerCol;
      if (!leftQuote && !leftList) {
        if (!blank) contentLines.push(lineNo);
        if (isClosingFence(line, pos, fence)) fence = undefined;
        continue;
      }
      // The fence's container ended, and with it the fence; the line is read afresh below.
      fence = undefined;
      quoteDepth = quotePrefix(line, Infinity);
      pos = quotePrefixEnd;
      blank = isBlankFrom(line, pos);
    }

    if (html !== undefined) {
      if (html === 'blank') {
        // A `>` line is not blank for an HTML block outside block quotes.
        if (htmlQuoteDepth > 0 ? blank || quoteDepth < htmlQuoteDepth : isBlankFrom(line, 0)) {
          html = undefined;
          continue;
        }
        contentLines.push(lineNo);
        continue;
      }
      if (html === 'comment' ? line.includes('-->') : html.test(line)) html = undefined;
      continue;
    }

    if (obsidianComment) {
      if (countObsidianMarkers(line) % 2 === 1) obsidianComment = false;
      paragraph = undefined;
      continue;
    }

    if (blank) {
      paragraph = undefined;
      inTable = false;
      // A list item that starts empty ends at its first blank line if nothing came into it.
      while (listStack.length > 0 && listStack[listStack.length - 1].empty) listStack.pop();
      continue;
    }
    if (listStack.length > 0) listStack[listStack.length - 1].empty = false;

    if (quoteDepth !== listQuoteDepth) {
      // A list does not survive its block quote (or a quote opening inside it) in notes as people write them.
      listStack = [];
      listQuoteDepth = quoteDepth;
    }

    const indent = indentWidth(line, pos);
    const textStart = skipIndent(line, pos);
    const rest = line.slice(textStart);

    // Which open list items does this line continue? Those whose content column it reaches.
    let keep = listStack.length;
    while (keep > 0 && listStack[keep - 1].contentCol > indent) keep--;
    const containerCol = keep > 0 ? listStack[keep - 1].contentCol : 0;
    const relative = indent - containerCol;
    // A paragraph goes on at the same quote depth, or lazily on a line that drops the `>`s.
    const continuesParagraph = paragraph !== undefined && paragraph.quoteDepth >= quoteDepth;
    // Each kind of block starts with its own character: test only the patterns that can match.
    const first = rest.charCodeAt(0);

    // Obsidian comments hide everything from `%%` on.
    if (first === 37 /* % */ && rest.startsWith('%%')) {
      if (countObsidianMarkers(line) % 2 === 1) obsidianComment = true;
      paragraph = undefined;
      continue;
    }

    if (relative >= 4) {
      if (continuesParagraph) {
        if (!inTable) paragraph!.lines.push(rest);
        contentLines.push(lineNo);
        if (opensObsidianComment(line)) {
          obsidianComment = true;
          paragraph = undefined;
        }
        continue;
      }
      // Indented code.
      if (listStack.length !== keep) listStack.length = keep;
      contentLines.push(lineNo);
      continue;
    }

    const fenceOpen = first === 96 /* ` */ || first === 126 /* ~ */ ? FENCE_OPEN.exec(rest) : null;
    if (fenceOpen && !(fenceOpen[1][0] === '`' && fenceOpen[2].includes('`'))) {
      if (listStack.length !== keep) listStack.length = keep;
      fence = { char: fenceOpen[1][0], length: fenceOpen[1].length, containerCol, quoteDepth };
      paragraph = undefined;
      inTable = false;
      contentLines.push(lineNo);
      continue;
    }

    // Heading texts are not copied here: only section titles are kept, and those are interned.
    const atx = first === 35 /* # */ ? ATX.exec(rest) : null;
    if (atx) {
      if (listStack.length !== keep) listStack.length = keep;
      const topLevel = quoteDepth === 0 && keep === 0;
      if (allHeadings || (topLevel && atx[1].length <= 2)) headings.push({ line: lineNo, level: atx[1].length, text: atxText(rest, atx[0].length), topLevel });
      paragraph = undefined;
      inTable = false;
      contentLines.push(lineNo);
      continue;
    }

    if ((first === 61 /* = */ || first === 45 /* - */) && paragraph && !paragraph.isItem && !inTable && paragraph.quoteDepth === quoteDepth && paragraph.containerCol === containerCol) {
      const setext = SETEXT_EQ.test(rest) ? 1 : SETEXT_DASH.test(rest) ? 2 : 0;
      if (setext > 0) {
        if (listStack.length !== keep) listStack.length = keep;
        headings.push({
          line: paragraph.startLine,
          level: setext,
          text: paragraph.lines.map((l) => inlineText(l.trim())).join('\n'),
          topLevel: quoteDepth === 0 && keep === 0,
        });
        paragraph = undefined;
        contentLines.push(lineNo);
        continue;
      }
    }

    if ((first === 45 /* - */ || first === 42 /* * */ || first === 95 /* _ */) && THEMATIC.test(rest)) {
      if (listStack.length !== keep) listStack.length = keep;
      paragraph = undefined;
      inTable = false;
      contentLines.push(lineNo);
      continue;
    }

    if (first === 60 /* < */) {
      const end = htmlBlockEnd(rest, continuesParagraph);
      if (end !== undefined) {
        if (listStack.length !== keep) listStack.length = keep;
        paragraph = undefined;
        inTable = false;
        if (end === 'comment') {
          const close = rest.indexOf('-->', 4);
          if (close < 0) html = 'comment';
          else if (!isBlankFrom(rest, close + 3)) contentLines.push(lineNo);
        } else {
          contentLines.push(lineNo);
          if (!(end instanceof RegExp && end.test(rest))) html = end;
          htmlQuoteDepth = quoteDepth;
        }
        continue;
      }
    }

    const markerLength = listMarkerLength(rest);
    if (markerLength > 0) {
      // Bullets are one character; an ordered marker is digits and `.` or `)`.
      const ordered = markerLength > 1;
      const afterMarker = textStart + markerLength;
      const emptyItem = isBlankFrom(line, afterMarker);
      // A list item may interrupt a paragraph only when it is not empty and, if ordered, starts at 1.
      // It interrupts only within the paragraph's own container (a line that leaves a quote or list starts anew).
      const interrupts = continuesParagraph && !inTable && paragraph!.containerCol === containerCol && paragraph!.quoteDepth === quoteDepth;
      const allowed = !interrupts || (!emptyItem && (!ordered || (markerLength === 2 && first === 49) /* 1. */));
      if (allowed) {
        if (listStack.length !== keep) listStack.length = keep;
        const markerCol = indent;
        const spacesAfter = emptyItem ? 1 : Math.min(columnsBetween(line, afterMarker), 5);
        const contentCol = markerCol + markerLength + (spacesAfter >= 5 ? 1 : spacesAfter);
        const contentStart = emptyItem ? line.length : skipColumns(line, afterMarker, spacesAfter >= 5 ? 1 : spacesAfter);
        if (keep === 0 && quoteDepth === 0) {
          topLevelListItems.push(lineNo, ordered ? 1 : 0, textStart, markerLength);
        }
        const parentIndex = nearestActionItem(listStack);
        const actionIndex = readActionItem(lineNo, line, textStart, contentStart, parentIndex);
        listStack.push({ contentCol, actionIndex, empty: emptyItem });
        contentLines.push(lineNo);
        const inner = line.slice(contentStart);
        if (actionIndex < 0 && inner.charCodeAt(0) === 62 /* > */) {
          // `- > - [ ] task`: a block quote opened inside the list item, with a task in it.
          let p = contentStart;
          let depth = 0;
          while (line.charCodeAt(p) === 62) {
            p++;
            depth++;
            if (line.charCodeAt(p) === 32 || line.charCodeAt(p) === 9) p++;
          }
          const nested = listMarkerLength(line.slice(p));
          if (nested > 0 && !isBlankFrom(line, p + nested)) {
            const nestedContent = skipColumns(line, p + nested, Math.min(columnsBetween(line, p + nested), 4));
            readActionItem(lineNo, line, p, nestedContent, parentIndex);
          }
          // The quote's paragraph: lazy lines continue it, and a `---` after it is a rule, not a heading.
          paragraph = { startLine: lineNo, containerCol: contentCol, quoteDepth, lines: [], isItem: true };
          continue;
        }
        const innerAtx = actionIndex < 0 ? ATX.exec(inner) : null;
        if (innerAtx) {
          if (allHeadings) headings.push({ line: lineNo, level: innerAtx[1].length, text: atxText(inner, innerAtx[0].length), topLevel: false });
          paragraph = undefined;
          continue;
        }
        const innerFence = actionIndex < 0 ? FENCE_OPEN.exec(inner) : null;
        if (innerFence && !(innerFence[1][0] === '`' && innerFence[2].includes('`'))) {
          fence = { char: innerFence[1][0], length: innerFence[1].length, containerCol: contentCol, quoteDepth };
          paragraph = undefined;
          continue;
        }
        paragraph = emptyItem ? undefined : { startLine: lineNo, containerCol: contentCol, quoteDepth, lines: [], isItem: true };
        inTable = false;
        if (opensObsidianComment(line)) {
          obsidianComment = true;
          paragraph = undefined;
        }
        continue;
      }
    }

    // Paragraph text (or a table row).
    contentLines.push(lineNo);
    if (continuesParagraph) {
      if (!inTable && paragraph!.lines.length === 1 && !paragraph!.isItem && TABLE_DELIMITER.test(rest) && rest.includes('|') && tableCells(rest) === tableCells(paragraph!.lines[0])) {
        inTable = true;
      } else if (!inTable) {
        paragraph!.lines.push(rest);
      }
    } else {
      if (listStack.length !== keep) listStack.length = keep;
      paragraph = { startLine: lineNo, containerCol, quoteDepth, lines: [rest], isItem: false };
      inTable = false;
    }
    if (opensObsidianComment(line)) {
      obsidianComment = true;
      paragraph = undefined;
    }
  }

  return { headings, items, topLevelListItems, contentLines, problems };

  function readActionItem(lineNo: number, line: string, listColumn: number, contentStart: number, parent: number): number {
    // `[c]` followed by white space or the end of the line.
    if (line.charCodeAt(contentStart) !== 91 /* [ */ || line.charCodeAt(contentStart + 2) !== 93 /* ] */) return -1;
    const markerCode = line.charCodeAt(contentStart + 1);
    if (Number.isNaN(markerCode) || markerCode === 10 || markerCode === 13) return -1;
    const after = line.charCodeAt(contentStart + 3);
    // White space or the line's end must follow, then some text — on this line or, as GFM reads
    // it, on a next line that continues the paragraph. `- [ ]` alone is an empty list item.
    const endsHere = isBlankFrom(line, contentStart + 3);
    if (!(after === 32 || after === 9 || Number.isNaN(after)) && !endsHere) return -1;
    if (endsHere && !continuesAsText(lines[lineNo + 1])) return -1;
    // A surrogate pair would be two code units: not a single-character marker.
    if (markerCode >= 0xd800 && markerCode <= 0xdfff) return -1;
    const marker = line[contentStart + 1];
    const contentEnd = trimmedEnd(line);
    const state = stateOfMarker(marker);
    const fields = readItemFields(line, Math.min(contentStart + 3, contentEnd), contentEnd, closedItemText || state === 'open' || state === 'carried');
    if (endsHere) {
      fields.text = detach(lines[lineNo + 1].replace(/^[\s>]*/, '').trim());
      fields.textKey = textKeyOf(fields.text);
    }
    for (const bad of fields.badDates) {
      problems.push({
        kind: 'date',
        message: bad.text === ''
          ? `The ${bad.field} date is missing after its marker. Write it as YYYY-MM-DD.`
          : `"${bad.text}" is not a real ${bad.field} date. Write it as YYYY-MM-DD, a day that exists.`,
        range: { start: { line: lineNo, character: bad.start }, end: { line: lineNo, character: bad.end } },
      });
    }
    items.push({
      line: lineNo,
      listColumn,
      column: contentStart,
      contentEnd,
      marker,
      state,
      text: fields.text,
      textKey: fields.textKey,
      due: fields.due,
      dueStart: fields.dueStart,
      dueEnd: fields.dueEnd,
      done: fields.done,
      owner: fields.owner,
      id: fields.id,
      idStart: fields.idStart,
      parent,
      section: undefined,
    });
    return items.length - 1;
  }
}

/** True when `next` would continue a paragraph as plain text (not blank, not a block of its own). */
function continuesAsText(next: string | undefined): boolean {
  if (next === undefined) return false;
  const text = next.replace(/^(?: {0,3}>[ \t]?)*/, '').trimStart();
  if (text === '') return false;
  return !(listMarkerLength(text) > 0 || ATX.test(text) || FENCE_OPEN.test(text) || THEMATIC.test(text) || SETEXT_EQ.test(text) || text.startsWith('>') || text.startsWith('<'));
}

/** Where the last `quotePrefix` call's prefixes ended (a second result without allocating: this runs on every line). */
let quotePrefixEnd = 0;

/** Block quote prefixes (up to 3 spaces, `>`, one optional space), at most `maxDepth` of them: returns the depth. */
function quotePrefix(line: string, maxDepth: number): number {
  let pos = 0;
  let quoteDepth = 0;
  while (quoteDepth < maxDepth) {
    let p = pos;
    let spaces = 0;
    while (spaces < 3 && line.charCodeAt(p) === 32) {
      p++;
      spaces++;
    }
    if (line.charCodeAt(p) !== 62 /* > */) break;
    p++;
    if (line.charCodeAt(p) === 32 || line.charCodeAt(p) === 9) p++;
    pos = p;
    quoteDepth++;
  }
  quotePrefixEnd = pos;
  return quoteDepth;
}

/** Length of a list marker at the start of `text` (`-`, `*`, `+`, or 1–9 digits and `.`/`)`), followed by white space or the end; 0 when there is none. */
function listMarkerLength(text: string): number {
  const c = text.charCodeAt(0);
  let length: number;
  if (c === 45 || c === 42 || c === 43) length = 1;
  else if (c >= 48 && c <= 57) {
    let i = 1;
    while (i < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const d = text.charCodeAt(i);
    if (i > 9 || (d !== 46 && d !== 41)) return 0;
    length = i + 1;
  } else return 0;
  const after = text.charCodeAt(length);
  return Number.isNaN(after) || after === 32 || after === 9 ? length : 0;
}

function nearestActionItem(stack: readonly OpenListItem[]): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].actionIndex >= 0) return stack[i].actionIndex;
  return -1;
}

function htmlBlockEnd(rest: string, continuesParagraph: boolean): HtmlEnd | undefined {
  if (rest.startsWith('<!--')) return 'comment';
  const type1 = HTML_TYPE1.exec(rest);
  if (type1) return new RegExp(`</${type1[1]}>`, 'i');
  if (HTML_TYPE6.test(rest)) return 'blank';
  if (!continuesParagraph && HTML_TYPE7.test(rest)) return 'blank';
  return undefined;
}

function isClosingFence(line: string, pos: number, fence: Fence): boolean {
  const indent = indentWidth(line, pos);
  if (indent - fence.containerCol >= 4) return false;
  const start = skipIndent(line, pos);
  let n = 0;
  while (line[start + n] === fence.char) n++;
  return n >= fence.length && isBlankFrom(line, start + n);
}

/** Text of an ATX heading: without the optional closing `#`s, inline markup reduced to its text. */
function atxText(rest: string, openLength: number): string {
  let text = rest.slice(openLength).trim();
  const closing = /(?:^|[ \t])#+[ \t]*$/.exec(text);
  if (closing) text = text.slice(0, closing.index).trim();
  return inlineText(text);
}

/** The plain text of a line of inline Markdown, as remark's `toString` would give it for common markup. */
export function inlineText(text: string): string {
  if (!/[\\`*_~[\]<&]/.test(text)) return text;
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

/** A line with an odd number of `%%` leaves an Obsidian comment open after it. */
function opensObsidianComment(line: string): boolean {
  return line.includes('%%') && countObsidianMarkers(line) % 2 === 1;
}

function countObsidianMarkers(line: string): number {
  let n = 0;
  for (let i = line.indexOf('%%'); i >= 0; i = line.indexOf('%%', i + 2)) n++;
  return n;
}

function isBlankFrom(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Width in columns of the white space at `from`, tabs to the next multiple of 4. */
function indentWidth(line: string, from: number): number {
  let col = 0;
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
  }
  return col;
}

function skipIndent(line: string, from: number): number {
  let i = from;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

function columnsBetween(line: string, from: number): number {
  return indentWidth(line, from);
}

/** Index after skipping `columns` columns of white space from `from` (a tab may overshoot). */
function skipColumns(line: string, from: number, columns: number): number {
  let col = 0;
  let i = from;
  while (i < line.length && col < columns) {
    const c = line.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else break;
    i++;
  }
  return i;
}

function trimmedEnd(line: string): number {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 32 && c !== 9 && c !== 13) break;
    end--;
  }
  return end;
}
