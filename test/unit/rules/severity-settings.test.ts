import * as assert from 'node:assert/strict';
import { buildVault, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: each finding has a severity (default in the table; setting `oneOnOne.rules` maps
// id → off|hint|info|warning|error).

const NOW = '2026-11-24T09:00';
const NOTES: NoteSpec[] = [
  { date: '2026-11-10', sections: { commitments: ['- [>] Draft the onboarding guide 📅 2026-12-04 ^k3f9x2'] } },
  { date: '2026-11-17', sections: { 'action-items': ['- [>] Draft the onboarding guide 📅 2026-12-04 ^k3f9x2'] } },
  // Shared, so that agenda-not-shared stays out of these counts.
  { date: '2026-11-24', fm: { shared: '2026-11-23T12:00' }, sections: { 'action-items': ['- [ ] Draft the onboarding guide 📅 2026-12-04 ^k3f9x2'], roadblocks: [] } },
];

const byRule = (rules: Record<string, string>) => {
  const vault = buildVault({ now: NOW, notes: NOTES, settings: { rules: rules as never } });
  const out: Record<string, string[]> = {};
  for (const f of vault.findings()) (out[f.rule] ??= []).push(f.severity);
  return out;
};

describe('rule severities from settings', () => {
  it('uses the defaults of the table', () => {
    assert.deepEqual(byRule({}), { 'stale-commitment': ['warning'], 'empty-section': ['info'] });
  });

  it("`'off'` removes the rule's findings and nothing else", () => {
    assert.deepEqual(byRule({ 'stale-commitment': 'off' }), { 'empty-section': ['info'] });
    assert.deepEqual(byRule({ 'empty-section': 'off' }), { 'stale-commitment': ['warning'] });
  });

  it('any severity replaces the default', () => {
    assert.deepEqual(byRule({ 'stale-commitment': 'error' }), { 'stale-commitment': ['error'], 'empty-section': ['info'] });
    assert.deepEqual(byRule({ 'stale-commitment': 'hint', 'empty-section': 'warning' }), { 'stale-commitment': ['hint'], 'empty-section': ['warning'] });
  });

  it('every rule can be turned off', () => {
    const ids = ['invalid-front-matter', 'invalid-date', 'missing-section', 'empty-section', 'too-many-priorities', 'unranked-priorities', 'missing-due-date', 'overdue-commitment', 'stale-commitment', 'dropped-commitment', 'agenda-not-shared', 'status-not-updated', 'duplicate-meeting', 'duplicate-id', 'future-held'];
    assert.deepEqual(byRule(Object.fromEntries(ids.map((id) => [id, 'off']))), {});
  });

  it('applies to a rule with a milder case: agenda-not-shared past the deadline becomes error, before it stays info', () => {
    const notes: NoteSpec[] = [{ date: '2026-11-19' }, { date: '2026-11-26' }];
    const severity = (now: string, level?: string) =>
      buildVault({ now, notes, settings: level ? { rules: { 'agenda-not-shared': level as never } } : {} }).findings('agenda-not-shared').map((f) => f.severity);
    assert.deepEqual(severity('2026-11-25T18:00', 'error'), ['error']);
    assert.deepEqual(severity('2026-11-25T10:00', 'error'), ['info']);
    assert.deepEqual(severity('2026-11-25T10:00', 'hint'), ['hint']);
    assert.deepEqual(severity('2026-11-25T18:00', 'off'), []);
  });

  it('an index told new settings re-applies severities', () => {
    const vault = buildVault({ now: NOW, notes: NOTES });
    assert.equal(vault.findings('stale-commitment').length, 1);
    vault.index.updateSettings({ ...vault.index.settings, rules: { 'stale-commitment': 'off' } });
    assert.equal(vault.findings('stale-commitment').length, 0);
    vault.index.updateSettings({ ...vault.index.settings, rules: { 'stale-commitment': 'error' }, staleAfterCarries: 3 });
    assert.equal(vault.findings('stale-commitment').length, 0, 'staleAfterCarries 3: carried twice is not stale');
  });
});
