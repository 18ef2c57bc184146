import * as assert from 'node:assert/strict';
import { buildVault, lineOf, noteText, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §8: empty-section — a required section has no content, once the share deadline (role
// `manager`) or the meeting (role `report`) is less than 24 h away; planned notes; info; no fix.
// Never on `commitments` and `notes` before the meeting has started (they are written in it), on
// `action-items` when the previous note had nothing to carry (or there is none), nor on the
// rotating topic when it is `manager`.

const NOW = '2026-11-24T09:00'; // Tuesday
// Wednesday's meeting: its agenda is due by 17:00 today, 8 h from now.
const SOON = '2026-11-25';

const empty = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) => buildVault({ now: NOW, ...extra, notes }).findings('empty-section');
const headings = (notes: NoteSpec[], extra: Partial<VaultSpec> = {}) => empty(notes, extra).map((f) => `${f.file.slice(10)} ${/"([^"]+)"/.exec(f.message)![1]}`);

describe('rule empty-section', () => {
  it('reports an empty required section of a planned note, on its heading', () => {
    const spec: NoteSpec = { date: SOON, sections: { unclear: [] } };
    const found = empty([spec]);
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), '## What is unclear'));
    assert.equal(found[0].message, '"What is unclear" is empty. Write at least a line before the meeting (or "Nothing this week").');
    assert.deepEqual(found[0].fixes, []);
  });

  it('counts blank lines as empty', () => {
    assert.equal(empty([{ date: SOON, sections: { roadblocks: ['', '   ', ''] } }]).length, 1);
  });

  it('counts a section holding only a template placeholder comment as empty', () => {
    assert.equal(empty([{ date: SOON, sections: { roadblocks: ['<!-- Where are you stuck? -->'], unclear: ['%% What needs clarifying? %%'] } }]).length, 2);
  });

  it('reports every empty required section written before the meeting', () => {
    assert.equal(empty([{ date: SOON, sections: { roadblocks: [], unclear: [], 'need-to-know': [] } }]).length, 3);
  });

  it('is quiet on sections with a line, a list or a sub-heading with text', () => {
    assert.deepEqual(empty([{ date: SOON, sections: { roadblocks: ['- Waiting for the billing dashboard'], unclear: ['### Budget', 'Who owns it?'] } }]), []);
  });

  it('does not report an empty optional section (notes, private)', () => {
    assert.deepEqual(empty([{ date: SOON, sections: { notes: [], private: [] } }]), []);
  });

  it('looks at planned notes only: not the latest held note, not older notes', () => {
    const none = { roadblocks: [] };
    const notes = [
      { date: '2026-11-10', sections: none },
      { date: '2026-11-17', sections: none }, // the latest held note
      { date: '2026-11-18', status: 'canceled', sections: none },
      { date: '2026-11-24', sections: none }, // today: planned, its deadline passed
      { date: SOON, status: 'planned', sections: none },
    ];
    assert.deepEqual(headings(notes), ['2026-11-24.md Roadblocks', '2026-11-25.md Roadblocks']);
  });

  it('reports a past note still marked planned', () => {
    assert.equal(empty([{ date: '2026-11-17', status: 'planned', sections: { roadblocks: [] } }]).length, 1);
  });

  describe('when', () => {
    it('with my manager: once the share deadline (17:00 the day before) is less than 24 h away', () => {
      const notes = [{ date: '2026-11-26', sections: { roadblocks: [] } }];
      assert.deepEqual(empty(notes), [], '32 h before the deadline of Wed 17:00');
      assert.deepEqual(headings(notes, { now: '2026-11-24T17:01' }), ['2026-11-26.md Roadblocks']);
      assert.deepEqual(headings(notes, { now: '2026-11-24T17:00' }), [], 'exactly 24 h: not less');
      assert.deepEqual(headings(notes, { now: '2026-11-24T09:00', settings: { shareBy: '08:00' } }), ['2026-11-26.md Roadblocks']);
    });

    it('with my manager, a Monday meeting: once Friday 17:00 (the last working day) is less than 24 h away', () => {
      const notes = [{ date: '2026-11-30', sections: { roadblocks: [] } }];
      assert.deepEqual(headings(notes, { now: '2026-11-26T17:00' }), [], 'Thu 17:00: 24 h before Fri 17:00');
      assert.deepEqual(headings(notes, { now: '2026-11-26T17:01' }), ['2026-11-30.md Roadblocks']);
      const weekend = { workingDays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'] };
      assert.deepEqual(headings(notes, { now: '2026-11-26T17:01', settings: weekend }), [], 'due Sun 29 Nov 17:00');
      assert.deepEqual(headings(notes, { now: '2026-11-28T17:01', settings: weekend }), ['2026-11-30.md Roadblocks']);
    });

    it('a fresh agenda a week away asks for nothing, with a manager or a report', () => {
      const fresh = { roadblocks: [], priorities: [], 'need-to-know': [], unclear: [], rotation: [], commitments: [] };
      const report = { dana: { with: 'Dana Whitfield', role: 'report', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };
      assert.deepEqual(headings([{ date: '2026-12-01', sections: fresh }]), []);
      assert.deepEqual(headings([{ date: '2026-12-01', sections: fresh }], { profiles: report }), []);
    });

    it('with a report: once the meeting is less than 24 h away', () => {
      const profiles = { dana: { with: 'Dana Whitfield', role: 'report', cadence: 'weekly', day: 'thursday', time: '"14:00"', since: '2026-09-03' } };
      const notes = [{ date: '2026-11-26', sections: { roadblocks: [] } }];
      assert.deepEqual(headings(notes, { profiles, now: '2026-11-25T14:00' }), []);
      assert.deepEqual(headings(notes, { profiles, now: '2026-11-25T14:01' }), ['2026-11-26.md Roadblocks']);
      // A note's own time wins over the profile's.
      const early = [{ date: '2026-11-26', fm: { time: '"09:00"' }, sections: { roadblocks: [] } }];
      assert.deepEqual(headings(early, { profiles, now: '2026-11-25T09:01' }), ['2026-11-26.md Roadblocks']);
    });
  });

  describe('sections written in the meeting', () => {
    const notes = [{ date: '2026-11-24', fm: { time: '"10:00"' }, sections: { commitments: [], notes: [] } }];

    it('never asks for Commitments before the meeting has started', () => {
      assert.deepEqual(headings(notes, { now: '2026-11-24T09:59' }), []);
    });

    it('asks for them once it has, without saying "before the meeting"', () => {
      const found = empty(notes, { now: '2026-11-24T10:00' });
      assert.deepEqual(found.map((f) => f.message), ['"Commitments" is empty. Write down what the meeting agreed (or "Nothing this week").']);
      assert.ok(found.every((f) => !/before the meeting/.test(f.message)));
    });

    it('with no time known, waits until the meeting day is over', () => {
      const untimed = [{ date: '2026-11-24', sections: { commitments: [] } }];
      assert.deepEqual(headings(untimed, { now: '2026-11-24T23:59' }), []);
      assert.deepEqual(headings([{ date: '2026-11-23', status: 'planned', sections: { commitments: [] } }]), ['2026-11-23.md Commitments']);
    });
  });

  describe('action items from last time', () => {
    it('not asked for when there is no previous note', () => {
      assert.deepEqual(headings([{ date: SOON, sections: { 'action-items': [] } }]), []);
    });

    it('not asked for when the previous note had nothing to carry', () => {
      const previous = { date: '2026-11-18', sections: { commitments: ['- [x] Done ✅ 2026-11-18', '- [-] Canceled'] } };
      assert.deepEqual(headings([previous, { date: SOON, sections: { 'action-items': [] } }]), []);
    });

    it('asked for when the previous note had an open item, or one marked carried', () => {
      for (const item of ['- [ ] Draft the guide', '- [>] Draft the guide ^k3f9x2']) {
        const previous = { date: '2026-11-18', sections: { commitments: [item] } };
        assert.deepEqual(headings([previous, { date: SOON, sections: { 'action-items': [] } }]), ['2026-11-25.md Action items from last time'], item);
      }
    });
  });

  it("never asks for the rotating topic when it is the manager's", () => {
    assert.deepEqual(headings([{ date: SOON, fm: { rotation: 'manager' }, sections: { rotation: [] } }]), []);
    assert.deepEqual(headings([{ date: SOON, fm: { rotation: 'skill' }, sections: { rotation: [] } }]), ['2026-11-25.md Rotating topic: Skill development']);
  });

  it("nor when no `rotation:` is written but the heading names the manager's topic", () => {
    const body = (topic: string) => `# 1x1\n\n## Rotating topic: ${topic}\n\n## Roadblocks\nNone\n`;
    assert.deepEqual(headings([{ date: SOON, body: body('Manager brings one thing') }]), []);
    assert.deepEqual(headings([{ date: SOON, body: body('Skill development') }]), ['2026-11-25.md Rotating topic: Skill development']);
  });
});
