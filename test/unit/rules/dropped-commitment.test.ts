import * as assert from 'node:assert/strict';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §8: dropped-commitment — an open item in a note older than the series' latest held note,
// with no later item in its lineage; that item; warning; fixes: carry to the next agenda; mark
// done; cancel.
// SPEC §6: lineage = same id, or (without ids) same normalized text in consecutive notes. Carry:
// the item is copied verbatim (plus an id where it had none) into `action-items`; in the previous
// note it gets the same id and the `[>]` marker (oneOnOne.markCarried); nothing else changes.

const NOW = '2026-11-24T09:00';
const WEEKLY_TUESDAY = { dana: { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };
const note = (date: string, sections: NoteSpec['sections'], status?: string): NoteSpec => ({ date, status, sections });
const build = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) => buildVault({ now: NOW, profiles: WEEKLY_TUESDAY, ...extra, notes });
const dropped = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) => build(notes, extra).findings('dropped-commitment');
const droppedTexts = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) =>
  dropped(notes, extra).map((f) => `${f.file.slice(10, 20)} ${/"([^"]+)"/.exec(f.message)?.[1]}`);

const ITEM = 'Draft the onboarding guide 📅 2026-11-21';

describe('rule dropped-commitment', () => {
  it('fires on an open item of a note older than the latest held note, not carried on', () => {
    const first = note('2026-11-10', { commitments: [`- [ ] ${ITEM}`, '- [x] Send the forecast ✅ 2026-11-12'] });
    const found = dropped([first, note('2026-11-17', {})]);
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].file, '1on1/dana/2026-11-10.md');
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].range.start.line, lineOf(noteText(first), 'Draft the onboarding guide'));
    assert.ok(found[0].message.includes('Draft the onboarding guide'), found[0].message);
  });

  it('fires wherever the open item sits in the old note (action items, roadblocks, a callout)', () => {
    const first = note('2026-11-10', {
      'action-items': ['- [ ] Old action item'],
      roadblocks: ['> [!note]', '> - [ ] Ask for billing access'],
    });
    assert.deepEqual(droppedTexts([first, note('2026-11-17', {})]), ['2026-11-10 Old action item', '2026-11-10 Ask for billing access']);
  });

  it('does not fire on an item of the latest held note', () => {
    assert.deepEqual(dropped([note('2026-11-10', {}), note('2026-11-17', { commitments: [`- [ ] ${ITEM}`] })]), []);
  });

  it('does not fire on planned notes, past or future', () => {
    const notes = [
      note('2026-11-17', {}),
      note('2026-11-24', { commitments: [`- [ ] ${ITEM}`] }),
      note('2026-12-01', { commitments: ['- [ ] Book the review'] }),
    ];
    assert.deepEqual(dropped(notes), []);
  });

  it('does nothing in a series with no held note', () => {
    assert.deepEqual(dropped([note('2026-11-24', { commitments: [`- [ ] ${ITEM}`] }), note('2026-12-01', {})]), []);
  });

  it('fires on an item marked [>] whose copy never reached a later note', () => {
    const first = note('2026-11-10', { commitments: ['- [>] Carried, but the copy was lost ^l0st01'] });
    const found = dropped([first, note('2026-11-17', {})]);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /marked carried on Tue 10 Nov but not in any later 1x1/);
  });

  it('does not fire on done, canceled or carried items', () => {
    const first = note('2026-11-10', { commitments: ['- [x] Done ✅ 2026-11-11', '- [-] Canceled on purpose', '- [>] Carried on ^c4rr13'] });
    const second = note('2026-11-17', { 'action-items': ['- [ ] Carried on ^c4rr13'] });
    assert.deepEqual(dropped([first, second]), []);
  });

  describe('carried vs dropped', () => {
    it('an item carried with [>] and the same ^id in the next note is not dropped', () => {
      const notes = [
        note('2026-11-10', { commitments: [`- [>] ${ITEM} ^k3f9x2`] }),
        note('2026-11-17', { 'action-items': [`- [ ] ${ITEM} ^k3f9x2`] }),
      ];
      assert.deepEqual(dropped(notes), []);
    });

    it('an item left open but with the same ^id in a later note is not dropped either', () => {
      const notes = [
        note('2026-11-10', { commitments: [`- [ ] ${ITEM} ^k3f9x2`] }),
        note('2026-11-17', { 'action-items': [`- [x] ${ITEM} ✅ 2026-11-15 ^k3f9x2`] }),
      ];
      assert.deepEqual(dropped(notes), []);
    });

    it('the same ^id links non-consecutive notes', () => {
      const notes = [
        note('2026-11-03', { commitments: [`- [ ] ${ITEM} ^k3f9x2`] }),
        note('2026-11-10', {}),
        note('2026-11-17', { 'action-items': [`- [ ] ${ITEM} ^k3f9x2`] }),
      ];
      assert.deepEqual(dropped(notes), []);
    });

    it('the same text links consecutive notes: dates, owners, emoji, case and spaces ignored', () => {
      const notes = [
        note('2026-11-10', { commitments: ['- [ ] Draft the Onboarding Guide 📅 2026-11-12 @me'] }),
        note('2026-11-17', { 'action-items': ['- [ ] 📝 draft the onboarding  guide 📅 2026-11-30 @dana'] }),
      ];
      assert.deepEqual(dropped(notes), []);
    });

    it('the same text does not link non-consecutive notes: the first one is dropped', () => {
      const notes = [
        note('2026-11-03', { commitments: ['- [ ] Draft the onboarding guide'] }),
        note('2026-11-10', {}),
        note('2026-11-17', { 'action-items': ['- [ ] Draft the onboarding guide'] }),
      ];
      assert.deepEqual(droppedTexts(notes), ['2026-11-03 Draft the onboarding guide']);
    });

    it('an id on one copy only does not stop the text link (ids are removed from the text)', () => {
      const idFirst = [
        note('2026-11-10', { commitments: ['- [ ] Draft the onboarding guide ^k3f9x2'] }),
        note('2026-11-17', { 'action-items': ['- [ ] Draft the onboarding guide'] }),
      ];
      const idLater = [
        note('2026-11-10', { commitments: ['- [ ] Draft the onboarding guide'] }),
        note('2026-11-17', { 'action-items': ['- [ ] Draft the onboarding guide ^k3f9x2'] }),
      ];
      assert.deepEqual(dropped(idFirst), []);
      assert.deepEqual(dropped(idLater), []);
    });

    it('two different ids are two commitments, even with the same text', () => {
      const notes = [
        note('2026-11-10', { commitments: ['- [ ] Draft the onboarding guide ^aaa111'] }),
        note('2026-11-17', { 'action-items': ['- [ ] Draft the onboarding guide ^bbb222'] }),
      ];
      assert.deepEqual(droppedTexts(notes), ['2026-11-10 Draft the onboarding guide']);
    });

    it('different text is a different commitment', () => {
      const notes = [
        note('2026-11-10', { commitments: ['- [ ] Draft the onboarding guide'] }),
        note('2026-11-17', { 'action-items': ['- [ ] Draft the offboarding guide'] }),
      ];
      assert.deepEqual(droppedTexts(notes), ['2026-11-10 Draft the onboarding guide']);
    });

    it('reports only the items that were not carried when some were', () => {
      const notes = [
        note('2026-11-10', { commitments: ['- [>] Carried one ^aaa111', '- [ ] Forgotten one', '- [>] Carried two ^bbb222'] }),
        note('2026-11-17', { 'action-items': ['- [ ] Carried one ^aaa111', '- [ ] Carried two ^bbb222'] }),
      ];
      assert.deepEqual(droppedTexts(notes), ['2026-11-10 Forgotten one']);
    });
  });

  describe('canceled notes', () => {
    it("a canceled note's open items never carried are dropped once a later note is held", () => {
      const notes = [
        note('2026-11-03', {}),
        note('2026-11-10', { commitments: [`- [ ] ${ITEM}`] }, 'canceled'),
        note('2026-11-17', {}), // held
      ];
      assert.deepEqual(droppedTexts(notes), ['2026-11-10 Draft the onboarding guide']);
    });

    it("a canceled note's items are not dropped while no later note is held", () => {
      const notes = [note('2026-11-03', {}), note('2026-11-17', { commitments: [`- [ ] ${ITEM}`] }, 'canceled'), note('2026-11-24', {})];
      assert.deepEqual(dropped(notes), []);
    });

    it('a canceled meeting in between does not break a text lineage', () => {
      const notes = [
        note('2026-11-03', { commitments: ['- [ ] Book the security review'] }),
        note('2026-11-10', {}, 'canceled'),
        note('2026-11-17', { 'action-items': ['- [ ] book the security review'] }),
      ];
      assert.deepEqual(dropped(notes), []);
    });

    it('a held meeting in between does break a text lineage', () => {
      const notes = [
        note('2026-11-03', { commitments: ['- [ ] Book the security review'] }),
        note('2026-11-10', {}),
        note('2026-11-17', { 'action-items': ['- [ ] Book the security review'] }),
      ];
      assert.deepEqual(droppedTexts(notes), ['2026-11-03 Book the security review']);
    });

    it("a canceled note's items carried to the next held note are not dropped", () => {
      const notes = [
        note('2026-11-03', {}),
        note('2026-11-10', { commitments: [`- [>] ${ITEM} ^k3f9x2`] }, 'canceled'),
        note('2026-11-17', { 'action-items': [`- [ ] ${ITEM} ^k3f9x2`] }),
      ];
      assert.deepEqual(dropped(notes), []);
    });
  });

  describe('quick fixes', () => {
    const OLD = '1on1/dana/2026-11-10.md';
    const NEXT = '1on1/dana/2026-11-24.md';

    function setup(line: string, extra: Partial<VaultSpec> = {}, nextSections: NoteSpec['sections'] = {}) {
      const notes = [note('2026-11-10', { commitments: [line] }), note('2026-11-17', {}), note('2026-11-24', nextSections)];
      const vault = build(notes, extra);
      const found = vault.findings('dropped-commitment');
      assert.equal(found.length, 1, summary(found).join('\n'));
      return { vault, finding: found[0] };
    }

    it('offers carry, mark done and cancel when a next agenda exists', () => {
      const { finding } = setup(`- [ ] ${ITEM}`);
      assert.equal(finding.fixes.length, 3);
      assert.match(finding.fixes[0].title, /2026-11-24/);
    });

    it('offers only mark done and cancel when there is no next agenda', () => {
      const vault = build([note('2026-11-10', { commitments: [`- [ ] ${ITEM}`] }), note('2026-11-17', {})]);
      const [finding] = vault.findings('dropped-commitment');
      assert.deepEqual(finding.fixes.map((f) => /carry/i.test(f.title)), [false, false]);
    });

    it('carry to the next agenda: an item with an id goes verbatim into Action items, and becomes [>] where it was', () => {
      const { vault, finding } = setup(`- [ ] ${ITEM} @dana ^k3f9x2`);
      const changed = applyFix(vault, finding, 'Carry');
      assert.deepEqual([...changed.keys()].sort(), [OLD, NEXT]);
      assert.equal(changed.get(OLD), noteText(note('2026-11-10', { commitments: [`- [>] ${ITEM} @dana ^k3f9x2`] })));
      assert.equal(
        changed.get(NEXT),
        noteText(note('2026-11-24', { 'action-items': ['Nothing carried from last time.', `- [ ] ${ITEM} @dana ^k3f9x2`] })),
      );
      assert.deepEqual(vault.withTexts(changed).findings('dropped-commitment'), []);
    });

    it('carry to the next agenda: an item without an id gets the same new id in both notes', () => {
      const { vault, finding } = setup(`- [ ] ${ITEM}`);
      const changed = applyFix(vault, finding, 'Carry');
      const oldText = changed.get(OLD)!;
      const m = /^- \[>\] Draft the onboarding guide 📅 2026-11-21 \^([A-Za-z0-9-]+)$/m.exec(oldText);
      assert.ok(m, oldText);
      const id = m[1];
      assert.match(id, /^[a-z][a-z0-9]{5}$/);
      assert.equal(oldText, noteText(note('2026-11-10', { commitments: [`- [>] ${ITEM} ^${id}`] })));
      assert.equal(changed.get(NEXT), noteText(note('2026-11-24', { 'action-items': ['Nothing carried from last time.', `- [ ] ${ITEM} ^${id}`] })));
      const after = vault.withTexts(changed);
      assert.deepEqual(after.findings('dropped-commitment'), []);
      // One lineage now: raised 11-10, carried once, live in the next agenda.
      const lineage = after.index.seriesState('dana')!.lineages.lineages.find((l) => l.occurrences.some((o) => o.item.id === id))!;
      assert.equal(lineage.raised, '2026-11-10');
      assert.equal(lineage.carried, 1);
      assert.equal(lineage.occurrences[lineage.occurrences.length - 1].note.file, NEXT);
    });

    it('carry to the next agenda: fills an empty Action items section right under its heading', () => {
      const { vault, finding } = setup(`- [ ] ${ITEM} ^k3f9x2`, {}, { 'action-items': [] });
      const changed = applyFix(vault, finding, 'Carry');
      assert.equal(changed.get(NEXT), noteText(note('2026-11-24', { 'action-items': [`- [ ] ${ITEM} ^k3f9x2`] })));
    });

    it('carry to the next agenda: creates Action items when the agenda has none', () => {
      const { vault, finding } = setup(`- [ ] ${ITEM} ^k3f9x2`, {}, { 'action-items': null });
      const changed = applyFix(vault, finding, 'Carry');
      assert.equal(changed.get(NEXT), noteText(note('2026-11-24', { 'action-items': [`- [ ] ${ITEM} ^k3f9x2`] })));
    });

    it('carry with oneOnOne.markCarried off: the old item keeps its marker and only gains the id', () => {
      const { vault, finding } = setup(`- [ ] ${ITEM}`, { settings: { markCarried: false } });
      const changed = applyFix(vault, finding, 'Carry');
      const oldText = changed.get(OLD)!;
      const m = /^- \[ \] Draft the onboarding guide 📅 2026-11-21 \^([A-Za-z0-9-]+)$/m.exec(oldText);
      assert.ok(m, oldText);
      assert.ok(changed.get(NEXT)!.includes(`\n- [ ] ${ITEM} ^${m[1]}\n`));
      assert.deepEqual(vault.withTexts(changed).findings('dropped-commitment'), []);
    });

    it('mark done writes [x] and ✅ today in the old note', () => {
      const { vault, finding } = setup(`- [ ] ${ITEM} ^k3f9x2`);
      const changed = applyFix(vault, finding, 'Mark done');
      assert.deepEqual([...changed.keys()], [OLD]);
      assert.equal(changed.get(OLD), noteText(note('2026-11-10', { commitments: [`- [x] ${ITEM} ✅ 2026-11-24 ^k3f9x2`] })));
    });

    it('cancel writes [-] in the old note', () => {
      const { vault, finding } = setup(`- [ ] ${ITEM}`);
      const changed = applyFix(vault, finding, 'Cancel');
      assert.equal(changed.get(OLD), noteText(note('2026-11-10', { commitments: [`- [-] ${ITEM}`] })));
      assert.deepEqual(vault.withTexts(changed).findings('dropped-commitment'), []);
    });
  });
});
