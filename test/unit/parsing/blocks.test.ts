import { strict as assert } from 'node:assert';
import { parseNote } from '../../../src/parsing/parseNote';

function items(text: string) {
  return parseNote(text).items.map((i) => ({ line: i.line, marker: i.marker, text: i.text }));
}

function headings(text: string) {
  return parseNote(text).headings.map((h) => `${h.line}:${h.level}:${h.text}`);
}

describe('block scanner', () => {
  it('reads every marker of SPEC §6 with its state', () => {
    const note = parseNote('- [ ] a\n- [x] b\n- [X] c\n- [-] d\n- [>] e\n- [/] f\n- [?] g\n');
    assert.deepEqual(
      note.items.map((i) => `${i.marker}=${i.state}`),
      [' =open', 'x=done', 'X=done', '-=canceled', '>=carried', '/=open', '?=open'],
    );
  });

  it('counts items in numbered lists, block quotes and callouts', () => {
    const text = '1. [ ] first\n2) [x] second\n\n> [!note] Callout\n> - [ ] in a callout\n> > - [ ] deeper\n';
    const found = parseNote(text).items;
    assert.deepEqual(found.map((i) => [i.line, i.text, i.listColumn]), [
      [0, 'first', 0],
      [1, 'second', 0],
      [4, 'in a callout', 2],
      [5, 'deeper', 4],
    ]);
  });

  it('never reads items or headings in fenced or indented code, HTML comments or %% comments', () => {
    const text = [
      '## Notes',
      '```',
      '- [ ] fenced',
      '## Fenced heading',
      '```',
      '~~~~md',
      '- [ ] tilde fenced',
      '```',
      '~~~~',
      '',
      '    - [ ] indented code',
      '',
      '<!-- - [ ] one-line comment -->',
      '<!--',
      '- [ ] multi-line comment',
      '## Commented heading',
      '-->',
      '%% - [ ] obsidian comment %%',
      '%%',
      '- [ ] multi-line obsidian comment',
      '## Hidden heading',
      '%%',
      '- [ ] visible',
    ].join('\n');
    assert.deepEqual(items(text), [{ line: 22, marker: ' ', text: 'visible' }]);
    assert.deepEqual(headings(text), ['0:2:Notes']);
  });

  it('an indented line after a paragraph is a continuation, not code', () => {
    const text = 'Some paragraph\n    - [ ] lazy\n';
    // CommonMark: a list item can interrupt a paragraph, but one indented 4+ is paragraph text.
    assert.deepEqual(items(text), []);
  });

  it('nested items know their parent, tabs included', () => {
    const note = parseNote('- [ ] parent\n  - [ ] child\n\t- [ ] tab child\n    - [x] grandchild\n- [ ] sibling\n');
    assert.deepEqual(note.items.map((i) => [i.text, i.parent, i.listColumn]), [
      ['parent', -1, 0],
      ['child', 0, 2],
      // A tab reaches column 4, the child's content column: it nests under the child, as in CommonMark.
      ['tab child', 1, 1],
      ['grandchild', 1, 4],
      ['sibling', -1, 0],
    ]);
  });

  it('a fence inside a list item closes when the item ends', () => {
    const text = '- [ ] item\n  ```\n  - [ ] in code\n  ```\n- [ ] after\n';
    assert.deepEqual(items(text).map((i) => i.text), ['item', 'after']);
  });

  it('recognises setext headings but not a thematic break after a list', () => {
    assert.deepEqual(headings('Title\n=====\n\nSub\n---\n'), ['0:1:Title', '3:2:Sub']);
    assert.deepEqual(headings('- [ ] item\n---\n'), []);
    assert.deepEqual(headings('| a | b |\n|---|---|\n| 1 | 2 |\n---\n'), []);
  });

  it('an ordered item may interrupt a paragraph only when it starts at 1', () => {
    assert.deepEqual(items('Paragraph\n2. [ ] not an item\n').length, 0);
    assert.deepEqual(items('Paragraph\n1. [ ] an item\n').length, 1);
    assert.deepEqual(items('Paragraph\n- [ ] an item\n').length, 1);
  });

  it('ATX headings: closing hashes and inline markup are not part of the text', () => {
    assert.deepEqual(headings('## **Top 3** priorities ##\n### `code` and [link](x)\n#not a heading\n'), ['0:2:Top 3 priorities', '1:3:code and link']);
  });

  it('reads due and done dates in both styles, owner and block id with exact columns', () => {
    const line = '- [ ] Introduce me to the data team 📅 2026-11-27 @dana ^k3f9x2';
    const [item] = parseNote(line).items;
    assert.equal(item.text, 'Introduce me to the data team');
    assert.equal(item.due, '2026-11-27');
    assert.equal(line.slice(item.dueStart, item.dueEnd), '📅 2026-11-27');
    assert.equal(item.owner, 'dana');
    assert.equal(item.id, 'k3f9x2');
    assert.equal(line.slice(item.idStart), '^k3f9x2');
    assert.equal(item.column, 2);
    assert.equal(item.listColumn, 0);
    assert.equal(item.contentEnd, line.length);

    const dv = '  - [x] Send it [due:: 2026-11-20] [completion:: 2026-11-19]';
    const [d] = parseNote(dv).items;
    assert.equal(d.due, '2026-11-20');
    assert.equal(d.done, '2026-11-19');
    assert.equal(dv.slice(d.dueStart, d.dueEnd), '[due:: 2026-11-20]');
    assert.equal(d.text, 'Send it');

    const other = parseNote('- [ ] Plan 📆 2026-12-01 ✅ 2026-11-30 🗓️ 2026-12-05').items[0];
    assert.equal(other.due, '2026-12-01');
    assert.equal(other.done, '2026-11-30');
  });

  it('an e-mail address is not an owner', () => {
    const [item] = parseNote('- [ ] Write to ana@example.com').items;
    assert.equal(item.owner, undefined);
    assert.equal(item.text, 'Write to ana@example.com');
  });

  it('reports dates that do not exist, with the date as the range', () => {
    const line = '- [ ] Plan 📅 2026-02-30 and ✅ 2026-13-01 [due:: soon]';
    const note = parseNote(line);
    const bad = note.problems.filter((p) => p.kind === 'date').map((p) => line.slice(p.range.start.character, p.range.end.character));
    assert.deepEqual(bad, ['2026-02-30', '2026-13-01', 'soon']);
    assert.equal(note.items[0].due, undefined);
  });

  it('sections follow §4: aliases, numbers, emoji and the rotating topic prefix', () => {
    const text = [
      '# 1x1 with Dana',
      '## 1. Updates',
      '- [ ] a',
      '## 🚧 Blockers',
      '## Top three priorities:',
      '1. one',
      '2. two',
      '## FYI',
      '## questions?',
      '## Rotating topic: Skill development',
      '## Next steps',
      '### Sub heading stays in the section',
      '- [ ] b',
      '## Private',
      '## Something else',
    ].join('\n');
    const note = parseNote(text);
    assert.deepEqual(note.sections.map((s) => [s.key, s.line, s.endLine]), [
      ['action-items', 1, 2],
      ['roadblocks', 3, 3],
      ['priorities', 4, 6],
      ['need-to-know', 7, 7],
      ['unclear', 8, 8],
      ['rotation', 9, 9],
      ['commitments', 10, 12],
      ['private', 13, 13],
    ]);
    assert.deepEqual(note.items.map((i) => i.section), ['action-items', 'commitments']);
    const priorities = note.sections.find((s) => s.key === 'priorities')!;
    assert.equal(priorities.listItems.length, 2);
    assert.equal(priorities.hasContent, true);
    assert.equal(note.sections.find((s) => s.key === 'roadblocks')!.hasContent, false);
  });

  it('a section with only an HTML comment placeholder is empty', () => {
    const note = parseNote('## Roadblocks\n<!-- what is blocking you? -->\n\n## Notes\n');
    assert.equal(note.sections[0].hasContent, false);
  });

  it('survives hostile input: long lines, many markers, control characters', () => {
    const long = '- [ ] ' + 'x'.repeat(200_000) + ' 📅 2026-11-27';
    assert.equal(parseNote(long).items[0].due, '2026-11-27');
    const many = Array.from({ length: 20_000 }, (_, i) => `${' '.repeat(i % 9)}- [ ] item ${i}`).join('\n');
    assert.equal(parseNote(many).items.length > 1000, true);
    const weird = '\u0000\u0001- [ ] x\r\r\n```\n' + '`'.repeat(10_000);
    assert.ok(parseNote(weird));
    assert.ok(parseNote('>'.repeat(50_000)));
    assert.ok(parseNote('%%'.repeat(10_000) + '\n- [ ] x'));
  });
});
