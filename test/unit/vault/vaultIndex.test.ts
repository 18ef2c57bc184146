import { strict as assert } from 'node:assert';
import type { Clock, LocalDateTime } from '../../../src/core/schedule/clock';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';

/** A clock the test moves. */
function movableClock(at: LocalDateTime): Clock & { set(to: LocalDateTime): void } {
  let now = at;
  return { now: () => now, set: (to) => (now = to) };
}

const note = (date: string, extra = '') => `---\ndate: ${date}\n${extra}---\n## Notes\n`;

describe('VaultIndex', () => {
  describe('as the clock passes a meeting date', () => {
    it('a note without status is planned on its day and held from the next, on the same index', () => {
      const clock = movableClock({ date: '2026-11-24', time: '23:59' });
      const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock });
      index.setFile('1on1/dana/2026-11-24.md', note('2026-11-24'));
      assert.equal(index.seriesState('dana')!.notes[0].status, 'planned');
      clock.set({ date: '2026-11-25', time: '00:00' });
      const state = index.seriesState('dana')!;
      assert.equal(state.notes[0].status, 'held');
      assert.equal(state.latestHeld?.file, '1on1/dana/2026-11-24.md');
      assert.equal(index.note('1on1/dana/2026-11-24.md')?.status, 'held');
    });

    it('a written `status: planned` stays planned, and its kept findings make way for status-not-updated', () => {
      const clock = movableClock({ date: '2026-11-24', time: '23:59' });
      const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock });
      index.setFile('1on1/dana/2026-11-24.md', note('2026-11-24', 'status: planned\n'));
      assert.ok(!index.findings().some((f) => f.rule === 'status-not-updated'));
      clock.set({ date: '2026-11-25', time: '00:00' });
      assert.equal(index.findings().filter((f) => f.rule === 'status-not-updated').length, 1);
      assert.equal(index.note('1on1/dana/2026-11-24.md')?.status, 'planned');
    });

    it('a note read after the day moved on takes the status of the day last asked about, then follows the clock', () => {
      const clock = movableClock({ date: '2026-11-24', time: '12:00' });
      const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock });
      clock.set({ date: '2026-11-25', time: '12:00' });
      index.setFile('1on1/dana/2026-11-24.md', note('2026-11-24'));
      assert.equal(index.note('1on1/dana/2026-11-24.md')?.status, 'planned', 'no question about now yet');
      assert.equal(index.seriesState('dana')!.notes[0].status, 'held');
    });
  });

  describe('files', () => {
    const fresh = () => new VaultIndex({ settings: DEFAULT_SETTINGS, clock: movableClock({ date: '2026-11-24', time: '12:00' }) });

    it('a Markdown file outside the series folders is a note only with `type: 1x1` and a person', () => {
      const index = fresh();
      assert.equal(index.setFile('1on1/notes.md', '# Scratch\n'), false);
      assert.equal(index.setFile('meetings/dana.md', '---\ntype: 1x1\ndate: 2026-11-24\n---\n'), false, 'no with:');
      assert.equal(index.setFile('meetings/dana.md', '---\ntype: 1x1\nwith: Dana Whitfield\ndate: 2026-11-24\n---\n'), true);
      assert.equal(index.seriesOf('meetings/dana.md'), 'dana-whitfield');
      assert.equal(index.setFile('image.png', 'not text'), false);
      assert.deepEqual(index.allFiles(), ['meetings/dana.md']);
    });

    it('a note that stops being one, or changes person, leaves its series; an empty series is gone', () => {
      const index = fresh();
      index.setFile('meetings/a.md', '---\ntype: 1x1\nwith: Dana\ndate: 2026-11-24\n---\n');
      assert.deepEqual(index.seriesIds(), ['dana']);
      index.setFile('meetings/a.md', '---\ntype: 1x1\nwith: Sam\ndate: 2026-11-24\n---\n');
      assert.deepEqual(index.seriesIds(), ['sam']);
      assert.equal(index.setFile('meetings/a.md', '# not a note any more\n'), false);
      assert.deepEqual([index.seriesIds(), index.has('meetings/a.md')], [[], false]);
    });

    it('findings follow a removed note and a replaced profile', () => {
      const index = fresh();
      index.setFile('1on1/dana/2026-11-17.md', note('2026-11-17', 'status: planned\n'));
      index.setFile('1on1/dana/2026-11-24.md', note('2026-11-24'));
      assert.ok(index.findingsForFile('1on1/dana/2026-11-17.md').some((f) => f.rule === 'status-not-updated'));
      index.removeFile('1on1/dana/2026-11-17.md');
      assert.deepEqual(index.findings().filter((f) => f.file === '1on1/dana/2026-11-17.md'), []);
      index.setFile('1on1/dana/profile.md', '---\nwith: Dana Whitfield\nrole: manager\n---\n');
      assert.equal(index.seriesState('dana')!.profile?.withName, 'Dana Whitfield');
      index.removeFile('1on1/dana/profile.md');
      assert.equal(index.seriesState('dana')!.profile, undefined);
      index.removeFile('1on1/dana/2026-11-24.md');
      assert.deepEqual([index.seriesIds(), index.seriesFindings('dana'), index.seriesState('dana')], [[], [], undefined]);
    });

    it('templates are kept by path and belong to their series folder, which they do not make a series', () => {
      const index = fresh();
      assert.equal(index.setFile('1on1/template.md', '# {{with}}\n'), true);
      assert.equal(index.setFile('1on1/dana/template.md', '# {{with}}\n'), true);
      assert.deepEqual(index.templateFiles().sort(), ['1on1/dana/template.md', '1on1/template.md']);
      assert.equal(index.seriesOf('1on1/dana/template.md'), 'dana');
      assert.deepEqual(index.seriesIds(), []);
    });
  });
});
