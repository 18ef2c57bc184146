import * as assert from 'node:assert/strict';
import { planFixAll } from '../../../src/core/edits/fixAll';
import { COMMAND_IDS } from '../../../src/vscode/commandIds';
import { buildVault, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §11: agenda-not-written — role `manager`: the next meeting has no note and its share
// deadline has passed (warning) or is less than 24 h away (info); on the series' profile.md, else
// its latest note; quick fix "New 1x1 agenda".

const PROFILE = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const HELD: NoteSpec[] = [{ date: '2026-11-10' }, { date: '2026-11-17' }];
// The next meeting is Tue 24 Nov 10:00; its share deadline Mon 23 Nov 17:00.

function check(now: string, extra: Partial<VaultSpec> = {}, notes: NoteSpec[] = HELD) {
  return buildVault({ now, profiles: { dana: PROFILE }, notes, ...extra }).findings('agenda-not-written');
}
const severities = (now: string, extra: Partial<VaultSpec> = {}, notes?: NoteSpec[]) => check(now, extra, notes).map((f) => `${f.file} ${f.severity}`);

describe('rule agenda-not-written', () => {
  it('past the deadline with no note: a warning on the profile, first line', () => {
    const found = check('2026-11-23T18:00');
    assert.deepEqual(summary(found), ['agenda-not-written 1on1/dana/profile.md:0:0 warning']);
    assert.deepEqual(found[0].range.end, { line: 0, character: 3 });
    assert.match(found[0].message, /Dana Whitfield on Tue 24 Nov/);
    assert.match(found[0].message, /17:00 on Mon 23 Nov/);
  });

  it('23 h 59 min before the deadline: info; 24 h 1 min before: nothing; exactly 24 h: nothing', () => {
    assert.deepEqual(severities('2026-11-22T17:01'), ['1on1/dana/profile.md info']);
    assert.match(check('2026-11-22T17:01')[0].message, /23 h 59 min left/);
    assert.deepEqual(severities('2026-11-22T16:59'), []);
    assert.deepEqual(severities('2026-11-22T17:00'), []);
    assert.deepEqual(severities('2026-11-23T16:59'), ['1on1/dana/profile.md info']);
    assert.deepEqual(severities('2026-11-23T17:00'), ['1on1/dana/profile.md warning']);
  });

  it('on the meeting day: a warning until the meeting starts; then the next meeting is a week away', () => {
    assert.deepEqual(severities('2026-11-24T09:59'), ['1on1/dana/profile.md warning']);
    assert.deepEqual(severities('2026-11-24T10:00'), []);
  });

  it('nothing once a note for that meeting exists, shared or not (agenda-not-shared takes over)', () => {
    assert.deepEqual(check('2026-11-23T18:00', {}, [...HELD, { date: '2026-11-24', status: 'planned' }]), []);
  });

  it('a note for another date does not count as written', () => {
    assert.deepEqual(severities('2026-11-23T18:00', {}, [...HELD, { date: '2026-12-01', status: 'planned' }]), ['1on1/dana/profile.md warning']);
  });

  it('a meeting canceled ahead of time is no next meeting: the one after it is', () => {
    const canceled: NoteSpec = { date: '2026-11-24', status: 'canceled' };
    assert.deepEqual(check('2026-11-23T18:00', {}, [...HELD, canceled]), []);
    assert.deepEqual(severities('2026-11-30T18:00', {}, [...HELD, canceled]), ['1on1/dana/profile.md warning']);
  });

  it('nothing for role report', () => {
    assert.deepEqual(check('2026-11-23T18:00', { profiles: { dana: { ...PROFILE, role: 'report' } } }), []);
  });

  it('without a profile: on the latest note, first line, the cadence inferred', () => {
    // Weekly on Tuesdays (inferred), the next meeting Tue 24 Nov, untimed: the deadline has passed.
    const found = buildVault({ now: '2026-11-23T18:00', notes: HELD }).findings('agenda-not-written');
    assert.deepEqual(summary(found), ['agenda-not-written 1on1/dana/2026-11-17.md:0:0 warning']);
  });

  it('follows oneOnOne.shareBy and the severity setting (milder stays milder)', () => {
    assert.deepEqual(severities('2026-11-23T13:00', { settings: { shareBy: '12:00' } }), ['1on1/dana/profile.md warning']);
    assert.deepEqual(severities('2026-11-23T18:00', { settings: { rules: { 'agenda-not-written': 'error' } } }), ['1on1/dana/profile.md error']);
    assert.deepEqual(severities('2026-11-23T09:00', { settings: { rules: { 'agenda-not-written': 'hint' } } }), ['1on1/dana/profile.md hint']);
    assert.deepEqual(check('2026-11-23T18:00', { settings: { rules: { 'agenda-not-written': 'off' } } }), []);
  });

  describe('quick fix', () => {
    it('"New 1x1 agenda" runs the editor command for the series, and edits nothing', () => {
      const vault = buildVault({ now: '2026-11-23T18:00', profiles: { dana: PROFILE }, notes: HELD });
      const [finding] = vault.findings('agenda-not-written');
      assert.deepEqual(
        finding.fixes.map((f) => ({ title: f.title, command: f.command })),
        [{ title: 'New 1x1 agenda', command: { command: COMMAND_IDS.newAgenda, arguments: ['dana'] } }],
      );
      assert.deepEqual(finding.fixes[0].edits(vault.read), []);
    });

    it('is never part of "Fix all"', () => {
      const vault = buildVault({ now: '2026-11-23T18:00', profiles: { dana: PROFILE }, notes: HELD });
      const onProfile = vault.index.findingsForFile('1on1/dana/profile.md');
      assert.equal(onProfile.length, 1);
      assert.deepEqual(planFixAll(onProfile, vault.read), { fixed: [], edits: [] });
    });
  });
});
