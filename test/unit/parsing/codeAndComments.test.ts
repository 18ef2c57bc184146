import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createReferenceCodeRanges } from '../../../corpora/remarkReference';
import { codeAndComments } from '../../../src/parsing/codeAndComments';
import { NoteLines } from '../../../src/parsing/noteLines';
import { shareableAgenda } from '../../../src/core/render/shareableAgenda';
import { staysLinear } from '../helpers/linearity';

// Issue 11: the parser says where code and comments are; code is never a comment.

function rangesOf(text: string): { code: string[]; comments: string[] } {
  const { code, comments } = codeAndComments(new NoteLines(text, 0, text.includes('\r')), 0);
  const cut = (flat: number[]) => flat.flatMap((from, i) => (i % 2 === 0 ? [text.slice(from, flat[i + 1])] : []));
  return { code: cut(code), comments: cut(comments) };
}

/** A generated note and the code and the comment words it holds. */
interface Generated {
  text: string;
  code: string[];
}

const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', '%%', '<!--', '-->', '%% x %%', '<!-- y -->', '*', '#', '[ ]');
const codeText = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => 'CODE ' + words.join(' '));
const secret = fc.constantFrom('SECRET', 'SECRET one', 'SECRET\nover lines', 'SECRET `not code`');

/** Inline text: words, maybe a code span, maybe a comment of either kind (one that may span lines). */
const inline = fc
  .tuple(fc.constantFrom('Talk', 'Ask', 'Note'), fc.option(fc.tuple(codeText, fc.boolean())), fc.option(fc.tuple(secret, fc.boolean())), fc.constantFrom('', ' end'))
  .map(([lead, span, comment, tail]) => {
    const code: string[] = [];
    let text = lead;
    if (span) {
      const [content, double] = span;
      const written = double ? '`` ' + content + ' ` ``' : '`' + content + '`';
      code.push(written);
      text += ' ' + written;
    }
    if (comment) {
      const [words, obsidian] = comment;
      text += obsidian ? ` %% ${words} %%` : ` <!-- ${words} -->`;
    }
    return { text: text + tail, code };
  });

/** A block in a container: `prefix` starts its first line, `indent` the others (a quote's `> `, a list item's content column). */
function block(prefix: string, indent: string): fc.Arbitrary<Generated> {
  const indentLines = (lines: string[]) => lines.map((l, i) => (i === 0 ? prefix : indent) + l).join('\n');
  return fc.oneof(
    inline.map(({ text, code }) => ({ text: indentLines(text.split('\n')), code })),
    fc.tuple(fc.array(codeText, { minLength: 1, maxLength: 3 }), fc.constantFrom('```', '~~~', '````')).map(([lines, fence]) => {
      const written = [fence, ...lines, fence].map((l) => indent + l).join('\n');
      return { text: prefix === indent ? written : prefix.trimEnd() + '\n' + written, code: [written] };
    }),
    secret.map((words) => ({ text: indentLines(['%%', ...words.split('\n'), '%%']), code: [] })),
  );
}

/** Notes mixing paragraphs, lists three deep, numbered lists, callouts, fences, indented code and comments. */
const note: fc.Arbitrary<Generated> = fc
  .array(
    fc.oneof(
      block('', ''),
      block('- ', '  '),
      block('- a\n  - ', '    '),
      block('- a\n  - b\n    - ', '      '),
      block('1. ', '    '),
      block('> [!note]\n> ', '> '),
      block('> ', '> '),
      block('> - ', '>   '),
      // Text after it too: micromark reads an empty list item right after indented code as text.
      codeText.map((content) => ({ text: 'Before.\n\n    ' + content + '\n\nAfter.', code: ['    ' + content] })),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((blocks) => ({ text: '## Notes\n' + blocks.map((b) => b.text).join('\n\n') + '\n', code: blocks.flatMap((b) => b.code) }));


describe('code and comments (parsing)', () => {
  it('code: fences and indented code (whole lines), code spans; in lists and callouts; a comment mark in code is code', () => {
    const text = [
      '1. Run this:',
      '    ```sh',
      '    echo %%HOME%% <!-- x -->',
      '    ```',
      '> a %% b %% c `d %% e`',
      '- `%%` and ``a ` b``',
      '',
      'Then:',
      '',
      '    indented %%',
      '',
    ].join('\n');
    assert.deepEqual(rangesOf(text), {
      code: ['    ```sh', '    echo %%HOME%% <!-- x -->', '    ```', '`d %% e`', '`%%`', '``a ` b``', '    indented %%'],
      comments: ['%% b %%'],
    });
  });

  it('comments: over lines, never closed (to the end), inside a callout; what opens first wins', () => {
    assert.deepEqual(rangesOf('a %% b\nc %% d <!-- e\n```\n-->\n`x %%` y'), { code: ['`x %%`'], comments: ['%% b\nc %%', '<!-- e\n```\n-->'] });
    assert.deepEqual(rangesOf('> x <!-- y --> z\n%% open\n```\ncode'), { code: [], comments: ['<!-- y -->', '%% open\n```\ncode'] });
    // A backtick string with no closer of its length in its paragraph is text; a blank line ends the paragraph.
    assert.deepEqual(rangesOf('a ` %% b %%\n\nc `'), { code: [], comments: ['%% b %%'] });
    // An escaped backtick opens nothing; a multi-line code span is code over its lines.
    assert.deepEqual(rangesOf('\\`a %% b %% `c\n%% d`'), { code: ['`c\n%% d`'], comments: ['%% b %%'] });
  });

  it('stays linear on adversarial input: 4× the bytes cost less than 3× per byte (unclosed backticks, growing backtick strings, marks)', () => {
    const growing = (n: number) => Array.from({ length: n }, (_, i) => '`'.repeat(i + 1)).join(' ');
    const shapes: Array<(n: number) => string> = [
      (n) => '`'.repeat(n),
      (n) => '` '.repeat(n),
      (n) => '`` `'.repeat(n),
      (n) => '`\n'.repeat(n),
      (n) => '- `\n  '.repeat(n),
      (n) => '%%'.repeat(n),
      (n) => '<!--'.repeat(n),
      (n) => '\\`'.repeat(n),
      (n) => growing(Math.round(Math.sqrt(n) * 4)),
    ];
    for (const shape of shapes) {
      const small = shape(50_000);
      const large = shape(200_000);
      const { smallMs, largeMs, linear } = staysLinear((text) => codeAndComments(new NoteLines(text, 0, false), 0), small, large);
      if (largeMs < 4) continue;
      assert.ok(linear, `${JSON.stringify(small.slice(0, 12))}…: ${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms at ${(large.length / small.length).toFixed(1)}× the bytes`);
    }
    // And share reads them whole.
    for (const text of ['`'.repeat(200_000), '%%'.repeat(200_000), '<!--'.repeat(200_000), growing(600)]) shareableAgenda(text);
  });

  it('agrees with remark on where code is, for generated notes without comments', async () => {
    const referenceCode = await createReferenceCodeRanges();
    const covered = (text: string, ranges: Array<[number, number]>) => {
      const marks = new Uint8Array(text.length);
      for (const [from, to] of ranges) marks.fill(1, from, to);
      // Container prefixes, indentation and line endings are in or out of a range as each reader cuts it.
      let out = '';
      for (let i = 0; i < text.length; i++) if (!/[\s>]/.test(text[i])) out += marks[i] ? text[i] : '.';
      return out;
    };
    const withoutComments = note.map((n) => ({ ...n, text: n.text.replace(/SECRET(?: one|\nover lines| `not code`)?/g, 'said') }));
    fc.assert(
      fc.property(withoutComments, ({ text }) => {
        const commentless = text.replace(/%%|<!--|-->/g, '==');
        const { code } = codeAndComments(new NoteLines(commentless, 0, false), 0);
        const ours: Array<[number, number]> = [];
        for (let i = 0; i < code.length; i += 2) ours.push([code[i], code[i + 1]]);
        assert.equal(covered(commentless, ours), covered(commentless, referenceCode(commentless)), commentless);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('share keeps every code block and code span of a generated note exactly, and no comment text outside code', () => {
    fc.assert(
      fc.property(note, ({ text, code }) => {
        const shared = shareableAgenda(text);
        for (const piece of code) assert.ok(shared.includes(piece), `${JSON.stringify(piece)} kept in\n${text}\n---\n${shared}`);
        assert.ok(!shared.includes('SECRET'), `no comment in\n${text}\n---\n${shared}`);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
