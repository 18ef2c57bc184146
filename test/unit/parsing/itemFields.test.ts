import { strict as assert } from 'node:assert';
import { parseNote } from '../../../src/parsing/parseNote';

/**
 * The item field readers work on the note's text in place and skip fields whose marker the key's
 * pass did not see (src/parsing/itemFields.ts, itemKey.ts). These are the writings where a
 * shortcut could go wrong: markers written twice, Unicode owners, Dataview fields inside each
 * other, escapes, white space runs, a lone surrogate before a marker, comments, other signifiers.
 */

function item(line: string) {
  const note = parseNote(line);
  assert.equal(note.items.length, 1, `one item in ${JSON.stringify(line)}`);
  const { text, due, dueStart, dueEnd, done, owner, id, idStart } = note.items[0];
  return { fields: { text, due, dueStart, dueEnd, done, owner, id, idStart }, problems: note.problems.map((p) => p.message) };
}

const NONE = { due: undefined, dueStart: -1, dueEnd: -1, done: undefined, owner: undefined, id: undefined, idStart: -1 };

describe('item fields', () => {
  it('reads a due date and a block id, and cuts them from the text', () => {
    assert.deepEqual(item('- [ ] Ship it 📅 2026-11-28 ^abc123').fields, { ...NONE, text: 'Ship it', due: '2026-11-28', dueStart: 14, dueEnd: 27, id: 'abc123', idStart: 28 });
  });

  it('reads every date marker written twice: the first real date wins, the others are cut', () => {
    const read = item('- [ ] Ship it 📅 2026-02-30 📅 2026-12-01 ✅ 2026-11-20');
    assert.deepEqual(read.fields, { ...NONE, text: 'Ship it', due: '2026-12-01', dueStart: 28, dueEnd: 41, done: '2026-11-20' });
    assert.deepEqual(read.problems, ['"2026-02-30" is not a real due date. Write it as YYYY-MM-DD, a day that exists.']);
  });

  it('reads an owner with letters beyond ASCII', () => {
    assert.deepEqual(item('- [ ] Call @josé about it').fields, { ...NONE, text: 'Call about it', owner: 'josé' });
  });

  it('takes the first owner after white space or `(`, without trailing punctuation', () => {
    assert.deepEqual(item('- [ ] Ask (@ann.) today, then @bob').fields, { ...NONE, text: 'Ask ( ) today, then @bob', owner: 'ann' });
  });

  it('reads Dataview fields up to the first `]`, reporting values that are not dates', () => {
    const read = item('- [ ] A [due:: [due:: 2026-01-01] b [completion::2026-02-02]');
    assert.deepEqual(read.fields, { ...NONE, text: 'A b', done: '2026-02-02' });
    assert.deepEqual(read.problems, ['"[due:: 2026-01-01" is not a real due date. Write it as YYYY-MM-DD, a day that exists.']);
    assert.deepEqual(item('- [ ] Pay [due:: d] later').problems, ['"d" is not a real due date. Write it as YYYY-MM-DD, a day that exists.']);
  });

  it('reads every field of a done item in any order', () => {
    assert.deepEqual(item('- [x] Done ✅ 2026-11-20 📅 2026-11-19 @sam ^d0ne').fields, {
      text: 'Done',
      due: '2026-11-19',
      dueStart: 24,
      dueEnd: 37,
      done: '2026-11-20',
      owner: 'sam',
      id: 'd0ne',
      idStart: 43,
    });
  });

  it('keeps the text as written: single spaces, quotes and backslashes, a lone surrogate', () => {
    assert.equal(item('- [ ] Tabs\there  and   spaces').fields.text, 'Tabs here and spaces');
    assert.equal(item('- [ ] Quote "this" \\ back slash').fields.text, 'Quote "this" \\ back slash');
    assert.deepEqual(item('- [ ] \ud83d📅 2026-01-01 odd pair').fields, { ...NONE, text: '\ud83d odd pair', due: '2026-01-01', dueStart: 7, dueEnd: 20 });
  });

  it('cuts Obsidian comments and other Obsidian Tasks signifiers, not plain dates and emoji', () => {
    assert.equal(item('- [ ] Review 2024-01-01 numbers 👍 %% hidden ^x %%').fields.text, 'Review 2024-01-01 numbers 👍');
    assert.deepEqual(item('- [ ] Start ⏳ 2026-01-02 🔁 every week ^rec-1').fields, { ...NONE, text: 'Start every week', id: 'rec-1', idStart: 39 });
  });

  it('gives the same lineage key to texts that differ only in case, spaces, dates, owners, ids and emoji', () => {
    const key = (text: string) => parseNote(`- [ ] ${text}`).items[0].textKey;
    assert.equal(key('SHIP  it'), key('Ship it 📅 2026-11-28'));
    assert.equal(key('ship it ✅ 2026-01-01 @me ^id1'), key('Ship it 📅 2026-11-28'));
    assert.notEqual(key('Ship it now'), key('Ship it'));
  });

  it('finds items on lines ended by CRLF, LF and a lone CR, and after a byte order mark', () => {
    const mixed = parseNote('a\r\n- [ ] one\r- [x] two\n\n- [ ] three\r\n');
    assert.deepEqual(mixed.items.map((i) => [i.line, i.text]), [[1, 'one'], [2, 'two'], [4, 'three']]);
    assert.equal(mixed.lineCount, 6);
    const bom = parseNote('\ufeff---\nwith: Dana\n---\n## Commitments\n- [ ] x 📅 2026-11-28\n');
    assert.deepEqual(bom.items.map((i) => [i.line, i.column, i.dueStart, i.section]), [[4, 2, 8, 'commitments']]);
  });
});
