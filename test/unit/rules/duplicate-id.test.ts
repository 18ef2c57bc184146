import * as assert from 'node:assert/strict';
import { summarizeSeries } from '../../../src/cli/commands/list';
import { openCommitmentsOf } from '../../../src/core/views/openCommitments';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: duplicate-id — one block id on two items of one note (lineage would merge them
// silently); the later item; warning; quick fix: give it a new id.
// docs/decisions.md: lineage keeps the two apart — the later one is a lineage of its own.

const NOW = '2026-11-24T09:00';
const WEEKLY_TUESDAY = { dana: { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };
const build = (notes: NoteSpec[]) => buildVault({ now: NOW, profiles: WEEKLY_TUESDAY, notes });

const TWO: NoteSpec = {
  date: '2026-11-17',
  sections: { commitments: ['- [ ] Draft the onboarding guide 📅 2026-11-27 ^k3f9x2', '- [ ] Book the security review 📅 2026-11-28 ^k3f9x2'] },
};

describe('rule duplicate-id', () => {
  it('fires on the later of two items with one id in a note, naming the earlier line', () => {
    const found = build([TWO]).findings('duplicate-id');
    assert.deepEqual(summary(found), [`duplicate-id 1on1/dana/2026-11-17.md:${lineOf(noteText(TWO), 'Book the security review')}:0 warning`]);
    assert.match(found[0].message, new RegExp(`\\^k3f9x2 is also the id of the item on line ${lineOf(noteText(TWO), 'Draft the onboarding') + 1}`));
    assert.deepEqual(found[0].fixes.map((f) => f.title), ['Give it a new id']);
  });

  it('does not fire on one id in two notes (a carried item), nor on items without ids', () => {
    const notes: NoteSpec[] = [
      { date: '2026-11-10', sections: { commitments: ['- [>] Draft the guide ^k3f9x2', '- [ ] Same text', '- [ ] Same text'] } },
      { date: '2026-11-17', sections: { 'action-items': ['- [ ] Draft the guide ^k3f9x2'] } },
    ];
    assert.deepEqual(build(notes).findings('duplicate-id'), []);
  });

  it('keeps both items open commitments: list, the views and the rules see each', () => {
    const vault = build([TWO]);
    const state = vault.index.seriesState('dana')!;
    assert.deepEqual(openCommitmentsOf(state).map((c) => c.text), ['Draft the onboarding guide', 'Book the security review']);
    assert.deepEqual(summarizeSeries(state).openCommitments.map((c) => c.text), ['Draft the onboarding guide', 'Book the security review']);
    // Left in an older note, both are dropped — neither hides the other.
    const later = build([TWO, { date: '2026-11-23' }]);
    assert.deepEqual(later.findings('dropped-commitment').map((f) => /"([^"]+)"/.exec(f.message)![1]), ['Draft the onboarding guide', 'Book the security review']);
  });

  it('a later note that carried both with the one id continues each by its text', () => {
    const notes: NoteSpec[] = [
      { date: '2026-11-10', sections: { commitments: ['- [>] Draft the onboarding guide ^k3f9x2', '- [>] Book the security review ^k3f9x2'] } },
      { date: '2026-11-17', sections: { 'action-items': ['- [ ] Book the security review ^k3f9x2', '- [x] Draft the onboarding guide ✅ 2026-11-16 ^k3f9x2'] } },
    ];
    const state = build(notes).index.seriesState('dana')!;
    assert.deepEqual(state.lineages.lineages.map((l) => l.occurrences.map((o) => `${o.note.date}:${o.item.line}`).length), [2, 2]);
    assert.deepEqual(openCommitmentsOf(state).map((c) => `${c.text} ${c.carried}`), ['Book the security review 1']);
  });

  it('Give it a new id: only the id of the later item changes, to one unused in the series', () => {
    const vault = build([{ date: '2026-11-10', sections: { commitments: ['- [x] Old ✅ 2026-11-11 ^aaa111'] } }, TWO]);
    const [finding] = vault.findings('duplicate-id');
    const changed = applyFix(vault, finding, 'Give it a new id');
    const before = vault.texts.get('1on1/dana/2026-11-17.md')!;
    const after = changed.get('1on1/dana/2026-11-17.md')!;
    const line = lineOf(before, 'Book the security review');
    const newId = /\^([A-Za-z0-9-]+)$/.exec(after.split('\n')[line])![1];
    assert.notEqual(newId, 'k3f9x2');
    assert.notEqual(newId, 'aaa111');
    assert.equal(after, before.replace('Book the security review 📅 2026-11-28 ^k3f9x2', `Book the security review 📅 2026-11-28 ^${newId}`));
    assert.deepEqual(vault.withTexts(changed).findings('duplicate-id'), []);
  });
});
