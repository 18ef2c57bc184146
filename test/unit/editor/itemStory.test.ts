import * as assert from 'node:assert/strict';
import { decorationText, describeStory, dueText, itemStory, type StoryPiece } from '../../../src/core/views/itemStory';
import { buildVault, type NoteSpec, type VaultSpec } from '../helpers/vaultBuilder';

// The story an item's hover and decoration tell (SPEC §6 lineage, §8 overdue and stale thresholds).

const NOW = '2026-11-23T17:30'; // a Monday
const PROFILE = { dana: { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' } };
const ITEM = 'Draft the onboarding guide 📅 2026-11-18 ^k3f9x2';

/** Raised on 10 Nov, carried into 17 Nov and 24 Nov, open in 24 Nov: overdue by 5 days, carried twice (stale). */
const CARRIED: NoteSpec[] = [
  { date: '2026-11-10', sections: { commitments: [`- [>] ${ITEM}`] } },
  { date: '2026-11-17', sections: { 'action-items': [`- [>] ${ITEM}`] } },
  { date: '2026-11-24', sections: { 'action-items': [`- [ ] ${ITEM}`], commitments: ['- [ ] Book the security review 📅 2026-11-28'] } },
];

function storyOf(notes: NoteSpec[], file: string, line: string, extra: Partial<VaultSpec> = {}) {
  const vault = buildVault({ now: NOW, profiles: PROFILE, notes, ...extra });
  const note = vault.index.note(file);
  assert.ok(note, `${file} is a note`);
  const text = vault.texts.get(file)!;
  const lineNumber = text.split('\n').findIndex((l) => l.includes(line));
  const index = note.parsed.items.findIndex((i) => i.line === lineNumber);
  assert.ok(index >= 0, `an item on the line with "${line}"`);
  const story = itemStory(vault.index.seriesState(note.series)!, note, index);
  assert.ok(story);
  return story;
}

/** The hover's text with links written `[text](file)`. */
const render = (lines: StoryPiece[][]) => lines.map((l) => l.map((p) => (typeof p === 'string' ? p : `[${p.text}](${p.file})`)).join(''));

describe('item story', () => {
  it('tells where a carried item was raised, where it was carried and how late it is', () => {
    const story = storyOf(CARRIED, '1on1/dana/2026-11-24.md', 'Draft the onboarding');
    assert.deepEqual(story.raised, { date: '2026-11-10', file: '1on1/dana/2026-11-10.md' });
    assert.deepEqual(story.carriedTo, [
      { date: '2026-11-17', file: '1on1/dana/2026-11-17.md' },
      { date: '2026-11-24', file: '1on1/dana/2026-11-24.md' },
    ]);
    assert.equal(story.isLive, true);
    assert.equal(story.dueInDays, -5);
    assert.deepEqual(story.staleness, { carriedTooOften: true, tooOld: false, age: 13 });
    assert.deepEqual(render(describeStory(story)), [
      'Raised on Tue 10 Nov 2026 ([2026-11-10.md](1on1/dana/2026-11-10.md)) · carried 2× ([17 Nov](1on1/dana/2026-11-17.md), [24 Nov](1on1/dana/2026-11-24.md)) · overdue by 5 days',
      'Owner: @me (yours)',
      'Stale: carried 2×. Do it, or cancel it and say so.',
    ]);
    assert.equal(decorationText(story), '5 days overdue · carried 2×');
  });

  it('tells an earlier copy the same story and points to the live item', () => {
    const story = storyOf(CARRIED, '1on1/dana/2026-11-10.md', 'Draft the onboarding');
    assert.equal(story.isLive, false);
    assert.deepEqual(render(describeStory(story)).slice(0, 2), [
      'Raised on Tue 10 Nov 2026 ([2026-11-10.md](1on1/dana/2026-11-10.md)) · carried 2× ([17 Nov](1on1/dana/2026-11-17.md), [24 Nov](1on1/dana/2026-11-24.md)) · overdue by 5 days',
      'This copy was carried forward; the live item is in [2026-11-24.md](1on1/dana/2026-11-24.md).',
    ]);
    assert.equal(decorationText(story), undefined, 'only the live item is decorated');
  });

  it('tells a fresh item only what applies', () => {
    const story = storyOf(CARRIED, '1on1/dana/2026-11-24.md', 'Book the security review');
    assert.deepEqual(story.carriedTo, []);
    assert.equal(story.staleness, undefined);
    assert.deepEqual(render(describeStory(story)), ['Raised on Tue 24 Nov 2026 ([2026-11-24.md](1on1/dana/2026-11-24.md)) · due in 5 days', 'Owner: @me (yours)']);
    assert.equal(decorationText(story), undefined);
  });

  it("names the live item's owner, or oneOnOne.me", () => {
    const notes: NoteSpec[] = [{ date: '2026-11-24', sections: { commitments: ['- [ ] Introduce me to the data team @dana', '- [ ] Write the summary'] } }];
    assert.equal(storyOf(notes, '1on1/dana/2026-11-24.md', 'data team').owner, 'dana');
    const mine = storyOf(notes, '1on1/dana/2026-11-24.md', 'summary', { settings: { me: 'alex' } });
    assert.deepEqual(render(describeStory(mine)), ['Raised on Tue 24 Nov 2026 ([2026-11-24.md](1on1/dana/2026-11-24.md)) · no due date', 'Owner: @alex (yours)']);
  });

  it('says whose the item is as SPEC §10 resolves owners: theirs by a profile alias, else someone else', () => {
    const notes: NoteSpec[] = [{ date: '2026-11-24', sections: { commitments: ['- [ ] Confirm the headcount @DW', '- [ ] Send the invoice @finance'] } }];
    const profiles = { dana: { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', aliases: '[dw]' } };
    const theirs = storyOf(notes, '1on1/dana/2026-11-24.md', 'headcount', { profiles });
    assert.equal(theirs.side, 'theirs');
    assert.equal(render(describeStory(theirs))[1], "Owner: @DW (Dana's)");
    assert.equal(render(describeStory(storyOf(notes, '1on1/dana/2026-11-24.md', 'invoice', { profiles })))[1], "Owner: @finance (neither yours nor Dana's)");
  });

  it('tells a done lineage its done date, never stale or overdue', () => {
    const notes: NoteSpec[] = [
      { date: '2026-11-10', sections: { commitments: [`- [>] ${ITEM}`] } },
      { date: '2026-11-17', sections: { 'action-items': [`- [>] ${ITEM}`] } },
      { date: '2026-11-24', sections: { 'action-items': ['- [x] Draft the onboarding guide 📅 2026-11-18 ✅ 2026-11-20 ^k3f9x2'] } },
    ];
    const story = storyOf(notes, '1on1/dana/2026-11-24.md', 'onboarding');
    assert.equal(story.state, 'done');
    assert.equal(story.staleness, undefined);
    assert.equal(story.dueInDays, undefined);
    assert.match(render(describeStory(story))[0], / · done on Fri 20 Nov 2026$/);
    assert.equal(decorationText(story), undefined);
  });

  it('says a canceled lineage is canceled', () => {
    const notes: NoteSpec[] = [{ date: '2026-11-24', sections: { commitments: ['- [-] Rewrite the wiki ^w1'] } }];
    assert.match(render(describeStory(storyOf(notes, '1on1/dana/2026-11-24.md', 'wiki')))[0], / · canceled$/);
  });

  it('is stale by age with the rule\'s threshold (oneOnOne.staleAfterDays)', () => {
    const notes: NoteSpec[] = [{ date: '2026-10-20', sections: { commitments: ['- [ ] Plan the offsite 📅 2026-12-10'] } }];
    const story = storyOf(notes, '1on1/dana/2026-10-20.md', 'offsite');
    assert.deepEqual(story.staleness, { carriedTooOften: false, tooOld: true, age: 34 });
    assert.equal(render(describeStory(story))[2], 'Stale: raised 34 days ago. Do it, or cancel it and say so.');
    assert.equal(decorationText(story), '34 days old');
    assert.equal(storyOf(notes, '1on1/dana/2026-10-20.md', 'offsite', { settings: { staleAfterDays: 40 } }).staleness, undefined);
  });

  it('follows oneOnOne.staleAfterCarries: a carried overdue item that is not stale shows only its lateness', () => {
    const story = storyOf(CARRIED, '1on1/dana/2026-11-24.md', 'Draft the onboarding', { settings: { staleAfterCarries: 3 } });
    assert.equal(story.staleness, undefined);
    assert.equal(decorationText(story), '5 days overdue');
  });

  // Issue 12: after-text ran past the editor's edge ("carr").
  it('stays short when everything applies: lateness first, then one reason it is stale', () => {
    const story = storyOf(CARRIED, '1on1/dana/2026-11-24.md', 'Draft the onboarding', { settings: { staleAfterDays: 7 } });
    assert.deepEqual(story.staleness, { carriedTooOften: true, tooOld: true, age: 13 });
    assert.equal(decorationText(story), '5 days overdue · carried 2×');
    assert.ok(decorationText(story)!.length <= 30);
  });

  it('decorates an overdue item that was never carried with its lateness alone', () => {
    const notes: NoteSpec[] = [{ date: '2026-11-17', sections: { commitments: ['- [ ] Send the forecast 📅 2026-11-22'] } }];
    assert.equal(decorationText(storyOf(notes, '1on1/dana/2026-11-17.md', 'Send the forecast')), '1 day overdue');
  });

  it('words the due date relative to today', () => {
    assert.equal(dueText(0), 'due today');
    assert.equal(dueText(1), 'due tomorrow');
    assert.equal(dueText(3), 'due in 3 days');
    assert.equal(dueText(-1), 'overdue by 1 day');
    assert.equal(dueText(-5), 'overdue by 5 days');
  });
});
