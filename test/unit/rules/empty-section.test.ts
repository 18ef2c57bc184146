import * as assert from 'node:assert/strict';
import { buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: empty-section — a required section has no content; planned notes only; info; no fix.

const NOW = '2026-11-24T09:00';

describe('rule empty-section', () => {
  it('reports an empty required section of a planned note, on its heading', () => {
    const spec: NoteSpec = { date: '2026-12-01', sections: { unclear: [] } };
    const vault = buildVault({ now: NOW, notes: [spec] });
    const found = vault.findings('empty-section');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), '## What is unclear'));
    assert.ok(found[0].message.includes('What is unclear'), found[0].message);
    assert.deepEqual(found[0].fixes, []);
  });

  it('counts blank lines as empty', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-12-01', sections: { roadblocks: ['', '   ', ''] } }] });
    assert.equal(vault.findings('empty-section').length, 1);
  });

  it('counts a section holding only a template placeholder comment as empty', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-12-01', sections: { roadblocks: ['<!-- Where are you stuck? -->'], unclear: ['%% What needs clarifying? %%'] } }] });
    assert.equal(vault.findings('empty-section').length, 2);
  });

  it('reports every empty required section', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-12-01', sections: { roadblocks: [], unclear: [], commitments: [] } }] });
    assert.equal(vault.findings('empty-section').length, 3);
  });

  it('is quiet on sections with a line, a list or a sub-heading with text', () => {
    const vault = buildVault({
      now: NOW,
      notes: [{ date: '2026-12-01', sections: { roadblocks: ['- Waiting for the billing dashboard'], unclear: ['### Budget', 'Who owns it?'] } }],
    });
    assert.deepEqual(vault.findings('empty-section'), []);
  });

  it('does not report an empty optional section (notes, private)', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-12-01', sections: { notes: [], private: [] } }] });
    assert.deepEqual(vault.findings('empty-section'), []);
  });

  it('looks at planned notes only: not the latest held note, not older notes', () => {
    const empty = { roadblocks: [] };
    const vault = buildVault({
      now: NOW,
      notes: [
        { date: '2026-11-10', sections: empty },
        { date: '2026-11-17', sections: empty }, // the latest held note
        { date: '2026-11-18', status: 'canceled', sections: empty },
        { date: '2026-11-24', sections: empty }, // today: planned
        { date: '2026-12-01', status: 'planned', sections: empty },
      ],
    });
    assert.deepEqual(
      vault.findings('empty-section').map((f) => f.file),
      ['1on1/dana/2026-11-24.md', '1on1/dana/2026-12-01.md'],
    );
  });

  it('reports a past note still marked planned', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-11-17', status: 'planned', sections: { roadblocks: [] } }] });
    assert.equal(vault.findings('empty-section').length, 1);
  });
});
