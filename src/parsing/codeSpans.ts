/**
 * Code spans (CommonMark §6.1): a backtick string opens one when a backtick string of the same
 * length closes it later in the same paragraph; everything between is code. The closers of a
 * stretch of text are indexed by length once, and openers come in order, so each length's list is
 * walked forward only once: a line of openers that never close costs no more than reading it.
 */
export class CodeSpanCloser {
  private readonly byLength = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();

  /** Indexes the backtick strings of `text` in `[from, to)`, the paragraph the next openers are in. */
  index(text: string, from: number, to: number): void {
    this.byLength.clear();
    this.cursor.clear();
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) !== 96) continue;
      let n = 1;
      while (i + n < to && text.charCodeAt(i + n) === 96) n++;
      let list = this.byLength.get(n);
      if (!list) {
        list = [];
        this.byLength.set(n, list);
        this.cursor.set(n, 0);
      }
      list.push(i);
      i += n - 1;
    }
  }

  /** Offset of the backtick string that closes the one of length `n` at `at`, or -1 (openers must come in order). */
  closer(at: number, n: number): number {
    const found = this.byLength.get(n);
    if (!found) return -1;
    let k = this.cursor.get(n)!;
    while (k < found.length && found[k] <= at) k++;
    this.cursor.set(n, k);
    return k < found.length ? found[k] : -1;
  }
}

/**
 * Whether an Obsidian comment is open after `line`, given whether one was open before it: read
 * from left to right, an open comment ends at the next `%%`, and outside one a `%%` in a code
 * span on the line is code, not a mark.
 */
export function obsidianCommentOpenAfter(line: string, openBefore: boolean): boolean {
  let open = openBefore;
  let spans: CodeSpanCloser | undefined;
  for (let i = 0; i < line.length; i++) {
    if (open) {
      const close = line.indexOf('%%', i);
      if (close < 0) return true;
      open = false;
      i = close + 1;
      continue;
    }
    const c = line.charCodeAt(i);
    if (c === 92 /* \ */) {
      if (line.charCodeAt(i + 1) === 96) i++;
    } else if (c === 96 /* ` */) {
      let n = 1;
      while (line.charCodeAt(i + n) === 96) n++;
      if (!spans) {
        spans = new CodeSpanCloser();
        spans.index(line, 0, line.length);
      }
      const close = spans.closer(i, n);
      i = (close < 0 ? i : close) + n - 1;
    } else if (c === 37 /* % */ && line.charCodeAt(i + 1) === 37) {
      open = true;
      i++;
    }
  }
  return open;
}
