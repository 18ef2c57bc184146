import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findFrontMatterEnd, parseFlat } from '../../../src/parsing/frontMatter';
import { parseNote, splitLines } from '../../../src/parsing/parseNote';

const repoRoot = path.resolve(__dirname, '../../../..');

function frontMatterOf(text: string) {
  return parseNote(text).frontMatter;
}

/** The fast path must give exactly what `yaml` gives, or step aside. */
function assertFastPathAgrees(block: string): boolean {
  const lines = ['---', ...block.split('\n'), '---'];
  const fast = parseFlat(lines, lines.length - 1);
  if (!fast) return false;
  const reference = parseYaml(block) ?? {};
  assert.deepEqual(fast.data, reference, `fast path disagrees with yaml on:\n${block}`);
  return true;
}

describe('front matter', () => {
  it('reads flat keys with their types and line numbers', () => {
    const fm = frontMatterOf('---\nwith: Dana Whitfield   # display name\ndate: 2026-11-24\ntime: "10:00"\nduration: 30\ntopics: [business, skill]\nprivate: false\n---\n# Title\n');
    assert.equal(fm.present, true);
    assert.deepEqual(fm.data, { with: 'Dana Whitfield', date: '2026-11-24', time: '10:00', duration: 30, topics: ['business', 'skill'], private: false });
    assert.equal(fm.keyLines.date, 2);
    assert.equal(fm.endLine, 7);
  });

  it('agrees with yaml on every flat form it accepts, and steps aside on the rest', () => {
    const accepted = [
      'with: Dana',
      'a: 1\nb: -2\nc: +3\nd: 007',
      'x: true\ny: False\nz: NULL\nw: ~\nv:',
      "q: 'single'\nr: \"double\"",
      'time: 10:00',
      'shared: 2026-11-23T16:40',
      'topics: []\nother: [a, b ,c]',
      'name: Zoë Müller — café',
      'note: value # trailing comment',
      '# a comment line\nkey: v',
      'url: http://example.com/a',
    ];
    for (const block of accepted) assert.equal(assertFastPathAgrees(block), true, `expected the fast path to accept:\n${block}`);
    const declined = [
      'nested:\n  a: 1',
      'list:\n- a\n- b',
      'f: 1.5',
      'h: 0x1F',
      'e: 1e3',
      'inf: .inf',
      'anchor: &a value',
      'star: *a',
      'esc: "a\\nb"',
      "quote: 'it''s'",
      'dup: 1\ndup: 2',
      'bad key: 1',
      'tag: !!str 1',
      'block: |\n  text',
      'map: {a: 1}',
      'colon: a: b',
      'quoted: "a # b"',
    ];
    for (const block of declined) {
      const lines = ['---', ...block.split('\n'), '---'];
      assert.equal(parseFlat(lines, lines.length - 1), undefined, `expected the fast path to decline:\n${block}`);
    }
  });

  it('falls back to yaml for nested front matter and still reads it', () => {
    const fm = frontMatterOf('---\nwith: Dana\nextra:\n  nested: [1, 2]\ntopics:\n  - skill\n  - personal\n---\nbody\n');
    assert.deepEqual(fm.data, { with: 'Dana', extra: { nested: [1, 2] }, topics: ['skill', 'personal'] });
    assert.equal(fm.keyLines.topics, 4);
    assert.equal(fm.invalid, false);
  });

  it('reports invalid YAML as a problem at its line, never a throw', () => {
    const note = parseNote('---\nwith: Dana\ndate: [2026-11-24\nstatus: held\n---\n## Notes\n');
    assert.equal(note.frontMatter.invalid, true);
    assert.equal(note.problems.length > 0, true);
    const problem = note.problems[0];
    assert.equal(problem.kind, 'front-matter');
    assert.ok(problem.range.start.line >= 1 && problem.range.start.line <= 3, `line ${problem.range.start.line}`);
    assert.match(problem.message, /not valid YAML/);
    // The body is still read.
    assert.equal(note.headings.length, 1);
  });

  it('reports duplicate keys (yaml rejects them)', () => {
    const note = parseNote('---\ndate: 2026-11-24\ndate: 2026-11-25\n---\n');
    assert.equal(note.frontMatter.invalid, true);
  });

  it('says so when the closing fence is missing', () => {
    const note = parseNote('---\nwith: Dana\ndate: 2026-11-24\n\n## Notes\n- [ ] item\n');
    assert.equal(note.frontMatter.present, false);
    assert.ok(note.problems.some((p) => /closing `---`/.test(p.message)));
  });

  it('handles a BOM and CRLF', () => {
    const note = parseNote('\uFEFF---\r\nwith: Dana\r\ndate: 2026-11-24\r\n---\r\n## Commitments\r\n- [ ] Ship it 📅 2026-11-28\r\n');
    assert.equal(note.hasBom, true);
    assert.equal(note.eol, '\r\n');
    assert.deepEqual(note.frontMatter.data, { with: 'Dana', date: '2026-11-24' });
    assert.equal(note.items[0].text, 'Ship it');
    assert.equal(note.items[0].due, '2026-11-28');
    assert.equal(note.items[0].contentEnd, '- [ ] Ship it 📅 2026-11-28'.length);
  });

  it('a note that is only a front matter fence, or empty, parses', () => {
    for (const text of ['', '---', '---\n---', '\n\n', '---\n---\n']) {
      const note = parseNote(text);
      assert.ok(note);
    }
  });

  it('fast path agrees with yaml on the front matter of every note in the example vault', function () {
    const vault = path.join(repoRoot, 'examples/vault/1on1');
    if (!fs.existsSync(vault)) this.skip();
    let checked = 0;
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.md')) {
          const lines = splitLines(fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
          const end = findFrontMatterEnd(lines);
          if (end < 0) continue;
          const block = lines.slice(1, end).join('\n');
          let reference: unknown;
          try {
            reference = parseYaml(block) ?? {};
          } catch {
            continue; // invalid YAML: the fast path must not accept it either
          }
          const fast = parseFlat(lines, end);
          if (fast) {
            assert.deepEqual(fast.data, reference, full);
            checked++;
          }
        }
      }
    };
    walk(vault);
    assert.ok(checked > 10, `only ${checked} notes went through the fast path`);
  });
});
