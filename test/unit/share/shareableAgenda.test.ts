import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SECTIONS, type SectionDefinition } from '../../../src/core/settings/settings';
import { shareableAgenda } from '../../../src/core/render/shareableAgenda';
import { shareReaders } from '../../../src/core/render/personWords';

// SPEC §7 "Share agenda": plain Markdown without front matter, ids and the `private` section.

const repoRoot = path.resolve(__dirname, '../../../..');

describe('shareableAgenda', () => {
  it("shares the example vault's next agenda for Dana: no front matter, ids, Private or empty section; dates and handles in words", () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples/vault/1on1/dana/2026-11-24.md'), 'utf8');
    assert.equal(
      shareableAgenda(text, shareReaders('dana', 'Dana Whitfield', 'me', '2026-11-23')),
      [
        '# 1x1 with Dana — Tue 24 Nov 2026',
        '',
        '## Action items from last time',
        '- [ ] Write up the pricing experiment results — due Fri 27 Nov',
        '- [x] Send the Q4 forecast to finance — due Fri 20 Nov, done Thu 19 Nov',
        '- [ ] Draft the onboarding guide for new analysts — due Sat 21 Nov',
        '- [ ] Send Dana the vendor comparison for the ETL tool — due Fri 20 Nov',
        '- [ ] Prepare the Q1 roadmap draft — due Fri 4 Dec',
        '    - [ ] Get effort estimates from Sam and Priya — due Thu 26 Nov',
        '- [ ] Confirm the Q1 headcount decision — Dana, due Fri 27 Nov',
        '',
        '## Roadblocks',
        "- The pricing write-up waits for Finance's final revenue numbers, promised for Wednesday.",
        '- ETL comparison: the third vendor still has not sent a quote. I will send you the comparison with two.',
        '',
        '## Top 3 priorities',
        '1. Pricing experiment write-up — readout with Product on 2 Dec',
        '2. Onboarding guide, so the new analyst can start on 7 Dec without me',
        '3. Q1 roadmap draft with estimates',
        '',
        '## One thing you should know',
        '- Sam handled INC-2291 on his own on 9 Nov, with clear updates every 30 minutes. Worth a word from you.',
        '',
      ].join('\n'),
    );
  });

  it('keeps id-like text in a fenced code block, inline code and mid-line; drops only real item ids', () => {
    const note = [
      '## Notes',
      '```',
      '- [ ] not an item, so its id stays ^abc123',
      '```',
      '- [ ] a real item ^real1',
      '- [ ] an id mid-line ^not-at-end stays',
      '- [ ] ids in `code ^x1y2z3` stay',
      '- a plain bullet ^plain1',
      '',
    ].join('\n');
    assert.equal(
      shareableAgenda(note),
      [
        '## Notes',
        '```',
        '- [ ] not an item, so its id stays ^abc123',
        '```',
        '- [ ] a real item',
        '- [ ] an id mid-line ^not-at-end stays',
        '- [ ] ids in `code ^x1y2z3` stay',
        '- a plain bullet ^plain1',
        '',
      ].join('\n'),
    );
  });

  it('drops a Private section in the middle, up to the next ## heading, with deeper headings inside it', () => {
    const note = [
      '---',
      'date: 2026-11-24',
      '---',
      '## Roadblocks',
      '- none',
      '',
      '## 🔒 Private',
      'Ask about the Platform opening.',
      '### Salary',
      '- [ ] check the band ^sal1',
      '',
      '',
      '## Commitments',
      '- [ ] Ship it 📅 2026-11-28 ^ship1',
      '',
    ].join('\n');
    assert.equal(shareableAgenda(note), ['## Roadblocks', '- none', '', '## Commitments', '- [ ] Ship it — due Sat 28 Nov', ''].join('\n'));
  });

  it('a Private section ends at a level-1 heading too; a "## Private" in a code block or a block quote is no section', () => {
    const note = ['## Private', 'secret', '# Next meeting', 'kept', '```', '## Private', 'kept in code', '```', '> ## Private', '> quoted stays', ''].join('\n');
    assert.equal(shareableAgenda(note), ['# Next meeting', 'kept', '```', '## Private', 'kept in code', '```', '> ## Private', '> quoted stays', ''].join('\n'));
  });

  it('leaves out comments nobody reading the note sees (%% %% and <!-- -->), on a line, inline or over lines; not in code', () => {
    const note = [
      '## Roadblocks',
      '%% Dana is touchy about the budget %%',
      '- The budget review slipped %% third time %% again',
      '- Waiting for access <!-- ask IT, not Dana -->',
      '%%',
      'A longer private remark',
      'over two lines',
      '%%',
      '- Shown %% starts here',
      'still hidden %% shown after',
      '```',
      'grep "%%" log <!-- kept -->',
      '```',
      '',
    ].join('\n');
    assert.equal(
      shareableAgenda(note),
      ['## Roadblocks', '- The budget review slipped  again', '- Waiting for access', '- Shown', ' shown after', '```', 'grep "%%" log <!-- kept -->', '```', ''].join('\n'),
    );
  });

  it('keeps code exactly, also in lists at any depth and in callouts: a fence under a numbered item, a fence in a callout, code spans', () => {
    const note = [
      '## Notes',
      '1. Run this:',
      '    ```sh',
      '    echo %%HOME%% <!-- x -->',
      '    ```',
      '- a',
      '  - b',
      '    - c `x %% y` and `<!-- z -->`',
      '      ```',
      '      rm -rf %%TMP%%',
      '      ```',
      '> [!note]',
      '> ```',
      '> a %% b %% c',
      '> ```',
      '> - `code with %% marks %%` stays',
      'An inline `code with %% marks %%` span, ``a ` %% b`` too.',
      '',
      '    indented %% code %% <!-- kept -->',
      '',
    ].join('\n');
    assert.equal(shareableAgenda(note), note);
  });

  it('still leaves out comments outside code, also in lists and callouts and over lines', () => {
    const note = [
      '## Notes',
      '> [!note]',
      '> a %% b %% c',
      '> x <!-- y --> z',
      '- item %% hidden',
      '  still hidden %% shown',
      '  - nested `kept %%` %% hidden %% after',
      '    - deeper <!-- hidden',
      '      over lines --> end',
      '1. `%%` alone is code, so what follows is shared',
      '2. shared too',
      '',
    ].join('\n');
    assert.equal(
      shareableAgenda(note),
      [
        '## Notes',
        '> [!note]',
        '> a  c',
        '> x  z',
        '- item',
        ' shown',
        '  - nested `kept %%`  after',
        '    - deeper',
        ' end',
        '1. `%%` alone is code, so what follows is shared',
        '2. shared too',
        '',
      ].join('\n'),
    );
  });

  it('leaves out a Private heading at another level too (### Private under Notes), up to the next heading of its level or higher', () => {
    const note = ['## Notes', 'Shared notes.', '### Private', 'Not for Dana.', '#### Detail', 'Still private.', '### Follow-up', 'Shared again.', '# Private', 'Top-level private.', ''].join('\n');
    assert.equal(shareableAgenda(note), ['## Notes', 'Shared notes.', '### Follow-up', 'Shared again.', ''].join('\n'));
  });

  it('keeps code blocks as written, blank lines and trailing spaces inside them included', () => {
    const note = ['---', 'date: 2026-11-24', '---', '## Notes', '```ts', 'const a = 1;  ', '', '', 'const b = 2;', '```', '', '## Private', 'x', ''].join('\n');
    assert.equal(shareableAgenda(note), ['## Notes', '```ts', 'const a = 1;  ', '', '', 'const b = 2;', '```', ''].join('\n'));
  });

  it('CRLF and a BOM in, LF out; no blank lines pile up at the start or the end', () => {
    const note = '\uFEFF---\r\nwith: Dana\r\ndate: 2026-11-24\r\n---\r\n\r\n\r\n# Title\r\n\r\n## Commitments\r\n- [ ] One ^one1\r\n\r\n\r\n## Private\r\nsecret\r\n';
    assert.equal(shareableAgenda(note), '# Title\n\n## Commitments\n- [ ] One\n');
  });

  it('a note without front matter is shared whole (ids aside); a lone CR ends lines too', () => {
    assert.equal(shareableAgenda('# Title\r## Notes\r- [ ] Thing ^t1\r'), '# Title\n## Notes\n- [ ] Thing\n');
  });

  it('a note with only front matter (or nothing but a Private section) shares nothing', () => {
    assert.equal(shareableAgenda('---\nwith: Dana\ndate: 2026-11-24\n---\n'), '');
    assert.equal(shareableAgenda('---\nwith: Dana\ndate: 2026-11-24\n---'), '');
    assert.equal(shareableAgenda('---\ndate: 2026-11-24\n---\n\n## Private\nsecret\n'), '');
    assert.equal(shareableAgenda(''), '');
  });

  it('broken YAML in closed front matter: the front matter is still left out', () => {
    assert.equal(shareableAgenda('---\nwith: [Dana\ndate: 2026-11-24\n---\n## Notes\nx\n'), '## Notes\nx\n');
  });

  it('ids of items in block quotes and callouts are dropped too', () => {
    assert.equal(shareableAgenda('> [!todo]\n> - [ ] Quoted ^q1\n'), '> [!todo]\n> - [ ] Quoted\n');
  });

  it('the private section is the one the settings define: another title, or the default when the settings define none', () => {
    const custom: SectionDefinition[] = [
      { key: 'notes', title: 'Notes', aliases: [], required: false },
      { key: 'private', title: 'Just for me', aliases: ['Mine'], required: false },
    ];
    const note = '## Notes\nshared\n## Just for me\nhidden\n## Mine\nhidden too\n## Private\nnot private under these settings\n';
    assert.equal(shareableAgenda(note, { sections: custom }), '## Notes\nshared\n## Private\nnot private under these settings\n');
    const withoutPrivate = DEFAULT_SECTIONS.filter((s) => s.key !== 'private');
    assert.equal(shareableAgenda('## Notes\nshared\n## Private\nhidden\n', { sections: withoutPrivate }), '## Notes\nshared\n');
  });
});
