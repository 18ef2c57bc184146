import * as assert from 'node:assert/strict';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §3: `status` defaults to `planned` when the date is today or later, else `held`.
// SPEC §8: status-not-updated — a `planned` note whose date is past; that note; info; fixes: mark
// held; mark canceled. Front matter is edited only through the yaml Document API, so comments, key
// order and quoting survive every edit.

const NOW = '2026-11-24T09:00';
const check = (notes: NoteSpec[]) => buildVault({ now: NOW, notes }).findings('status-not-updated');

describe('rule status-not-updated', () => {
  it('fires on an explicit `status: planned` with a past date, on the status line', () => {
    const spec: NoteSpec = { date: '2026-11-17', status: 'planned' };
    const found = check([spec]);
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].file, '1on1/dana/2026-11-17.md');
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), 'status:'));
    assert.deepEqual(found[0].fixes.map((f) => f.title), ['Mark held', 'Mark canceled']);
  });

  it('names the date as people write it, with the year only when it is not this one', () => {
    assert.equal(check([{ date: '2026-11-17', status: 'planned' }])[0].message, 'The 1x1 of Tue 17 Nov is past but still "planned". Mark it held or canceled.');
    const lastYear = buildVault({ now: '2027-01-05T09:00', notes: [{ date: '2026-12-29', status: 'planned' }] }).findings('status-not-updated');
    assert.match(lastYear[0].message, /^The 1x1 of Tue 29 Dec 2026 is past/);
  });

  it('fires on old planned notes too, each one', () => {
    assert.equal(check([{ date: '2026-10-06', status: 'planned' }, { date: '2026-11-17', status: 'planned' }, { date: '2026-11-10', status: 'held' }]).length, 2);
  });

  it('does not fire without a written status: a past note is held by default', () => {
    assert.deepEqual(check([{ date: '2026-11-17' }]), []);
    assert.equal(buildVault({ now: NOW, notes: [{ date: '2026-11-17' }] }).index.note('1on1/dana/2026-11-17.md')?.status, 'held');
  });

  it('does not fire on a planned note of today or later', () => {
    assert.deepEqual(check([{ date: '2026-11-24', status: 'planned' }, { date: '2026-12-01', status: 'planned' }, { date: '2026-12-08' }]), []);
  });

  it('does not fire on held, canceled or rescheduled notes', () => {
    assert.deepEqual(check([{ date: '2026-11-03', status: 'held' }, { date: '2026-11-10', status: 'canceled' }, { date: '2026-11-17', status: 'rescheduled', fm: { moved_to: '2026-11-19' } }]), []);
  });

  it('fires the day after, when the clock moves on', () => {
    assert.deepEqual(buildVault({ now: '2026-11-24T23:59', notes: [{ date: '2026-11-24', status: 'planned' }] }).findings('status-not-updated'), []);
    assert.equal(buildVault({ now: '2026-11-25T00:00', notes: [{ date: '2026-11-24', status: 'planned' }] }).findings('status-not-updated').length, 1);
  });

  describe('quick fixes change only the status value', () => {
    function fix(raw: string[], title: string): { before: string; after: string } {
      const vault = buildVault({ now: NOW, notes: [{ date: '2026-11-17', rawFrontMatter: raw }] });
      const [finding] = vault.findings('status-not-updated');
      assert.ok(finding, 'expected a finding');
      const changed = applyFix(vault, finding, title);
      assert.deepEqual([...changed.keys()], ['1on1/dana/2026-11-17.md']);
      assert.deepEqual(vault.withTexts(changed).findings('status-not-updated'), []);
      return { before: vault.texts.get('1on1/dana/2026-11-17.md')!, after: changed.get('1on1/dana/2026-11-17.md')! };
    }
    const RAW = [
      '# my 1x1 with Dana',
      'with: Dana Whitfield   # display name',
      'date: 2026-11-17',
      'time: "10:00"',
      'status: planned               # planned | held | canceled | rescheduled',
      "rotation: 'skill'",
      'tags: [1x1, weekly]',
    ];

    it('mark held keeps comments, quoting, spacing and key order', () => {
      const { before, after } = fix(RAW, 'Mark held');
      assert.equal(after, before.replace('status: planned               #', 'status: held               #'));
    });

    it('mark canceled keeps comments, quoting, spacing and key order', () => {
      const { before, after } = fix(RAW, 'Mark canceled');
      assert.equal(after, before.replace('status: planned               #', 'status: canceled               #'));
    });

    it('replaces a quoted status', () => {
      const { before, after } = fix(['with: Dana Whitfield', 'date: 2026-11-17', 'status: "planned"'], 'Mark held');
      assert.equal(after, before.replace('status: "planned"', 'status: held'));
    });

    it('keeps nested YAML around it untouched (the yaml Document path)', () => {
      const raw = ['with: Dana Whitfield', 'date: 2026-11-17', 'status: planned', 'attendees:', '  - Dana', '  - me   # and a comment', 'rotation: skill'];
      const { before, after } = fix(raw, 'Mark held');
      assert.equal(after, before.replace('status: planned', 'status: held'));
    });
  });
});
