import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_TOPICS } from '../../../src/core/model/profile';
import { buildVault, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §11: rotation-gap — the series has at least 2 × (number of topics) held notes, and a topic
// of the rotation was not the rotating topic of any of the last that many; info; on the series'
// profile.md, else its latest note; no quick fix.

const PROFILE = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const NOW = '2026-11-23T09:00';
const notesWith = (rotations: (string | undefined)[], status?: string): NoteSpec[] =>
  rotations.map((rotation, i) => ({ date: new Date(Date.parse('2026-09-01') + i * 7 * 86_400_000).toISOString().slice(0, 10), status, fm: { rotation: rotation ?? null } }));

function check(rotations: (string | undefined)[], extra: Partial<VaultSpec> = {}) {
  return buildVault({ now: NOW, profiles: { dana: PROFILE }, notes: notesWith(rotations), ...extra }).findings('rotation-gap');
}

describe('rule rotation-gap', () => {
  it('every note set to skill (8 held notes): one info on the profile naming the topics left out', () => {
    const found = check(Array(8).fill('skill'));
    assert.deepEqual(summary(found), ['rotation-gap 1on1/dana/profile.md:0:0 info']);
    assert.match(found[0].message, /last 8 held 1x1s with Dana Whitfield/);
    assert.match(found[0].message, /`business` \(Goals, metrics, OKRs\), `personal` \(Personal goal\), `manager` \(Manager brings one thing\)/);
    assert.deepEqual(found[0].fixes, []);
  });

  it('2 × topics − 1 held notes (7): nothing yet', () => {
    assert.deepEqual(check(Array(7).fill('skill')), []);
  });

  it('only the last 2 × topics held notes count', () => {
    const rotation = ['business', 'skill', 'personal', 'manager'];
    assert.deepEqual(check([...rotation, ...rotation]), []);
    // The manager topic came up 9 notes ago only.
    const found = check(['manager', 'business', 'skill', 'personal', 'business', 'skill', 'personal', 'business', 'skill']);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /the rotating topic `manager`/);
  });

  it('canceled notes neither count nor give their topic; notes without rotation count with none', () => {
    const canceled: NoteSpec = { date: '2026-11-17', status: 'canceled', fm: { rotation: 'manager' } };
    const notes = [...notesWith(['business', 'skill', 'personal', 'business', 'skill', 'personal', 'business', 'skill']), canceled];
    assert.equal(buildVault({ now: NOW, profiles: { dana: PROFILE }, notes }).findings('rotation-gap').length, 1);
    // The last 8 held notes: four without a rotation; `manager` was the 9th from the end.
    assert.equal(check(['manager', 'business', 'skill', 'personal', undefined, undefined, undefined, undefined, 'skill']).length, 1);
  });

  it("follows the profile's topics (2 topics: 4 held notes)", () => {
    const profiles = { dana: { ...PROFILE, topics: '[skill, manager]' } };
    assert.deepEqual(check(['skill', 'skill', 'skill'], { profiles }), []);
    assert.match(check(['skill', 'skill', 'skill', 'skill'], { profiles })[0].message, /`manager`/);
  });

  it('without a profile: on the latest note', () => {
    const found = buildVault({ now: NOW, notes: notesWith(Array(8).fill('skill')) }).findings('rotation-gap');
    assert.deepEqual(summary(found), ['rotation-gap 1on1/dana/2026-10-20.md:0:0 info']);
  });

  it('property: a finding exactly when a topic is missing from the last 8 of at least 8 held notes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DEFAULT_TOPICS, undefined), { maxLength: 11 }), (rotations) => {
        const found = check(rotations);
        const last = new Set(rotations.slice(-8));
        const expected = rotations.length >= 8 && DEFAULT_TOPICS.some((t) => !last.has(t));
        assert.equal(found.length, expected ? 1 : 0, JSON.stringify(rotations));
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
