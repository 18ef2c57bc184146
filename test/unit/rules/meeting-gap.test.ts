import * as assert from 'node:assert/strict';
import { buildVault, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §11: meeting-gap — no meeting of the series was held for more than twice its cadence;
// warning; on the series' profile.md, else its latest note; quick fix "New 1x1 agenda".
// Decision (docs/rules/meeting-gap.md): only the gap still open up to today is reported.

const PROFILE = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const weeklyFrom = (first: string, count: number): NoteSpec[] =>
  Array.from({ length: count }, (_, i) => ({ date: new Date(Date.parse(first) + i * 7 * 86_400_000).toISOString().slice(0, 10) }));

function check(now: string, notes: NoteSpec[], extra: Partial<VaultSpec> = {}) {
  return buildVault({ now: `${now}T09:00`, profiles: { dana: PROFILE }, notes, ...extra }).findings('meeting-gap');
}

describe('rule meeting-gap', () => {
  const held = weeklyFrom('2026-10-06', 3); // 6, 13, 20 Oct

  it('weekly: exactly twice the cadence (14 days) is no gap; 15 days is, on the profile', () => {
    assert.deepEqual(check('2026-11-03', held), []);
    const found = check('2026-11-04', held);
    assert.deepEqual(summary(found), ['meeting-gap 1on1/dana/profile.md:0:0 warning']);
    assert.match(found[0].message, /since Tue 20 Oct — 15 days, more than twice the cadence \(weekly\)/);
    assert.deepEqual(found[0].fixes.map((f) => [f.title, f.command?.command, f.command?.arguments]), [['New 1x1 agenda', 'oneOnOne.newAgenda', ['dana']]]);
  });

  it('the five-week hole of the issue: reported while it is open', () => {
    // Held weekly until 6 Oct, nothing since: on 10 Nov that is five weeks.
    assert.equal(check('2026-11-10', weeklyFrom('2026-09-01', 6)).length, 1);
  });

  it('a hole that a held meeting has since closed is not reported', () => {
    const withHole = [...weeklyFrom('2026-09-01', 6), ...weeklyFrom('2026-11-10', 2)]; // 6 Oct → 10 Nov: five weeks
    assert.deepEqual(check('2026-11-20', withHole), []);
  });

  it('canceled and rescheduled notes are not held meetings; a future "held" neither', () => {
    const notes: NoteSpec[] = [...held, { date: '2026-10-27', status: 'canceled' }, { date: '2026-11-03', status: 'rescheduled', fm: { moved_to: '2026-11-05' } }];
    assert.equal(check('2026-11-04', notes).length, 1);
    assert.equal(check('2026-11-04', [...held, { date: '2026-11-10', status: 'held' }]).length, 1);
    assert.deepEqual(check('2026-11-04', [...held, { date: '2026-10-27', status: 'held' }]), []);
  });

  it('biweekly: 28 days is no gap, 29 is', () => {
    const profiles = { dana: { ...PROFILE, cadence: 'biweekly' } };
    assert.deepEqual(check('2026-11-17', held, { profiles }), []);
    assert.equal(check('2026-11-18', held, { profiles }).length, 1);
  });

  it('monthly: 63 days (two meetings on the nth weekday, 4 or 5 weeks apart) is no gap, 64 is', () => {
    const profiles = { dana: { ...PROFILE, cadence: 'monthly' } };
    const notes: NoteSpec[] = [{ date: '2026-09-15' }];
    assert.deepEqual(check('2026-11-17', notes, { profiles }), []);
    assert.equal(check('2026-11-18', notes, { profiles }).length, 1);
  });

  it('no held note yet: counted from the profile’s since', () => {
    assert.deepEqual(check('2026-09-15', []), []);
    assert.match(check('2026-09-16', [])[0].message, /since the series began \(Tue 1 Sep\)/);
  });

  it('without a profile: the inferred cadence, on the latest note', () => {
    const found = buildVault({ now: '2026-11-04T09:00', notes: [...held, { date: '2026-11-10', status: 'planned' }] }).findings('meeting-gap');
    assert.deepEqual(summary(found), ['meeting-gap 1on1/dana/2026-11-10.md:0:0 warning']);
    assert.match(found[0].message, /weekly, inferred/);
    assert.match(found[0].message, /write its `cadence:` in a profile\.md/);
  });

  it('a series without any cadence: nothing', () => {
    assert.deepEqual(buildVault({ now: '2026-12-30T09:00', notes: [{ date: '2026-10-06' }] }).findings('meeting-gap'), []);
  });
});
