import { strict as assert } from 'node:assert';
import { summarizeSeries } from '../../../src/cli/commands/list';
import { commitmentGroup, findCommitmentItem, openCommitmentsOf, sortedOpenCommitments } from '../../../src/core/views/openCommitments';
import { parseNote } from '../../../src/parsing/parseNote';
import type { VaultIndex } from '../../../src/core/vault/vaultIndex';
import { buildVault, lineOf, noteText } from '../helpers/vaultBuilder';

// Mon 23 Nov 2026, evening: "this week" runs to Sun 29 Nov.
const NOW = '2026-11-23T17:30';

const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const SAM = { with: 'Sam Okafor', role: 'report', cadence: 'biweekly', day: 'thursday', time: '"14:00"', since: '2026-09-03' };

function vault() {
  return buildVault({
    now: NOW,
    profiles: { dana: DANA, sam: SAM },
    notes: [
      {
        date: '2026-11-10',
        status: 'held',
        sections: { commitments: ['- [>] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2', '- [ ] Fix the importer', '- [ ] Old thing done later'] },
      },
      {
        date: '2026-11-17',
        status: 'held',
        sections: {
          'action-items': ['- [ ] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2', '- [ ] Fix the importer', '- [x] Old thing done later ✅ 2026-11-16'],
          commitments: [
            '- [ ] Book the security review 📅 2026-11-28',
            '- [ ] Send the forecast 📅 2026-11-23',
            '- [/] Review the hiring plan 📅 2026-11-29',
            '- [ ] Prepare the Q1 roadmap 📅 2026-11-30',
            '- [ ] Introduce me to the data team 📅 2026-11-27 @dana',
            '- [x] Ship the importer ✅ 2026-11-18',
            '- [-] Dropped on purpose 📅 2026-11-01',
          ],
        },
      },
      { series: 'sam', date: '2026-11-12', status: 'held', fm: { with: 'Sam Okafor' }, sections: { commitments: ['- [ ] Review the design doc 📅 2026-11-19', '- [ ] Pair on the cut-over @sam'] } },
    ],
  });
}

function texts(index: VaultIndex, id: string): string[] {
  return openCommitmentsOf(index.seriesState(id)!).map((c) => c.text);
}

describe('open commitments', () => {
  it('are the lineages whose latest copy is open — in progress counts, done, canceled and carried copies do not', () => {
    const { index } = vault();
    assert.deepEqual(texts(index, 'dana'), [
      'Draft the onboarding guide',
      'Fix the importer',
      'Book the security review',
      'Send the forecast',
      'Review the hiring plan',
      'Prepare the Q1 roadmap',
      'Introduce me to the data team',
    ]);
  });

  it('point at the live copy, with person, due, owner, raised date and carried count', () => {
    const v = vault();
    const guide = openCommitmentsOf(v.index.seriesState('dana')!)[0];
    const file = '1on1/dana/2026-11-17.md';
    assert.deepEqual(
      { ...guide, textKey: typeof guide.textKey },
      {
        series: 'dana',
        person: 'Dana Whitfield',
        text: 'Draft the onboarding guide',
        due: '2026-11-21',
        owner: undefined,
        id: 'k3f9x2',
        file,
        line: lineOf(v.texts.get(file)!, 'Draft the onboarding guide'),
        textKey: 'number',
        raised: '2026-11-10',
        carried: 1,
        group: 'overdue',
        side: 'mine',
      },
    );
    const intro = openCommitmentsOf(v.index.seriesState('dana')!).find((c) => c.text.startsWith('Introduce'))!;
    assert.equal(intro.owner, 'dana');
    assert.equal(intro.carried, 0);
  });

  it('group by due date: overdue before today, this week through Sunday, later, no date', () => {
    const all = openCommitmentsOf(vault().index.seriesState('dana')!);
    const groups = Object.fromEntries(all.map((c) => [c.text, c.group]));
    assert.deepEqual(groups, {
      'Draft the onboarding guide': 'overdue',
      'Fix the importer': 'no-date',
      'Book the security review': 'this-week',
      'Send the forecast': 'this-week',
      'Review the hiring plan': 'this-week',
      'Prepare the Q1 roadmap': 'later',
      'Introduce me to the data team': 'this-week',
    });
  });

  it('on a Sunday, this week is only today; on a Saturday, today and tomorrow', () => {
    assert.equal(commitmentGroup('2026-11-29', '2026-11-29'), 'this-week');
    assert.equal(commitmentGroup('2026-11-30', '2026-11-29'), 'later');
    assert.equal(commitmentGroup('2026-11-28', '2026-11-29'), 'overdue');
    assert.equal(commitmentGroup('2026-11-29', '2026-11-28'), 'this-week');
    assert.equal(commitmentGroup('2026-11-30', '2026-11-28'), 'later');
    assert.equal(commitmentGroup(undefined, '2026-11-28'), 'no-date');
    // Across a year end.
    assert.equal(commitmentGroup('2027-01-03', '2026-12-29'), 'this-week');
    assert.equal(commitmentGroup('2027-01-04', '2026-12-29'), 'later');
  });

  it('of the whole vault sort by group, then due date, then person', () => {
    const { index } = vault();
    const all = sortedOpenCommitments(index.seriesStates());
    assert.deepEqual(
      all.map((c) => `${c.group} ${c.due ?? '-'} ${c.person}: ${c.text}`),
      [
        'overdue 2026-11-19 Sam Okafor: Review the design doc',
        'overdue 2026-11-21 Dana Whitfield: Draft the onboarding guide',
        'this-week 2026-11-23 Dana Whitfield: Send the forecast',
        'this-week 2026-11-27 Dana Whitfield: Introduce me to the data team',
        'this-week 2026-11-28 Dana Whitfield: Book the security review',
        'this-week 2026-11-29 Dana Whitfield: Review the hiring plan',
        'later 2026-11-30 Dana Whitfield: Prepare the Q1 roadmap',
        'no-date - Dana Whitfield: Fix the importer',
        'no-date - Sam Okafor: Pair on the cut-over',
      ],
    );
  });

  it('include an item marked [>] whose copy never reached a later note — what dropped-commitment reports', () => {
    const v = buildVault({
      now: NOW,
      profiles: { dana: DANA },
      notes: [
        { date: '2026-11-10', status: 'held', sections: { commitments: ['- [>] Carried, but the copy was lost 📅 2026-11-30 ^l0st01', '- [>] Carried on ^c4rr13'] } },
        { date: '2026-11-17', status: 'held', sections: { 'action-items': ['- [ ] Carried on ^c4rr13'] } },
      ],
    });
    const state = v.index.seriesState('dana')!;
    assert.deepEqual(texts(v.index, 'dana'), ['Carried, but the copy was lost', 'Carried on']);
    const lost = openCommitmentsOf(state)[0];
    assert.deepEqual([lost.file, lost.line], ['1on1/dana/2026-11-10.md', lineOf(v.texts.get('1on1/dana/2026-11-10.md')!, 'copy was lost')]);
    assert.deepEqual(
      v.findings('dropped-commitment').map((f) => [f.file, f.range.start.line]),
      [[lost.file, lost.line]],
    );
    assert.deepEqual(summarizeSeries(state).openCommitments.map((c) => c.text), ['Carried, but the copy was lost', 'Carried on']);
    // The view's checkbox finds it again to mark it done.
    assert.equal(findCommitmentItem(parseNote(v.texts.get(lost.file)!).items, lost)?.line, lost.line);
  });

  it('are what `one-on-one list` counts', () => {
    const { index } = vault();
    for (const id of index.seriesIds()) {
      const state = index.seriesState(id)!;
      const listed = summarizeSeries(state).openCommitments;
      const ours = openCommitmentsOf(state);
      assert.deepEqual(
        listed.map((c) => [c.text, c.file, c.line, c.overdue]),
        ours.map((c) => [c.text, c.file, c.line + 1, c.group === 'overdue']),
      );
    }
  });

  it('a series without notes, or with notes without items, has none', () => {
    const v = buildVault({ now: NOW, profiles: { dana: DANA }, files: { '1on1/priya/2026-11-16.md': noteText({ date: '2026-11-16', fm: { with: 'Priya' } }) } });
    assert.deepEqual(texts(v.index, 'dana'), []);
    assert.deepEqual(texts(v.index, 'priya'), []);
  });
});

describe('finding a commitment again', () => {
  const guide = (text: string) => parseNote(text).items;
  const BEFORE = ['# Note', '## Commitments', '- [ ] Book the review 📅 2026-11-28', '- [ ] Send the deck ^d3ck'].join('\n');

  function commitmentIn(text: string, needle: string) {
    const item = guide(text).find((i) => i.text.includes(needle))!;
    return { id: item.id, textKey: item.textKey, line: item.line };
  }

  it('finds it on a moved line by its text, or by its block id when the text changed', () => {
    const review = commitmentIn(BEFORE, 'Book the review');
    const deck = commitmentIn(BEFORE, 'Send the deck');
    const moved = ['# Note', 'Added above.', '', '## Commitments', '- [ ] Send the slide deck ^d3ck', '- [ ] Book the review 📅 2026-12-01'].join('\n');
    assert.equal(findCommitmentItem(guide(moved), review)?.line, 5);
    assert.equal(findCommitmentItem(guide(moved), deck)?.line, 4);
  });

  it('does not find it once done, canceled or gone, and takes the nearest copy when written twice', () => {
    const review = commitmentIn(BEFORE, 'Book the review');
    assert.equal(findCommitmentItem(guide(BEFORE.replace('- [ ] Book', '- [x] Book')), review), undefined);
    assert.equal(findCommitmentItem(guide(BEFORE.replace('- [ ] Book', '- [-] Book')), review), undefined);
    assert.equal(findCommitmentItem(guide(BEFORE.replace('- [ ] Book the review', '- [ ] Something else')), review), undefined);
    const twice = ['- [ ] Book the review', '', '', '', '', '- [ ] Book the review', '- [ ] Book the review'].join('\n');
    assert.equal(findCommitmentItem(guide(twice), { id: undefined, textKey: review.textKey, line: 4 })?.line, 5);
  });
});
