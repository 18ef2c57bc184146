import type { Finding, TextSource } from '../rules/finding';
import type { TextEdit } from './textEdit';
import type { Position } from '../../parsing/types';

/**
 * "Fix all in this note": the first fix marked `safeInFixAll` of every finding, in the findings'
 * order, as one list of edits that never overlap. A fix whose edits would overlap an edit already
 * taken is skipped whole (running "fix all" again picks it up once the text has changed), so no
 * fix is ever applied in part.
 */

export interface FixAllPlan {
  /** The findings whose fix was taken, in order. */
  fixed: Finding[];
  /** Their edits, merged: insertions at one point are one edit, their texts in the findings' order. */
  edits: TextEdit[];
}

export function planFixAll(findings: readonly Finding[], read: TextSource): FixAllPlan {
  const fixed: Finding[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safeInFixAll);
    if (!fix) continue;
    const edits = fix.edits(read);
    // An empty list: the fix no longer applies.
    if (edits.length === 0 || edits.some((e) => taken.some((t) => conflict(e, t)))) continue;
    fixed.push(finding);
    taken.push(...edits);
  }
  return { fixed, edits: mergeInsertions(taken) };
}

/**
 * What "Fix all in this note" says once applied: how many fixes, and of which rules (in the order
 * first fixed, a count where a rule was fixed more than once) — e.g. "Applied 3 fixes in this
 * note: missing-section ×2, unranked-priorities."
 */
export function describeFixAll(rules: readonly string[]): string {
  if (rules.length === 0) return 'Nothing to fix in this note.';
  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  const which = [...counts].map(([rule, n]) => (n > 1 ? `${rule} ×${n}` : rule)).join(', ');
  return `Applied ${rules.length} ${rules.length === 1 ? 'fix' : 'fixes'} in this note: ${which}.`;
}

/**
 * Two edits of one file conflict when they share a character, or when one inserts where the
 * other replaces from (which goes first would depend on the applier). Insertions at one point do
 * not conflict: they are merged, in order.
 */
export function conflict(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  const aEmpty = isEmpty(a);
  const bEmpty = isEmpty(b);
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return compare(b.range.start, a.range.start) <= 0 && compare(a.range.start, b.range.end) < 0;
  if (bEmpty) return compare(a.range.start, b.range.start) <= 0 && compare(b.range.start, a.range.end) < 0;
  return compare(a.range.start, b.range.end) < 0 && compare(b.range.start, a.range.end) < 0;
}

/** Insertions at the same point of one file become one, so that every applier keeps their order. */
function mergeInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const same = isEmpty(edit)
      ? merged.find((m) => m.file === edit.file && isEmpty(m) && compare(m.range.start, edit.range.start) === 0)
      : undefined;
    if (same) same.newText += edit.newText;
    else merged.push({ ...edit, range: { start: { ...edit.range.start }, end: { ...edit.range.end } } });
  }
  return merged;
}

function isEmpty(edit: TextEdit): boolean {
  return compare(edit.range.start, edit.range.end) === 0;
}

function compare(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}
