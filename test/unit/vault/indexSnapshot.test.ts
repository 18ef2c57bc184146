import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { fixedClock } from '../../../src/core/schedule/clock';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { decodeSnapshot, encodeSnapshot, openSnapshot, sameRecord, SNAPSHOT_FORMAT, SnapshotRejected, type SnapshotFile } from '../../../src/core/vault/indexSnapshot';
import { SeriesMemo } from '../../../src/core/vault/seriesMemo';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';
import { loadVault, type VaultFileSystem } from '../../../src/node/loadVault';
import { tempFoldersForSuite } from '../helpers/tempVault';

// The persisted index (issue 16): what it reads back is what reading the files gives — the same
// findings, the same notes — and a snapshot that is stale, corrupt, from another build or for
// other settings is never used.

const TODAY = '2026-11-23';
const clock = fixedClock({ date: TODAY, time: '09:00' });
const identity = { build: 'test', settings: DEFAULT_SETTINGS };

// Notes from a small grammar: every part the index keeps (front matter keys, broken YAML, dates,
// statuses, sections, items with dates, owners and ids, priorities, CRLF, a BOM).
const frontMatter = fc.oneof(
  fc.record({
    date: fc.constantFrom('2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24', '2026-02-30', '2026-11-24T10:00'),
    status: fc.constantFrom(undefined, 'held', 'planned', 'canceled', 'moved'),
    extra: fc.constantFrom('', 'rotation: Career\n', 'shared: 2026-11-20T10:00\n', 'time: "10:00"\n', 'moved_to: 2026-11-25\n'),
  }).map(({ date, status, extra }) => `---\nwith: Dana Lee\ndate: ${date}\n${status ? `status: ${status}\n` : ''}${extra}---\n`),
  fc.constant('---\nwith: [Dana\n---\n'),
  fc.constant(''),
);
const line = fc.oneof(
  fc.constantFrom('## Action items from last time', '## Roadblocks', '## Top 3 priorities', '## One thing you should know', '## What is unclear', '## Rotating topic: Career', '## Commitments', '## Private', '### Private', 'Plain text.', ''),
  fc.record({
    indent: fc.constantFrom('', '  '),
    marker: fc.constantFrom(' ', 'x', '-', '>'),
    text: fc.constantFrom('Draft the guide', 'Send the forecast', 'Zoë fixes the importer'),
    due: fc.constantFrom('', ' 📅 2026-11-20', ' [due:: 2026-12-01]', ' 📅 2026-13-01'),
    done: fc.constantFrom('', ' ✅ 2026-11-18'),
    owner: fc.constantFrom('', ' @dana', ' @me'),
    id: fc.constantFrom('', '', ' ^abc123'),
  }).map(({ indent, marker, text, due, done, owner, id }) => `${indent}- [${marker}] ${text}${due}${done}${owner}${id}`),
  fc.constantFrom('1. Ship the importer', '- Finance numbers are late', '2. Hire'),
);
const noteText = fc.record({ fm: frontMatter, lines: fc.array(line, { maxLength: 14 }), crlf: fc.boolean(), bom: fc.boolean() }).map(({ fm, lines, crlf, bom }) => {
  const text = fm + lines.join('\n') + '\n';
  return (bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text);
});
const NAMES = ['1on1/dana-lee/2026-11-03.md', '1on1/dana-lee/2026-11-10.md', '1on1/dana-lee/2026-11-17.md', '1on1/sam/2026-11-24.md', '1on1/sam/notes.md', '1on1/dana-lee/profile.md', '1on1/template.md', 'other/meeting.md'];
const vaultTexts = fc.dictionary(fc.constantFrom(...NAMES), noteText, { minKeys: 1 });

function indexOf(texts: Record<string, string>, settings: Settings = DEFAULT_SETTINGS): VaultIndex {
  const index = new VaultIndex({ settings, clock });
  for (const [file, text] of Object.entries(texts)) index.setFile(file, text);
  return index;
}

function snapshotOf(index: VaultIndex, files: string[]): SnapshotFile[] {
  return files.map((file, i) => ({ file, stamp: { size: i, mtime: 1000 + i }, record: index.entry(file) ?? { kind: 'other' } }));
}

function restored(files: SnapshotFile[], settings: Settings = DEFAULT_SETTINGS): VaultIndex {
  const index = new VaultIndex({ settings, clock });
  for (const { file, record } of files) if (record.kind === 'note' || record.kind === 'profile' || record.kind === 'template') index.restoreFile(file, record);
  return index;
}

/** What the surfaces read of a vault: every finding, and each series' notes as the rules see them. */
function observable(index: VaultIndex): unknown {
  return {
    findings: JSON.parse(JSON.stringify(index.findings())),
    series: index.seriesStates().map((s) => ({
      id: s.id,
      profile: s.profile && { ...s.profile, parsed: sectionsAndItems(s.profile.parsed) },
      notes: s.notes.map((n) => ({ ...n, parsed: sectionsAndItems(n.parsed) })),
      undated: s.undatedNotes.map((n) => n.file).sort(),
      lineages: s.lineages.lineages.length,
    })),
    templates: index.templateFiles(),
  };
}

function sectionsAndItems(parsed: import('../../../src/parsing/types').ParsedNote): unknown {
  return JSON.parse(JSON.stringify({ fm: parsed.frontMatter, sections: parsed.sections, items: parsed.items, problems: parsed.problems, lineCount: parsed.lineCount, eol: parsed.eol, bom: parsed.hasBom, body: parsed.bodyStartLine }));
}

describe('index snapshot', () => {
  it('reads back every file as reading it does: the same findings and notes (property)', () => {
    fc.assert(
      fc.property(vaultTexts, (texts) => {
        const fresh = indexOf(texts);
        const files = snapshotOf(fresh, Object.keys(texts));
        const back = restored(decodeSnapshot(encodeSnapshot(identity, files), identity, TODAY));
        assert.deepEqual(observable(back), observable(fresh));
      }),
      { numRuns: 150 },
    );
  });

  it('gives a note without status: the status of the day it is read back on, not the day it was written', () => {
    const index = indexOf({ '1on1/dana/2026-11-24.md': '---\nwith: Dana\n---\n## Roadblocks\n' });
    assert.equal(index.note('1on1/dana/2026-11-24.md')!.status, 'planned');
    const text = encodeSnapshot(identity, snapshotOf(index, ['1on1/dana/2026-11-24.md']));
    const [file] = decodeSnapshot(text, identity, '2026-11-25');
    assert.equal(file.record.kind === 'note' && file.record.note.status, 'held');
  });

  it('is rejected whole when it is not whole, from another build or format, or for other sections or folder', () => {
    const index = indexOf({ '1on1/dana/2026-11-24.md': '---\nwith: Dana\n---\n- [ ] Send it 📅 2026-11-30\n' });
    const text = encodeSnapshot(identity, snapshotOf(index, ['1on1/dana/2026-11-24.md']));
    const reject = (t: string, id = identity) => assert.throws(() => decodeSnapshot(t, id, TODAY), SnapshotRejected);
    reject(text.slice(0, text.length / 2));
    reject('');
    reject('null');
    reject(text, { ...identity, build: 'another' });
    assert.ok(text.startsWith(`{"format":${SNAPSHOT_FORMAT},`));
    reject(text.replace(`"format":${SNAPSHOT_FORMAT}`, `"format":${SNAPSHOT_FORMAT - 1}`));
    reject(text, { ...identity, settings: { ...DEFAULT_SETTINGS, folder: 'meetings' } });
    reject(text, { ...identity, settings: { ...DEFAULT_SETTINGS, sections: DEFAULT_SETTINGS.sections.slice(1) } });
    // Rule settings are applied to what is read back: they do not make a snapshot stale.
    assert.equal(decodeSnapshot(text, { ...identity, settings: { ...DEFAULT_SETTINGS, staleAfterDays: 3 } }, TODAY).length, 1);
  });

  it('puts first what the views show first: every profile and each series\' newest notes, readable before the rest', () => {
    const texts: Record<string, string> = { '1on1/dana/profile.md': '---\nwith: Dana\n---\n' };
    for (const day of ['03', '10', '17', '24']) texts[`1on1/dana/2026-11-${day}.md`] = `---\nwith: Dana\nstatus: held\n---\n- [ ] Item ${day}\n`;
    texts['1on1/dana/2026-10-27.md'] = '---\nwith: Dana\n---\n- [ ] Only in October\n';
    const index = indexOf(texts);
    const text = encodeSnapshot(identity, snapshotOf(index, Object.keys(texts)));
    const [firstLine, secondLine] = text.split('\n');
    const opened = openSnapshot(firstLine, () => secondLine, identity, TODAY);
    assert.deepEqual(opened.first.map((f) => f.file), ['1on1/dana/profile.md', '1on1/dana/2026-11-24.md', '1on1/dana/2026-11-17.md', '1on1/dana/2026-11-10.md', '1on1/dana/2026-11-03.md']);
    assert.deepEqual([...opened.rest()].map((f) => f.file), ['1on1/dana/2026-10-27.md']);
    // The first line carries only the strings of the first part: the rest's come with it.
    assert.ok(!firstLine.includes('Only in October') && secondLine.includes('Only in October'));
    assert.ok(firstLine.includes('Item 24') && !secondLine.includes('Item 24'));
    // A second part that does not read back is found when it is read, after the first was used.
    const broken = openSnapshot(firstLine, () => '{"files":[[0,1,2,3]]}', identity, TODAY);
    assert.equal(broken.first.length, 5);
    assert.throws(() => [...broken.rest()], SnapshotRejected);
    // A string number past both parts' strings.
    const past = openSnapshot(firstLine, () => '{"strings":[],"files":[[99999,1,2,0]]}', identity, TODAY);
    assert.throws(() => [...past.rest()], SnapshotRejected);
  });

  it('is rejected whole when a value is not what the encoder writes (property: any one value changed)', () => {
    const index = indexOf({ '1on1/dana/2026-11-24.md': '---\nwith: Dana\nstatus: held\n---\n## Roadblocks\n- [ ] Send it 📅 2026-11-30 @sam ^abc123\n', '1on1/dana/profile.md': '---\nwith: Dana\ncadence: every 3 weeks\nday: tuesday\ntime: "10:00"\nduration: 30\nsince: 2026-01-01\ntopics: [Career, Hiring]\naliases: [dw]\ncalendar: "Dana 1:1"\nrole: report\n---\n' });
    // Both parts (two JSON documents on two lines), values anywhere in their records.
    const data = encodeSnapshot(identity, snapshotOf(index, ['1on1/dana/2026-11-24.md', '1on1/dana/profile.md'])).split('\n').map((part) => JSON.parse(part));
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, at: (string | number)[]) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, i]));
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
      else if (at[1] === 'files') paths.push(at);
    };
    walk(data, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom<unknown>('x', -7, 1e9, null, [], {}, [5], { kind: 'weekly' }), (at, value) => {
        const copy = JSON.parse(JSON.stringify(data));
        let target = copy;
        for (const key of at.slice(0, -1)) target = target[key];
        target[at[at.length - 1]] = value;
        // Either rejected, or read back into notes that the rules run on without throwing.
        try {
          const files = decodeSnapshot(copy.map((part: unknown) => JSON.stringify(part)).join('\n'), identity, TODAY);
          restored(files).findings();
        } catch (e) {
          assert.ok(e instanceof SnapshotRejected, `not rejected but ${(e as Error).stack}`);
        }
      }),
      { numRuns: 500 },
    );
    // The case a second reader found: a profile's topics of another type once crashed `check --cache`.
    const broken = JSON.parse(JSON.stringify(data));
    const profileRecord = broken.flat().flatMap((part: { files?: unknown[][] }) => part.files ?? []).find((r: unknown[]) => r[3] === 4);
    profileRecord[4].topics = 5;
    assert.throws(() => decodeSnapshot(broken.map((part: unknown) => JSON.stringify(part)).join('\n'), identity, TODAY), SnapshotRejected);
  });
});

describe('loadVault --cache', () => {
  const temp = tempFoldersForSuite('one-on-one-cache-');
  const settings = DEFAULT_SETTINGS;
  let tick = Date.parse('2026-01-01T00:00:00Z');
  /** Writes a note with an mtime of its own, long past (a real edit moves the clock on). */
  const write = (vault: string, file: string, text: string | Buffer) => {
    const full = path.join(vault, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    tick += 1000;
    fs.utimesSync(full, new Date(tick), new Date(tick));
  };
  const load = (vault: string, cache?: string) => loadVault(path.join(vault, '1on1'), { settings, clock, cache });
  const findingsOf = (loaded: ReturnType<typeof load>) => JSON.stringify([loaded.index.findings(), loaded.skipped]);

  it('reads no note of an unchanged vault, and gives the same findings', () => {
    const vault = temp.workspace();
    write(vault, '1on1/dana/2026-11-17.md', '---\nwith: Dana\nstatus: held\n---\n## Commitments\n- [ ] Send the forecast 📅 2026-11-20\n');
    write(vault, '1on1/dana/2026-11-24.md', '---\nwith: Dana\n---\n## Roadblocks\n');
    write(vault, '1on1/dana/picture.md', Buffer.from([0, 1, 2, 3, 0, 0]));
    const cache = path.join(vault, 'cache.json');
    const first = load(vault, cache);
    assert.deepEqual([first.cache?.read, first.cache?.kept, first.cache?.written, first.cache?.unused], [3, 0, true, 'none yet']);
    const second = load(vault, cache);
    assert.deepEqual([second.cache?.read, second.cache?.kept, second.cache?.written], [0, 3, false]);
    assert.equal(findingsOf(second), findingsOf(load(vault)));
  });

  it('says what it skipped in the order a load without it says it (a folder it cannot enter among binary notes)', () => {
    const vault = temp.workspace();
    write(vault, '1on1/amy/picture.md', Buffer.from([0, 1, 2, 3, 0, 0]));
    write(vault, '1on1/bo/2026-11-17.md', '---\nwith: Bo\n---\n');
    write(vault, '1on1/cy/2026-11-17.md', '---\nwith: Cy\n---\n');
    write(vault, '1on1/dee/scan.md', Buffer.from([0, 9, 9, 0]));
    // `bo` cannot be entered (tests run as root, where chmod does not stop a read).
    const denied: VaultFileSystem = {
      readdirSync: (folder, how) => {
        if (path.basename(folder) === 'bo') throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        return fs.readdirSync(folder, how);
      },
      statSync: (file) => fs.statSync(file),
      realpathSync: (file) => fs.realpathSync(file),
    };
    const loadDenied = (cache?: string) => loadVault(path.join(vault, '1on1'), { settings, clock, cache, fileSystem: denied });
    const cache = path.join(vault, 'cache.json');
    const plain = loadDenied().skipped;
    assert.deepEqual(plain.map((s) => s.file), ['1on1/amy/picture.md', '1on1/bo', '1on1/dee/scan.md']);
    loadDenied(cache);
    const cached = loadDenied(cache);
    assert.equal(cached.cache?.kept, 3);
    assert.deepEqual(cached.skipped, plain);
  });

  it('reads again a file changed since, and a deleted file leaves no ghost', () => {
    const vault = temp.workspace();
    write(vault, '1on1/dana/2026-11-17.md', '---\nwith: Dana\nstatus: held\n---\n## Commitments\n- [ ] Send the forecast 📅 2026-11-20\n');
    write(vault, '1on1/sam/2026-11-17.md', '---\nwith: Sam\nstatus: held\n---\n- [ ] Book the room 📅 2026-11-20\n');
    const cache = path.join(vault, 'cache.json');
    load(vault, cache);
    // Same size, another time: changed.
    write(vault, '1on1/dana/2026-11-17.md', '---\nwith: Dana\nstatus: held\n---\n## Commitments\n- [x] Send the forecast 📅 2026-11-20\n');
    fs.rmSync(path.join(vault, '1on1/sam'), { recursive: true });
    const again = load(vault, cache);
    assert.deepEqual([again.cache?.read, again.cache?.kept], [1, 0]);
    assert.deepEqual(again.index.seriesIds(), ['dana']);
    assert.equal(findingsOf(again), findingsOf(load(vault)));
    assert.equal(again.index.has('1on1/sam/2026-11-17.md'), false);
    assert.ok(!again.index.findings().some((f) => f.file.startsWith('1on1/sam/')));
    assert.equal(again.index.note('1on1/dana/2026-11-17.md')?.parsed.items[0].state, 'done');
  });

  it('is not used when corrupt, from another build or for another vault folder, and then written again', () => {
    const vault = temp.workspace();
    write(vault, '1on1/dana/2026-11-17.md', '---\nwith: Dana\nstatus: held\n---\n- [ ] Send the forecast 📅 2026-11-20\n');
    const cache = path.join(vault, 'cache.json');
    load(vault, cache);
    const good = fs.readFileSync(cache, 'utf8');
    for (const [bad, reason] of [
      [good.slice(0, 100), /not whole/],
      [good.replace(/"build":"[^"]*"/, '"build":"0000"'), /another build/],
      [good.replace('\\"1on1\\"', '\\"notes\\"'), /other settings/],
    ] as const) {
      fs.writeFileSync(cache, bad);
      const loaded = load(vault, cache);
      assert.match(loaded.cache?.unused ?? '', reason);
      assert.deepEqual([loaded.cache?.read, loaded.cache?.written], [1, true]);
      assert.equal(findingsOf(loaded), findingsOf(load(vault)));
    }
  });

  it('goes on without it when it cannot be written, and leaves no temporary file', () => {
    const vault = temp.workspace();
    write(vault, '1on1/dana/2026-11-17.md', '---\nwith: Dana\nstatus: held\n---\n- [ ] Send the forecast 📅 2026-11-20\n');
    const cache = path.join(vault, 'no-such-folder', 'cache.json');
    const loaded = load(vault, cache);
    assert.match(loaded.cache?.writeError ?? '', /cannot be written \(ENOENT\)/);
    assert.equal(findingsOf(loaded), findingsOf(load(vault)));
    assert.deepEqual(fs.readdirSync(vault).sort(), ['1on1']);
  });

  it('gives the findings a load without it gives, over any sequence of edits (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('write' as const), file: fc.constantFrom(...NAMES.filter((n) => n.startsWith('1on1/'))), text: noteText }),
      fc.record({ kind: fc.constant('delete' as const), file: fc.constantFrom(...NAMES.filter((n) => n.startsWith('1on1/'))) }),
      fc.record({ kind: fc.constant('binary' as const), file: fc.constantFrom('1on1/dana-lee/2026-11-10.md', '1on1/sam/notes.md') }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), (ops) => {
        const vault = temp.workspace();
        fs.mkdirSync(path.join(vault, '1on1'));
        const cache = path.join(vault, 'cache.json');
        for (const o of ops) {
          if (o.kind === 'write') write(vault, o.file, o.text);
          else if (o.kind === 'binary') write(vault, o.file, Buffer.from([0x50, 0, 0, 1]));
          else fs.rmSync(path.join(vault, o.file), { force: true });
          const cached = load(vault, cache);
          assert.equal(findingsOf(cached), findingsOf(load(vault)));
          assert.equal(load(vault, cache).cache?.read, 0);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('VaultIndex.refreshFile: a note opened as the disk has it', () => {
  it('leaves the index as setFile would leave it, and changes nothing when the text makes the record held (property)', () => {
    fc.assert(
      fc.property(vaultTexts, fc.constantFrom(...NAMES), noteText, fc.boolean(), (texts, file, text, sameText) => {
        const opened = sameText && texts[file] !== undefined ? texts[file] : text;
        const index = indexOf(texts);
        const before = observable(index);
        const held = index.entry(file);
        const changed = index.refreshFile(file, opened);
        assert.deepEqual(observable(index), observable(indexOf({ ...texts, [file]: opened })));
        if (!changed) assert.deepEqual(observable(index), before);
        if (opened === texts[file]) assert.equal(changed, false, 'the same text read again is no change');
        if (!changed && held) assert.equal(index.entry(file), held, 'the record held is kept');
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every surface value of the series when nothing changed, and recomputes it when something did', () => {
    const file = '1on1/dana/2026-11-24.md';
    const text = '---\nwith: Dana\n---\n## Action items\n- [ ] Send it 📅 2026-11-30\n';
    const index = indexOf({ [file]: text });
    let computed = 0;
    const memo = new SeriesMemo(() => ++computed);
    index.seriesValues(memo);
    assert.equal(index.refreshFile(file, text), false);
    index.seriesValues(memo);
    assert.equal(computed, 1);
    // Prose the index does not keep changes no record either; a due date does.
    assert.equal(index.refreshFile(file, text.replace('## Action items', '## Action items\nWe talked.')), true, 'a line added moves the item');
    assert.equal(index.refreshFile(file, text.replace('2026-11-30', '2026-12-01')), true);
    index.seriesValues(memo);
    assert.equal(computed, 2);
  });

  it('compares records with their strings, not only their shape', () => {
    const fileOf = (i: VaultIndex) => i.entry('1on1/dana/2026-11-24.md');
    const one = indexOf({ '1on1/dana/2026-11-24.md': '- [ ] Send it\n' });
    const two = indexOf({ '1on1/dana/2026-11-24.md': '- [ ] Ship it\n' });
    assert.equal(sameRecord(fileOf(one)!, fileOf(one)!), true);
    assert.equal(sameRecord(fileOf(one)!, fileOf(two)!), false);
  });
});
