import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../../src/core/rules/finding';
import type { MeetingNote } from '../../../src/core/model/model';
import { DEFAULT_SECTIONS } from '../../../src/core/settings/settings';
import type { TextEdit } from '../../../src/core/edits/textEdit';
import type { Position, Range } from '../../../src/parsing/types';
import { buildVault, HEADINGS, type SectionKey, type TestVault } from '../helpers/vaultBuilder';

// Properties of the rules on generated series of notes (SPEC §6, §8):
// (a) lineage never merges two items whose block ids differ, nor two items of one note that share
//     an id, and every item belongs to exactly one lineage;
// (b) every quick fix's edits stay inside the range its finding names, or — for the fixes that by
//     design edit elsewhere — inside the region the fix documents (listed in FIX_REGIONS below).
// The notes come from a small grammar: headings from the section set, items with random markers,
// due and done dates, owners and ids from small pools (so texts and ids collide), LF or CRLF, with
// or without a byte order mark.

const NOW = '2026-11-24T09:00';
const PROFILE = { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };

const TEXTS = ['Draft the guide', 'Book the review', 'draft the GUIDE', 'Send the forecast', 'Fix the importer'];
const IDS = ['aaa111', 'bbb222', 'ccc333'];
const DATES = ['2026-10-30', '2026-11-20', '2026-11-24', '2026-11-27', '2026-12-04', '2026-02-30'];
const SECTION_KEYS = Object.keys(HEADINGS) as SectionKey[];
const ITEM_SECTIONS: SectionKey[] = ['action-items', 'roadblocks', 'commitments', 'notes'];

const itemLine = fc
  .record({
    indent: fc.constantFrom('', '', '  '),
    bullet: fc.constantFrom('-', '*', '1.'),
    marker: fc.constantFrom(' ', ' ', 'x', '-', '>', '/'),
    text: fc.constantFrom(...TEXTS),
    due: fc.option(fc.tuple(fc.constantFrom('📅 ', '[due:: '), fc.constantFrom(...DATES)), { nil: undefined }),
    done: fc.option(fc.constantFrom('2026-11-20', '2026-11-30'), { nil: undefined }),
    owner: fc.option(fc.constantFrom('@dana', '@me', '@finance'), { nil: undefined }),
    id: fc.option(fc.constantFrom(...IDS), { nil: undefined, freq: 2 }),
  })
  .map(({ indent, bullet, marker, text, due, done, owner, id }) => {
    let line = `${indent}${bullet} [${marker}] ${text}`;
    if (due) line += due[0] === '📅 ' ? ` 📅 ${due[1]}` : ` [due:: ${due[1]}]`;
    if (done) line += ` ✅ ${done}`;
    if (owner) line += ` ${owner}`;
    if (id) line += ` ^${id}`;
    return line;
  });

const priorityLines = fc.array(fc.tuple(fc.constantFrom('- ', '1. ', '2. ', '* '), fc.constantFrom('Ship it', 'Hire', 'Plan')), { maxLength: 5 }).map((rows) => rows.map(([m, t]) => m + t));

const sectionContent = (key: SectionKey) =>
  key === 'priorities'
    ? priorityLines
    : ITEM_SECTIONS.includes(key)
      ? fc.array(fc.oneof(itemLine, fc.constant('Some words.'), fc.constant('')), { maxLength: 4 })
      : fc.constantFrom<string[]>([], ['Nothing.'], ['']);

const noteSpec = fc.record({
  gapDays: fc.constantFrom(0, 7, 7, 14),
  status: fc.constantFrom(undefined, undefined, 'held', 'planned', 'canceled', 'rescheduled'),
  rotation: fc.constantFrom(undefined, 'manager', 'skill'),
  shared: fc.boolean(),
  sections: fc.tuple(...SECTION_KEYS.map((key) => fc.option(sectionContent(key), { nil: undefined, freq: 4 }))),
});

const seriesSpec = fc.record({
  start: fc.constantFrom('2026-10-13', '2026-10-27', '2026-11-10'),
  notes: fc.array(noteSpec, { minLength: 1, maxLength: 5 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  profile: fc.boolean(),
});

type SeriesSpec = typeof seriesSpec extends fc.Arbitrary<infer T> ? T : never;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The vault the spec describes: one series, `dana`, its notes in date order. */
function vaultOf(spec: SeriesSpec): TestVault {
  const files: Record<string, string> = {};
  let date: string = spec.start;
  spec.notes.forEach((n, i) => {
    if (i > 0) date = addDays(date, n.gapDays);
    const lines = ['---', 'with: Dana Whitfield', `date: ${date}`];
    if (n.status) lines.push(`status: ${n.status}`);
    if (n.rotation) lines.push(`rotation: ${n.rotation}`);
    if (n.shared) lines.push('shared: 2026-11-01T10:00');
    lines.push('---', `# 1x1 with Dana — ${date}`);
    n.sections.forEach((content, k) => {
      if (content !== undefined) lines.push('', `## ${HEADINGS[SECTION_KEYS[k]]}`, ...content);
    });
    let name = `${date}.md`;
    for (let same = 2; `1on1/dana/${name}` in files; same++) name = `${date}-${same}.md`;
    files[`1on1/dana/${name}`] = lines.join('\n') + '\n';
  });
  const transform = (t: string) => (spec.bom ? '\uFEFF' : '') + (spec.crlf ? t.replace(/\n/g, '\r\n') : t);
  return buildVault({ now: NOW, files, profiles: spec.profile ? { dana: PROFILE } : {}, transform });
}

const RUNS = { seed: 20261124, numRuns: 150 };

describe('rule properties on generated series', () => {
  it('lineage never merges two items whose ids differ, nor two items of one note with one id; every item has one lineage', () => {
    fc.assert(
      fc.property(seriesSpec, (spec) => {
        const state = vaultOf(spec).index.seriesState('dana')!;
        const seen = new Map<string, number>();
        for (const [i, lineage] of state.lineages.lineages.entries()) {
          const ids = new Set(lineage.occurrences.map((o) => o.item.id).filter((id) => id !== undefined));
          assert.ok(ids.size <= 1, `a lineage holds ids ${[...ids].join(', ')}`);
          const idsByNote = new Map<MeetingNote, string[]>();
          for (const { note, item, index } of lineage.occurrences) {
            const key = `${note.file}#${index}`;
            assert.ok(!seen.has(key), `${key} is in two lineages`);
            seen.set(key, i);
            assert.equal(state.lineages.of(note, index), lineage);
            if (item.id !== undefined) idsByNote.set(note, [...(idsByNote.get(note) ?? []), item.id]);
          }
          for (const [note, ids] of idsByNote) assert.equal(new Set(ids).size, ids.length, `two items of ${note.file} with one id in one lineage`);
        }
        for (const note of state.notes)
          note.parsed.items.forEach((_, index) => assert.ok(seen.has(`${note.file}#${index}`), `${note.file} item ${index} has no lineage`));
      }),
      RUNS,
    );
  });

  it("every quick fix's edits stay inside the region it names", () => {
    let fixesChecked = 0;
    const titles = new Set<string>();
    fc.assert(
      fc.property(seriesSpec, (spec) => {
        const vault = vaultOf(spec);
        for (const finding of vault.findings())
          for (const fix of finding.fixes) {
            const edits = fix.edits(vault.read);
            if (fix.command) {
              // A fix that runs an editor command (New 1x1 agenda) edits nothing itself.
              assert.deepEqual(edits, [], `${finding.rule} "${fix.title}"`);
              continue;
            }
            const region = regionOf(finding, fix.title);
            for (const edit of edits) region(edit, vault);
            fixesChecked++;
            titles.add(`${finding.rule}: ${fix.title.replace(/\(.*\)/, '(…)')}`);
          }
      }),
      RUNS,
    );
    // The grammar reaches every rule's fixes, so the property is not vacuous.
    assert.ok(fixesChecked > 300, `only ${fixesChecked} fixes checked`);
    for (const expected of [
      'missing-section: Insert',
      'unranked-priorities: Number the priorities',
      'missing-due-date: Due by the next 1x1 (…)',
      'overdue-commitment: Mark done',
      'overdue-commitment: Move the due date to the next 1x1 (…)',
      'stale-commitment: Cancel it (…)',
      'dropped-commitment: Carry it to the next agenda (…)',
      'agenda-not-shared: Mark the agenda as shared now',
      'status-not-updated: Mark held',
      'duplicate-id: Give it a new id',
      'future-held: Mark planned',
    ])
      assert.ok([...titles].some((t) => t.startsWith(expected)), `no fix "${expected}" was generated; got ${[...titles].join(' | ')}`);
  });
});

type RegionCheck = (edit: TextEdit, vault: TestVault) => void;

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (r: Range, outer: Range) => before(outer.start, r.start) && before(r.end, outer.end);
const isInsertion = (r: Range) => r.start.line === r.end.line && r.start.character === r.end.character;
const show = (e: TextEdit) => `${e.file} ${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character} ${JSON.stringify(e.newText)}`;

function noteOf(vault: TestVault, file: string): MeetingNote {
  const note = vault.index.note(file);
  assert.ok(note, `${file} is a note of the vault`);
  return note;
}

/**
 * What each fix may touch:
 * - the item fixes (mark done, cancel, move or add the due date, a new id): the finding's range,
 *   the item's line from its list marker to the end of its content — an insertion at its end included;
 * - "Number the priorities": the lines of the priorities section whose heading the finding names
 *   (markers, and the indentation of the lines that belong to them);
 * - "Insert ## …" (missing-section): one insertion, nothing replaced, of that heading and blank lines;
 * - the front matter fixes (mark held / canceled / planned, share now): the front matter block,
 *   from its opening `---` to its closing one (a line added just before the closing one);
 * - "Carry it to the next agenda": on the finding's note, the item's range (the `[>]` marker and
 *   an id at its end); on the next agenda, one insertion, nothing replaced — at the end of its
 *   action-items section, or that section whole where the note has none.
 */
function regionOf(finding: Finding, title: string): RegionCheck {
  const onItem: RegionCheck = (edit) => {
    assert.equal(edit.file, finding.file, show(edit));
    assert.ok(inside(edit.range, finding.range), `${finding.rule} "${title}": ${show(edit)} outside the finding's range`);
  };
  if (/^(Mark done|Cancel it|Move the due date|Due by the next 1x1|Give it a new id)/.test(title)) return onItem;
  if (title === 'Number the priorities')
    return (edit, vault) => {
      assert.equal(edit.file, finding.file);
      const section = noteOf(vault, finding.file).parsed.sections.find((s) => s.line < finding.range.start.line && finding.range.end.line <= s.endLine);
      assert.ok(section?.key === 'priorities', 'the finding lies on the priorities section');
      assert.ok(edit.range.start.line > section.line && edit.range.end.line <= section.endLine, `${show(edit)} outside the section's lines`);
    };
  if (title.startsWith('Insert "## '))
    return (edit) => {
      assert.equal(edit.file, finding.file);
      assert.ok(isInsertion(edit.range), show(edit));
      const heading = title.slice('Insert "'.length, -1);
      assert.deepEqual(edit.newText.split(/\r?\n/).filter((l) => l !== ''), [heading], show(edit));
    };
  if (/^Mark (held|canceled|planned)$|^Mark the agenda as shared now$/.test(title))
    return (edit, vault) => {
      assert.equal(edit.file, finding.file);
      const fm = noteOf(vault, finding.file).parsed.frontMatter;
      assert.ok(fm.present, 'the generated notes have front matter');
      assert.ok(edit.range.start.line > fm.startLine && before(edit.range.end, { line: fm.endLine, character: 0 }), `${show(edit)} outside the front matter`);
    };
  if (title.startsWith('Carry it to the next agenda'))
    return (edit, vault) => {
      if (edit.file === finding.file) return onItem(edit, vault);
      assert.ok(isInsertion(edit.range), show(edit));
      const target = noteOf(vault, edit.file);
      assert.equal(target.status, 'planned', 'the next agenda is a planned note');
      const section = target.parsed.sections.find((s) => s.key === 'action-items');
      if (section) assert.ok(edit.range.start.line >= section.line && edit.range.start.line <= section.endLine, `${show(edit)} outside the action items`);
      else assert.equal(edit.newText.split(/\r?\n/)[0], `## ${DEFAULT_SECTIONS[0].title}`, show(edit));
    };
  throw new Error(`no region documented for ${finding.rule} "${title}"`);
}
