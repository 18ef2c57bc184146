/**
 * Differential test: the project's line parser (`parseNote`) against a full CommonMark + GFM parse
 * (remark, see corpora/remarkReference.ts) on every heading (line, level, text) and every
 * action item (line, marker). The scanner exists because remark costs hundreds of times the read
 * floor; this test is what lets it be that fast without being wrong. It stays strict: a
 * disagreement is either a parser bug or a decision that must be written down and exempted here
 * by name, never silently.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { generateVault } from '../../corpora/generateVault';
import { parseNote } from '../../src/parsing/parseNote';
import { createReferenceParser, type ReferenceParse, type ReferenceParser } from '../../corpora/remarkReference';
import { makeTempWorkspace, removeTree } from './helpers/tempVault';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const EXAMPLE_VAULT = path.join(REPO_ROOT, 'examples', 'vault', '1on1');

interface Comparable {
  headings: Array<{ line: number; level: number; text: string }>;
  items: Array<{ line: number; marker: string }>;
}

function projectParse(text: string): Comparable {
  const note = parseNote(text);
  return {
    headings: note.headings.map(({ line, level, text: headingText }) => ({ line, level, text: headingText })),
    items: note.items.map(({ line, marker }) => ({ line, marker })),
  };
}

/** The first difference between the two parses, described for a human, or undefined when they agree. */
function firstDifference(text: string, project: Comparable, reference: ReferenceParse): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const show = (line: number | undefined) =>
    line === undefined ? '' : `\n      line ${line + 1}: ${JSON.stringify(lines[line] ?? '')}`;

  // Which side has something the other lacks, when the lines differ; else what differs on that line.
  const verdict = (p: { line: number } | undefined, r: { line: number } | undefined, what: string) =>
    !r || (p && p.line < r.line) ? `only parseNote sees ${what} on line ${p!.line + 1}`
      : !p || r.line < p.line ? `only remark sees ${what} on line ${r.line + 1}`
        : `both see ${what} on line ${p.line + 1}, but they differ`;

  const headingCount = Math.max(project.headings.length, reference.headings.length);
  for (let i = 0; i < headingCount; i++) {
    const p = project.headings[i];
    const r = reference.headings[i];
    if (p && r && p.line === r.line && p.level === r.level && p.text === r.text) continue;
    return [
      `${verdict(p, r, 'a heading')} (heading #${i + 1}; lines 1-based):`,
      `    parseNote: ${p ? `line ${p.line + 1}, level ${p.level}, text ${JSON.stringify(p.text)}` : '(none)'}${show(p?.line)}`,
      `    remark:    ${r ? `line ${r.line + 1}, level ${r.level}, text ${JSON.stringify(r.text)}` : '(none)'}${show(r?.line)}`,
    ].join('\n');
  }

  const itemCount = Math.max(project.items.length, reference.items.length);
  for (let i = 0; i < itemCount; i++) {
    const p = project.items[i];
    const r = reference.items[i];
    if (p && r && p.line === r.line && p.marker === r.marker) continue;
    return [
      `${verdict(p, r, 'an action item')} (item #${i + 1}; lines 1-based):`,
      `    parseNote: ${p ? `line ${p.line + 1}, marker ${JSON.stringify(p.marker)}` : '(none)'}${show(p?.line)}`,
      `    remark:    ${r ? `line ${r.line + 1}, marker ${JSON.stringify(r.marker)}` : '(none)'}${show(r?.line)}`,
    ].join('\n');
  }
  return undefined;
}

function listMarkdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listMarkdownFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.md')) found.push(full);
  }
  return found.sort();
}

/** Compares every file; fails with the count and the first difference of the first few files. */
function assertVaultAgrees(reference: ReferenceParser, files: string[], root: string): void {
  const failures: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const difference = firstDifference(text, projectParse(text), reference(text));
    if (difference) failures.push(`${path.relative(root, file)}\n  ${difference}`);
  }
  if (failures.length > 0) {
    assert.fail(
      `parseNote and remark disagree on ${failures.length} of ${files.length} files. First ones:\n\n` +
        failures.slice(0, 8).join('\n\n'),
    );
  }
}

/** Hand-written notes on the edges of CommonMark and GFM that a line scanner can get wrong. */
const SNIPPETS: Array<{ name: string; text: string }> = [
  {
    name: 'a fenced block inside a list item',
    text: [
      '## Commitments',
      '- [ ] Real task 📅 2026-11-28',
      '  ```md',
      '  - [ ] fake task inside the fence',
      '  ## fake heading inside the fence',
      '  ```',
      '- [x] Task after the fence ✅ 2026-11-20',
      '',
    ].join('\n'),
  },
  {
    name: '`~~~` fences, a backtick fence inside a tilde fence and a longer closing fence',
    text: [
      '~~~markdown',
      '```',
      '- [ ] not a task',
      '~~',
      '## not a heading',
      '~~~~',
      '- [ ] real after tilde fence',
      '',
      '````',
      '```',
      '- [ ] still inside: three backticks do not close four',
      '````',
      '- [>] real after the four-backtick fence ^abc123',
      '',
    ].join('\n'),
  },
  {
    name: 'an indented code block after a blank line',
    text: [
      '## Notes',
      'A paragraph.',
      '',
      '    - [ ] inside indented code',
      '    ## not a heading either',
      '',
      '- [ ] real task',
      '',
    ].join('\n'),
  },
  {
    name: 'indented lines right after a paragraph are its lazy continuation, not code or items',
    text: ['Some text', '    - [ ] four spaces after a paragraph continue it', '', '- [x] real', ''].join('\n'),
  },
  {
    name: 'a lazy paragraph continuation inside a list item',
    text: [
      '- [ ] Task that wraps',
      'onto a line without indentation',
      '- [x] The next task',
      '  - [/] A nested task',
      'lazy again',
      '',
    ].join('\n'),
  },
  {
    name: 'setext headings',
    text: [
      'Title of the note',
      '=================',
      '',
      'Roadblocks',
      '----------',
      '- [ ] A task under a setext heading',
      '',
      'Two lines of',
      'a setext heading',
      '---',
      '',
    ].join('\n'),
  },
  {
    name: 'block quotes and callouts with tasks',
    text: [
      '> [!todo] Follow-ups',
      '> - [ ] Quoted task 📅 2026-11-30',
      '> - [x] Done quoted task',
      '>',
      '> > - [/] Task in a nested quote',
      '',
      '> Plain quote:',
      '> 1. [-] Ordered task in a quote',
      '',
      '- [ ] Outside again',
      '',
    ].join('\n'),
  },
  {
    name: '`1)` ordered tasks',
    text: ['## Commitments', '1) [ ] First', '2) [x] Second', '10) [-] Tenth', '', '3. [>] Dot style starting at 3', ''].join('\n'),
  },
  {
    name: 'tabs after markers, after checkboxes and as indentation',
    text: ['-\t[ ] Tab after the marker', '- [ ]\tTab after the box', '- Parent bullet', '\t- [x] Tab-indented child', '\t\t- [/] Two tabs', ''].join('\n'),
  },
  {
    name: 'an HTML comment block',
    text: ['<!--', '- [ ] hidden in a comment', '## hidden heading', '-->', '- [ ] visible', '', 'Text <!-- inline --> text', '- [x] visible too', ''].join('\n'),
  },
  {
    name: 'an Obsidian `%% %%` multi-line comment',
    text: ['## Notes', '%%', '- [ ] hidden task', '## Hidden heading', '%%', '- [ ] visible task', '', 'Text %% inline comment %% more text', '- [x] visible too', ''].join('\n'),
  },
  {
    name: 'a `%%` in a code span is code, not a comment',
    text: ['## Notes', '- [ ] Use `%%` to hide text', '- [ ] visible after it', 'Inline ``a %% b`` text %% a comment %%', '- [x] visible too', ''].join('\n'),
  },
  {
    name: 'a `---` thematic break right after a list, and `***` after a paragraph',
    text: ['- [ ] Item', '---', '## Heading after the break', '', '- [x] Another', '***', 'paragraph', '', '***', ''].join('\n'),
  },
  {
    name: 'a byte order mark before the front matter',
    text: '\uFEFF---\nwith: Dana\ndate: 2026-11-24\n---\n# 1x1 with Dana\n\n## Commitments\n- [ ] Task 📅 2026-11-28\n',
  },
  {
    name: 'CRLF line endings',
    text: ['---', 'with: Zoë', '---', '# 1x1 — Zoë', '', '## Commitments', '- [ ] One', '  - [x] Two', '> - [-] Three', '```', '- [ ] fake', '```', ''].join('\r\n'),
  },
  {
    name: 'headings with inline markup, closing hashes and escapes',
    text: [
      '## **Notes**',
      '## Top 3 priorities ##',
      '## Use `code` here',
      '## Rotating topic: *Skill* development',
      '## Links: [the doc](https://example.com) and [[Wiki Page]]',
      '## Café \\# not a closing hash',
      '#hashtag is not a heading',
      '####### seven hashes are not a heading',
      '   ### indented three spaces',
      '#',
      '',
    ].join('\n'),
  },
  {
    name: 'an ordered item not starting at 1 cannot interrupt a paragraph',
    text: ['Some text', '2. [ ] lazy continuation, not an item', '', '2. [ ] after a blank line it is one', ''].join('\n'),
  },
  {
    name: 'checkbox edge cases: uppercase X, other markers, no space, two spaces, no-break space',
    text: ['- [X] Upper case', '- [?] Question', '- [!] Important', '- [*] Star', '- [ ]no space', '- [  ] two spaces', '- [x]\u00a0no-break space', ''].join('\n'),
  },
  {
    // GFM needs text after the box (or a continuation line); an empty box is an empty paragraph "[ ]".
    name: 'a checkbox with nothing after it is not an item',
    text: ['- [ ]', '- [x]   ', '- [ ]', '  continued on the next line is one', ''].join('\n'),
  },
  {
    name: 'a lazy continuation line after a callout belongs to the callout',
    text: ['> [!note] Context', 'continued without the `>`', '---', '', '> - [ ] Quoted task', 'lazy line of the quoted task', '2. [ ] still the same paragraph', ''].join('\n'),
  },
  {
    name: 'a block quote right after a list marker',
    text: ['- > - [ ] Task in a quote in a list item', '1. > [!todo] Callout in a numbered item', '   > - [x] Done in it', ''].join('\n'),
  },
  {
    name: 'a table needs as many header cells as delimiter cells',
    text: ['Not a table header', '|---|---|', '---', '', '| a | b |', '|---|---|', '| - [ ] cell | x |', ''].join('\n'),
  },
  {
    name: 'an HTML block runs to the next blank line, past a `>` line',
    text: ['<div>', '>', '## Inside the HTML block', '- [ ] inside too', '</div>', '', '- [ ] outside', ''].join('\n'),
  },
  {
    // An empty list item ends at the first blank line; what follows indented by 4 is code.
    name: 'an empty list item does not hold indented lines after a blank line',
    text: ['- [ ] Parent', '-', '', '    - [ ] indented code, not a sub-item', ''].join('\n'),
  },
  {
    name: 'a fence in a list item ends with the item, and the next line may open a block quote',
    text: ['- Notes', '  ```', '  - [ ] inside the fence', '> - [ ] quoted task after the list', ''].join('\n'),
  },
  {
    name: 'a lazy continuation line after a block quote inside a list item',
    text: ['- > - [ ] Quoted in a list', 'lazy text', '---', ''].join('\n'),
  },
  {
    name: 'a table with checkboxes in cells, and YAML lists in the front matter',
    text: ['---', 'tags:', '- [ ] yaml', '---', '| Task | Done |', '|---|---|', '| - [ ] not an item | no |', '', '- [ ] item', ''].join('\n'),
  },
];

describe('parseNote agrees with the remark reference', function () {
  let reference: ReferenceParser;

  before(async function () {
    reference = await createReferenceParser();
  });

  describe('tricky snippets', function () {
    for (const snippet of SNIPPETS) {
      it(snippet.name, function () {
        const difference = firstDifference(snippet.text, projectParse(snippet.text), reference(snippet.text));
        if (difference) assert.fail(`${difference}\n\n  in the snippet:\n${snippet.text}`);
      });
    }
  });

  describe('the example vault', function () {
    it('every Markdown file of examples/vault/1on1', function () {
      const files = listMarkdownFiles(EXAMPLE_VAULT);
      if (files.length === 0) this.skip();
      assertVaultAgrees(reference, files, EXAMPLE_VAULT);
    });
  });

  describe('a generated vault of 400 notes', function () {
    let dir: string;
    let files: string[];
    let noteFiles: string[];

    before(function () {
      dir = makeTempWorkspace({}, 'one-on-one-differential-');
      // Short series, so that many people's writing habits (aliases, bullets, indentation) appear.
      const info = generateVault(dir, { notes: 400, seed: 20261123, notesPerSeries: 20 });
      noteFiles = info.noteFiles;
      files = [...info.noteFiles, ...info.otherMarkdownFiles];
    });

    after(function () {
      if (dir) removeTree(dir);
    });

    it('has the variety it is meant to test', function () {
      const texts = noteFiles.map((file) => fs.readFileSync(file, 'utf8'));
      assert.ok(texts.filter((t) => t.includes('\r\n')).length >= 10, 'some CRLF notes');
      assert.ok(texts.some((t) => /^```|^~~~/m.test(t)), 'some fenced blocks');
      assert.ok(texts.some((t) => /^> - \[/m.test(t)), 'some quoted tasks');
      assert.ok(texts.some((t) => /\[due:: /.test(t)), 'some Dataview dates');
      assert.ok(texts.every((t) => /[^\x00-\x7f]/.test(t)), 'non-ASCII text in every note');
    });

    it('every note, profile and template', function () {
      this.timeout(120_000);
      assertVaultAgrees(reference, files, dir);
    });
  });
});
