import { strict as assert } from 'node:assert';
import { commitmentDescription, commitmentDetails, withStaleness } from '../../../src/core/views/commitmentLabel';
import { sortedOpenCommitments } from '../../../src/core/views/openCommitments';
import { revertLine } from '../../../src/core/edits/revertLine';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { buildVault } from '../helpers/vaultBuilder';

// Mon 23 Nov 2026, evening.
const NOW = '2026-11-23T17:30';
const TODAY = '2026-11-23';
const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const SAM = { with: 'Sam Okafor', role: 'report', cadence: 'weekly', day: 'thursday', time: '"14:00"', since: '2026-09-03' };

function rows() {
  const { index } = buildVault({
    now: NOW,
    profiles: { dana: DANA, sam: SAM },
    notes: [
      { date: '2026-10-20', status: 'held', sections: { commitments: ['- [ ] Old idea 📅 2026-12-20'] } },
      { date: '2026-11-03', status: 'held', sections: { commitments: ['- [>] Write up the pricing results 📅 2026-11-27'] } },
      { date: '2026-11-10', status: 'held', sections: { 'action-items': ['- [>] Write up the pricing results 📅 2026-11-27'] } },
      { date: '2026-11-17', status: 'held', sections: { 'action-items': ['- [>] Write up the pricing results 📅 2026-11-27'] } },
      {
        date: '2026-11-24',
        status: 'planned',
        sections: { 'action-items': ['- [ ] Write up the pricing results 📅 2026-11-27'], commitments: ['- [ ] Send Dana the vendor comparison 📅 2026-11-20', '- [ ] Confirm the headcount @dana', '- [ ] Send the invoice @finance'] },
      },
      { series: 'sam', date: '2026-11-19', status: 'held', fm: { with: 'Sam Okafor' }, sections: { commitments: ['- [ ] Send the INC write-up 📅 2026-11-19 @sam'] } },
    ],
  });
  const states = index.seriesStates();
  return withStaleness(sortedOpenCommitments(states), states);
}

const find = (text: string) => rows().find((c) => c.text === text)!;

describe('the Commitments view describes a commitment', () => {
  it('says who owes it first and whose 1x1 it came from last, never one name alone', () => {
    assert.equal(commitmentDescription(find('Send Dana the vendor comparison'), TODAY), 'you owe · due Fri 20 Nov · 1x1 with Dana');
    assert.equal(commitmentDescription(find('Send the INC write-up'), TODAY), 'Sam owes · due Thu 19 Nov · 1x1 with Sam');
    assert.equal(commitmentDescription(find('Confirm the headcount'), TODAY), 'Dana owes · 1x1 with Dana');
    assert.equal(commitmentDescription(find('Send the invoice'), TODAY), '@finance owes · 1x1 with Dana');
  });

  it('says why a stale one is stale: carried too often, else raised too long ago', () => {
    assert.equal(commitmentDescription(find('Write up the pricing results'), TODAY), 'you owe · due Fri 27 Nov · stale: carried 3× · 1x1 with Dana');
    assert.equal(commitmentDescription(find('Old idea'), TODAY), 'you owe · due Sun 20 Dec · stale: raised 4 weeks ago · 1x1 with Dana');
  });

  it('tells the whole story in the tooltip', () => {
    assert.deepEqual(commitmentDetails(find('Write up the pricing results'), TODAY), [
      'You owe it · from your 1x1 with Dana Whitfield',
      'Due Fri 27 Nov 2026 (in 4 days)',
      'Raised Tue 3 Nov 2026, carried 3×',
      'Stale: carried 3× since Tue 3 Nov. Do it, or cancel it and say so.',
      '1on1/dana/2026-11-24.md:' + (find('Write up the pricing results').line + 1),
    ]);
    assert.equal(commitmentDetails(find('Send the INC write-up'), TODAY)[0], 'Sam Okafor owes it (@sam) · from your 1x1 with Sam Okafor');
    assert.equal(commitmentDetails(find('Old idea'), TODAY)[3], 'Stale: raised 34 days ago. Do it, or cancel it and say so.');
  });
});

describe('undoing "Marked done"', () => {
  const text = ['## Commitments', '- [ ] A', '- [x] B ✅ 2026-11-23', ''].join('\n');

  it('puts the line back as it was, where it is now', () => {
    const edit = revertLine('n.md', `## Notes\n${text}`, 2, '- [x] B ✅ 2026-11-23', '- [ ] B')!;
    assert.equal(applyEdits(`## Notes\n${text}`, [edit]), ['## Notes', '## Commitments', '- [ ] A', '- [ ] B', ''].join('\n'));
  });

  it('leaves a line changed since alone', () => {
    assert.equal(revertLine('n.md', text, 2, '- [x] B ✅ 2026-11-22', '- [ ] B'), undefined);
  });
});
