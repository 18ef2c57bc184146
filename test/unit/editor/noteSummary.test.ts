import * as assert from 'node:assert/strict';
import { describeNoteOwed, describeNoteSummary, noteOwed, noteSummary } from '../../../src/core/views/noteSummary';
import { buildVault, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// The CodeLens at the top of a note: the next 1x1, its share-by deadline (SPEC §8
// agenda-not-shared, role manager), the note's open and overdue items.

const NOW = '2026-11-23T17:30'; // a Monday; the share deadline of Tue 24 Nov passed at 17:00
const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const ITEM = 'Draft the onboarding guide 📅 2026-11-18 ^k3f9x2';

const NOTES: NoteSpec[] = [
  { date: '2026-11-10', sections: { commitments: [`- [>] ${ITEM}`] } },
  { date: '2026-11-17', sections: { 'action-items': [`- [>] ${ITEM}`, '- [x] Send the Q4 forecast ✅ 2026-11-16'] } },
  {
    date: '2026-11-24',
    sections: { 'action-items': [`- [ ] ${ITEM}`], commitments: ['- [ ] Book the security review 📅 2026-11-28', '- [/] Introduce me to the data team @dana'] },
  },
];

function summaryOf(file: string, extra: Partial<VaultSpec> = {}) {
  const vault = buildVault({ now: NOW, profiles: { dana: DANA }, notes: NOTES, ...extra });
  const note = vault.index.note(file);
  assert.ok(note, file);
  return noteSummary(vault.index.seriesState(note.series)!, note);
}

describe('note summary (CodeLens)', () => {
  it("shows a planned note's own meeting, its passed share deadline and its open and overdue items", () => {
    const summary = summaryOf('1on1/dana/2026-11-24.md');
    assert.deepEqual(summary, {
      series: 'dana',
      next: { date: '2026-11-24', time: '10:00' },
      share: { date: '2026-11-23', time: '17:00', shared: false, passed: true },
      open: 3,
      overdue: 1,
    });
    assert.deepEqual(describeNoteSummary(summary), { next: 'Next 1x1: Tue 24 Nov 10:00', share: 'share by Mon 23 Nov 17:00 (passed)', items: '3 open · 1 overdue' });
  });

  it('shows the deadline as ahead before it, and as met once the agenda is shared', () => {
    assert.equal(describeNoteSummary(summaryOf('1on1/dana/2026-11-24.md', { now: '2026-11-23T16:59' })).share, 'share by Mon 23 Nov 17:00');
    const shared = NOTES.map((n) => (n.date === '2026-11-24' ? { ...n, fm: { shared: '2026-11-23T16:40' } } : n));
    assert.equal(describeNoteSummary(summaryOf('1on1/dana/2026-11-24.md', { notes: shared })).share, 'agenda shared');
  });

  it("shows a past note the series' next meeting, and that meeting's note's share state", () => {
    const summary = summaryOf('1on1/dana/2026-11-17.md');
    assert.deepEqual(summary.next, { date: '2026-11-24', time: '10:00' });
    assert.deepEqual(summary.share, { date: '2026-11-23', time: '17:00', shared: false, passed: true });
    assert.deepEqual([summary.open, summary.overdue], [0, 0]);
    assert.equal(describeNoteSummary(summary).items, 'nothing open');
    const shared = NOTES.map((n) => (n.date === '2026-11-24' ? { ...n, fm: { shared: '2026-11-23T16:40' } } : n));
    assert.equal(summaryOf('1on1/dana/2026-11-17.md', { notes: shared }).share?.shared, true);
  });

  it('moves on to the next scheduled meeting once the note\'s own meeting has begun', () => {
    const summary = summaryOf('1on1/dana/2026-11-24.md', { now: '2026-11-24T10:05' });
    assert.deepEqual(summary.next, { date: '2026-12-01', time: '10:00' });
    assert.deepEqual(summary.share, { date: '2026-11-30', time: '17:00', shared: false, passed: false });
    assert.equal(summary.overdue, 1);
  });

  it('follows oneOnOne.shareBy', () => {
    assert.deepEqual(summaryOf('1on1/dana/2026-11-24.md', { settings: { shareBy: '18:00' } }).share, { date: '2026-11-23', time: '18:00', shared: false, passed: false });
  });

  it('has no share deadline with a report', () => {
    const summary = summaryOf('1on1/dana/2026-11-24.md', { profiles: { dana: { ...DANA, role: 'report' } } });
    assert.equal(summary.share, undefined);
    assert.deepEqual(describeNoteSummary(summary), { next: 'Next 1x1: Tue 24 Nov 10:00', share: undefined, items: '3 open · 1 overdue' });
  });

  it('says when no next meeting is known (no profile, a single past note)', () => {
    const summary = summaryOf('1on1/priya/2026-11-12.md', { profiles: {}, notes: [{ date: '2026-11-12', series: 'priya' }] });
    assert.equal(summary.next, undefined);
    assert.equal(summary.share, undefined);
    assert.equal(describeNoteSummary(summary).next, 'Next 1x1: not scheduled');
  });

  it('leaves the time out when neither the note nor the profile says it', () => {
    const summary = summaryOf('1on1/priya/2026-11-26.md', { profiles: {}, notes: [{ date: '2026-11-26', series: 'priya' }] });
    assert.equal(describeNoteSummary(summary).next, 'Next 1x1: Thu 26 Nov');
  });

  it("takes the time of a note without one from the series' earlier notes when there is no profile, as the schedule does", () => {
    // Priya meets on Mondays at 09:30 (her notes say so): today's note, without a time, is over at 17:30.
    const notes: NoteSpec[] = [
      { date: '2026-11-09', series: 'priya', fm: { time: '"09:30"' } },
      { date: '2026-11-16', series: 'priya', fm: { time: '"09:30"' } },
      { date: '2026-11-23', series: 'priya' },
    ];
    const summary = summaryOf('1on1/priya/2026-11-23.md', { profiles: {}, notes });
    assert.deepEqual(summary.next, { date: '2026-11-30', time: '09:30' });
  });
});

describe('note summary: who owes the open items (SPEC §10)', () => {
  it('counts the open items per side, aliases included, mine first: "You owe 2 · Dana owes 1"', () => {
    const vault = buildVault({ now: NOW, profiles: { dana: { ...DANA, aliases: '[dw]' } }, notes: [...NOTES.slice(0, 2), { date: '2026-11-24', sections: { commitments: ['- [ ] A', '- [ ] B @alex', '- [ ] C @DW', '- [ ] D @finance', '- [x] E @dana ✅ 2026-11-20'] } }], settings: { me: 'alex' } });
    const note = vault.index.note('1on1/dana/2026-11-24.md')!;
    const owed = noteOwed(vault.index.seriesState('dana')!, note);
    assert.deepEqual(owed, { person: 'Dana', owed: { mine: 2, theirs: 1, others: 1 } });
    assert.equal(describeNoteOwed(owed), 'You owe 2 · Dana owes 1');
    assert.equal(describeNoteOwed({ person: 'Dana', owed: { mine: 0, theirs: 0, others: 3 } }), undefined, 'nothing owed by either side: no lens');
    assert.equal(describeNoteOwed({ person: 'Dana', owed: { mine: 0, theirs: 1, others: 0 } }), 'You owe 0 · Dana owes 1');
  });
});
