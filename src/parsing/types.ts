/**
 * What the parser sees in one Markdown note. Pure data: no editor types, no file system.
 * Lines and columns are 0-based here (as in VS Code); the CLI adds 1 when it prints them.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A problem found while reading a note, before any rule runs (YAML error, bad date). */
export interface ParseProblem {
  kind: 'front-matter' | 'date';
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** True when the note starts with a `---` block. */
  present: boolean;
  /** The parsed mapping; empty when absent or when the YAML does not parse. */
  data: Record<string, unknown>;
  /** Line of the opening `---` (always 0 when present) and of the closing one. */
  startLine: number;
  endLine: number;
  /** Line number of each top-level key, for ranges in findings. */
  keyLines: Record<string, number>;
  /** True when the YAML failed to parse (the problem is in `problems`). */
  invalid: boolean;
}

export interface Heading {
  line: number;
  level: number;
  text: string;
}

/** A `##` heading recognised as one of the configured sections (SPEC §4). */
export interface Section {
  key: string;
  /** The heading's own text as written. */
  title: string;
  /** The heading line. */
  line: number;
  /** Last line that belongs to the section (before the next level-1/2 heading or end of note). */
  endLine: number;
  /** True when any non-blank line other than the heading lies inside the section. */
  hasContent: boolean;
  /** Top-level list items directly in the section (any kind, checkbox or not); kept for priorities, roadblocks and unclear only (`ParseOptions.listItemSections`): SPEC §8's priority rules and §13's threads. */
  listItems: ListItemSummary[];
}

/** A list item directly in a section (checkbox or not), for the rules about priorities. */
export interface ListItemSummary {
  line: number;
  ordered: boolean;
  /** Column of the list marker and its length (`-` is 1, `12.` is 3). */
  markerColumn: number;
  markerLength: number;
  /** Column after the last non-blank character of the item's line: where a finding about the item ends. */
  lineEnd: number;
  /** The item's text on its line after the marker (and a checkbox), without a trailing `^id`. */
  text: string;
  /** The lineage key of that text (SPEC §6 normalization, `textKeyOf`): the same bullet in two notes has the same key; 0 when nothing is left. */
  key: number;
}

export type ItemState = 'open' | 'done' | 'canceled' | 'carried';

/**
 * One action item (SPEC §6). Every position lies on the item's own line, so positions are kept as
 * plain column numbers rather than Range objects: a vault of 10,000 notes holds ~80,000 items, and
 * the index must stay small. Optional values are `undefined` and their columns -1, so every item
 * has the same shape (one hidden class).
 */
export interface ActionItem {
  line: number;
  /** Column of the list marker (`-`, `*`, `+`, `1.`). */
  listColumn: number;
  /** Column of the `[` of the checkbox. */
  column: number;
  /** Column just after the line's content, trailing spaces excluded. */
  contentEnd: number;
  /** The character between the brackets. */
  marker: string;
  state: ItemState;
  /**
   * The description: the text after the checkbox without dates, owner, id and comments, trimmed.
   * In the vault index, done and canceled items keep no text (''): nothing reports on them, and
   * their text would be a third of the index's memory.
   */
  text: string;
  /** Hash of the normalized description for text lineage (SPEC §6); 0 when the text is empty. */
  textKey: number;
  /** Due date as written when it is a real ISO date. */
  due: string | undefined;
  /** Span of the due date's field (`📅 2026-11-28` or `[due:: 2026-11-28]`), -1 when absent. */
  dueStart: number;
  dueEnd: number;
  done: string | undefined;
  owner: string | undefined;
  id: string | undefined;
  /** Column of the `^` of the block id, -1 when absent. */
  idStart: number;
  /** Index (in `items`) of the closest enclosing action item, -1 at the top. */
  parent: number;
  /** Key of the section the item is in, if any. */
  section: string | undefined;
}

export interface ParsedNote {
  frontMatter: FrontMatter;
  headings: Heading[];
  sections: Section[];
  items: ActionItem[];
  problems: ParseProblem[];
  lineCount: number;
  /** Line ending used by the note, so edits keep it. */
  eol: '\n' | '\r\n';
  hasBom: boolean;
  /** Line the body starts on (after the front matter). */
  bodyStartLine: number;
}
