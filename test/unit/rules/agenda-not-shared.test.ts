import * as assert from 'node:assert/strict';
import { applyFix, buildVault, lineOf, noteText, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §8: agenda-not-shared — role `manager`, the next planned note not shared and its deadline
// (17:00, `oneOnOne.shareBy`, on the last working day before the meeting, `oneOnOne.workingDays`) has passed, or is within 24 h (then info); that note;
// warning; quick fix: share now.

const NEXT_FILE = '1on1/dana/2026-11-26.md';
const NEXT: NoteSpec = { date: '2026-11-26', fm: { time: '"10:00"' } }; // a Thursday: deadline Wed 2026-11-25 17:00
const HELD: NoteSpec = { date: '2026-11-19' };

function check(now: string, extra: Partial<VaultSpec> = {}, notes: NoteSpec[] = [HELD, NEXT]) {
  return buildVault({ now, ...extra, notes }).findings('agenda-not-shared');
}
const severities = (now: string, extra: Partial<VaultSpec> = {}, notes?: NoteSpec[]) => check(now, extra, notes).map((f) => `${f.file} ${f.severity}`);

describe('rule agenda-not-shared', () => {
  describe('deadline', () => {
    it('after the deadline: warning, on the note', () => {
      const found = check('2026-11-25T17:30');
      assert.equal(found.length, 1, summary(found).join('\n'));
      assert.equal(found[0].file, NEXT_FILE);
      assert.equal(found[0].severity, 'warning');
      assert.equal(found[0].range.start.line, lineOf(noteText(NEXT), 'date:'));
      assert.match(found[0].message, /17:00/);
    });

    it('on the meeting day, before the meeting: still a warning', () => {
      assert.deepEqual(severities('2026-11-26T08:00'), [`${NEXT_FILE} warning`]);
    });

    it('on the meeting day, once the meeting has started: nothing (sharing is moot)', () => {
      assert.deepEqual(severities('2026-11-26T10:00'), []);
      assert.deepEqual(severities('2026-11-26T16:00'), []);
    });

    it("a note without time: takes the profile's, so the meeting is over after it", () => {
      const untimed: NoteSpec = { date: '2026-11-26' };
      const profiles = { dana: { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'thursday', time: '"10:00"' } };
      assert.deepEqual(severities('2026-11-26T09:59', { profiles }, [HELD, untimed]), [`${NEXT_FILE} warning`]);
      assert.deepEqual(severities('2026-11-26T10:00', { profiles }, [HELD, untimed]), []);
    });

    it('within 24 h before the deadline: info', () => {
      assert.deepEqual(severities('2026-11-25T16:59'), [`${NEXT_FILE} info`]);
      assert.deepEqual(severities('2026-11-25T09:00'), [`${NEXT_FILE} info`]);
      assert.deepEqual(severities('2026-11-24T17:01'), [`${NEXT_FILE} info`]);
    });

    it('more than 24 h before the deadline: nothing', () => {
      assert.deepEqual(check('2026-11-24T16:59'), []);
      assert.deepEqual(check('2026-11-23T10:00'), []);
    });

    it('follows oneOnOne.shareBy', () => {
      const settings = { shareBy: '12:00' };
      assert.deepEqual(severities('2026-11-25T13:00', { settings }), [`${NEXT_FILE} warning`]);
      assert.deepEqual(severities('2026-11-25T11:00', { settings }), [`${NEXT_FILE} info`]);
      assert.deepEqual(severities('2026-11-24T11:59', { settings }), []);
    });
  });

  describe('on the last working day before the meeting', () => {
    const MONDAY_FILE = '1on1/dana/2026-11-30.md';
    const MONDAY: NoteSpec = { date: '2026-11-30', fm: { time: '"10:00"' } }; // deadline Fri 27 Nov 17:00, not Sun 29 Nov

    it('a Monday meeting: due Friday 17:00, info from Thursday 17:00, a warning over the weekend', () => {
      assert.deepEqual(check('2026-11-26T16:59', {}, [HELD, MONDAY]), []);
      assert.deepEqual(severities('2026-11-26T17:01', {}, [HELD, MONDAY]), [`${MONDAY_FILE} info`]);
      assert.deepEqual(severities('2026-11-27T16:59', {}, [HELD, MONDAY]), [`${MONDAY_FILE} info`]);
      assert.deepEqual(severities('2026-11-27T17:01', {}, [HELD, MONDAY]), [`${MONDAY_FILE} warning`]);
      assert.deepEqual(severities('2026-11-29T09:00', {}, [HELD, MONDAY]), [`${MONDAY_FILE} warning`]);
      assert.match(check('2026-11-28T09:00', {}, [HELD, MONDAY])[0].message, /by 17:00 on Fri 27 Nov/);
    });

    it('follows oneOnOne.workingDays', () => {
      const settings = { workingDays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'] };
      assert.deepEqual(check('2026-11-28T16:59', { settings }, [HELD, MONDAY]), []);
      assert.deepEqual(severities('2026-11-28T17:01', { settings }, [HELD, MONDAY]), [`${MONDAY_FILE} info`]);
      assert.deepEqual(severities('2026-11-29T17:01', { settings }, [HELD, MONDAY]), [`${MONDAY_FILE} warning`]);
    });
  });

  describe('which notes', () => {
    it('nothing once `shared:` is written', () => {
      assert.deepEqual(check('2026-11-25T18:00', {}, [HELD, { ...NEXT, fm: { ...NEXT.fm, shared: '2026-11-25T16:40' } }]), []);
    });

    it('role manager from the profile, or by default with no profile', () => {
      assert.equal(check('2026-11-25T18:00', { profiles: { dana: { with: 'Dana Whitfield', role: 'manager' } } }).length, 1);
      assert.equal(check('2026-11-25T18:00').length, 1);
    });

    it('nothing for role report (they report to me)', () => {
      assert.deepEqual(check('2026-11-25T18:00', { profiles: { dana: { with: 'Dana Whitfield', role: 'report' } } }), []);
    });

    it('only the next planned note, not a later one', () => {
      const later: NoteSpec = { date: '2026-11-27' };
      assert.deepEqual(severities('2026-11-26T18:00', {}, [HELD, { ...NEXT, status: 'held' }, later]), ['1on1/dana/2026-11-27.md warning']);
      assert.deepEqual(severities('2026-11-25T18:00', {}, [HELD, NEXT, later]), [`${NEXT_FILE} warning`]);
    });

    it('when the next planned note is shared, a later unshared one is not reported yet', () => {
      assert.deepEqual(check('2026-11-25T18:00', {}, [HELD, { ...NEXT, fm: { shared: '2026-11-24T10:00' } }, { date: '2026-12-03' }]), []);
    });

    it('not a past note still marked planned (that is status-not-updated)', () => {
      assert.deepEqual(severities('2026-11-25T18:00', {}, [{ date: '2026-11-19', status: 'planned' }, NEXT]), [`${NEXT_FILE} warning`]);
    });

    it('not a canceled or held meeting', () => {
      assert.deepEqual(check('2026-11-25T18:00', {}, [HELD, { ...NEXT, status: 'canceled' }]), []);
      assert.deepEqual(check('2026-11-25T18:00', {}, [HELD, { ...NEXT, status: 'held' }]), []);
    });

    it('each series on its own', () => {
      const notes = [NEXT, { ...NEXT, series: 'sam', fm: { with: 'Sam', shared: '2026-11-25T10:00' } }];
      assert.deepEqual(severities('2026-11-25T18:00', {}, notes), [`${NEXT_FILE} warning`]);
    });
  });

  describe('quick fix: share now', () => {
    function share(spec: NoteSpec, now = '2026-11-25T17:30'): { before: string; after: string } {
      const vault = buildVault({ now, notes: [HELD, spec] });
      const [finding] = vault.findings('agenda-not-shared');
      assert.ok(finding, 'expected a finding');
      const changed = applyFix(vault, finding, 'shared');
      assert.deepEqual([...changed.keys()], [NEXT_FILE]);
      assert.deepEqual(vault.withTexts(changed).findings('agenda-not-shared'), []);
      return { before: vault.texts.get(NEXT_FILE)!, after: changed.get(NEXT_FILE)! };
    }

    it('stamps `shared:` with now as the last front matter key', () => {
      const { after } = share(NEXT);
      assert.equal(after, noteText({ ...NEXT, fm: { ...NEXT.fm, shared: '2026-11-25T17:30' } }));
    });

    it('keeps comments, quoting and key order', () => {
      const raw = ['with: Dana Whitfield   # my manager', 'date: 2026-11-26', 'time: "10:00"', "rotation: 'skill'", 'status: planned # planned | held | canceled | rescheduled'];
      const { before, after } = share({ date: '2026-11-26', rawFrontMatter: raw });
      assert.equal(after, before.replace('rescheduled\n---\n', 'rescheduled\nshared: 2026-11-25T17:30\n---\n'));
    });

    // Regression: `shared:` with no value must become `shared: <stamp>` — without the space it is
    // not a `key: value` pair and the whole front matter stops parsing.
    it('fills an empty `shared:` key in place', () => {
      const raw = ['with: Dana Whitfield', 'date: 2026-11-26', 'shared:', 'status: planned'];
      const { before, after } = share({ date: '2026-11-26', rawFrontMatter: raw }, '2026-11-25T09:15');
      assert.equal(after, before.replace('shared:\n', 'shared: 2026-11-25T09:15\n'));
    });
  });
});
