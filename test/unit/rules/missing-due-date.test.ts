import * as assert from 'node:assert/strict';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: missing-due-date — an open item under `commitments` with no due date; current notes;
// info; quick fix: add a date (the next meeting).

const NOW = '2026-11-24T09:00';
const WEEKLY_TUESDAY = { dana: { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };

function commitments(date: string, lines: string[], extra: Partial<NoteSpec> = {}): NoteSpec {
  return { date, ...extra, sections: { ...extra.sections, commitments: lines } };
}

describe('rule missing-due-date', () => {
  it('fires on an open commitment without a due date, on the item', () => {
    const spec = commitments('2026-12-01', ['- [ ] Book the security review', '- [ ] Introduce me to the data team 📅 2026-11-27 @dana']);
    const vault = buildVault({ now: NOW, profiles: WEEKLY_TUESDAY, notes: [spec] });
    const found = vault.findings('missing-due-date');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), 'Book the security review'));
    assert.equal(found[0].range.start.character, 0);
    assert.ok(found[0].message.includes('Book the security review'), found[0].message);
  });

  it('fires on open states other than a space (`[/]` in progress), and whoever owns it', () => {
    const vault = buildVault({ now: NOW, notes: [commitments('2026-12-01', ['- [/] Draft the guide', '- [ ] Review the draft @dana', '1. [ ] Numbered one'])] });
    assert.equal(vault.findings('missing-due-date').length, 3);
  });

  it('does not fire on done, canceled or carried items', () => {
    const vault = buildVault({
      now: NOW,
      notes: [commitments('2026-12-01', ['- [x] Sent the forecast', '- [X] Sent the budget', '- [-] Dropped on purpose', '- [>] Carried elsewhere ^abc123'])],
    });
    assert.deepEqual(vault.findings('missing-due-date'), []);
  });

  it('does not fire on a due date in Dataview style', () => {
    const vault = buildVault({ now: NOW, notes: [commitments('2026-12-01', ['- [ ] Book the review [due:: 2026-12-04]'])] });
    assert.deepEqual(vault.findings('missing-due-date'), []);
  });

  it('does not fire on open items outside Commitments', () => {
    const vault = buildVault({
      now: NOW,
      notes: [{ date: '2026-12-01', sections: { 'action-items': ['- [ ] Draft the onboarding guide'], roadblocks: ['- [ ] Get billing access'], notes: ['- [ ] Idea for later'] } }],
    });
    assert.deepEqual(vault.findings('missing-due-date'), []);
  });

  it('counts the Commitments aliases (Next steps)', () => {
    const body = '# 1x1\n\n## Next steps\n- [ ] Book the security review\n';
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-12-01', body }] });
    assert.equal(vault.findings('missing-due-date').length, 1);
  });

  it('looks at current notes only: planned notes and the latest held note', () => {
    const open = ['- [ ] Book the security review'];
    const vault = buildVault({
      now: NOW,
      notes: [
        commitments('2026-11-10', open),
        commitments('2026-11-17', open), // latest held
        commitments('2026-11-18', open, { status: 'canceled' }),
        commitments('2026-12-01', open), // planned
      ],
    });
    assert.deepEqual(vault.findings('missing-due-date').map((f) => f.file), ['1on1/dana/2026-11-17.md', '1on1/dana/2026-12-01.md']);
  });

  it('still reports when no next meeting can be computed (no fix then)', () => {
    const vault = buildVault({ now: NOW, notes: [commitments('2026-12-01', ['- [ ] Book the security review'])] });
    const found = vault.findings('missing-due-date');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].fixes, []);
  });

  describe('quick fix: due by the next meeting', () => {
    function fix(lines: string[], date = '2026-12-01', dateStyle?: 'emoji' | 'dataview'): string {
      const vault = buildVault({ now: NOW, profiles: WEEKLY_TUESDAY, settings: dateStyle ? { dateStyle } : {}, notes: [commitments(date, lines)] });
      const [finding] = vault.findings('missing-due-date');
      const changed = applyFix(vault, finding, 'Due');
      assert.deepEqual([...changed.keys()], [`1on1/dana/${date}.md`]);
      return changed.get(`1on1/dana/${date}.md`)!;
    }

    it('appends the next meeting date (the weekly Tuesday after the note)', () => {
      assert.equal(fix(['- [ ] Book the security review']), noteText(commitments('2026-12-01', ['- [ ] Book the security review 📅 2026-12-08'])));
    });

    it('writes the date before a trailing block id, which stays last', () => {
      assert.equal(
        fix(['- [ ] Book the security review @dana ^k3f9x2']),
        noteText(commitments('2026-12-01', ['- [ ] Book the security review @dana 📅 2026-12-08 ^k3f9x2'])),
      );
    });

    it('writes Dataview style with `oneOnOne.dateStyle: dataview`', () => {
      assert.equal(fix(['- [ ] Book the security review'], '2026-12-01', 'dataview'), noteText(commitments('2026-12-01', ['- [ ] Book the security review [due:: 2026-12-08]'])));
    });

    it('on the latest held note, uses the meeting after that note', () => {
      assert.equal(fix(['- [ ] Book the security review'], '2026-11-17'), noteText(commitments('2026-11-17', ['- [ ] Book the security review 📅 2026-11-24'])));
    });

    it('ignores trailing spaces on the item line', () => {
      assert.equal(fix(['- [ ] Book the security review   ']), noteText(commitments('2026-12-01', ['- [ ] Book the security review 📅 2026-12-08   '])));
    });
  });
});
