import type { ActionItem, FrontMatter, Heading, ListItemSummary, ParsedNote, ParseProblem, Section } from '../parsing/types';

/**
 * A parsed note as the vault index keeps it: the same `ParsedNote` interface in a fraction of the
 * memory (the index of 10,000 notes must stay under 30 MB, see `npm run bench`).
 *
 * - Sections are packed into one array of small integers and rebuilt when asked for: only the
 *   structure rules read them, and only on a series' current notes.
 * - The front matter's values are dropped once the meeting's fields were read from them; the
 *   line of each key stays, for the ranges of findings.
 * - Done and canceled items have no text (the index parses with `closedItemText: false`).
 * - Headings are not kept (`inspect` parses the file itself).
 */
export function compactNote(parsed: ParsedNote): ParsedNote {
  return new CompactNote(parsed);
}

const NO_DATA: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const NO_HEADINGS: Heading[] = [];
// Sections are packed as comma-separated integers in one string (a one-byte string is the most
// compact thing V8 holds): per section its label index, heading line, end line, has-content flag
// and list item count, then per list item its line, ordered flag, marker column and length.
const SECTION_FIELDS = 5;
const LIST_ITEM_FIELDS = 4;

class CompactNote implements ParsedNote {
  readonly frontMatter: FrontMatter;
  readonly headings = NO_HEADINGS;
  readonly items: ActionItem[];
  readonly problems: ParseProblem[];
  readonly lineCount: number;
  readonly eol: '\n' | '\r\n';
  readonly hasBom: boolean;
  readonly bodyStartLine: number;
  private readonly packedSections: string;
  /** Section keys and titles, alternating (both shared strings: keys from the settings, titles interned). */
  private readonly sectionLabels: string[];

  constructor(parsed: ParsedNote) {
    const fm = parsed.frontMatter;
    this.frontMatter = { present: fm.present, data: NO_DATA, startLine: fm.startLine, endLine: fm.endLine, keyLines: fm.keyLines, invalid: fm.invalid };
    // Exact-size copies: an array grown by push keeps up to half again its length in spare slots.
    this.items = parsed.items.slice();
    this.problems = parsed.problems;
    this.lineCount = parsed.lineCount;
    this.eol = parsed.eol;
    this.hasBom = parsed.hasBom;
    this.bodyStartLine = parsed.bodyStartLine;
    const packed: number[] = [];
    const labels: string[] = [];
    for (const s of parsed.sections) {
      packed.push(labels.length, s.line, s.endLine, s.hasContent ? 1 : 0, s.listItems.length);
      labels.push(s.key, s.title);
      for (const li of s.listItems) packed.push(li.line, li.ordered ? 1 : 0, li.markerColumn, li.markerLength);
    }
    this.packedSections = packed.join(',');
    this.sectionLabels = labels.slice();
  }

  get sections(): Section[] {
    const sections: Section[] = [];
    if (this.packedSections === '') return sections;
    const p = this.packedSections.split(',').map(Number);
    for (let i = 0; i < p.length; ) {
      const label = p[i];
      const count = p[i + 4];
      const listItems: ListItemSummary[] = [];
      for (let j = 0; j < count; j++) {
        const o = i + SECTION_FIELDS + j * LIST_ITEM_FIELDS;
        listItems.push({ line: p[o], ordered: p[o + 1] === 1, markerColumn: p[o + 2], markerLength: p[o + 3] });
      }
      sections.push({ key: this.sectionLabels[label], title: this.sectionLabels[label + 1], line: p[i + 1], endLine: p[i + 2], hasContent: p[i + 3] === 1, listItems });
      i += SECTION_FIELDS + count * LIST_ITEM_FIELDS;
    }
    return sections;
  }
}
