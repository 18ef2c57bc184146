import * as assert from 'node:assert/strict';
import { openCommitmentsOf } from '../../../src/core/views/openCommitments';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: future-held — a note dated after today says `held` (or a done date lies in the future);
// that note (item); warning; quick fix: mark planned. Such a note is not the series' latest held
// note: it must not make earlier open items "dropped".

const NOW = '2026-11-24T09:00';
const WEEKLY_TUESDAY = { dana: { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };
const build = (notes: NoteSpec[]) => buildVault({ now: NOW, profiles: WEEKLY_TUESDAY, notes });

describe('rule future-held', () => {
  it('fires on a note dated after today that says held, on its status line, with "Mark planned"', () => {
    const spec: NoteSpec = { date: '2026-12-01', status: 'held' };
    const found = build([{ date: '2026-11-17' }, spec]).findings('future-held');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].file, '1on1/dana/2026-12-01.md');
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), 'status:'));
    assert.match(found[0].message, /Tue 1 Dec is still to come but says "held"/);
    assert.deepEqual(found[0].fixes.map((f) => f.title), ['Mark planned']);
  });

  it('does not fire on today or earlier, on planned notes, or on a future note without a written status', () => {
    const notes = [{ date: '2026-11-17', status: 'held' }, { date: '2026-11-24', status: 'held' }, { date: '2026-12-01', status: 'planned' }, { date: '2026-12-08' }, { date: '2026-12-15', status: 'canceled' }];
    assert.deepEqual(build(notes).findings('future-held'), []);
  });

  it('fires on a done date after today, on the item, in any note', () => {
    const spec: NoteSpec = { date: '2026-11-17', sections: { commitments: ['- [x] Send the forecast ✅ 2026-11-25', '- [x] Book the review [completion:: 2026-11-24]'] } };
    const found = build([spec]).findings('future-held');
    assert.deepEqual(summary(found), [`future-held 1on1/dana/2026-11-17.md:${lineOf(noteText(spec), 'Send the forecast')}:0 warning`]);
    assert.match(found[0].message, /done date Wed 25 Nov is after today/);
    assert.deepEqual(found[0].fixes, []);
  });

  it('Mark planned sets status: planned and nothing else, and the finding goes', () => {
    const vault = build([{ date: '2026-12-01', rawFrontMatter: ['with: Dana Whitfield', 'date: 2026-12-01', 'status: held   # oops', 'rotation: skill'] }]);
    const [finding] = vault.findings('future-held');
    const changed = applyFix(vault, finding, 'Mark planned');
    const before = vault.texts.get('1on1/dana/2026-12-01.md')!;
    assert.equal(changed.get('1on1/dana/2026-12-01.md'), before.replace('status: held   # oops', 'status: planned   # oops'));
    assert.deepEqual(vault.withTexts(changed).findings('future-held'), []);
  });

  it('a future note that says held is not the latest held note: earlier open items are not dropped', () => {
    const notes: NoteSpec[] = [
      { date: '2026-11-10', sections: { commitments: ['- [>] Draft the onboarding guide 📅 2026-11-30 ^k3f9x2'] } },
      { date: '2026-11-17', sections: { 'action-items': ['- [ ] Draft the onboarding guide 📅 2026-11-30 ^k3f9x2'], commitments: ['- [ ] Book the review 📅 2026-12-04'] } },
      { date: '2026-12-01', status: 'held', sections: {} },
    ];
    const vault = build(notes);
    assert.deepEqual(vault.findings('dropped-commitment'), []);
    const state = vault.index.seriesState('dana')!;
    assert.equal(state.latestHeld?.date, '2026-11-17');
    assert.deepEqual(openCommitmentsOf(state).map((c) => c.text), ['Draft the onboarding guide', 'Book the review']);
    // The structure rules still look at the real latest held note, and at the future one.
    assert.deepEqual(state.currentNotes.map((n) => n.date), ['2026-11-17', '2026-12-01']);
  });
});
