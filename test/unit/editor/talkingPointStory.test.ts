import * as assert from 'node:assert/strict';
import { describeTalkingPoint, talkingPointStory } from '../../../src/core/views/talkingPointStory';
import type { StoryPiece } from '../../../src/core/views/itemStory';
import { buildVault, lineOf, type NoteSpec } from '../helpers/vaultBuilder';

// The story the hover on a roadblock or unclear bullet tells (SPEC §13): the held notes it was
// raised in, in a row, the meetings between that did not take place, and how it stands.

const held = (date: string, roadblocks: string[]): NoteSpec => ({ date, status: 'held', sections: { roadblocks } });
const NOTES: NoteSpec[] = [
  held('2026-11-03', ['- Budget sign-off']),
  { date: '2026-11-10', status: 'canceled', sections: { roadblocks: [] } },
  held('2026-11-17', ['- budget sign-off', '- Flaky CI']),
  held('2026-11-24', ['- Budget sign-off @finance']),
];

function storyAt(notes: NoteSpec[], file: string, needle: string) {
  const vault = buildVault({ now: '2026-12-31T09:00', notes });
  const note = vault.index.note(file)!;
  return talkingPointStory(vault.index.seriesState('dana')!, note, lineOf(vault.texts.get(file)!, needle));
}

const render = (lines: StoryPiece[][]) => lines.map((l) => l.map((p) => (typeof p === 'string' ? p : `[${p.text}](${p.file})`)).join(''));

describe('talking point story', () => {
  it('lists the held notes of its run, the canceled meeting between, and that it keeps coming back', () => {
    const story = storyAt(NOTES, '1on1/dana/2026-11-17.md', 'budget sign-off')!;
    assert.deepEqual(story.raised.map((n) => n.date), ['2026-11-03', '2026-11-17', '2026-11-24']);
    assert.deepEqual(render(describeTalkingPoint(story)), [
      'Raised in 3 held 1x1s in a row, since Tue 3 Nov 2026: [3 Nov](1on1/dana/2026-11-03.md), [17 Nov](1on1/dana/2026-11-17.md), [24 Nov](1on1/dana/2026-11-24.md)',
      'Not held between: [10 Nov](1on1/dana/2026-11-10.md) (canceled)',
      'Keeps coming back: escalate it, decide it, or drop it.',
    ]);
  });

  it('a run of two that ended: its notes and where it was gone; a bullet raised once has no story', () => {
    const notes = [held('2026-11-03', ['- Budget sign-off']), held('2026-11-10', ['- Budget sign-off']), held('2026-11-17', ['- Flaky CI'])];
    const story = storyAt(notes, '1on1/dana/2026-11-03.md', 'Budget')!;
    assert.deepEqual(render(describeTalkingPoint(story)), [
      'Raised in 2 held 1x1s in a row, since Tue 3 Nov 2026: [3 Nov](1on1/dana/2026-11-03.md), [10 Nov](1on1/dana/2026-11-10.md)',
      'Gone from the 1x1 of [17 Nov](1on1/dana/2026-11-17.md).',
    ]);
    assert.equal(storyAt(notes, '1on1/dana/2026-11-17.md', 'Flaky'), undefined);
    assert.equal(storyAt(NOTES, '1on1/dana/2026-11-17.md', 'Flaky'), undefined);
  });
});
