/**
 * The reference parse that the project's own line parser is checked against (differential test,
 * benchmark): unified + remark-parse + remark-gfm + remark-frontmatter, i.e. CommonMark with GFM
 * task lists and YAML front matter, plus the two things remark does not know about and SPEC §6 asks
 * for: the Obsidian markers other than `[ ]`/`[x]`/`[X]`, and Obsidian `%% %%` comments.
 *
 * The packages are ESM-only; this file compiles to CommonJS (module node16), where `await import()`
 * stays a real dynamic import, so the parser is loaded once, asynchronously, and then used
 * synchronously.
 */

/** Just the parts of an mdast node this file reads; the full mdast types are not a direct dependency. */
interface MdPoint {
  line: number;
  column: number;
  offset?: number;
}

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  depth?: number;
  checked?: boolean | null;
  children?: MdNode[];
  position?: { start: MdPoint; end: MdPoint };
}

export interface ReferenceHeading {
  /** 0-based line of the heading's first line (for setext headings, the text line). */
  line: number;
  level: number;
  /** The heading's plain text, as mdast-util-to-string gives it (markup removed, escapes resolved). */
  text: string;
}

export interface ReferenceItem {
  /** 0-based line where the list item starts. */
  line: number;
  /** The single character between the brackets, as written (`x` and `X` are kept apart). */
  marker: string;
}

export interface ReferenceParse {
  headings: ReferenceHeading[];
  items: ReferenceItem[];
}

export type ReferenceParser = (text: string) => ReferenceParse;

interface MarkdownProcessor {
  parse(text: string): unknown;
}

let processorPromise: Promise<MarkdownProcessor> | undefined;

function loadProcessor(): Promise<MarkdownProcessor> {
  processorPromise ??= (async () => {
    const [{ unified }, remarkParse, remarkGfm, remarkFrontmatter] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
      import('remark-frontmatter'),
    ]);
    return unified().use(remarkParse.default).use(remarkGfm.default).use(remarkFrontmatter.default, ['yaml']) as unknown as MarkdownProcessor;
  })();
  return processorPromise;
}

/** Loads remark once and returns a synchronous parse function. */
export async function createReferenceParser(): Promise<ReferenceParser> {
  const processor = await loadProcessor();
  return (text) => referenceParseWith(processor, text);
}

/**
 * Loads remark once and returns a synchronous function giving the offset ranges `[from, to)` of
 * the code remark finds (fenced and indented blocks, code spans), in order: what the parser's
 * code ranges are checked against.
 */
export async function createReferenceCodeRanges(): Promise<(text: string) => Array<[number, number]>> {
  const processor = await loadProcessor();
  return (text) => {
    const ranges: Array<[number, number]> = [];
    walk(processor.parse(text) as MdNode, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode') ranges.push([startOffset(node), endOffset(node)]);
    });
    return ranges.sort((a, b) => a[0] - b[0]);
  };
}

/** One-off convenience; prefer `createReferenceParser` in loops. */
export async function referenceParse(text: string): Promise<ReferenceParse> {
  return referenceParseWith(await loadProcessor(), text);
}

function referenceParseWith(processor: MarkdownProcessor, rawText: string): ReferenceParse {
  // A BOM is not content; the project's parser drops it too, and line numbers are unaffected.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const tree = processor.parse(text) as MdNode;

  const headingNodes: MdNode[] = [];
  const listItemNodes: MdNode[] = [];
  const codeRanges: Array<[number, number]> = [];
  walk(tree, (node) => {
    if (node.type === 'heading') headingNodes.push(node);
    else if (node.type === 'listItem') listItemNodes.push(node);
    else if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'yaml') {
      codeRanges.push([startOffset(node), endOffset(node)]);
    }
  });

  const comments = obsidianCommentRanges(text, codeRanges);
  const inComment = (offset: number) => comments.some(([from, to]) => offset >= from && offset < to);

  const headings: ReferenceHeading[] = [];
  for (const node of headingNodes) {
    if (inComment(startOffset(node))) continue;
    // A setext heading whose underline is hidden in a comment (`a %% b` then `---`) has no underline.
    if (node.position!.end.line > node.position!.start.line && inComment(endOffset(node) - 1)) continue;
    headings.push({ line: node.position!.start.line - 1, level: node.depth ?? 0, text: plainText(node) });
  }

  const items: ReferenceItem[] = [];
  for (const node of listItemNodes) {
    if (inComment(startOffset(node))) continue;
    const marker = checkboxMarker(node, text);
    if (marker !== undefined) items.push({ line: node.position!.start.line - 1, marker });
  }

  headings.sort((a, b) => a.line - b.line);
  items.sort((a, b) => a.line - b.line);
  return { headings, items };
}

/**
 * The checkbox character of a list item, or undefined when the item has no checkbox.
 * GFM recognises `[ ]`, `[x]`, `[X]` (and sets `checked`); for those the character is read back
 * from the source so that `x` and `X` stay apart. Any other single character (`[-]`, `[>]`, `[/]`)
 * is plain text to GFM; it is accepted here under the same conditions GFM applies to its own
 * checkboxes: at the very start of the item's first paragraph, followed by spaces and more text on
 * the line, or by a line ending inside the paragraph.
 */
function checkboxMarker(listItem: MdNode, text: string): string | undefined {
  if (typeof listItem.checked === 'boolean') {
    // The first `[` after the list marker is the checkbox: markers and `>` prefixes contain none.
    const bracket = text.indexOf('[', startOffset(listItem));
    return text.charAt(bracket + 1);
  }
  const first = listItem.children?.[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const source = text.slice(startOffset(first), endOffset(first));
  const match = /^\[([^\r\n])\](?:[ \t]+[^ \t\r\n]|\r?\n)/.exec(source);
  return match ? match[1] : undefined;
}

/**
 * Offset ranges `[from, to)` of Obsidian comments: from a `%%` to the next `%%` (both included), or
 * to the end of the text when it is never closed, as Obsidian hides the rest of the note then.
 * `%%` inside code (fenced, indented, inline) and inside the front matter does not count.
 */
export function obsidianCommentRanges(text: string, codeRanges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...codeRanges].sort((a, b) => a[0] - b[0]);
  const codeEndAt = (offset: number): number | undefined => {
    for (const [from, to] of sorted) {
      if (from > offset) break;
      if (offset < to) return to;
    }
    return undefined;
  };
  const ranges: Array<[number, number]> = [];
  let open: number | undefined;
  let i = 0;
  while (i < text.length - 1) {
    const skipTo = codeEndAt(i);
    if (skipTo !== undefined) {
      i = skipTo;
      continue;
    }
    if (text.charCodeAt(i) === 0x25 && text.charCodeAt(i + 1) === 0x25) {
      if (open === undefined) {
        open = i;
      } else {
        ranges.push([open, i + 2]);
        open = undefined;
      }
      i += 2;
      continue;
    }
    i++;
  }
  if (open !== undefined) ranges.push([open, text.length]);
  return ranges;
}

/** Plain text of a node, the way mdast-util-to-string computes it with its default options. */
function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  if (node.alt) return node.alt;
  return (node.children ?? []).map(plainText).join('');
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function startOffset(node: MdNode): number {
  return node.position?.start.offset ?? 0;
}

function endOffset(node: MdNode): number {
  return node.position?.end.offset ?? 0;
}
