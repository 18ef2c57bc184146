import * as assert from 'node:assert/strict';
import { parseNote } from '../../../src/parsing/parseNote';
import { shareableAgenda } from '../../../src/core/render/shareableAgenda';

// Issue 10: `## Private notes` and `## Private (just for me)` were shared. A heading whose title
// starts with the word "Private" (after SPEC §4's normalization), at any level, is private.

const note = (heading: string) => `---\nwith: Dana\ndate: 2026-11-24\n---\n## Roadblocks\nNone.\n${heading}\nMy secret.\n## Commitments\n- [ ] Ship it\n`;

describe('private headings', () => {
  for (const heading of ['## Private notes', '## Private (just for me)', '## 🔒 Private: not shared', '## 5. private thoughts', '### Private notes', '# Private stuff', '## PRIVATE']) {
    it(`leaves out "${heading}" and what is under it`, () => {
      const shared = shareableAgenda(note(heading));
      assert.doesNotMatch(shared, /secret|Private|PRIVATE|private/, shared);
      assert.match(shared, /## Roadblocks\nNone\.\n/);
      if (!heading.startsWith('# ')) assert.match(shared, /## Commitments\n- \[ \] Ship it\n$/);
    });
  }

  it('keeps a heading where "Private" is not the first word, or is part of a longer word', () => {
    for (const heading of ['## Privateer fleet', '## Not private', '## Privately held']) {
      assert.match(shareableAgenda(note(heading)), /My secret/, heading);
    }
  });

  it('the parser reads such a ## heading as the private section', () => {
    const keys = parseNote(note('## Private (just for me)')).sections.map((s) => s.key);
    assert.deepEqual(keys, ['roadblocks', 'private', 'commitments']);
  });
});
