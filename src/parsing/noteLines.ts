/**
 * The lines of a note as positions in its text rather than as strings. V8 reads a character of a
 * flat string about three times faster than one of a substring (which every line cut from the
 * text is), and 10,000 notes have about 570,000 lines: the scanner reads characters in place and
 * cuts a line out only when it needs a string (a regular expression, a heading's text).
 * Lines end at LF, CRLF or a lone CR, as CommonMark says (and as `splitLines` splits them).
 */
export class NoteLines {
  /**
   * Where each line starts in `text`, then one more entry: one past the end of the text, where a
   * line after the last would start. Without CRs, a line ends just before the next one starts.
   */
  readonly starts: number[] = [];
  /** Where each line ends (before its line ending) in a text with CRs, where endings are one or two characters. */
  private readonly crEnds: number[] | undefined;

  /** The lines of `text` from `from` on (1 skips a byte order mark); `hasCr` says whether the text has any CR. */
  constructor(
    readonly text: string,
    from: number,
    hasCr: boolean,
  ) {
    const starts = this.starts;
    let start = from;
    if (!hasCr) {
      for (let lf = text.indexOf('\n', start); lf >= 0; lf = text.indexOf('\n', start)) {
        starts.push(start);
        start = lf + 1;
      }
    } else {
      const ends: number[] = [];
      for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        starts.push(start);
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
      ends.push(text.length);
      this.crEnds = ends;
    }
    starts.push(start, text.length + 1);
  }

  get count(): number {
    return this.starts.length - 1;
  }

  /** Where line `i` ends in `text`, before its line ending. */
  end(i: number): number {
    return this.crEnds === undefined ? this.starts[i + 1] - 1 : this.crEnds[i];
  }

  /** Line `i` as a string (a new substring each time: for the rare paths that need one). */
  line(i: number): string {
    return this.text.slice(this.starts[i], this.end(i));
  }

  /** Lines `from` to `to` (exclusive) as strings. */
  slice(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to && i < this.count; i++) out.push(this.line(i));
    return out;
  }
}

/**
 * One line of a note, read in place. Columns are offsets from the line's start, as in the editor;
 * reading at a column outside the line gives -1, where `String.charCodeAt` would give NaN.
 * The scanner moves one view from line to line instead of making an object per line.
 */
export class LineView {
  start = 0;
  length = 0;

  constructor(readonly text: string) {}

  moveTo(start: number, end: number): void {
    this.start = start;
    this.length = end - start;
  }

  /** The UTF-16 code unit at `col`, or -1 outside the line. */
  code(col: number): number {
    return col >= 0 && col < this.length ? this.text.charCodeAt(this.start + col) : -1;
  }

  /** The line from column `from` (to `to`) as a string. */
  slice(from: number, to: number = this.length): string {
    return this.text.slice(this.start + from, this.start + to);
  }

  /** True when nothing but spaces, tabs and CRs follow column `from`. */
  isBlankFrom(from: number): boolean {
    const text = this.text;
    const end = this.start + this.length;
    for (let i = this.start + Math.max(from, 0); i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) return false;
    }
    return true;
  }

  /** Width in columns of the white space at `from`, tabs to the next multiple of 4. */
  indentWidth(from: number): number {
    let col = 0;
    for (let i = from; i < this.length; i++) {
      const c = this.text.charCodeAt(this.start + i);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
    }
    return col;
  }

  /** Column of the first character at or after `from` that is not a space or a tab. */
  skipIndent(from: number): number {
    let i = from;
    while (i < this.length) {
      const c = this.text.charCodeAt(this.start + i);
      if (c !== 32 && c !== 9) break;
      i++;
    }
    return i;
  }

  /** Column after skipping `columns` columns of white space from `from` (a tab may overshoot). */
  skipColumns(from: number, columns: number): number {
    let col = 0;
    let i = from;
    while (i < this.length && col < columns) {
      const c = this.text.charCodeAt(this.start + i);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
      i++;
    }
    return i;
  }

  /** Column just after the last character that is not a space, a tab or a CR. */
  trimmedEnd(): number {
    let end = this.length;
    while (end > 0) {
      const c = this.text.charCodeAt(this.start + end - 1);
      if (c !== 32 && c !== 9 && c !== 13) break;
      end--;
    }
    return end;
  }
}
