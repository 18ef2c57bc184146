import { parseNote, splitLines } from '../../parsing/parseNote';
import { sectionMatcher } from '../../parsing/sectionTitles';
import { codeAndComments } from '../../parsing/codeAndComments';
import { NoteLines } from '../../parsing/noteLines';
import { DEFAULT_SECTIONS, type SectionDefinition } from '../settings/settings';

/**
 * The agenda as it is shared (SPEC §7): the note's Markdown without its front matter, without the
 * block ids the parser found on action items, and without the `private` section (heading included,
 * up to the next heading of level 1 or 2), and without comments — Obsidian's `%% … %%` and HTML's
 * `<!-- … -->` — which no reader of the note ever sees, so people keep private remarks in them.
 * Everything else — code blocks and code spans (comment markers in them too, in lists and callouts
 * as well), wording — is kept as written.
 * Line endings become LF (the clipboard's and an e-mail's), the text starts at its first
 * non-blank line and ends with exactly one line ending; a note with nothing else to share gives ''.
 */
export function shareableAgenda(text: string, sections: readonly SectionDefinition[] = DEFAULT_SECTIONS): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const privateSections = withPrivateSection(sections);
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

  const idStarts = new Map<number, number>();
  for (const item of note.items) if (item.idStart >= 0 && !dropped[item.line]) idStarts.set(item.line, item.idStart);

  const visible = withoutComments(body, note.bodyStartLine, idStarts);
  const out: string[] = [];
  let cut = false;
  for (let i = note.bodyStartLine; i < lines.length; i++) {
    const line = visible[i];
    if (dropped[i] || line === undefined) {
      cut = true;
      continue;
    }
    const blank = line.trim() === '';
    // No blank lines before the first content, nor two where a private section was taken out.
    if (blank && (out.length === 0 || (cut && out[out.length - 1].trim() === ''))) continue;
    cut = false;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  return out.length === 0 ? '' : out.join('\n') + '\n';
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

/**
 * Each line from `from` on with its comments taken out (a comment may span lines; the parser says
 * where they are, never in code), cut before its block id where `idStarts` has one (a column);
 * `undefined` for a line that held nothing but comment, so it leaves no blank behind.
 */
function withoutComments(body: string, from: number, idStarts: ReadonlyMap<number, number>): (string | undefined)[] {
  const lines = new NoteLines(body, 0, body.includes('\r'));
  const { comments } = codeAndComments(lines, from);
  const result: (string | undefined)[] = new Array(lines.count);
  let k = 0; // the first comment that does not end before the current line
  for (let i = from; i < lines.count; i++) {
    const start = lines.starts[i];
    const idStart = idStarts.get(i);
    const end = idStart === undefined ? lines.end(i) : start + body.slice(start, start + idStart).trimEnd().length;
    while (k < comments.length && comments[k + 1] <= start) k += 2;
    let kept = '';
    let at = start;
    let hadComment = false;
    for (let j = k; j < comments.length && comments[j] <= end; j += 2) {
      hadComment = true;
      if (comments[j] > at) kept += body.slice(at, comments[j]);
      at = Math.max(at, Math.min(comments[j + 1], end));
    }
    kept += body.slice(at, end);
    result[i] = hadComment && kept.trim() === '' ? undefined : hadComment ? kept.trimEnd() : kept;
  }
  return result;
}
