import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/rules/finding';
import { findingLineKey, findingsToShow, type TypingState } from '../../../src/core/views/waitingFindings';

// SPEC §8: a finding on the line the cursor is on waits until the cursor leaves the line or the
// note is saved; findings elsewhere, and those already on screen, show as before.

function finding(rule: Finding['rule'], line: number, endLine = line): Finding {
  return { rule, severity: 'error', file: '1on1/dana/2026-11-24.md', range: { start: { line, character: 0 }, end: { line: endLine, character: 5 } }, message: rule, fixes: [] };
}

const HALF_TYPED = [finding('invalid-date', 24), finding('missing-due-date', 24), finding('agenda-not-shared', 2)];

function typing(cursorLines: number[], dirty = true, shown: Finding[] = []): TypingState {
  const keys = new Set(shown.map(findingLineKey));
  return { cursorLines, dirty, shownAlready: (f) => keys.has(findingLineKey(f)) };
}

const rules = (fs: Finding[]) => fs.map((f) => `${f.rule}@${f.range.start.line}`);

describe('findings that wait for the cursor to leave the line', () => {
  it('holds back the new findings of the line being typed in an unsaved note', () => {
    const now = findingsToShow(HALF_TYPED, typing([24]));
    assert.deepEqual(rules(now.shown), ['agenda-not-shared@2']);
    assert.deepEqual(rules(now.waiting), ['invalid-date@24', 'missing-due-date@24']);
  });

  it('shows them once the cursor is on another line', () => {
    assert.deepEqual(rules(findingsToShow(HALF_TYPED, typing([25])).waiting), []);
  });

  it('shows them once the note is saved, wherever the cursor is', () => {
    assert.deepEqual(rules(findingsToShow(HALF_TYPED, typing([24], false)).shown), rules(HALF_TYPED));
  });

  it('shows everything when no one is typing in the note', () => {
    assert.deepEqual(findingsToShow(HALF_TYPED, undefined).waiting, []);
  });

  it('keeps a finding that was on screen already (typing on an overdue item does not make it blink away)', () => {
    const overdue = finding('overdue-commitment', 24);
    const now = findingsToShow([overdue, finding('invalid-date', 24)], typing([24], true, [overdue]));
    assert.deepEqual(rules(now.shown), ['overdue-commitment@24']);
    assert.deepEqual(rules(now.waiting), ['invalid-date@24']);
  });

  it('holds back a finding spanning several lines when any cursor is inside it', () => {
    const unranked = finding('unranked-priorities', 14, 16);
    assert.deepEqual(rules(findingsToShow([unranked], typing([3, 15])).waiting), ['unranked-priorities@14']);
    assert.deepEqual(rules(findingsToShow([unranked], typing([17])).waiting), []);
  });
});
