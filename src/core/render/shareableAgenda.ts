import { parseNote, splitLines } from '../../parsing/parseNote';
import { sectionMatcher } from '../../parsing/sectionTitles';
import { DEFAULT_SECTIONS, type SectionDefinition } from '../settings/settings';

/**
 * The agenda as it is shared (SPEC §7): the note's Markdown without its front matter, without the
 * block ids the parser found on action items, and without the `private` section (heading included,
 * up to the next heading of level 1 or 2), and without comments — Obsidian's `%% … %%` and HTML's
 * `<!-- … -->` — which no reader of the note ever sees, so people keep private remarks in them.
 * Everything else — code blocks (comment markers in them too), wording — is kept as written.
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

  const withoutIds = new Map<number, string>();
  for (const item of note.items) {
    if (item.idStart < 0 || dropped[item.line]) continue;
    withoutIds.set(item.line, lines[item.line].slice(0, item.idStart).trimEnd());
  }

  const visible = withoutComments(lines, note.bodyStartLine, (i) => withoutIds.get(i) ?? lines[i]);
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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const COMMENT_MARKS: readonly (readonly [string, string])[] = [
  ['%%', '%%'],
  ['<!--', '-->'],
];

/**
 * Each line from `from` on with its comments taken out (a comment may span lines), outside fenced
 * code; `undefined` for a line that held nothing but comment, so it leaves no blank behind.
 */
function withoutComments(lines: readonly string[], from: number, lineAt: (i: number) => string): (string | undefined)[] {
  const result: (string | undefined)[] = new Array(lines.length);
  let fence: string | undefined;
  let open: string | undefined; // the closing mark of a comment that runs on from an earlier line
  for (let i = from; i < lines.length; i++) {
    const line = lineAt(i);
    if (open === undefined) {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== undefined) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
        result[i] = line;
        continue;
      }
      if (marker) {
        fence = marker;
        result[i] = line;
        continue;
      }
    }
    let kept = '';
    let at = 0;
    let hadComment = open !== undefined;
    for (;;) {
      if (open !== undefined) {
        const end = line.indexOf(open, at);
        if (end < 0) {
          at = line.length;
          break;
        }
        at = end + open.length;
        open = undefined;
        continue;
      }
      let next: { start: number; mark: readonly [string, string] } | undefined;
      for (const mark of COMMENT_MARKS) {
        const start = line.indexOf(mark[0], at);
        if (start >= 0 && (!next || start < next.start)) next = { start, mark };
      }
      if (!next) {
        kept += line.slice(at);
        break;
      }
      hadComment = true;
      kept += line.slice(at, next.start);
      at = next.start + next.mark[0].length;
      open = next.mark[1];
    }
    result[i] = hadComment && kept.trim() === '' ? undefined : hadComment ? kept.trimEnd() : kept;
  }
  return result;
}
