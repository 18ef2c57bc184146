import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { currentRuns, heldNotesOf, leftSilently, runSpan, runText, threadRuns, weeksStood } from '../../../src/core/model/threads';
import { buildVault, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §13: bullets of priorities, roadblocks and unclear followed across held notes by lineage's
// normalized text; canceled meetings in between do not break a run.

function held(notes: NoteSpec[], settings = {}) {
  const v = buildVault({ now: '2026-12-31T09:00', notes, settings });
  const state = v.index.seriesState('dana')!;
  return heldNotesOf(state.notes, state.now.date);
}

const week = (date: string, roadblocks: string[], priorities?: string[], extra: Partial<NoteSpec> = {}): NoteSpec => ({
  date,
  status: 'held',
  sections: { roadblocks, ...(priorities ? { priorities } : {}) },
  ...extra,
});

describe('threads across months', () => {
  it('talking points: a run of consecutive held notes, by normalized text (case, spaces, a due date, an id); an interruption starts a new run', () => {
    const notes = held([
      week('2026-11-03', ['- Waiting for the **ETL** vendor quote']),
      week('2026-11-10', ['- waiting for the  **etl** vendor quote 📅 2026-11-20']),
      week('2026-11-17', ['- Something else']),
      week('2026-11-24', ['- Waiting for the **ETL** vendor quote ^abc123']),
      week('2026-12-01', ['- Waiting for the **ETL** vendor quote', '- None']),
    ]);
    const runs = threadRuns(notes, 'talking-point');
    assert.deepEqual(
      runs.map((r) => [runText(r), runSpan(r).from, runSpan(r).to, r.mentions.length, r.goneIn?.date]),
      [
        ['waiting for the  **etl** vendor quote 📅 2026-11-20', '2026-11-03', '2026-11-10', 2, '2026-11-17'],
        ['Something else', '2026-11-17', '2026-11-17', 1, '2026-11-24'],
        ['Waiting for the **ETL** vendor quote', '2026-11-24', '2026-12-01', 2, undefined],
      ],
    );
  });

  it('a canceled or rescheduled meeting between does not break a run; a roadblock that moves to What is unclear is the same point; renamed sections (aliases) count', () => {
    const notes = held(
      [
        week('2026-11-03', ['- Budget sign-off']),
        { date: '2026-11-10', status: 'canceled', sections: { roadblocks: [] } },
        { date: '2026-11-17', status: 'rescheduled', fm: { moved_to: '2026-11-18' } },
        { date: '2026-11-18', status: 'held', sections: { roadblocks: null }, body: '## Blockers\n- Budget sign-off\n' },
        { date: '2026-11-24', status: 'held', sections: { roadblocks: [], unclear: ['- budget sign-off'] } },
      ],
      { sections: [{ key: 'roadblocks', title: 'Roadblocks', aliases: ['Blockers'] }, { key: 'unclear', title: 'What is unclear' }, { key: 'priorities', title: 'Top 3 priorities' }] },
    );
    const [run] = threadRuns(notes, 'talking-point');
    assert.equal(run.mentions.length, 3);
    assert.deepEqual(run.mentions.map((m) => m.note.date), ['2026-11-03', '2026-11-18', '2026-11-24']);
  });

  it('priorities: weeks stood counting the first week; one that stood three weeks and went without a word left silently, one closed by a done item did not', () => {
    const notes = held([
      week('2026-11-03', [], ['1. Ship the importer', '2. Hire the SRE', '3. Q4 forecast']),
      week('2026-11-10', [], ['1. Ship the importer', '2. Hire the SRE', '3. Q4 forecast']),
      week('2026-11-17', [], ['1. Ship the importer', '2. Hire the SRE', '3. Q4 forecast']),
      { date: '2026-11-24', status: 'held', sections: { priorities: ['1. Ship the importer', '2. Roadmap draft'], commitments: ['- [x] Q4 forecast ✅ 2026-11-23'] } },
    ]);
    const runs = threadRuns(notes, 'priority');
    const byText = new Map(runs.map((r) => [runText(r), r]));
    assert.equal(weeksStood(byText.get('Ship the importer')!), 4);
    assert.equal(weeksStood(byText.get('Roadmap draft')!), 1);
    assert.equal(leftSilently(byText.get('Hire the SRE')!), true);
    assert.equal(leftSilently(byText.get('Q4 forecast')!), false, 'a done item of the same text closed it');
    assert.equal(leftSilently(byText.get('Ship the importer')!), false, 'still there');
  });

  it('currentRuns (walking back from the latest held note) gives exactly the runs of threadRuns that reach it, in its order (property)', () => {
    const POOL = ['- Budget sign-off', '- Flaky CI', '- Hiring freeze', '- None', '- budget  sign-off 📅 2026-12-01'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ bullets: fc.subarray(POOL), status: fc.constantFrom('held', 'held', 'held', 'canceled') }), { minLength: 1, maxLength: 12 }),
        (weeks) => {
          const notes = weeks.map((w, i): NoteSpec => ({ date: new Date(Date.UTC(2026, 0, 6 + 7 * i)).toISOString().slice(0, 10), status: w.status, sections: { roadblocks: w.bullets } }));
          const list = held(notes);
          const whole = threadRuns(list, 'talking-point').filter((r) => r.goneIn === undefined);
          const shape = (runs: ReturnType<typeof threadRuns>) => runs.map((r) => [r.key, r.mentions.map((m) => `${m.note.date}:${m.item.line}`)]);
          assert.deepEqual(shape(currentRuns(list, 'talking-point')), shape(whole));
        },
      ),
      { seed: 15, numRuns: 200 },
    );
  });

  it('a priority that comes back later did not leave without a word; a held note listing no priority says nothing of them (found in review)', () => {
    const three = ['1. Alpha', '2. Beta'];
    const notes = held([
      week('2026-10-19', [], three),
      week('2026-10-26', [], three),
      week('2026-11-02', [], three),
      week('2026-11-09', [], ['1. Beta']),
      week('2026-11-16', [], ['1. Alpha', '2. Beta']),
      { date: '2026-11-23', status: 'held', sections: { priorities: [] } },
    ]);
    const runs = threadRuns(notes, 'priority');
    const alpha = runs.filter((r) => runText(r) === 'Alpha');
    assert.equal(alpha.length, 2);
    assert.equal(leftSilently(alpha[0]), false, 'it came back on 16 Nov');
    assert.deepEqual(
      currentRuns(notes, 'priority').map((r) => [runText(r), r.mentions.length]),
      [['Beta', 5], ['Alpha', 1]],
      'the empty 23 Nov list ends nothing: the 16 Nov priorities are still the current ones',
    );
    assert.ok(runs.every((r) => r.goneIn?.date !== '2026-11-23'));
  });

  it('bullets under a private heading in a thread section are no thread (never shown anywhere)', () => {
    const notes = held(
      ['2026-11-03', '2026-11-10', '2026-11-17'].map((date) => ({
        date,
        status: 'held',
        sections: { roadblocks: ['- Budget sign-off', '### Private', '- SECRET salary talk', '#### Private notes', '- SECRET more'], priorities: ['1. Ship it', '### Private (just me)', '- SECRET priority'] },
      })),
    );
    const texts = [...threadRuns(notes, 'talking-point'), ...threadRuns(notes, 'priority')].map(runText);
    assert.deepEqual(texts.sort(), ['Budget sign-off', 'Ship it']);
  });
});

