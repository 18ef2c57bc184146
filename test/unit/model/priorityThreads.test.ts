import { strict as assert } from 'node:assert';
import { priorityThreadsOf, priorityWithWeeks } from '../../../src/core/views/priorityThreads';
import { buildVault, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §13, priorities over time: the latest held note's priorities with the weeks each has stood,
// and the ones that left the list without a word. Weeks computed by hand: floor(days / 7) + 1.

function threads(now: string, notes: NoteSpec[], goneSince?: string) {
  const v = buildVault({ now, notes });
  return priorityThreadsOf(v.index.seriesState('dana')!, goneSince);
}

const held = (date: string, priorities: string[], extra: Partial<NoteSpec['sections']> = {}): NoteSpec => ({ date, status: 'held', sections: { priorities, ...extra } });

describe('priority threads (view model)', () => {
  it('weekly: current priorities in the latest note’s order with since and weeks; a silent departure, not one closed by a done item nor one that stood two weeks', () => {
    const t = threads('2026-11-25T09:00', [
      held('2026-11-03', ['1. Ship the importer', '2. Hire the SRE', '3. Q4 forecast']),
      held('2026-11-10', ['1. Ship the importer', '2. Hire the SRE', '3. Q4 forecast', '4. Offsite plan']),
      held('2026-11-17', ['1. Ship the importer', '2. Hire the SRE', '3. Q4 forecast', '4. Offsite plan']),
      held('2026-11-24', ['1. Roadmap draft', '2. ship the importer'], { commitments: ['- [x] Q4 forecast ✅ 2026-11-23'] }),
      { date: '2026-12-01', status: 'planned', sections: { priorities: ['1. Not counted yet'] } },
    ]);
    assert.deepEqual(
      t.current.map((p) => [p.text, p.since, p.weeks, p.file]),
      [
        ['Roadmap draft', '2026-11-24', 1, '1on1/dana/2026-11-24.md'],
        ['ship the importer', '2026-11-03', 4, '1on1/dana/2026-11-24.md'],
      ],
    );
    assert.deepEqual(
      t.leftSilently.map((p) => [p.text, p.from, p.to, p.goneOn, p.weeks, p.file]),
      [['Hire the SRE', '2026-11-03', '2026-11-17', '2026-11-24', 3, '1on1/dana/2026-11-17.md']],
    );
    assert.equal(priorityWithWeeks(t.current[0]), 'Roadmap draft (1 week)');
    assert.equal(priorityWithWeeks(t.current[1]), 'ship the importer (4 weeks)');
  });

  it('biweekly with a canceled meeting in between: the run goes on, weeks are calendar weeks; departures newest first, and only since a date when asked', () => {
    const notes: NoteSpec[] = [
      held('2026-10-06', ['- Pricing page', '- Hiring plan']),
      held('2026-10-20', ['- Pricing page', '- Hiring plan', '- Data retention']),
      { date: '2026-11-03', status: 'canceled', sections: { priorities: [] } },
      held('2026-11-17', ['- Pricing page', '- Data retention']),
      held('2026-12-01', ['- Data retention', '- None']),
    ];
    const t = threads('2026-12-02T09:00', notes);
    // Data retention: 20 Oct → 1 Dec is 42 days: 7 weeks.
    assert.deepEqual(t.current.map((p) => [p.text, p.since, p.weeks]), [['Data retention', '2026-10-20', 7]]);
    // Pricing page: 6 Oct → 17 Nov, 42 days: 7 weeks, gone on 1 Dec; Hiring plan: 6 → 20 Oct, 14 days: 3 weeks, gone on 17 Nov.
    assert.deepEqual(
      t.leftSilently.map((p) => [p.text, p.from, p.to, p.goneOn, p.weeks]),
      [
        ['Pricing page', '2026-10-06', '2026-11-17', '2026-12-01', 7],
        ['Hiring plan', '2026-10-06', '2026-10-20', '2026-11-17', 3],
      ],
    );
    assert.deepEqual(threads('2026-12-02T09:00', notes, '2026-11-20').leftSilently.map((p) => p.text), ['Pricing page']);
  });

  it('no held meeting yet: nothing current, nothing left', () => {
    assert.deepEqual(threads('2026-11-02T09:00', [{ date: '2026-11-03', status: 'planned', sections: { priorities: ['1. Ship it'] } }]), { current: [], leftSilently: [] });
  });
});
