/**
 * Callouts the writer marked private: `> [!private]`, `> [!note] Private`, `> [!warning]- private: …`
 * — a callout whose type or title says private, with the quoted lines that follow it. Neither the
 * shared agenda nor the brief shows them. Read line by line, code included: a code line that looks
 * like a private callout is hidden too (hiding too much is the safe side of a private remark).
 */

const PRIVATE_CALLOUT = /^\s*>\s*\[!(?:private\]|[^\]]*\][+-]?\s*private\b)/i;

/** The line spans `[from, to)` of private callouts: the opening line and the quoted lines that follow it. */
export function privateCalloutSpans(lines: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!PRIVATE_CALLOUT.test(lines[i])) continue;
    const depth = quoteDepth(lines[i]);
    let end = i + 1;
    while (end < lines.length && quoteDepth(lines[end]) >= depth && lines[end].trim() !== '') end++;
    spans.push([i, end]);
    i = end - 1;
  }
  return spans;
}

function quoteDepth(line: string): number {
  const m = /^\s*((?:>\s*)+)/.exec(line);
  return m ? (m[1].match(/>/g) ?? []).length : 0;
}
