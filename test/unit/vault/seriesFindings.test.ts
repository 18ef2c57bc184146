import { strict as assert } from 'node:assert';
import type { SeriesState } from '../../../src/core/model/seriesState';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { SeriesFindings } from '../../../src/core/vault/seriesFindings';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';
import { buildVault } from '../helpers/vaultBuilder';

const MONDAY = { date: '2026-11-23', time: '09:00' };
const LATER = { date: '2026-11-23', time: '09:01' };

describe('SeriesFindings', () => {
  // A real series with findings (a past note still `planned`: status-not-updated).
  const vault = buildVault({ now: '2026-11-23T09:00', notes: [{ date: '2026-11-17', status: 'planned' }] });
  const state = vault.index.seriesState('dana')!;
  const counting = () => {
    const calls = { n: 0 };
    return { calls, state: (): SeriesState => (calls.n++, state) };
  };

  it('runs the rules once per series and minute, and keeps the result', () => {
    const kept = new SeriesFindings();
    const { calls, state } = counting();
    const first = kept.of('dana', MONDAY, DEFAULT_SETTINGS, state);
    assert.ok(first.some((f) => f.rule === 'status-not-updated'));
    assert.equal(kept.of('dana', MONDAY, DEFAULT_SETTINGS, state), first);
    assert.equal(calls.n, 1);
    kept.of('dana', LATER, DEFAULT_SETTINGS, state);
    assert.equal(calls.n, 2, 'another minute: computed again');
  });

  it('computes again after the series is forgotten, or all are', () => {
    const kept = new SeriesFindings();
    const { calls, state } = counting();
    kept.of('dana', MONDAY, DEFAULT_SETTINGS, state);
    kept.forget('sam');
    kept.of('dana', MONDAY, DEFAULT_SETTINGS, state);
    assert.equal(calls.n, 1, 'another series forgotten');
    kept.forget('dana');
    kept.of('dana', MONDAY, DEFAULT_SETTINGS, state);
    assert.equal(calls.n, 2);
    kept.forgetAll();
    kept.of('dana', MONDAY, DEFAULT_SETTINGS, state);
    assert.equal(calls.n, 3);
  });

  it('keeps the last eight series only', () => {
    const kept = new SeriesFindings();
    const { calls, state } = counting();
    for (let i = 0; i < 9; i++) kept.of(`s${i}`, MONDAY, DEFAULT_SETTINGS, state);
    kept.of('s8', MONDAY, DEFAULT_SETTINGS, state);
    kept.of('s1', MONDAY, DEFAULT_SETTINGS, state);
    assert.equal(calls.n, 9, 's1 and s8 kept');
    kept.of('s0', MONDAY, DEFAULT_SETTINGS, state);
    assert.equal(calls.n, 10, 's0, the oldest, was dropped');
  });

  it('applies the configured severities and leaves out rules turned off', () => {
    const off = new SeriesFindings().of('dana', MONDAY, { ...DEFAULT_SETTINGS, rules: { 'status-not-updated': 'off' } }, () => buildVault({ now: '2026-11-23T09:00', notes: [{ date: '2026-11-17', status: 'planned' }] }).index.seriesState('dana')!);
    assert.ok(!off.some((f) => f.rule === 'status-not-updated'));
    const raised = new SeriesFindings().of('dana', MONDAY, { ...DEFAULT_SETTINGS, rules: { 'status-not-updated': 'error' } }, () => buildVault({ now: '2026-11-23T09:00', notes: [{ date: '2026-11-17', status: 'planned' }] }).index.seriesState('dana')!);
    assert.deepEqual(raised.filter((f) => f.rule === 'status-not-updated').map((f) => f.severity), ['error']);
  });
});

describe('findings about a whole series, on its profile', () => {
  const profile = ['---', 'with: Dana Whitfield', 'role: manager', 'cadence: weekly', 'day: tuesday', 'time: "10:00"', '---', ''].join('\n');
  const note = (date: string) => ['---', `date: ${date}`, '---', '# 1x1', ''].join('\n');

  it('follow an edit of a note of the series, and the clock, though the profile did not change', () => {
    let now = { date: '2026-11-23', time: '16:59' };
    const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: { now: () => now } });
    index.setFile('1on1/dana/profile.md', profile);
    index.setFile('1on1/dana/2026-11-17.md', note('2026-11-17'));
    const onProfile = () => index.findingsForFile('1on1/dana/profile.md').map((f) => `${f.rule} ${f.severity}`);
    assert.deepEqual(onProfile(), ['agenda-not-written info']);
    now = { date: '2026-11-23', time: '17:00' };
    assert.deepEqual(onProfile(), ['agenda-not-written warning'], 'the next minute: past the deadline');
    index.setFile('1on1/dana/2026-11-24.md', note('2026-11-24'));
    assert.deepEqual(onProfile(), [], 'the agenda was written');
    index.removeFile('1on1/dana/2026-11-24.md');
    assert.deepEqual(onProfile(), ['agenda-not-written warning'], 'and removed again');
  });
});
