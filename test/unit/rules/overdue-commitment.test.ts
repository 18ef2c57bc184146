import * as assert from 'node:assert/strict';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §8: overdue-commitment — the live item of an open lineage is past its due date; live
// items; warning; quick fixes: mark done; move due date.
// SPEC §6: a lineage's live item is its latest one.

const NOW = '2026-11-24T09:00'; // a Tuesday, before the 10:00 meeting
const WEEKLY_TUESDAY = { dana: { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };

function vault(notes: NoteSpec[], extra: Partial<VaultSpec> = {}) {
  return buildVault({ now: NOW, profiles: WEEKLY_TUESDAY, ...extra, notes });
}
const note = (date: string, sections: NoteSpec['sections'], status?: string): NoteSpec => ({ date, status, sections });

describe('rule overdue-commitment', () => {
  it('fires on an open item past its due date, on the item', () => {
    const spec = note('2026-11-17', { commitments: ['- [ ] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2'] });
    const found = vault([spec]).findings('overdue-commitment');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'warning');
    assert.equal(found[0].file, '1on1/dana/2026-11-17.md');
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), 'Draft the onboarding guide'));
    assert.match(found[0].message, /was due Sat 21 Nov, 3 days ago/);
    assert.match(found[0].message, /3 days/);
  });

  it('fires with a Dataview due date and on any open marker', () => {
    const spec = note('2026-11-17', { commitments: ['- [ ] Draft the guide [due:: 2026-11-20]', '- [/] Review the draft 📅 2026-11-23'] });
    assert.equal(vault([spec]).findings('overdue-commitment').length, 2);
  });

  it('does not fire on a due date of today or later, or on an item without one', () => {
    const spec = note('2026-11-17', { commitments: ['- [ ] Due today 📅 2026-11-24', '- [ ] Due later 📅 2026-12-01', '- [ ] No date'] });
    assert.deepEqual(vault([spec]).findings('overdue-commitment'), []);
  });

  it('does not fire on done, canceled or carried items', () => {
    const spec = note('2026-11-17', {
      commitments: ['- [x] Done 📅 2026-11-01 ✅ 2026-11-02', '- [-] Canceled 📅 2026-11-01', '- [>] Carried 📅 2026-11-01 ^zz9'],
      'action-items': [],
    });
    const next = note('2026-11-24', { 'action-items': ['- [x] Carried 📅 2026-11-01 ✅ 2026-11-20 ^zz9'] });
    assert.deepEqual(vault([spec, next]).findings('overdue-commitment'), []);
  });

  it('does not report an earlier occurrence that was past due but carried, when the live item has a new date', () => {
    const notes = [
      note('2026-11-10', { commitments: ['- [>] Draft the onboarding guide 📅 2026-11-12 ^k3f9x2'] }),
      note('2026-11-17', { 'action-items': ['- [ ] Draft the onboarding guide 📅 2026-11-30 ^k3f9x2'] }),
    ];
    assert.deepEqual(vault(notes).findings('overdue-commitment'), []);
  });

  it('reports only the live item when every occurrence is past due', () => {
    const notes = [
      note('2026-11-03', { commitments: ['- [ ] Draft the onboarding guide 📅 2026-11-05 ^k3f9x2'] }), // open, not even marked carried
      note('2026-11-10', { 'action-items': ['- [>] Draft the onboarding guide 📅 2026-11-05 ^k3f9x2'] }),
      note('2026-11-24', { 'action-items': ['- [ ] Draft the onboarding guide 📅 2026-11-05 ^k3f9x2'] }), // non-consecutive: same id links
    ];
    assert.deepEqual(vault(notes).findings('overdue-commitment').map((f) => f.file), ['1on1/dana/2026-11-24.md']);
  });

  it('does not report a lineage whose live item is done', () => {
    const notes = [
      note('2026-11-10', { commitments: ['- [>] Draft the onboarding guide 📅 2026-11-12 ^k3f9x2'] }),
      note('2026-11-17', { 'action-items': ['- [x] Draft the onboarding guide 📅 2026-11-12 ✅ 2026-11-16 ^k3f9x2'] }),
    ];
    assert.deepEqual(vault(notes).findings('overdue-commitment'), []);
  });

  it('links items without ids by text in consecutive notes (case, dates, owner, emoji ignored)', () => {
    const notes = [
      note('2026-11-10', { commitments: ['- [ ] Draft the Onboarding Guide 📅 2026-11-12'] }),
      note('2026-11-17', { 'action-items': ['- [ ] 📝 draft the onboarding   guide @me 📅 2026-11-30'] }),
    ];
    assert.deepEqual(vault(notes).findings('overdue-commitment'), []);
  });

  it('does not link the same text across a note that lacks it: the old one is its own live item', () => {
    const notes = [
      note('2026-11-03', { commitments: ['- [ ] Draft the onboarding guide 📅 2026-11-05'] }),
      note('2026-11-10', {}),
      note('2026-11-17', { 'action-items': ['- [ ] Draft the onboarding guide 📅 2026-11-30'] }),
    ];
    // The old one is dropped too, which takes precedence (SPEC §8: one finding per item); with
    // dropped-commitment off, this rule reports it.
    const settings = { rules: { 'dropped-commitment': 'off' as const } };
    assert.deepEqual(vault(notes, { settings }).findings('overdue-commitment').map((f) => f.file), ['1on1/dana/2026-11-03.md']);
    assert.deepEqual(vault(notes).findings('overdue-commitment'), []);
    assert.match(vault(notes).findings('dropped-commitment')[0].message, /it was also 19 days overdue/);
  });

  describe('quick fixes', () => {
    function fix(line: string, title: string, dateStyle?: 'emoji' | 'dataview'): string {
      const v = vault([note('2026-11-17', { commitments: [line] })], { settings: dateStyle ? { dateStyle } : {} });
      const [finding] = v.findings('overdue-commitment');
      assert.ok(finding, 'expected a finding');
      const changed = applyFix(v, finding, title);
      assert.deepEqual([...changed.keys()], ['1on1/dana/2026-11-17.md']);
      // Either fix resolves the finding.
      assert.deepEqual(v.withTexts(changed).findings('overdue-commitment'), []);
      const lines = changed.get('1on1/dana/2026-11-17.md')!.split('\n');
      return lines[lineOf(v.texts.get('1on1/dana/2026-11-17.md')!, line)];
    }

    it('mark done writes [x] and ✅ today before a trailing block id', () => {
      assert.equal(fix('- [ ] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2', 'Mark done'), '- [x] Draft the onboarding guide 📅 2026-11-21 ✅ 2026-11-24 ^k3f9x2');
    });

    it('mark done appends ✅ today at the end when there is no id', () => {
      assert.equal(fix('- [ ] Draft the onboarding guide 📅 2026-11-21', 'Mark done'), '- [x] Draft the onboarding guide 📅 2026-11-21 ✅ 2026-11-24');
    });

    it('mark done on an in-progress item `[/]`', () => {
      assert.equal(fix('- [/] Draft the onboarding guide 📅 2026-11-21', 'Mark done'), '- [x] Draft the onboarding guide 📅 2026-11-21 ✅ 2026-11-24');
    });

    it('mark done writes [completion:: today] with dateStyle dataview', () => {
      assert.equal(
        fix('- [ ] Draft the onboarding guide [due:: 2026-11-21] ^k3f9x2', 'Mark done', 'dataview'),
        '- [x] Draft the onboarding guide [due:: 2026-11-21] [completion:: 2026-11-24] ^k3f9x2',
      );
    });

    it('move due date sets the next meeting after today, in place', () => {
      assert.equal(fix('- [ ] Draft the onboarding guide 📅 2026-11-21 @dana ^k3f9x2', 'Move'), '- [ ] Draft the onboarding guide 📅 2026-12-01 @dana ^k3f9x2');
    });

    it('move due date keeps the Dataview style the user wrote', () => {
      assert.equal(fix('- [ ] Draft the onboarding guide [due:: 2026-11-21]', 'Move'), '- [ ] Draft the onboarding guide [due:: 2026-12-01]');
    });

    it('both fixes are offered', () => {
      const v = vault([note('2026-11-17', { commitments: ['- [ ] Draft 📅 2026-11-21'] })]);
      assert.equal(v.findings('overdue-commitment')[0].fixes.length, 2);
    });
  });
});
