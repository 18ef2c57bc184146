import * as assert from 'node:assert/strict';
import { buildVault, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §8: one item gets at most one commitment finding — dropped-commitment, else
// overdue-commitment, else stale-commitment — and its message says the others that also hold.
// docs/decisions.md: the precedence runs over the rules that are not `off`.

const NOW = '2026-11-24T09:00';
const WEEKLY_TUESDAY = { dana: { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };
const note = (date: string, sections: NoteSpec['sections'], status?: string): NoteSpec => ({ date, status, sections });
const COMMITMENT_RULES = ['dropped-commitment', 'overdue-commitment', 'stale-commitment'];
const commitmentFindings = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) =>
  buildVault({ now: NOW, profiles: WEEKLY_TUESDAY, ...extra, notes })
    .findings()
    .filter((f) => COMMITMENT_RULES.includes(f.rule));

/** Raised 13 Oct, carried three times, left open on 3 Nov, due 12 Nov; two held meetings since. */
const OLD_DROPPED: NoteSpec[] = [
  note('2026-10-13', { commitments: ['- [>] Write the pricing memo 📅 2026-11-12 ^pr1c3m'] }),
  note('2026-10-20', { 'action-items': ['- [>] Write the pricing memo 📅 2026-11-12 ^pr1c3m'] }),
  note('2026-10-27', { 'action-items': ['- [>] Write the pricing memo 📅 2026-11-12 ^pr1c3m'] }),
  note('2026-11-03', { 'action-items': ['- [ ] Write the pricing memo 📅 2026-11-12 ^pr1c3m'] }),
  note('2026-11-10', {}),
  note('2026-11-17', {}),
];

describe('commitment rules: one finding per item', () => {
  it('a dropped item that is also overdue and stale gets one finding, dropped, naming the others', () => {
    const found = commitmentFindings(OLD_DROPPED);
    assert.deepEqual(summary(found).map((s) => s.split(':')[0]), ['dropped-commitment 1on1/dana/2026-11-03.md']);
    assert.match(found[0].message, /was dropped: still open on Tue 3 Nov and not in any later 1x1 — it was also 12 days overdue and carried 3×\. Carry it/);
  });

  it('an overdue item that is also stale gets one finding, overdue, naming the staleness', () => {
    const notes = [
      note('2026-11-03', { commitments: ['- [>] Book the review 📅 2026-11-20 ^b00k01'] }),
      note('2026-11-10', { 'action-items': ['- [>] Book the review 📅 2026-11-20 ^b00k01'] }),
      note('2026-11-17', { 'action-items': ['- [ ] Book the review 📅 2026-11-20 ^b00k01'] }),
    ];
    const found = commitmentFindings(notes);
    assert.deepEqual(found.map((f) => f.rule), ['overdue-commitment']);
    assert.match(found[0].message, /was due Fri 20 Nov, 4 days ago — it was also carried 2×\. Mark it done/);
  });

  it('a stale item that is neither dropped nor overdue: stale, with nothing else named', () => {
    const found = commitmentFindings([note('2026-10-20', { commitments: ['- [ ] Plan the offsite'] })]);
    assert.deepEqual(found.map((f) => f.rule), ['stale-commitment']);
    assert.doesNotMatch(found[0].message, /also/);
  });

  it('a rule turned off passes the item to the next one that holds', () => {
    const noDropped = commitmentFindings(OLD_DROPPED, { settings: { rules: { 'dropped-commitment': 'off' } } });
    assert.deepEqual(noDropped.map((f) => f.rule), ['overdue-commitment']);
    assert.match(noDropped[0].message, /it was also dropped \(not in any later 1x1\) and carried 3×/);
    const onlyStale = commitmentFindings(OLD_DROPPED, { settings: { rules: { 'dropped-commitment': 'off', 'overdue-commitment': 'off' } } });
    assert.deepEqual(onlyStale.map((f) => f.rule), ['stale-commitment']);
    assert.match(onlyStale[0].message, /it was also dropped \(not in any later 1x1\) and 12 days overdue/);
    const none = commitmentFindings(OLD_DROPPED, { settings: { rules: { 'dropped-commitment': 'off', 'overdue-commitment': 'off', 'stale-commitment': 'off' } } });
    assert.deepEqual(none, []);
  });

  it('a severity other than off keeps the precedence', () => {
    const found = commitmentFindings(OLD_DROPPED, { settings: { rules: { 'dropped-commitment': 'hint' } } });
    assert.deepEqual(found.map((f) => `${f.rule} ${f.severity}`), ['dropped-commitment hint']);
  });
});
