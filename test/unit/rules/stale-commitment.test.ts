import * as assert from 'node:assert/strict';
import { applyFix, buildVault, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §8: stale-commitment — an open lineage carried 2+ times (`oneOnOne.staleAfterCarries`) or
// raised 28+ days ago (`oneOnOne.staleAfterDays`); live items; warning; fixes: mark done; cancel.
// SPEC §6: a lineage is raised in its first note; carried once for every later note it appears in.

const NOW = '2026-11-24T09:00';

const note = (date: string, sections: NoteSpec['sections'], status?: string): NoteSpec => ({ date, status, sections });
const stale = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) => buildVault({ now: NOW, ...extra, notes }).findings('stale-commitment');
const files = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) => stale(notes, extra).map((f) => f.file);

const ITEM = 'Draft the onboarding guide 📅 2026-12-04';

/** The item raised on `dates[0]` and carried through the rest, the last occurrence `lastMarker`. */
function carriedThrough(dates: string[], lastMarker = ' ', id = ' ^k3f9x2'): NoteSpec[] {
  return dates.map((date, i) =>
    i === 0
      ? note(date, { commitments: [`- [${i === dates.length - 1 ? lastMarker : '>'}] ${ITEM}${id}`] })
      : note(date, { 'action-items': [`- [${i === dates.length - 1 ? lastMarker : '>'}] ${ITEM}${id}`] }),
  );
}

describe('rule stale-commitment', () => {
  describe('by carries', () => {
    it('fires on the live item of a lineage carried twice (the default)', () => {
      const found = stale(carriedThrough(['2026-11-10', '2026-11-17', '2026-11-24']));
      assert.equal(found.length, 1, summary(found).join('\n'));
      assert.equal(found[0].file, '1on1/dana/2026-11-24.md');
      assert.equal(found[0].severity, 'warning');
      assert.match(found[0].message, /carried 2/);
    });

    it('does not fire on a lineage carried once', () => {
      assert.deepEqual(files(carriedThrough(['2026-11-17', '2026-11-24'])), []);
    });

    it('follows oneOnOne.staleAfterCarries', () => {
      const twice = carriedThrough(['2026-11-10', '2026-11-17', '2026-11-24']);
      assert.deepEqual(files(twice, { settings: { staleAfterCarries: 3 } }), []);
      assert.deepEqual(files(carriedThrough(['2026-11-17', '2026-11-24']), { settings: { staleAfterCarries: 1 } }), ['1on1/dana/2026-11-24.md']);
    });

    it('counts carries by id across non-consecutive notes', () => {
      const notes = [
        note('2026-11-03', { commitments: [`- [>] ${ITEM} ^k3f9x2`] }),
        note('2026-11-10', {}),
        note('2026-11-17', { 'action-items': [`- [>] ${ITEM} ^k3f9x2`] }),
        note('2026-11-24', { 'action-items': [`- [ ] ${ITEM} ^k3f9x2`] }),
      ];
      assert.deepEqual(files(notes), ['1on1/dana/2026-11-24.md']);
    });

    it('counts carries by text in consecutive notes, ignoring case, dates, owners, emoji and spaces', () => {
      const notes = [
        note('2026-11-10', { commitments: ['- [ ] Draft the onboarding guide 📅 2026-11-12'] }),
        note('2026-11-17', { 'action-items': ['- [ ] draft the ONBOARDING guide @me 📅 2026-11-30'] }),
        note('2026-11-24', { 'action-items': ['- [ ] 📝 Draft  the onboarding guide [due:: 2026-12-04] @dana'] }),
      ];
      const found = stale(notes);
      assert.equal(found.length, 1, summary(found).join('\n'));
      assert.equal(found[0].file, '1on1/dana/2026-11-24.md');
    });

    it('does not link the same text across a note that lacks it', () => {
      const notes = [
        note('2026-11-03', { commitments: ['- [ ] Draft the onboarding guide'] }),
        note('2026-11-10', {}),
        note('2026-11-17', { commitments: ['- [ ] Draft the onboarding guide'] }),
        note('2026-11-24', { 'action-items': ['- [ ] Draft the onboarding guide'] }),
      ];
      // Two lineages: 11-03 alone (21 days old), and 11-17 → 11-24 (carried once).
      assert.deepEqual(files(notes), []);
    });

    it('does not fire when the live item is done or canceled', () => {
      assert.deepEqual(files(carriedThrough(['2026-11-10', '2026-11-17', '2026-11-24'], 'x')), []);
      assert.deepEqual(files(carriedThrough(['2026-11-10', '2026-11-17', '2026-11-24'], '-')), []);
    });
  });

  describe('by age', () => {
    it('fires on an item raised 28 days ago (the default), never carried', () => {
      const found = stale([note('2026-10-27', { commitments: [`- [ ] ${ITEM}`] })]);
      assert.equal(found.length, 1, summary(found).join('\n'));
      assert.match(found[0].message, /28 days/);
    });

    it('does not fire on one raised 27 days ago', () => {
      assert.deepEqual(files([note('2026-10-28', { commitments: [`- [ ] ${ITEM}`] })]), []);
    });

    it('counts from the note that raised it, not the live one', () => {
      const found = stale(carriedThrough(['2026-10-27', '2026-11-24']));
      assert.deepEqual(summary(found), [`stale-commitment 1on1/dana/2026-11-24.md:${found[0]?.range.start.line}:0 warning`]);
    });

    it('follows oneOnOne.staleAfterDays', () => {
      assert.deepEqual(files([note('2026-10-27', { commitments: [`- [ ] ${ITEM}`] })], { settings: { staleAfterDays: 40 } }), []);
      assert.deepEqual(files([note('2026-11-10', { commitments: [`- [ ] ${ITEM}`] })], { settings: { staleAfterDays: 10 } }), ['1on1/dana/2026-11-10.md']);
    });

    it('on a series that meets less often than every 28 days, waits two of its intervals', () => {
      // Monthly on the 2nd Tuesday: raised 13 Oct, carried once to 10 Nov, due after the next meeting.
      const monthly = { profiles: { dana: { with: 'Dana Whitfield', cadence: 'monthly', day: 'tuesday', since: '2026-09-08' } } };
      const notes = [
        note('2026-10-13', { commitments: ['- [>] Plan the offsite ^0ffs1t'] }),
        note('2026-11-10', { 'action-items': ['- [ ] Plan the offsite ^0ffs1t'] }),
      ];
      assert.deepEqual(files(notes, monthly), [], 'raised 42 days ago, once carried: not stale on a monthly series');
      assert.deepEqual(files(notes, { ...monthly, now: '2026-12-12T09:00' }), ['1on1/dana/2026-11-10.md'], '60 days: two monthly intervals');
      assert.deepEqual(files(notes, { ...monthly, now: '2026-12-11T09:00' }), []);
      // Every 6 weeks: 84 days; biweekly and weekly meet more often than every 28 days: 28.
      const sixWeekly = { profiles: { dana: { with: 'Dana Whitfield', cadence: 'every 6 weeks', day: 'tuesday', since: '2026-09-01' } } };
      const raised = [note('2026-09-01', { commitments: [`- [ ] ${ITEM}`] })];
      assert.deepEqual(files(raised, { ...sixWeekly, now: '2026-11-23T09:00' }), []);
      assert.deepEqual(files(raised, { ...sixWeekly, now: '2026-11-24T09:00' }), ['1on1/dana/2026-09-01.md']);
      const biweekly = { profiles: { dana: { with: 'Dana Whitfield', cadence: 'biweekly', day: 'tuesday', since: '2026-09-01' } } };
      assert.deepEqual(files([note('2026-10-27', { commitments: [`- [ ] ${ITEM}`] })], biweekly), ['1on1/dana/2026-10-27.md']);
    });

    it('on a monthly series the carries half does not scale: carried twice is stale', () => {
      const monthly = { profiles: { dana: { with: 'Dana Whitfield', cadence: 'monthly', day: 'tuesday', since: '2026-09-08' } } };
      const found = stale(carriedThrough(['2026-10-13', '2026-11-10', '2026-11-24']), monthly);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /carried 2× since Tue 13 Oct/);
    });

    it('does not fire on an old item that is done', () => {
      assert.deepEqual(files([note('2026-10-01', { commitments: [`- [x] ${ITEM} ✅ 2026-10-03`] })]), []);
    });
  });

  describe('quick fixes', () => {
    function fix(title: string): string {
      const v = buildVault({ now: NOW, notes: carriedThrough(['2026-11-10', '2026-11-17', '2026-11-24']) });
      const [finding] = v.findings('stale-commitment');
      const changed = applyFix(v, finding, title);
      assert.deepEqual([...changed.keys()], ['1on1/dana/2026-11-24.md']);
      assert.deepEqual(v.withTexts(changed).findings('stale-commitment'), []);
      const text = changed.get('1on1/dana/2026-11-24.md')!;
      return text.split('\n').find((l) => l.includes('Draft the onboarding guide'))!;
    }

    it('mark done', () => {
      assert.equal(fix('Mark done'), `- [x] Draft the onboarding guide 📅 2026-12-04 ✅ 2026-11-24 ^k3f9x2`);
    });

    it('cancel writes [-] and nothing else', () => {
      assert.equal(fix('Cancel'), `- [-] Draft the onboarding guide 📅 2026-12-04 ^k3f9x2`);
    });
  });
});
