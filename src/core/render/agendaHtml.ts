import { formatLongDate } from '../schedule/calendarDate';
import { escapeHtml } from './htmlEscape';
import { firstName } from '../model/personName';
import { safeFileName } from '../vault/exportLocation';

/**
 * "Export agenda as HTML": the shareable Markdown (see `shareableAgenda`) as one self-contained
 * HTML document — CommonMark with GFM (tables, task lists, strikethrough), a small inline style,
 * no script and nothing fetched from anywhere: it opens the same offline, in a mail client or
 * printed. Raw HTML written in the note is not passed through (remark-rehype drops it), so a
 * `<script>` or an `<iframe>` in a note never reaches the document.
 *
 * unified and its plugins are ESM-only; this file compiles to CommonJS, where `await import()`
 * stays a real dynamic import (esbuild bundles them for the extension and the CLI).
 */

/** The document's `<title>`: `1x1 with Dana — Tue 24 Nov 2026`, as the default template titles a note. */
export function agendaDocumentTitle(person: string, date: string | undefined): string {
  const who = `1x1 with ${firstName(person)}`;
  return date ? `${who} — ${formatLongDate(date)}` : who;
}

/** The page's file name, as the save dialog offers it: `1x1 Dana 2026-11-24.html` (a person's name, not a slug: it is sent). */
export function agendaExportFileName(person: string, date: string | undefined): string {
  return safeFileName(`1x1 ${firstName(person)}${date ? ` ${date}` : ''}.html`);
}

/** Renders the shareable Markdown to a complete HTML document (LF line endings, ends with one). */
export async function renderAgendaHtml(markdown: string, title: string, options: { baseHref?: string } = {}): Promise<string> {
  const toHtml = await loadRenderer();
  const body = toHtml(markdown).trim();
  // Only a `file:` base: relative links then open the notes on this machine, and nothing is fetched.
  const base = options.baseHref !== undefined && /^file:\/\//.test(options.baseHref) ? [`<base href="${escapeHtml(options.baseHref)}">`] : [];
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    ...base,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** System fonts only (no web font, no URL); checkboxes are the disabled inputs remark-rehype writes; print drops the page margins and keeps blocks whole. */
const STYLE = `body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.4rem; padding-bottom: 0.2rem; border-bottom: 1px solid #d0d7de; }
h3, h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.3rem; }
ul, ol { padding-left: 1.6rem; }
li.task-list-item { list-style: none; }
li.task-list-item > input[type="checkbox"] { margin: 0 0.45em 0 -1.4em; vertical-align: -0.1em; }
li.task-list-item > p > input[type="checkbox"] { margin: 0 0.45em 0 -1.4em; vertical-align: -0.1em; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
code { background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: #f6f8fa; padding: 0.6rem 0.8rem; border-radius: 4px; overflow-x: auto; }
pre code { background: none; padding: 0; }
blockquote { margin: 0.5rem 0; padding-left: 1rem; border-left: 3px solid #d0d7de; color: #57606a; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.6rem; text-align: left; }
a { color: #0969da; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  h1, h2, h3 { break-after: avoid; }
  pre, blockquote, tr, li { break-inside: avoid; }
}`;

/** Just the parts of a hast node this file reads and changes; the hast types are not a direct dependency. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface HtmlProcessor {
  processSync(markdown: string): { toString(): string };
}

let rendererPromise: Promise<(markdown: string) => string> | undefined;

function loadRenderer(): Promise<(markdown: string) => string> {
  rendererPromise ??= (async () => {
    const [{ unified }, remarkParse, remarkGfm, remarkRehype, rehypeStringify] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
      import('remark-rehype'),
      import('rehype-stringify'),
    ]);
    const processor = unified()
      .use(remarkParse.default)
      .use(remarkGfm.default)
      // allowDangerousHtml stays off: raw HTML in the note is dropped, not copied into the page.
      .use(remarkRehype.default)
      .use(() => (tree: unknown) => keepOffline(tree as HastNode))
      .use(rehypeStringify.default) as unknown as HtmlProcessor;
    return (markdown: string) => String(processor.processSync(markdown));
  })().catch((e: unknown) => {
    // A failed load (it should not happen: the modules are bundled) is tried again next time.
    rendererPromise = undefined;
    throw e;
  });
  return rendererPromise;
}

/** Link targets that stay links: the web, mail, and places in or beside the document. */
const SAFE_LINK = /^(?:https?:|mailto:|#|[^:]*$|[^:]*[/?#])/i;
/** An image the page may show: beside the document (relative) or inline data; anything else would be fetched. */
const LOCAL_IMAGE = /^(?:data:image\/|(?![a-z][a-z0-9+.-]*:|\/\/))/i;

/**
 * Makes the page self-contained and inert: an image from the web becomes a link to it (opening
 * the page fetches nothing, so the recipient is not tracked by it), and a link with a
 * `javascript:` or other scheme loses its target.
 */
function keepOffline(node: HastNode): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'element') continue;
    const props = child.properties ?? {};
    if (child.tagName === 'img') {
      const src = typeof props.src === 'string' ? props.src : '';
      if (LOCAL_IMAGE.test(src)) continue;
      const alt = typeof props.alt === 'string' && props.alt !== '' ? props.alt : src;
      children[i] = SAFE_LINK.test(src) && src !== ''
        ? { type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: alt }] }
        : { type: 'text', value: alt };
      continue;
    }
    if (child.tagName === 'a' && typeof props.href === 'string' && !SAFE_LINK.test(props.href)) delete props.href;
    keepOffline(child);
  }
}
