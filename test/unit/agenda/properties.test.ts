import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildNextAgenda, planNextAgenda } from '../../../src/core/agenda/agenda';
import { addDays } from '../../../src/core/schedule/calendarDate';
import { fixedClock } from '../../../src/core/schedule/clock';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { applyEdits, type TextEdit } from '../../../src/core/edits/textEdit';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';
import { writeNextAgenda } from '../../../src/node/writeAgenda';
import { makeTempWorkspace, removeTree, writeFiles } from '../helpers/tempVault';

/**
 * On generated series of notes — held, canceled and rescheduled, stubs without sections, items
 * open, done, canceled, `[>]` and in progress, nested, with ids or not, LF or CRLF, a BOM — `new`
 * carries exactly the open live items of the previous meeting, marks exactly those `[>]` in their
 * own notes, changes nothing else byte for byte, and a second `new` does nothing.
 *
 * The generator keeps lineage plain, so the expectation can be written without it: every
 * commitment has its own text, and one that appears in more than one note has a block id.
 */

type Marker = ' ' | 'x' | '-' | '>' | '/';
interface GeneratedItem {
  commitment: number;
  marker: Marker;
  nested: boolean;
}
interface GeneratedNote {
  status: 'held' | 'canceled' | 'rescheduled';
  stub: boolean;
  crlf: boolean;
  bom: boolean;
  /** New commitments of this note (with an id or not) and copies of earlier ones with an id. */
  fresh: { marker: Marker; nested: boolean; id: boolean }[];
  copies: { pick: number; marker: Marker }[];
}

const marker = fc.constantFrom<Marker>(' ', ' ', 'x', '-', '>', '/');
const noteArbitrary: fc.Arbitrary<GeneratedNote> = fc.record({
  status: fc.constantFrom('held', 'held', 'canceled', 'rescheduled'),
  stub: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  fresh: fc.array(fc.record({ marker, nested: fc.boolean(), id: fc.boolean() }), { maxLength: 5 }),
  copies: fc.array(fc.record({ pick: fc.nat(), marker }), { maxLength: 3 }),
});
const seriesArbitrary = fc.array(noteArbitrary, { minLength: 2, maxLength: 6 });

const FIRST = '2026-10-06';
const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
/** A text no other commitment's normalizes to (no digits: normalizing may drop them). */
const textOf = (c: number) => `Task ${words[c % 10]} ${words[Math.floor(c / 10) % 10]} ${words[Math.floor(c / 100) % 10]}`;
const idOf = (c: number) => `c${String(c).padStart(5, '0')}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);

interface Written {
  file: string;
  date: string;
  status: GeneratedNote['status'];
  text: string;
  items: GeneratedItem[];
  eol: string;
}

/** The notes' texts, and for each the items in order. */
function materialize(series: GeneratedNote[]): Written[] {
  const withId = new Set<number>();
  let next = 0;
  return series.map((g, n) => {
    const date = addDays(FIRST, 7 * n);
    const eol = g.crlf ? '\r\n' : '\n';
    const items: GeneratedItem[] = [];
    const lines: string[] = [];
    if (!g.stub) {
      const earlier = [...withId];
      const copied = new Set<number>();
      for (const copy of g.copies) {
        if (earlier.length === 0) break;
        const c = earlier[copy.pick % earlier.length];
        if (copied.has(c)) continue;
        copied.add(c);
        items.push({ commitment: c, marker: copy.marker, nested: false });
        lines.push(`- [${copy.marker}] ${textOf(c)} ^${idOf(c)}`);
      }
      for (const f of g.fresh) {
        const c = next++;
        const nested = f.nested && items.length > 0 && !items[items.length - 1].nested;
        items.push({ commitment: c, marker: f.marker, nested });
        if (f.id) withId.add(c);
        lines.push(`${nested ? '  ' : ''}- [${f.marker}] ${textOf(c)}${f.id ? ` ^${idOf(c)}` : ''}`);
      }
    }
    const front = ['---', `date: ${date}`, `status: ${g.status}`, ...(g.status === 'rescheduled' ? [`moved_to: ${addDays(date, 1)}`] : []), '---'];
    const body = g.stub ? ['Did not happen.'] : ['## Commitments', ...lines, '', '## Notes', 'Talked.'];
    return { file: `1on1/dana/${date}.md`, date, status: g.status, text: (g.bom ? '\uFEFF' : '') + [...front, ...body, ''].join(eol), items, eol };
  });
}

/** What `new` must carry: the open (or `[>]`) items, in the previous meeting's notes, of commitments seen in no later note. */
function expectedCarry(notes: Written[]): { note: Written; index: number; item: GeneratedItem }[] {
  let start = notes.length - 1;
  while (start > 0 && notes[start].status !== 'held') start--;
  const lastNote = new Map<number, number>();
  notes.forEach((n, i) => n.items.forEach((item) => lastNote.set(item.commitment, i)));
  const out: { note: Written; index: number; item: GeneratedItem }[] = [];
  for (let i = start; i < notes.length; i++)
    notes[i].items.forEach((item, index) => {
      // `[>]` with no later copy is open too: its copy never reached a later note.
      if ((item.marker === ' ' || item.marker === '/' || item.marker === '>') && lastNote.get(item.commitment) === i) out.push({ note: notes[i], index, item });
    });
  return out;
}

/** Checks the new note and the previous notes after `new` against the expectation. */
function checkOutcome(notes: Written[], created: string, after: Map<string, string>): void {
  const expected = expectedCarry(notes);
  const carriedLines = created.split(/\r?\n/).filter((l) => /^\s*- \[[ /]\] Task /.test(l));
  assert.deepEqual(
    carriedLines.map((l) => l.replace(/^\s*- \[.\] /, '').replace(/ \^[a-z0-9]+$/, '')),
    expected.map((e) => textOf(e.item.commitment)),
    'the new note carries exactly the open live items, in order',
  );
  const carried = new Set(expected.map((e) => `${e.note.file}#${e.index}`));
  for (const note of notes) {
    const text = after.get(note.file)!;
    if (!expected.some((e) => e.note === note)) {
      assert.equal(text, note.text, `${note.file} is untouched`);
      continue;
    }
    assert.equal(text.charCodeAt(0) === 0xfeff, note.text.charCodeAt(0) === 0xfeff, 'the BOM stays');
    const before = note.text.split(note.eol);
    const now = text.split(note.eol);
    assert.equal(now.length, before.length, `${note.file}: no line added or removed, line endings kept`);
    let itemIndex = -1;
    before.forEach((line, i) => {
      if (!/^\s*- \[.\] Task /.test(line)) return assert.equal(now[i], line, `${note.file}:${i} unchanged`);
      itemIndex++;
      const item = note.items[itemIndex];
      if (!carried.has(`${note.file}#${itemIndex}`)) return assert.equal(now[i], line, `${note.file}:${i} not carried, unchanged`);
      const marked = line.replace(/- \[.\]/, '- [>]');
      if (/\^[a-z]+$/.test(line)) return assert.equal(now[i], marked);
      const id = /\^([a-z0-9]{6})$/.exec(now[i])?.[1];
      assert.ok(id, `${now[i]} got an id`);
      assert.equal(now[i], `${marked} ^${id}`);
      assert.ok(carriedLines.some((l) => l.endsWith(`${textOf(item.commitment)} ^${id}`)), 'the copy has the same id');
    });
  }
}

function indexOf(files: Iterable<[string, string]>, today: string): VaultIndex {
  const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date: today, time: '12:00' }) });
  for (const [file, text] of files) index.setFile(file, text);
  return index;
}

describe('next agenda: properties on generated series', () => {
  it('the core carries exactly the open live items, marks exactly those, and a second new does nothing', () => {
    fc.assert(
      fc.property(seriesArbitrary, (series) => {
        const notes = materialize(series);
        const date = addDays(notes[notes.length - 1].date, 7);
        const today = addDays(date, -3);
        const index = indexOf(notes.map((n) => [n.file, n.text]), today);
        const state = index.seriesState('dana')!;
        const plan = planNextAgenda(state, '1on1/dana', { date: today, time: '12:00' }, date);
        assert.equal(plan.kind, 'create');
        if (plan.kind !== 'create') return;
        const textByFile = new Map(notes.map((n) => [n.file, n.text]));
        const agenda = buildNextAgenda({ series: state, date, file: plan.file, previous: plan.previous, sources: plan.sources.map((note) => ({ note, text: textByFile.get(note.file)! })) });
        assert.equal(agenda.problem, undefined);
        const byFile = new Map<string, TextEdit[]>();
        for (const e of agenda.previousEdits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
        const after = new Map(notes.map((n) => [n.file, byFile.has(n.file) ? applyEdits(n.text, byFile.get(n.file)!) : n.text]));
        checkOutcome(notes, agenda.text, after);

        const again = indexOf([...after, [agenda.file, agenda.text]], today);
        const second = planNextAgenda(again.seriesState('dana')!, '1on1/dana', { date: today, time: '12:00' }, date);
        assert.deepEqual(second, { kind: 'exists', date, file: agenda.file });
      }),
      { seed: 10, numRuns: 300 },
    );
  });

  it('on disk too: the same, and a second new leaves the vault byte for byte as it was', () => {
    const root = makeTempWorkspace({}, 'one-on-one-properties-');
    try {
      let run = 0;
      fc.assert(
        fc.property(seriesArbitrary, (series) => {
          const dir = path.join(root, String(run++));
          const notes = materialize(series);
          writeFiles(dir, Object.fromEntries(notes.map((n) => [n.file, n.text])));
          const date = addDays(notes[notes.length - 1].date, 7);
          const options = { settings: DEFAULT_SETTINGS, clock: fixedClock({ date: addDays(date, -3), time: '12:00' }), date };
          const outcome = writeNextAgenda(path.join(dir, '1on1'), 'dana', options);
          assert.equal(outcome.kind, 'created');
          const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
          checkOutcome(notes, read(outcome.file), new Map(notes.map((n) => [n.file, read(n.file)])));
          const snapshot = () => fs.readdirSync(path.join(dir, '1on1/dana')).map((f) => `${f}\n${read(`1on1/dana/${f}`)}`);
          const before = snapshot();
          assert.deepEqual(writeNextAgenda(path.join(dir, '1on1'), 'dana', options), { kind: 'exists', date, file: outcome.file });
          assert.deepEqual(snapshot(), before);
        }),
        { seed: 10, numRuns: 40 },
      );
    } finally {
      removeTree(root);
    }
  });
});
