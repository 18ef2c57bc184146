import * as assert from 'node:assert/strict';
import { buildVault, lineOf, noteText, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §8: duplicate-meeting — two notes of one series on one date, neither canceled; both notes;
// warning; no fix.

const NOW = '2026-11-24T09:00';
const check = (notes: NoteSpec[]) => buildVault({ now: NOW, notes }).findings('duplicate-meeting');

describe('rule duplicate-meeting', () => {
  it('reports both notes, on their date lines', () => {
    const a: NoteSpec = { date: '2026-11-17' };
    const b: NoteSpec = { date: '2026-11-17', name: '2026-11-17-2.md' };
    const found = check([a, b]);
    assert.deepEqual(summary(found), [
      `duplicate-meeting 1on1/dana/2026-11-17-2.md:${lineOf(noteText(b), 'date:')}:0 warning`,
      `duplicate-meeting 1on1/dana/2026-11-17.md:${lineOf(noteText(a), 'date:')}:0 warning`,
    ]);
    assert.ok(found[0].message.includes('2026-11-17.md'), found[0].message);
    assert.ok(found[1].message.includes('2026-11-17-2.md'), found[1].message);
    assert.equal(found[0].message, 'Another note of this series is also on Tue 17 Nov (2026-11-17.md). Merge them, or mark one canceled.');
    assert.deepEqual(found[0].fixes, []);
  });

  it('reports every note when three share a date', () => {
    assert.equal(check([{ date: '2026-11-17' }, { date: '2026-11-17', name: '2026-11-17-2.md' }, { date: '2026-11-17', name: 'extra.md' }]).length, 3);
  });

  it('compares the meeting date (front matter wins over the file name)', () => {
    const found = check([{ date: '2026-11-17' }, { date: '2026-11-18', fm: { date: '2026-11-17' } }]);
    assert.deepEqual(found.map((f) => f.file), ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-18.md']);
    assert.deepEqual(check([{ date: '2026-11-17' }, { date: '2026-11-17', name: '2026-11-17-2.md', fm: { date: '2026-11-18' } }]), []);
  });

  it('reports nothing when one of the two is canceled', () => {
    assert.deepEqual(check([{ date: '2026-11-17', status: 'canceled' }, { date: '2026-11-17', name: '2026-11-17-2.md' }]), []);
    assert.deepEqual(check([{ date: '2026-11-17' }, { date: '2026-11-17', name: '2026-11-17-2.md', status: 'canceled' }]), []);
  });

  it('still reports the other two when a third on that date is canceled', () => {
    const found = check([{ date: '2026-11-17' }, { date: '2026-11-17', name: '2026-11-17-2.md' }, { date: '2026-11-17', name: '2026-11-17-3.md', status: 'canceled' }]);
    assert.deepEqual(found.map((f) => f.file), ['1on1/dana/2026-11-17-2.md', '1on1/dana/2026-11-17.md']);
  });

  it('counts held, planned and rescheduled notes (only canceled is excluded)', () => {
    assert.equal(check([{ date: '2026-11-17', status: 'held' }, { date: '2026-11-17', name: '2026-11-17-2.md', status: 'rescheduled', fm: { moved_to: '2026-11-19' } }]).length, 2);
    assert.equal(check([{ date: '2026-12-01' }, { date: '2026-12-01', name: '2026-12-01-2.md' }]).length, 2);
  });

  it('does not compare different series or different dates', () => {
    assert.deepEqual(check([{ date: '2026-11-17' }, { date: '2026-11-17', series: 'sam' }]), []);
    assert.deepEqual(check([{ date: '2026-11-17' }, { date: '2026-11-18' }]), []);
  });
});
