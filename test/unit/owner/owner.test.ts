import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ownerHandles, sideOf, SIDES } from '../../../src/core/model/owner';
import { buildVault } from '../helpers/vaultBuilder';

// SPEC §10: theirs = series id, first word of `with` (case-insensitive), profile `aliases:`; mine = no owner or `oneOnOne.me`; others otherwise.
describe('who owes what (owner sides)', () => {
  const dana = ownerHandles({ id: 'dana', name: 'Dana Whitfield', profile: { aliases: ['dw', '@DWhit'] } }, 'alex');

  it('theirs: the series id, the first word of with, an alias — in any case, with or without @ in the alias', () => {
    for (const owner of ['dana', 'Dana', 'DANA', 'dw', 'DW', 'dwhit', 'DWhit']) assert.equal(sideOf(owner, dana), 'theirs', owner);
  });

  it('mine: no owner, oneOnOne.me in any case, and @me whatever oneOnOne.me says', () => {
    for (const owner of [undefined, 'alex', 'Alex', 'me', 'ME']) assert.equal(sideOf(owner, dana), 'mine', String(owner));
  });

  it('others: a third party, the last name of with, a handle that merely starts like theirs', () => {
    for (const owner of ['finance', 'whitfield', 'danae', 'sam']) assert.equal(sideOf(owner, dana), 'others', owner);
  });

  it('oneOnOne.me unset is its default `me`; a handle both theirs and mine is theirs in their series', () => {
    const byDefault = ownerHandles({ id: 'sam', name: 'Sam Okafor', profile: undefined }, 'me');
    assert.equal(sideOf('me', byDefault), 'mine');
    assert.equal(sideOf('sam', byDefault), 'theirs');
    assert.equal(sideOf('dana', byDefault), 'others');
    const sameName = ownerHandles({ id: 'alex-k', name: 'Alex Kim', profile: undefined }, 'alex');
    assert.equal(sideOf('alex', sameName), 'theirs');
  });

  it('property: every owner falls on exactly one side, and case never changes it', () => {
    const handle = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/);
    fc.assert(
      fc.property(handle, fc.option(handle, { nil: undefined }), fc.array(handle, { maxLength: 3 }), handle, fc.option(handle, { nil: undefined }), (id, first, aliases, me, owner) => {
        const handles = ownerHandles({ id: id.toLowerCase(), name: first === undefined ? undefined : `${first} Last`, profile: { aliases } }, me);
        const side = sideOf(owner, handles);
        assert.equal(SIDES.filter((s) => s === side).length, 1);
        if (owner !== undefined) assert.equal(sideOf(owner.toUpperCase(), handles), side);
        const expected =
          owner === undefined
            ? 'mine'
            : [id, first, ...aliases].some((h) => h !== undefined && h.toLowerCase() === owner.toLowerCase())
              ? 'theirs'
              : owner.toLowerCase() === me.toLowerCase() || owner.toLowerCase() === 'me'
                ? 'mine'
                : 'others';
        assert.equal(side, expected);
      }),
    );
  });

  describe('profile aliases:', () => {
    const profileOf = (aliases: string) => {
      const vault = buildVault({ now: '2026-11-23T17:30', profiles: { dana: { with: 'Dana Whitfield', role: 'manager', aliases } } });
      return { profile: vault.index.seriesState('dana')!.profile!, findings: vault.findings('invalid-front-matter') };
    };

    it('a list of handles (or one handle alone) is read, without a finding', () => {
      assert.deepEqual(profileOf('[dw, "@dwhitfield", 42]').profile.aliases, ['dw', 'dwhitfield', '42']);
      assert.deepEqual(profileOf('dw').profile.aliases, ['dw']);
      assert.deepEqual(profileOf('[dw]').findings, []);
    });

    it('a wrong type is invalid-front-matter on the profile, and the value is ignored', () => {
      for (const bad of ['{a: 1}', '[dw, {x: 1}]', '"Dana W"', '[dw, "two words"]']) {
        const { profile, findings } = profileOf(bad);
        assert.equal(profile.aliases, undefined, bad);
        assert.equal(findings.length, 1, bad);
        assert.equal(findings[0].file, '1on1/dana/profile.md');
        assert.match(findings[0].message, /aliases:/);
      }
    });
  });
});
