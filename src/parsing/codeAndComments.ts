import { atxHeadingLevel, continuesAsText, isClosingFence, listMarkerLength, openingFence, staysInFence, THEMATIC, type Fence } from './blockScanner';
import { CodeSpanCloser } from './codeSpans';
import { LineView, type NoteLines } from './noteLines';

/**
 * Where a note's code and its comments are, for everything that shows the note's text without
 * its comments (share, the HTML export). Two kinds of range, as `[start, end)` offsets in the
 * note's text, two numbers per range, in order and apart:
 *
 * - code: fenced code blocks and indented code (whole lines, fences included), also inside list
 *   items at any depth and in block quotes and callouts, and code spans (backticks included);
 * - comments: Obsidian's `%% … %%` and HTML's `<!-- … -->`, marks included, over any number of
 *   lines; one that is never closed runs to the end of the text (Obsidian hides the rest then).
 *
 * Code is never a comment: a comment mark inside code is code (CommonMark and Obsidian agree).
 * What starts first wins, as a reader goes from left to right: a comment that opens outside code
 * runs to its closing mark, through anything that would be code, as Obsidian hides it. A code
 * span is a backtick string closed by one of the same length in the same paragraph.
 *
 * It reads the blocks as the block scanner does (its helpers decide fences, list items, headings)
 * but only where it matters for code. Linear in the text: each comment's close is one forward
 * search, and a paragraph's backtick strings are indexed once (see `CodeSpanCloser`).
 */
export interface CodeAndComments {
  code: number[];
  comments: number[];
}

export function codeAndComments(lines: NoteLines, startLine: number): CodeAndComments {
  const text = lines.text;
  const code: number[] = [];
  const comments: number[] = [];
  const line = new LineView(text);
  const spans = new ParagraphCodeSpans(lines);

  // The open list items' content columns, and whether each has had content yet.
  const listCols: number[] = [];
  const listEmpty: boolean[] = [];
  let listDepth = 0;
  let listQuoteDepth = 0;
  let fence: Fence | undefined;
  let paragraph = false;
  let paragraphQuoteDepth = 0;
  let paragraphCol = 0;
  // Where reading goes on when a code span or a comment ended past the line it started on.
  let resume = -1;

  for (let lineNo = startLine; lineNo < lines.count; lineNo++) {
    const start = lines.starts[lineNo];
    const end = lines.end(lineNo);
    if (resume > end) continue;
    line.moveTo(start, end);
    if (resume >= start) {
      // The rest of the line that closes a comment or a code span is text of a paragraph.
      const from = resume;
      resume = readInline(from, end, lineNo, false);
      paragraph = true;
      continue;
    }

    let quoteDepth = quotePrefix(line, fence ? fence.quoteDepth : Infinity);
    let pos = quoteEnd;
    let blank = line.isBlankFrom(pos);
    if (fence) {
      if (staysInFence(line, pos, blank, quoteDepth, fence)) {
        code.push(start, end);
        if (isClosingFence(line, pos, fence)) fence = undefined;
        continue;
      }
      // The fence's container ended, and with it the fence: the line is read afresh.
      fence = undefined;
      quoteDepth = quotePrefix(line, Infinity);
      pos = quoteEnd;
      blank = line.isBlankFrom(pos);
    }

    if (blank) {
      paragraph = false;
      while (listDepth > 0 && listEmpty[listDepth - 1]) listDepth--;
      continue;
    }
    if (listDepth > 0) listEmpty[listDepth - 1] = false;
    if (quoteDepth !== listQuoteDepth) {
      listDepth = 0;
      listQuoteDepth = quoteDepth;
    }

    const indent = line.indentWidth(pos);
    const textStart = line.skipIndent(pos);
    let keep = listDepth;
    while (keep > 0 && listCols[keep - 1] > indent) keep--;
    const containerCol = keep > 0 ? listCols[keep - 1] : 0;
    const continuesParagraph = paragraph && paragraphQuoteDepth >= quoteDepth;

    if (indent - containerCol >= 4 && !continuesParagraph) {
      // Indented code.
      listDepth = keep;
      code.push(start, end);
      continue;
    }

    if (indent - containerCol < 4) {
      const first = line.code(textStart);
      const fenceOpen = first === 96 /* ` */ || first === 126 /* ~ */ ? openingFence(line.slice(textStart)) : null;
      if (fenceOpen) {
        listDepth = keep;
        fence = { code: first, length: fenceOpen[1].length, containerCol, quoteDepth };
        paragraph = false;
        code.push(start, end);
        continue;
      }
      if (first === 35 /* # */ && atxHeadingLevel(line, textStart) > 0) {
        listDepth = keep;
        paragraph = false;
        resume = readInline(start + textStart, end, lineNo, true);
        continue;
      }
      if ((first === 45 /* - */ || first === 42 /* * */ || first === 95) /* _ */ && THEMATIC.test(line.slice(textStart))) {
        listDepth = keep;
        paragraph = false;
        continue;
      }
      const markerLength = listMarkerLength(line, textStart);
      if (markerLength > 0) {
        const ordered = markerLength > 1;
        const afterMarker = textStart + markerLength;
        const emptyItem = line.isBlankFrom(afterMarker);
        const interrupts = continuesParagraph && paragraphCol === containerCol && paragraphQuoteDepth === quoteDepth;
        if (!interrupts || (!emptyItem && (!ordered || (markerLength === 2 && first === 49) /* 1. */))) {
          listDepth = keep;
          const spacesAfter = emptyItem ? 1 : Math.min(line.indentWidth(afterMarker), 5);
          const contentCol = indent + markerLength + (spacesAfter >= 5 ? 1 : spacesAfter);
          const contentStart = emptyItem ? line.length : line.skipColumns(afterMarker, spacesAfter >= 5 ? 1 : spacesAfter);
          listCols[listDepth] = contentCol;
          listEmpty[listDepth] = emptyItem;
          listDepth++;
          const inner = line.code(contentStart);
          const innerFence = inner === 96 || inner === 126 ? openingFence(line.slice(contentStart)) : null;
          if (innerFence || spacesAfter >= 5) {
            // A fence opening the item, or code indented past the marker (`-      code`).
            if (innerFence) fence = { code: inner, length: innerFence[1].length, containerCol: contentCol, quoteDepth };
            paragraph = false;
            code.push(start + contentStart, end);
            continue;
          }
          paragraph = !emptyItem;
          paragraphQuoteDepth = quoteDepth;
          paragraphCol = contentCol;
          resume = readInline(start + contentStart, end, lineNo, false);
          continue;
        }
      }
    }

    // Paragraph text (a lazy continuation line among it).
    if (!continuesParagraph) {
      listDepth = keep;
      paragraph = true;
      paragraphQuoteDepth = quoteDepth;
      paragraphCol = containerCol;
    }
    resume = readInline(start + textStart, end, lineNo, false);
  }

  return { code, comments };

  /**
   * Reads inline text from offset `from` to the line's `end`: code spans and comments. Returns -1,
   * or where reading goes on when a code span or a comment runs past this line.
   */
  function readInline(from: number, end: number, lineNo: number, oneLine: boolean): number {
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      let next = -1;
      if (c === 92 /* \ */) {
        // An escaped backtick opens nothing (one after it still may).
        if (text.charCodeAt(i + 1) === 96) i++;
        continue;
      } else if (c === 96 /* ` */) {
        let n = 1;
        while (text.charCodeAt(i + n) === 96) n++;
        const close = spans.closer(i, n, lineNo, oneLine);
        if (close < 0) {
          i += n - 1;
          continue;
        }
        code.push(i, close + n);
        next = close + n;
      } else if (c === 37 /* % */ && text.charCodeAt(i + 1) === 37) {
        const close = text.indexOf('%%', i + 2);
        next = close < 0 ? text.length : close + 2;
        comments.push(i, next);
      } else if (c === 60 /* < */ && text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        next = close < 0 ? text.length : close + 3;
        comments.push(i, next);
      } else continue;
      if (next > end) return next;
      i = next - 1;
    }
    return -1;
  }
}

/** Where the last `quotePrefix` call's prefixes ended (a second result without allocating). */
let quoteEnd = 0;

/** Block quote prefixes (up to 3 spaces, `>`, one optional space), at most `maxDepth` of them: returns the depth. */
function quotePrefix(line: LineView, maxDepth: number): number {
  let pos = 0;
  let depth = 0;
  while (depth < maxDepth) {
    let p = pos;
    while (p - pos < 3 && line.code(p) === 32) p++;
    if (line.code(p) !== 62 /* > */) break;
    p++;
    if (line.code(p) === 32 || line.code(p) === 9) p++;
    pos = p;
    depth++;
  }
  quoteEnd = pos;
  return depth;
}

/**
 * Finds the backtick string that closes a code span in the same paragraph: the lines from the
 * opener's on that continue as text (a heading is a paragraph of its own), indexed once.
 */
class ParagraphCodeSpans {
  private firstLine = -1;
  private lastLine = -1;
  private readonly spans = new CodeSpanCloser();

  constructor(private readonly lines: NoteLines) {}

  /** Offset of the backtick string that closes the one of length `n` at `at` on line `lineNo`, or -1 (`oneLine`: a heading). */
  closer(at: number, n: number, lineNo: number, oneLine: boolean): number {
    if (lineNo < this.firstLine || lineNo > this.lastLine) {
      const lines = this.lines;
      let last = lineNo;
      if (!oneLine) while (last + 1 < lines.count && continuesAsText(lines.line(last + 1))) last++;
      this.firstLine = lineNo;
      this.lastLine = last;
      this.spans.index(lines.text, lines.starts[lineNo], lines.end(last));
    }
    return this.spans.closer(at, n);
  }
}
