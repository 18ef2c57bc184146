import * as assert from 'node:assert/strict';
import { applyFix, buildVault, HEADINGS, noteText, REQUIRED_KEYS, summary, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §4: a section is a `##` heading whose text matches a title or alias; case, surrounding
// punctuation, emoji and a leading number are ignored.
// SPEC §8: missing-section — a required section is absent; current notes (planned notes and the
// latest held note); warning; quick fix: insert it in template order.

const NOW = '2026-11-24T09:00';
const PLANNED = '2026-11-24'; // today: planned by default

/** A planned note whose body is these `##` headings, each with one line of content. */
function withHeadings(headings: string[]): NoteSpec {
  return { date: PLANNED, body: '# 1x1\n' + headings.map((h) => `\n${h}\nSomething to say.\n`).join('') };
}

const ALL_DEFAULT = REQUIRED_KEYS.map((k) => `## ${HEADINGS[k]}`);

function missingTitles(spec: NoteSpec): string[] {
  const vault = buildVault({ now: NOW, notes: [spec] });
  return vault.findings('missing-section').map((f) => /"([^"]+)"/.exec(f.message)?.[1] ?? f.message);
}

describe('rule missing-section', () => {
  it('is quiet on a complete note', () => {
    assert.deepEqual(missingTitles({ date: PLANNED }), []);
  });

  for (const key of REQUIRED_KEYS) {
    it(`reports the required section ${key} when it is absent`, () => {
      const vault = buildVault({ now: NOW, notes: [{ date: PLANNED, sections: { [key]: null } }] });
      const found = vault.findings('missing-section');
      assert.equal(found.length, 1, summary(found).join('\n'));
      assert.equal(found[0].severity, 'warning');
      assert.equal(found[0].file, `1on1/dana/${PLANNED}.md`);
      const title = key === 'rotation' ? 'Rotating topic' : HEADINGS[key];
      assert.ok(found[0].message.includes(title), found[0].message);
      assert.equal(found[0].fixes.length, 1);
    });
  }

  it('does not require the optional sections (notes, private)', () => {
    assert.deepEqual(missingTitles({ date: PLANNED, sections: { notes: null, private: null } }), []);
  });

  it('reports every absent section of a note with none', () => {
    assert.equal(missingTitles({ date: PLANNED, body: '# 1x1\n\nJust some text.\n' }).length, REQUIRED_KEYS.length);
  });

  it('counts the aliases', () => {
    const aliases = [
      ['## Action items', '## Roadblocks'],
      ['## Updates', '## Blockers'],
      ['## Last time', "## Where I'm stuck"],
      ['## Priorities', '## FYI'],
      ['## Top three priorities', '## One thing'],
      ['## Questions', '## Action steps'],
      ['## Clarify', '## Next steps'],
    ];
    for (const [a, b] of aliases) {
      const headings = ALL_DEFAULT.filter((h) => !sameSection(h, a) && !sameSection(h, b)).concat([a, b]);
      assert.deepEqual(missingTitles(withHeadings(headings)), [], `${a} / ${b}`);
    }
  });

  it('counts the rotating topic with or without its topic after a colon', () => {
    for (const rotation of ['## Rotating topic', '## Rotating topic: Personal goal', '## Rotating topic — Manager brings one thing']) {
      const headings = ALL_DEFAULT.map((h) => (h.startsWith('## Rotating') ? rotation : h));
      assert.deepEqual(missingTitles(withHeadings(headings)), [], rotation);
    }
  });

  it('ignores case, surrounding punctuation, emoji and a leading number', () => {
    for (const variant of ['## 🚧 Roadblocks', '## 2. Roadblocks', '## 2) Roadblocks', '## ROADBLOCKS', '## Roadblocks:', '## **Roadblocks**', '## Roadblocks 🚧']) {
      const headings = ALL_DEFAULT.map((h) => (h === '## Roadblocks' ? variant : h));
      assert.deepEqual(missingTitles(withHeadings(headings)), [], variant);
    }
  });

  it('does not count a heading inside a code fence, indented code or an HTML comment', () => {
    const others = ALL_DEFAULT.filter((h) => h !== '## Roadblocks');
    const hidden = [
      '```markdown\n## Roadblocks\n```',
      '~~~\n## Roadblocks\n~~~',
      '    ## Roadblocks',
      '<!--\n## Roadblocks\n-->',
    ];
    for (const block of hidden) {
      const spec: NoteSpec = { date: PLANNED, body: '# 1x1\n' + others.map((h) => `\n${h}\nSomething.\n`).join('') + `\n${block}\n` };
      assert.deepEqual(missingTitles(spec), ['Roadblocks'], block);
    }
  });

  it('does not count a heading of another level', () => {
    const headings = ALL_DEFAULT.map((h) => (h === '## Roadblocks' ? '### Roadblocks' : h));
    assert.deepEqual(missingTitles(withHeadings(headings)), ['Roadblocks']);
  });

  describe('only on current notes', () => {
    const broken = { roadblocks: null };

    it('reports the latest held note and planned notes, not older held notes', () => {
      const vault = buildVault({
        now: NOW,
        notes: [
          { date: '2026-11-03', sections: broken },
          { date: '2026-11-10', status: 'held', sections: broken },
          { date: '2026-11-17', sections: broken }, // latest held (by default: past date)
          { date: '2026-11-24', sections: broken }, // planned (today)
          { date: '2026-12-01', sections: broken }, // planned
        ],
      });
      assert.deepEqual(
        vault.findings('missing-section').map((f) => f.file),
        ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-24.md', '1on1/dana/2026-12-01.md'],
      );
    });

    it('reports a past note still marked planned (it is a planned note)', () => {
      const vault = buildVault({
        now: NOW,
        notes: [
          { date: '2026-11-10', status: 'planned', sections: broken },
          { date: '2026-11-17', status: 'held' },
        ],
      });
      assert.deepEqual(vault.findings('missing-section').map((f) => f.file), ['1on1/dana/2026-11-10.md']);
    });

    it('does not report canceled or rescheduled notes', () => {
      const vault = buildVault({
        now: NOW,
        notes: [
          { date: '2026-11-10', status: 'held' },
          { date: '2026-11-17', status: 'canceled', sections: broken },
          { date: '2026-11-18', status: 'rescheduled', fm: { moved_to: '2026-11-19' }, sections: broken },
        ],
      });
      assert.deepEqual(vault.findings('missing-section'), []);
    });
  });

  it('follows `oneOnOne.sections` when it replaces the template', () => {
    const sections = [
      { key: 'wins', title: 'Wins', aliases: ['Good news'], required: true },
      { key: 'commitments', title: 'Commitments', aliases: [], required: true },
      { key: 'notes', title: 'Notes', aliases: [], required: false },
    ];
    const vault = buildVault({ now: NOW, settings: { sections }, notes: [{ date: PLANNED, body: '# 1x1\n\n## Commitments\n- none\n' }] });
    assert.deepEqual(vault.findings('missing-section').map((f) => f.message.includes('Wins')), [true]);
  });

  describe('quick fix: insert it in template order', () => {
    function fixed(missing: string, extra: Partial<NoteSpec> = {}): { before: string; after: string } {
      const spec: NoteSpec = { date: PLANNED, ...extra, sections: { ...extra.sections, [missing]: null } };
      const vault = buildVault({ now: NOW, notes: [spec] });
      const [finding] = vault.findings('missing-section');
      const changed = applyFix(vault, finding, 'Insert');
      assert.deepEqual([...changed.keys()], [`1on1/dana/${PLANNED}.md`]);
      return { before: vault.texts.get(`1on1/dana/${PLANNED}.md`)!, after: changed.get(`1on1/dana/${PLANNED}.md`)! };
    }

    it('inserts a middle section before the next one in template order', () => {
      const { after } = fixed('roadblocks');
      assert.equal(after, noteText({ date: PLANNED, sections: { roadblocks: [] } }));
      assert.ok(after.includes('Nothing carried from last time.\n\n## Roadblocks\n\n## Top 3 priorities\n'));
    });

    it('inserts the first section before the second', () => {
      const { after } = fixed('action-items');
      assert.equal(after, noteText({ date: PLANNED, sections: { 'action-items': [] } }));
    });

    it('inserts the last required section before Notes when Notes is there', () => {
      const { after } = fixed('commitments', { sections: { notes: ['Some notes.'] } });
      assert.equal(after, noteText({ date: PLANNED, sections: { commitments: [], notes: ['Some notes.'] } }));
    });

    it('appends the last required section at the end when nothing follows it', () => {
      const { after } = fixed('commitments');
      assert.equal(after, noteText({ date: PLANNED, sections: { commitments: [] } }));
    });

    it('inserts the rotating topic under its template title', () => {
      const { after } = fixed('rotation');
      assert.ok(after.includes('Nothing.\n\n## Rotating topic\n\n## Commitments\n'), after);
    });

    it('leaves a note whose every missing section was inserted without findings', () => {
      const spec: NoteSpec = { date: PLANNED, sections: { roadblocks: null, unclear: null } };
      let vault = buildVault({ now: NOW, notes: [spec] });
      for (let round = 0; round < 2; round++) {
        const [finding] = vault.findings('missing-section');
        vault = vault.withTexts(applyFix(vault, finding, 'Insert'));
      }
      assert.deepEqual(vault.findings('missing-section'), []);
    });
  });
});

function sameSection(heading: string, alias: string): boolean {
  const groups = [
    ['## Action items from last time', '## Action items', '## Updates', '## Last time'],
    ['## Roadblocks', '## Blockers', "## Where I'm stuck"],
    ['## Top 3 priorities', '## Priorities', '## Top three priorities'],
    ['## One thing you should know', '## FYI', '## One thing'],
    ['## What is unclear', '## Questions', '## Clarify'],
    ['## Commitments', '## Action steps', '## Next steps'],
  ];
  return groups.some((g) => g.includes(heading) && g.includes(alias));
}
