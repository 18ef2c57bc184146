import * as assert from 'node:assert/strict';
import { buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: too-many-priorities — more than three items under `priorities`; current notes; warning; no fix.

const NOW = '2026-11-24T09:00';

function priorities(lines: string[], extra: Partial<NoteSpec> = {}): NoteSpec {
  return { date: '2026-12-01', ...extra, sections: { priorities: lines } };
}

describe('rule too-many-priorities', () => {
  it('fires on four priorities, at the fourth', () => {
    const spec = priorities(['1. Ship the importer', '2. Hire the second SRE', '3. Close the Q4 forecast', '4. Rewrite the wiki']);
    const vault = buildVault({ now: NOW, notes: [spec] });
    const found = vault.findings('too-many-priorities');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), '4. Rewrite the wiki'));
    assert.match(found[0].message, /4/);
  });

  it('covers the priorities past the top three, from the fourth to the end of the last', () => {
    const spec = priorities(['1. Ship the importer', '2. Hire the second SRE', '3. Close the Q4 forecast', '4. Rewrite the wiki', '5. Plan the offsite']);
    const [found] = buildVault({ now: NOW, notes: [spec] }).findings('too-many-priorities');
    const text = noteText(spec);
    assert.deepEqual(found.range, { start: { line: lineOf(text, '4. Rewrite'), character: 0 }, end: { line: lineOf(text, '5. Plan'), character: '5. Plan the offsite'.length } });
  });

  it('fires on four bullets or checkboxes too', () => {
    for (const marker of ['-', '*', '- [ ]']) {
      const spec = priorities(['A', 'B', 'C', 'D'].map((t) => `${marker} ${t} priority`));
      assert.equal(buildVault({ now: NOW, notes: [spec] }).findings('too-many-priorities').length, 1, marker);
    }
  });

  it('does not fire on three, two, one or none', () => {
    for (const n of [0, 1, 2, 3]) {
      const spec = priorities(['1. Ship the importer', '2. Hire the second SRE', '3. Close the Q4 forecast'].slice(0, n).concat(n === 0 ? ['Nothing ranked yet.'] : []));
      assert.deepEqual(buildVault({ now: NOW, notes: [spec] }).findings('too-many-priorities'), [], `${n} priorities`);
    }
  });

  it('counts top-level items only, not sub-items or text', () => {
    const spec = priorities([
      '1. Ship the importer',
      '   - unblocks three customers',
      '   - needs the API key',
      '2. Hire the second SRE',
      '3. Close the Q4 forecast',
      '',
      'Everything else waits.',
    ]);
    assert.deepEqual(buildVault({ now: NOW, notes: [spec] }).findings('too-many-priorities'), []);
  });

  it('looks at current notes only', () => {
    const four = ['1. A', '2. B', '3. C', '4. D'];
    const vault = buildVault({
      now: NOW,
      notes: [
        priorities(four, { date: '2026-11-10' }),
        priorities(four, { date: '2026-11-17' }), // latest held
        priorities(four, { date: '2026-11-18', status: 'canceled' }),
        priorities(four, { date: '2026-12-01' }), // planned
      ],
    });
    assert.deepEqual(vault.findings('too-many-priorities').map((f) => f.file), ['1on1/dana/2026-11-17.md', '1on1/dana/2026-12-01.md']);
  });
});
