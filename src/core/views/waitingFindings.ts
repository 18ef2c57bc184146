import type { Finding } from '../rules/finding';

/**
 * Which findings of a note the editor shows now and which wait (SPEC §8: "a finding on the line
 * the cursor is on waits until the cursor leaves the line or the note is saved"). A half-typed
 * `📅 ` is not an error yet: the squiggle, the Problems entry and the red file decoration (the
 * Meetings row) come once the user is done with the line.
 *
 * Only what is new waits: a finding already shown on that line (same rule, same line) stays, so
 * that putting the cursor on an overdue item and typing does not make its warning blink away.
 * A saved note hides nothing: saving is the user saying "this is what I meant".
 */

/** Where the user is typing in one note. */
export interface TypingState {
  /** The lines (0-based) of the cursors of the editor the user types in. */
  cursorLines: readonly number[];
  /** True when the note has unsaved changes; a saved note shows every finding. */
  dirty: boolean;
  /** True when this finding (its rule, on its first line) is on screen already. */
  shownAlready: (finding: Finding) => boolean;
}

export interface FindingsNow {
  shown: Finding[];
  waiting: Finding[];
}

export function findingsToShow(findings: readonly Finding[], typing: TypingState | undefined): FindingsNow {
  if (!typing || !typing.dirty || typing.cursorLines.length === 0) return { shown: [...findings], waiting: [] };
  const shown: Finding[] = [];
  const waiting: Finding[] = [];
  for (const finding of findings) {
    const { start, end } = finding.range;
    const onCursorLine = typing.cursorLines.some((line) => start.line <= line && line <= end.line);
    (onCursorLine && !typing.shownAlready(finding) ? waiting : shown).push(finding);
  }
  return { shown, waiting };
}

/** The key `shownAlready` compares: a finding's rule and its first line. */
export function findingLineKey(finding: Pick<Finding, 'rule' | 'range'>): string {
  return `${finding.rule}@${finding.range.start.line}`;
}
