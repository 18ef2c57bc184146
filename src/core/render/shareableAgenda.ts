import { parseNote, splitLines } from '../../parsing/parseNote';
import { sectionMatcher } from '../../parsing/sectionTitles';
import { codeAndComments } from '../../parsing/codeAndComments';
import { NoteLines } from '../../parsing/noteLines';
import { DEFAULT_SECTIONS, type SectionDefinition } from '../settings/settings';
import type { Heading } from '../../parsing/types';
import { stringValue } from '../model/meetingNote';
import { isValidIsoDate } from '../schedule/calendarDate';
import { privateCalloutSpans } from './privateCallouts';
import { lineForAPerson, type ShareItem, type ShareReaders } from './personWords';

/** What the shared text needs besides the note: which section is private, and who its readers are. */
export interface ShareOptions extends ShareReaders {
  sections?: readonly SectionDefinition[];
  /** Keep each line's words as written (dates, handles): for readers that compare text, such as the brief's talking points. */
  asWritten?: boolean;
}

/**
 * The agenda as it is shared (SPEC §7): the note's Markdown without its front matter, without the
 * block ids the parser found on action items, and without the `private` section (heading included,
 * up to the next heading of level 1 or 2), and without comments — Obsidian's `%% … %%` and HTML's
 * `<!-- … -->` — which no reader of the note ever sees, so people keep private remarks in them.
 * It is written for a person: dates and handles in words (see `lineForAPerson`), and a heading
 * with nothing under it yet (blank lines, comments, or headings as empty) left out. Code blocks and
 * code spans (comment markers in them too, in lists and callouts as well) are kept as written.
 * Line endings become LF (the clipboard's and an e-mail's), the text starts at its first
 * non-blank line and ends with exactly one line ending; a note with nothing else to share gives ''.
 */
export function shareableAgenda(text: string, options: ShareOptions = {}): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const privateSections = withPrivateSection(options.sections ?? DEFAULT_SECTIONS);
  const note = parseNote(body, { sections: privateSections, listItemSections: [] });
  const lines = splitLines(body);

  const dropped = new Uint8Array(lines.length);
  for (const section of note.sections) if (section.key === 'private') dropped.fill(1, section.line, section.endLine + 1);
  // A "Private" heading at another level (`### Private` under Notes) is no section of SPEC §4, but
  // its writer meant the same: it goes too, up to the next heading of its level or higher.
  const matcher = sectionMatcher(privateSections);
  note.headings.forEach((heading, i) => {
    if (heading.level === 2 || matcher.match(heading.text)?.definition.key !== 'private') return;
    const next = note.headings.slice(i + 1).find((h) => h.level <= heading.level);
    dropped.fill(1, heading.line, next ? next.line : lines.length);
  });

  for (const [from, to] of privateCalloutSpans(lines)) dropped.fill(1, from, to);

  const idStarts = new Map<number, number>();
  const items = new Map<number, ShareItem>();
  for (const item of note.items) {
    if (dropped[item.line]) continue;
    if (item.idStart >= 0) idStarts.set(item.line, item.idStart);
    items.set(item.line, { marker: item.marker });
  }

  const written = stringValue(note.frontMatter.data.date);
  const readers: ShareReaders = { ...options, meetingDate: written && isValidIsoDate(written) ? written : options.meetingDate };
  const visible = withoutComments(body, note.bodyStartLine, idStarts).map((line, i) =>
    line && !dropped[i] ? (options.asWritten ? line.text : lineForAPerson(line.text, line.masked, readers, items.get(i))) : undefined,
  );
  for (const line of emptyHeadingLines(note.headings, visible)) dropped[line] = 1;

  const out: string[] = [];
  let cut = false;
  for (let i = note.bodyStartLine; i < lines.length; i++) {
    const line = visible[i];
    if (dropped[i] || line === undefined) {
      cut = true;
      continue;
    }
    const blank = line.trim() === '';
    // No blank lines before the first content, nor two where a section was taken out.
    if (blank && (out.length === 0 || (cut && out[out.length - 1].trim() === ''))) continue;
    cut = false;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

/**
 * The lines of the headings with nothing under them: up to the next heading of their level or
 * higher, only blank lines, lines that held only a comment or were taken out, and headings as
 * empty. A parent heading whose subsections are all empty is empty too, so a title over sections
 * none of which is written yet leaves nothing to share.
 */
function emptyHeadingLines(headings: readonly Heading[], visible: readonly (string | undefined)[]): number[] {
  const empty = new Set<number>();
  for (let h = headings.length - 1; h >= 0; h--) {
    const heading = headings[h];
    if (visible[heading.line] === undefined) continue;
    let next = h + 1;
    while (next < headings.length && headings[next].level > heading.level) next++;
    const stop = next < headings.length ? headings[next].line : visible.length;
    let hasContent = false;
    for (let line = heading.line + 1, sub = h + 1; line < stop && !hasContent; line++) {
      if (sub < next && headings[sub].line === line) {
        hasContent = !empty.has(line) && visible[line] !== undefined;
        sub++;
      } else hasContent = (visible[line] ?? '').trim() !== '';
    }
    if (!hasContent) empty.add(heading.line);
  }
  return [...empty];
}

const withPrivate = new WeakMap<readonly SectionDefinition[], readonly SectionDefinition[]>();

/**
 * The configured sections, plus the default `Private` one when `oneOnOne.sections` defines none:
 * a user who replaced the sections and forgot `private` must not have a "## Private" heading shared.
 */
function withPrivateSection(sections: readonly SectionDefinition[]): readonly SectionDefinition[] {
  if (sections.some((s) => s.key === 'private')) return sections;
  let augmented = withPrivate.get(sections);
  if (!augmented) {
    augmented = [...sections, DEFAULT_SECTIONS.find((s) => s.key === 'private')!];
    withPrivate.set(sections, augmented);
  }
  return augmented;
}

/** A line as shared, and the same line with its code as NUL characters (no field is read in code). */
interface VisibleLine {
  text: string;
  masked: string;
}

/**
 * Each line from `from` on with its comments taken out (a comment may span lines; the parser says
 * where they are, never in code), cut before its block id where `idStarts` has one (a column);
 * `undefined` for a line that held nothing but comment, so it leaves no blank behind.
 */
function withoutComments(body: string, from: number, idStarts: ReadonlyMap<number, number>): (VisibleLine | undefined)[] {
  const lines = new NoteLines(body, 0, body.includes('\r'));
  const { code, comments } = codeAndComments(lines, from);
  const result: (VisibleLine | undefined)[] = new Array(lines.count);
  let k = 0; // the first comment that does not end before the current line
  let c = 0; // the first code range that does not end before the current line
  const keep = (line: VisibleLine, a: number, b: number) => {
    line.text += body.slice(a, b);
    while (c < code.length && code[c + 1] <= a) c += 2;
    for (let j = c, at = a; at < b; j += 2) {
      const codeStart = j < code.length ? Math.max(code[j], at) : b;
      if (codeStart >= b) {
        line.masked += body.slice(at, b);
        break;
      }
      const codeEnd = Math.min(code[j + 1], b);
      line.masked += body.slice(at, codeStart) + '\0'.repeat(codeEnd - codeStart);
      at = codeEnd;
    }
  };
  for (let i = from; i < lines.count; i++) {
    const start = lines.starts[i];
    const idStart = idStarts.get(i);
    const end = idStart === undefined ? lines.end(i) : start + body.slice(start, start + idStart).trimEnd().length;
    while (k < comments.length && comments[k + 1] <= start) k += 2;
    const kept: VisibleLine = { text: '', masked: '' };
    let at = start;
    let hadComment = false;
    for (let j = k; j < comments.length && comments[j] <= end; j += 2) {
      hadComment = true;
      if (comments[j] > at) keep(kept, at, comments[j]);
      at = Math.max(at, Math.min(comments[j + 1], end));
    }
    if (end > at) keep(kept, at, end);
    if (hadComment && kept.text.trim() === '') continue;
    if (hadComment) {
      kept.text = kept.text.trimEnd();
      kept.masked = kept.masked.slice(0, kept.text.length);
    }
    result[i] = kept;
  }
  return result;
}
