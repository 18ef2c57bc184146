import * as assert from 'node:assert/strict';
import type { Finding, Fix } from '../../../src/core/rules/finding';
import { conflict, planFixAll } from '../../../src/core/edits/fixAll';
import { applyEdits, type TextEdit } from '../../../src/core/edits/textEdit';
import { buildVault } from '../helpers/vaultBuilder';

// "Fix all in this note": the first fix marked safeInFixAll of every finding, merged into one list
// of edits with no two overlapping (a fix that would overlap one already taken is skipped whole).

const FILE = '1on1/dana/2026-11-24.md';

function edit(line: number, from: number, to: number, newText: string, file = FILE): TextEdit {
  return { file, range: { start: { line, character: from }, end: { line, character: to } }, newText };
}

function fix(title: string, edits: TextEdit[], safeInFixAll = true): Fix {
  return { title, safeInFixAll, edits: () => edits };
}

function finding(line: number, fixes: Fix[]): Finding {
  return {
    rule: 'missing-due-date',
    severity: 'info',
    file: FILE,
    range: { start: { line, character: 0 }, end: { line, character: 5 } },
    message: `finding on line ${line}`,
    fixes,
  };
}

describe('fix all in this note', () => {
  describe('conflict', () => {
    it('is true for replacements that share a character, false for ones that only touch', () => {
      assert.equal(conflict(edit(3, 0, 5, 'a'), edit(3, 4, 8, 'b')), true);
      assert.equal(conflict(edit(3, 0, 5, 'a'), edit(3, 5, 8, 'b')), false);
      assert.equal(conflict(edit(3, 5, 8, 'b'), edit(3, 0, 5, 'a')), false);
    });

    it('is true for an insertion inside a replacement or at its start, false at its end', () => {
      assert.equal(conflict(edit(3, 2, 2, 'x'), edit(3, 0, 5, 'a')), true);
      assert.equal(conflict(edit(3, 0, 5, 'a'), edit(3, 2, 2, 'x')), true);
      assert.equal(conflict(edit(3, 0, 0, 'x'), edit(3, 0, 5, 'a')), true);
      assert.equal(conflict(edit(3, 5, 5, 'x'), edit(3, 0, 5, 'a')), false);
    });

    it('is false for two insertions at one point (they merge) and for edits of different files', () => {
      assert.equal(conflict(edit(3, 0, 0, 'x'), edit(3, 0, 0, 'y')), false);
      assert.equal(conflict(edit(3, 0, 5, 'a'), edit(3, 0, 5, 'b', '1on1/dana/other.md')), false);
    });

    it('compares across lines', () => {
      assert.equal(conflict({ file: FILE, range: { start: { line: 1, character: 4 }, end: { line: 3, character: 0 } }, newText: '' }, edit(2, 0, 1, 'z')), true);
      assert.equal(conflict({ file: FILE, range: { start: { line: 1, character: 4 }, end: { line: 3, character: 0 } }, newText: '' }, edit(3, 0, 1, 'z')), false);
    });
  });

  describe('planFixAll', () => {
    it('takes the first safe fix of every finding, skipping unsafe fixes and findings without one', () => {
      const unsafeFirst = finding(1, [fix('unsafe', [edit(1, 0, 1, 'U')], false), fix('safe', [edit(1, 0, 1, 'S')]), fix('second safe', [edit(1, 0, 1, 'T')])]);
      const none = finding(2, [fix('unsafe only', [edit(2, 0, 1, 'X')], false)]);
      const plan = planFixAll([unsafeFirst, none], () => undefined);
      assert.deepEqual(plan.fixed, [unsafeFirst]);
      assert.deepEqual(plan.edits, [edit(1, 0, 1, 'S')]);
    });

    it('skips a fix that no longer applies (no edits)', () => {
      const gone = finding(1, [fix('gone', [])]);
      const kept = finding(2, [fix('kept', [edit(2, 0, 0, 'K')])]);
      assert.deepEqual(planFixAll([gone, kept], () => undefined).fixed, [kept]);
    });

    it('skips a whole fix when any of its edits overlaps an edit already taken', () => {
      const first = finding(1, [fix('first', [edit(1, 0, 4, 'A')])]);
      const overlapping = finding(2, [fix('overlapping', [edit(5, 0, 0, 'ok'), edit(1, 3, 6, 'B')])]);
      const third = finding(3, [fix('third', [edit(3, 0, 1, 'C')])]);
      const plan = planFixAll([first, overlapping, third], () => undefined);
      assert.deepEqual(plan.fixed, [first, third]);
      assert.deepEqual(plan.edits, [edit(1, 0, 4, 'A'), edit(3, 0, 1, 'C')], 'nothing of the skipped fix, not even its harmless edit');
    });

    it('merges insertions at one point into one edit, in the findings order', () => {
      const a = finding(1, [fix('a', [edit(7, 0, 0, '## A\n\n')])]);
      const b = finding(1, [fix('b', [edit(7, 0, 0, '## B\n\n')])]);
      const plan = planFixAll([a, b], () => undefined);
      assert.deepEqual(plan.edits, [edit(7, 0, 0, '## A\n\n## B\n\n')]);
      assert.equal(applyEdits('0\n1\n2\n3\n4\n5\n6\n## C\n', plan.edits), '0\n1\n2\n3\n4\n5\n6\n## A\n\n## B\n\n## C\n');
    });

    it('does not change the fixes own edits when merging', () => {
      const shared = [edit(7, 0, 0, 'x')];
      planFixAll([finding(1, [fix('a', shared)]), finding(2, [fix('b', [edit(7, 0, 0, 'y')])])], () => undefined);
      assert.equal(shared[0].newText, 'x');
    });

    it('fixes a real note: missing sections, bullet priorities and a commitment without a date, in one pass', () => {
      const body = [
        '# 1x1 with Dana',
        '',
        '## Action items from last time',
        'Nothing carried.',
        '',
        '## Top 3 priorities',
        '- Ship the importer',
        '- Hire the second SRE',
        '',
        '## Commitments',
        '- [ ] Book the security review',
        '',
      ].join('\n');
      const vault = buildVault({ now: '2026-11-23T17:30', notes: [{ date: '2026-11-24', body }], profiles: { dana: { with: 'Dana', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"' } } });
      const findings = vault.index.findingsForFile(FILE);
      const plan = planFixAll(findings, vault.read);
      const fixedRules = plan.fixed.map((f) => f.rule).sort();
      assert.deepEqual(fixedRules, ['missing-due-date', 'missing-section', 'missing-section', 'missing-section', 'missing-section', 'unranked-priorities']);
      const after = applyEdits(vault.texts.get(FILE)!, plan.edits);
      assert.equal(
        after.slice(after.indexOf('# 1x1')),
        [
          '# 1x1 with Dana',
          '',
          '## Action items from last time',
          'Nothing carried.',
          '',
          '## Roadblocks',
          '',
          '## Top 3 priorities',
          '1. Ship the importer',
          '2. Hire the second SRE',
          '',
          '## One thing you should know',
          '',
          '## What is unclear',
          '',
          '## Rotating topic',
          '',
          '## Commitments',
          '- [ ] Book the security review 📅 2026-12-01',
          '',
        ].join('\n'),
      );
    });
  });
});
