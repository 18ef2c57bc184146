import * as assert from 'node:assert/strict';
import { buildVault, lineOf, noteText, summary } from '../helpers/vaultBuilder';

// SPEC §3: `date` wins over the file name; with neither, the note is an error.
// SPEC §8: invalid-front-matter — YAML does not parse; `date` missing or not a date; unknown `status`. Any note, error.

const NOW = '2026-11-24T09:00';

describe('rule invalid-front-matter', () => {
  it('reports YAML that does not parse, on the line of the broken key', () => {
    const cases: [string, string][] = [
      ['rotation: skill: business', 'rotation:'], // a nested mapping in a compact one
      ['rotation: "skill', 'rotation:'], // an unterminated quote
      ['shared: @me', 'shared:'], // a reserved first character
    ];
    for (const [badLine, key] of cases) {
      const spec = { date: '2026-11-17', rawFrontMatter: ['with: Dana Whitfield', 'date: 2026-11-17', badLine, 'time: "10:00"'] };
      const vault = buildVault({ now: NOW, notes: [spec] });
      const found = vault.findings('invalid-front-matter');
      assert.equal(found.length, 1, `${badLine}: ${summary(found)}`);
      assert.equal(found[0].file, '1on1/dana/2026-11-17.md');
      assert.equal(found[0].severity, 'error');
      assert.equal(found[0].range.start.line, lineOf(noteText(spec), key), badLine);
      assert.match(found[0].message, /YAML/);
    }
  });

  it('reports front matter that is never closed', () => {
    const vault = buildVault({ now: NOW, files: { '1on1/dana/2026-11-17.md': '---\nwith: Dana\ndate: 2026-11-17\n\n## Roadblocks\n- none\n' } });
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].range.start.line, 0);
  });

  it('reports a note with no date: key and no date in its file name', () => {
    const vault = buildVault({ now: NOW, notes: [{ name: 'agenda.md', fm: { status: 'held' } }] });
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].file, '1on1/dana/agenda.md');
    assert.equal(found[0].range.start.line, 0);
    assert.match(found[0].message, /date/);
  });

  it('reports a note without front matter whose file name has no date', () => {
    const vault = buildVault({ now: NOW, notes: [{ name: 'ideas.md', rawFrontMatter: false }] });
    assert.deepEqual(summary(vault.findings('invalid-front-matter')), ['invalid-front-matter 1on1/dana/ideas.md:0:0 error']);
  });

  it('reports `date: 2026-02-30` on the date line, and does not fall back to the file name', () => {
    const spec = { date: '2026-11-17', fm: { date: '2026-02-30' } };
    const vault = buildVault({ now: NOW, notes: [spec] });
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), 'date: 2026-02-30'));
    assert.match(found[0].message, /2026-02-30/);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')?.date, undefined);
  });

  it('reports a date that is not a date at all', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-11-17', fm: { date: 'next tuesday' } }] });
    assert.equal(vault.findings('invalid-front-matter').length, 1);
  });

  it('reports an unknown status on the status line', () => {
    const spec = { date: '2026-11-17', status: 'done' };
    const vault = buildVault({ now: NOW, notes: [spec] });
    const found = vault.findings('invalid-front-matter');
    assert.equal(found.length, 1, summary(found).join('\n'));
    assert.equal(found[0].range.start.line, lineOf(noteText(spec), 'status: done'));
    assert.match(found[0].message, /done/);
  });

  it('accepts every known status, in any case', () => {
    const notes = ['planned', 'held', 'canceled', 'rescheduled', 'Held'].map((status, i) => ({ date: `2026-11-0${i + 1}`, status }));
    const vault = buildVault({ now: NOW, notes });
    assert.deepEqual(vault.findings('invalid-front-matter'), []);
  });

  it('uses the file name date when `date:` is absent', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-11-17', fm: { date: null } }] });
    assert.deepEqual(vault.findings('invalid-front-matter'), []);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')?.date, '2026-11-17');
  });

  it('uses the file name date of a second meeting on one day (`YYYY-MM-DD-2.md`)', () => {
    const vault = buildVault({ now: NOW, notes: [{ name: '2026-11-17-2.md', fm: { status: 'held' } }] });
    assert.deepEqual(vault.findings('invalid-front-matter'), []);
    assert.equal(vault.index.note('1on1/dana/2026-11-17-2.md')?.date, '2026-11-17');
  });

  it('uses the file name date for a note with no front matter at all', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-11-17', rawFrontMatter: false }] });
    assert.deepEqual(vault.findings('invalid-front-matter'), []);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')?.date, '2026-11-17');
  });

  it('reports a file name date that does not exist when `date:` is absent', () => {
    const vault = buildVault({ now: NOW, notes: [{ name: '2026-02-30.md', fm: { status: 'held' } }] });
    assert.equal(vault.findings('invalid-front-matter').length, 1);
  });

  it('lets `date:` win over the file name', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-11-17', fm: { date: '2026-11-18' } }] });
    assert.deepEqual(vault.findings('invalid-front-matter'), []);
    assert.equal(vault.index.note('1on1/dana/2026-11-17.md')?.date, '2026-11-18');
  });

  it('keeps unknown keys without complaint', () => {
    const vault = buildVault({ now: NOW, notes: [{ date: '2026-11-17', fm: { mood: 'good', tags: '[1x1, weekly]', time: '"10:00"' } }] });
    assert.deepEqual(vault.findings('invalid-front-matter'), []);
  });

  it('reports old notes too (any note, not only current ones)', () => {
    const vault = buildVault({
      now: NOW,
      notes: [
        { date: '2026-10-06', status: 'finished' },
        { date: '2026-11-17', status: 'held' },
        { date: '2026-11-24' },
      ],
    });
    assert.deepEqual(summary(vault.findings('invalid-front-matter')), [`invalid-front-matter 1on1/dana/2026-10-06.md:3:0 error`]);
  });
});
