import * as assert from 'node:assert/strict';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: unranked-priorities — priorities not written as an ordered list; current notes; info;
// quick fix: make it ordered.

const NOW = '2026-11-24T09:00';
const FILE = '1on1/dana/2026-12-01.md';

function priorities(lines: string[], extra: Partial<NoteSpec> = {}): NoteSpec {
  return { date: '2026-12-01', ...extra, sections: { priorities: lines } };
}

describe('rule unranked-priorities', () => {
  it('fires on bullets, once, on the bullets themselves (Ctrl+. on any of them offers the fix)', () => {
    const spec = priorities(['- Ship the importer', '- Hire the second SRE', '- Close the Q4 forecast  ']);
    const found = buildVault({ now: NOW, notes: [spec] }).findings('unranked-priorities');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'info');
    const text = noteText(spec);
    assert.deepEqual(found[0].range, {
      start: { line: lineOf(text, '- Ship the importer'), character: 0 },
      end: { line: lineOf(text, '- Close the Q4 forecast'), character: '- Close the Q4 forecast'.length },
    });
  });

  it('from the first bullet to the last, numbered ones before them left out', () => {
    const spec = priorities(['1. Ship the importer', '   - a sub-point', '- Hire the second SRE', '- Close the Q4 forecast']);
    const [found] = buildVault({ now: NOW, notes: [spec] }).findings('unranked-priorities');
    const text = noteText(spec);
    assert.deepEqual([found.range.start.line, found.range.end.line], [lineOf(text, '- Hire'), lineOf(text, '- Close')]);
  });

  it('fires on any bullet marker and on a mix of numbers and bullets', () => {
    for (const lines of [['* A', '* B'], ['+ A'], ['- [ ] A', '- [ ] B'], ['1. A', '- B']]) {
      assert.equal(buildVault({ now: NOW, notes: [priorities(lines)] }).findings('unranked-priorities').length, 1, lines.join(' | '));
    }
  });

  it('does not fire on a numbered list, `1.` or `1)`', () => {
    for (const lines of [['1. A', '2. B', '3. C'], ['1) A', '2) B'], ['1. A', '   - detail', '2. B']]) {
      assert.deepEqual(buildVault({ now: NOW, notes: [priorities(lines)] }).findings('unranked-priorities'), [], lines.join(' | '));
    }
  });

  it('does not fire on a section without a list', () => {
    assert.deepEqual(buildVault({ now: NOW, notes: [priorities(['Nothing ranked yet.'])] }).findings('unranked-priorities'), []);
  });

  it('looks at current notes only', () => {
    const bullets = ['- A', '- B'];
    const vault = buildVault({
      now: NOW,
      notes: [priorities(bullets, { date: '2026-11-10' }), priorities(bullets, { date: '2026-11-17' }), priorities(bullets, { date: '2026-12-01' })],
    });
    assert.deepEqual(vault.findings('unranked-priorities').map((f) => f.file), ['1on1/dana/2026-11-17.md', FILE]);
  });

  describe('quick fix: make it ordered', () => {
    function fix(lines: string[]): string {
      const vault = buildVault({ now: NOW, notes: [priorities(lines)] });
      const [finding] = vault.findings('unranked-priorities');
      const changed = applyFix(vault, finding, 'Number');
      assert.deepEqual([...changed.keys()], [FILE]);
      // Fixed, the note has no finding left.
      assert.deepEqual(vault.withTexts(changed).findings('unranked-priorities'), []);
      return changed.get(FILE)!;
    }

    it('numbers bullets in the order written, keeping their text', () => {
      assert.equal(
        fix(['- Ship the importer — unblocks three customers', '- Hire the second SRE', '- Close the Q4 forecast']),
        noteText(priorities(['1. Ship the importer — unblocks three customers', '2. Hire the second SRE', '3. Close the Q4 forecast'])),
      );
    });

    it('renumbers a mix, and leaves sub-items alone', () => {
      assert.equal(
        fix(['* Ship the importer', '   - needs the API key', '1. Hire the second SRE', '+ Close the Q4 forecast']),
        noteText(priorities(['1. Ship the importer', '   - needs the API key', '2. Hire the second SRE', '3. Close the Q4 forecast'])),
      );
    });

    // Regression: under `1. ` an item's content starts at column 3, so a 2-space sub-item must
    // move right with its priority, or it becomes a top-level bullet and the rule fires again.
    it('keeps a sub-item under its priority when the wider number would orphan it', () => {
      // `- A` then `  - detail`: the detail is A's child at 2 spaces; under `1. A` it needs 3.
      const after = fix(['- Ship the importer', '  - needs the API key', '- Hire the second SRE']);
      assert.ok(after.includes('1. Ship the importer\n'), after);
      assert.ok(after.includes('2. Hire the second SRE\n'), after);
    });

    it('keeps checkboxes', () => {
      assert.equal(fix(['- [ ] Ship the importer', '- [x] Hire the second SRE']), noteText(priorities(['1. [ ] Ship the importer', '2. [x] Hire the second SRE'])));
    });
  });
});
