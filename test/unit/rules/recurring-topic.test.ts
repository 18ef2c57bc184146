import * as assert from 'node:assert/strict';
import { settingsWarnings, withDefaults } from '../../../src/core/settings/settings';
import { buildVault, lineOf, noteText, summary, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// SPEC §13: recurring-topic — a roadblocks/unclear bullet in `oneOnOne.recurringAfter` (default 3)
// or more consecutive held notes (canceled or rescheduled meetings between do not break the run),
// up to the latest held note; info; on the bullet of its latest occurrence; no quick fix.

const NOW = '2026-12-31T09:00';
const held = (date: string, roadblocks: string[], extra: Partial<NoteSpec> = {}): NoteSpec => ({ date, status: 'held', sections: { roadblocks }, ...extra });

function check(notes: NoteSpec[], extra: Partial<VaultSpec> = {}) {
  return buildVault({ now: NOW, notes, ...extra }).findings('recurring-topic');
}

describe('rule recurring-topic', () => {
  it('three consecutive held notes, written a little differently: one info on the latest bullet, with the spec wording', () => {
    const notes = [
      held('2026-11-03', ['- Waiting for the **ETL** vendor quote']),
      held('2026-11-10', ['- Flaky CI', '- waiting for the  **etl** vendor quote 📅 2026-11-20']),
      held('2026-11-17', ['- Hiring freeze', '- Waiting for the **ETL** vendor quote @it ^q1']),
    ];
    const found = check(notes);
    const line = lineOf(noteText(notes[2]), 'vendor quote');
    assert.deepEqual(summary(found), [`recurring-topic 1on1/dana/2026-11-17.md:${line}:0 info`]);
    assert.equal(found[0].message, '"Waiting for the **ETL** vendor quote @it" raised in 3 meetings since 2026-11-03 — escalate it, decide it, or drop it.');
    assert.deepEqual(found[0].range, { start: { line, character: 0 }, end: { line, character: '- Waiting for the **ETL** vendor quote @it ^q1'.length } });
    assert.deepEqual(found[0].fixes, []);
  });

  it('below the threshold (two notes): nothing; at it (three): one; four in a row say 4', () => {
    assert.deepEqual(check([held('2026-11-10', ['- Budget sign-off']), held('2026-11-17', ['- Budget sign-off'])]), []);
    const four = check(['2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17'].map((d) => held(d, ['- Budget sign-off'])));
    assert.equal(four.length, 1);
    assert.match(four[0].message, /raised in 4 meetings since 2026-10-27/);
  });

  it('interrupted: a held note without it starts a new run', () => {
    const notes = [
      held('2026-11-03', ['- Budget sign-off']),
      held('2026-11-10', ['- Budget sign-off']),
      held('2026-11-17', ['- Something else']),
      held('2026-11-24', ['- Budget sign-off']),
      held('2026-12-01', ['- Budget sign-off']),
    ];
    assert.deepEqual(check(notes), []);
  });

  it('a canceled or rescheduled meeting between does not break the run; a planned note after the latest held one does not count', () => {
    const notes: NoteSpec[] = [
      held('2026-11-03', ['- Budget sign-off']),
      { date: '2026-11-10', status: 'canceled', sections: { roadblocks: [] } },
      { date: '2026-11-17', status: 'rescheduled', fm: { moved_to: '2026-11-18' }, sections: { roadblocks: [] } },
      held('2026-11-18', ['- Budget sign-off']),
      held('2026-11-24', ['- budget sign-off']),
      { date: '2027-01-05', status: 'planned', sections: { roadblocks: ['- Budget sign-off'] } },
    ];
    const found = check(notes);
    assert.deepEqual(summary(found), [`recurring-topic 1on1/dana/2026-11-24.md:${lineOf(noteText(notes[4]), 'budget')}:0 info`]);
    assert.match(found[0].message, /^"budget sign-off" raised in 3 meetings since 2026-11-03/);
  });

  it('a run that ended before the latest held note does not fire: the point is settled', () => {
    const notes = [
      held('2026-11-03', ['- Budget sign-off']),
      held('2026-11-10', ['- Budget sign-off']),
      held('2026-11-17', ['- Budget sign-off']),
      held('2026-11-24', ['- Something else']),
    ];
    assert.deepEqual(check(notes), []);
  });

  it('renamed sections (aliases), and a roadblock that moves to What is unclear, are the same point', () => {
    const section = (key: string, title: string, aliases: string[]) => ({ key, title, aliases, required: false, titlePrefix: false });
    const sections = [section('roadblocks', 'Roadblocks', ['Stuck on']), section('unclear', 'What is unclear', ['Open questions']), section('priorities', 'Top 3 priorities', [])];
    const notes: NoteSpec[] = [
      { date: '2026-11-03', status: 'held', body: '## Stuck on\n- Budget sign-off\n' },
      { date: '2026-11-10', status: 'held', body: '## Open questions\n- Budget sign-off?\n' },
      { date: '2026-11-17', status: 'held', body: '## Roadblocks\n- None\n## What is unclear\n- Budget sign-off\n' },
    ];
    assert.equal(check(notes, { settings: { sections } }).length, 0, '"sign-off?" is not "sign-off": the key keeps punctuation');
    notes[1].body = '## Open questions\n- Budget sign-off\n';
    const found = check(notes, { settings: { sections } });
    assert.deepEqual(summary(found), ['recurring-topic 1on1/dana/2026-11-17.md:8:0 info']);
    // Under a heading the settings do not know, the bullet is no talking point.
    assert.deepEqual(check(notes), []);
  });

  it('oneOnOne.recurringAfter: 4 needs four notes; 2 fires on two', () => {
    const three = ['2026-11-03', '2026-11-10', '2026-11-17'].map((d) => held(d, ['- Budget sign-off']));
    assert.deepEqual(check(three, { settings: { recurringAfter: 4 } }), []);
    assert.equal(check([held('2026-10-27', ['- Budget sign-off']), ...three], { settings: { recurringAfter: 4 } }).length, 1);
    assert.equal(check(three.slice(1), { settings: { recurringAfter: 2 } }).length, 1);
  });

  it('"None", "Nothing new." and empty bullets never recur', () => {
    const notes = ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24'].map((d) => held(d, ['- None', '- Nothing new.', '- n/a', '-']));
    assert.deepEqual(check(notes), []);
  });

  it('each series on its own: the same text in two series is two threads', () => {
    const notes = [
      held('2026-11-03', ['- Budget sign-off']),
      held('2026-11-10', ['- Budget sign-off'], { series: 'sam' }),
      held('2026-11-17', ['- Budget sign-off']),
    ];
    assert.deepEqual(check(notes), []);
  });

  it('oneOnOne.recurringAfter is a whole number of 2 or more; anything else is 3, with a warning', () => {
    assert.equal(withDefaults({}).recurringAfter, 3);
    assert.equal(withDefaults({ recurringAfter: 5 }).recurringAfter, 5);
    for (const bad of [1, 0, 2.5, '4', -3, null]) {
      assert.equal(withDefaults({ recurringAfter: bad as number }).recurringAfter, 3, String(bad));
      if (bad !== null) assert.deepEqual(settingsWarnings({ recurringAfter: bad }), [`oneOnOne.recurringAfter: ${typeof bad === 'string' ? `"${bad}"` : bad} is not a whole number of meetings, 2 or more; using 3`]);
    }
    assert.deepEqual(settingsWarnings({ recurringAfter: 2 }), []);
  });
});
