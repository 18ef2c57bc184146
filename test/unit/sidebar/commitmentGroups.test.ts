import { strict as assert } from 'node:assert';
import { groupCommitments } from '../../../src/core/views/commitmentGroups';
import { commitmentDescription, commitmentDetails, withStaleness } from '../../../src/core/views/commitmentLabel';
import { sortedOpenCommitments } from '../../../src/core/views/openCommitments';
import { settingsWarnings, withDefaults } from '../../../src/core/settings/settings';
import { buildVault } from '../helpers/vaultBuilder';

// Mon 23 Nov 2026, evening. Dana's profile says `aliases: [dw]` (SPEC §10).
const TODAY = '2026-11-23';
const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01', aliases: '[dw, "@DWhit"]' };
const SAM = { with: 'Sam Okafor', role: 'report', cadence: 'weekly', day: 'thursday', time: '"14:00"', since: '2026-09-03' };

function rows(me = 'me') {
  const { index } = buildVault({
    now: '2026-11-23T17:30',
    settings: { me },
    profiles: { dana: DANA, sam: SAM },
    notes: [
      {
        date: '2026-11-17',
        status: 'held',
        sections: {
          commitments: [
            '- [ ] Send the vendor comparison 📅 2026-11-20',
            '- [ ] Confirm the headcount @dw 📅 2026-11-26',
            '- [ ] Review the budget @DWhit',
            '- [ ] Send the invoice @finance 📅 2026-11-18',
            '- [ ] Book the room @alex',
          ],
        },
      },
      { series: 'sam', date: '2026-11-19', status: 'held', fm: { with: 'Sam Okafor' }, sections: { commitments: ['- [ ] Send the INC write-up 📅 2026-12-19 @Sam'] } },
    ],
  });
  const states = index.seriesStates();
  return withStaleness(sortedOpenCommitments(states), states);
}

const summary = (groups: ReturnType<typeof groupCommitments<ReturnType<typeof rows>[number]>>) => groups.map((g) => [g.label, g.commitments.map((c) => c.text)]);

describe('the Commitments view groups (SPEC §10)', () => {
  it('by due date by default: Overdue, This week, Later, No date — the groups with something in them', () => {
    assert.deepEqual(summary(groupCommitments(rows(), 'due')), [
      ['Overdue', ['Send the invoice', 'Send the vendor comparison']],
      ['This week', ['Confirm the headcount']],
      ['Later', ['Send the INC write-up']],
      ['No date', ['Review the budget', 'Book the room']],
    ]);
  });

  it('by owner: I owe, They owe (aliases in any case count), Others — mine first, each in due order', () => {
    assert.deepEqual(summary(groupCommitments(rows(), 'owner')), [
      ['I owe', ['Send the vendor comparison']],
      ['They owe', ['Confirm the headcount', 'Send the INC write-up', 'Review the budget']],
      ['Others', ['Send the invoice', 'Book the room']],
    ]);
    assert.deepEqual(
      groupCommitments(rows(), 'owner').map((g) => g.key),
      ['mine', 'theirs', 'others'],
    );
  });

  it('oneOnOne.me moves @alex to I owe', () => {
    assert.deepEqual(
      groupCommitments(rows('alex'), 'owner').map((g) => [g.key, g.commitments.length]),
      [
        ['mine', 2],
        ['theirs', 3],
        ['others', 1],
      ],
    );
  });
});

describe('a commitment row says who owes it as SPEC §10 resolves owners', () => {
  const find = (text: string) => rows().find((c) => c.text === text)!;
  it('a profile alias is theirs: "Dana owes", not "@dw owes"', () => {
    assert.equal(commitmentDescription(find('Confirm the headcount'), TODAY), 'Dana owes · due Thu 26 Nov · 1x1 with Dana');
    assert.equal(commitmentDescription(find('Review the budget'), TODAY), 'Dana owes · 1x1 with Dana');
    assert.equal(commitmentDetails(find('Review the budget'), TODAY)[0], 'Dana Whitfield owes it (@DWhit) · from your 1x1 with Dana Whitfield');
    assert.equal(commitmentDescription(find('Send the INC write-up'), TODAY), 'Sam owes · due Sat 19 Dec · 1x1 with Sam');
  });
});

describe('settings of the Commitments view and the share reminder', () => {
  it('take their defaults when missing: group by due, remind 60 minutes before', () => {
    const s = withDefaults({});
    assert.equal(s.commitmentsGroupBy, 'due');
    assert.equal(s.remindBeforeShareBy, 60);
    assert.equal(withDefaults({ commitmentsGroupBy: 'owner', remindBeforeShareBy: 0 }).remindBeforeShareBy, 0);
    assert.equal(withDefaults({ commitmentsGroupBy: 'owner' }).commitmentsGroupBy, 'owner');
  });

  it('a wrong value takes the default, with a warning that says what is allowed', () => {
    const bad = { commitmentsGroupBy: 'person', remindBeforeShareBy: -5 } as Record<string, unknown>;
    assert.equal(withDefaults(bad).commitmentsGroupBy, 'due');
    assert.equal(withDefaults(bad).remindBeforeShareBy, 60);
    assert.deepEqual(settingsWarnings(bad), [
      'oneOnOne.commitmentsGroupBy: "person" is not due or owner; using due',
      'oneOnOne.remindBeforeShareBy: -5 is not a whole number of minutes from 0 (off) to 10080; using 60',
    ]);
    for (const minutes of [1.5, '60', 10081]) assert.equal(settingsWarnings({ remindBeforeShareBy: minutes }).length, 1, String(minutes));
    assert.deepEqual(settingsWarnings({ commitmentsGroupBy: 'owner', remindBeforeShareBy: 0 }), []);
  });
});
