import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixedClock } from '../../../src/core/schedule/clock';
import { withDefaults } from '../../../src/core/settings/settings';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';
import { classifyPath } from '../../../src/core/vault/vaultPaths';
import { loadVault, markdownFiles, type VaultFileSystem } from '../../../src/node/loadVault';
import { decodeNote } from '../../../src/parsing/noteBytes';
import { readNoteFile } from '../../../src/node/noteFile';
import { tempFoldersForSuite } from '../helpers/tempVault';

/** Reading the vault's files (issue 10): UTF-16 with a BOM, symbolic links, unreadable folders, folders named as people are. */

const { workspace: tempDir } = tempFoldersForSuite('one-on-one-reading-');

const NOTE = (who: string) => `---\nwith: ${who}\ndate: 2026-11-17\nstatus: held\n---\n## Commitments\n- [ ] Send the doc 📅 2026-11-18\n`;
const options = { settings: withDefaults({}), clock: fixedClock({ date: '2026-11-20', time: '09:00' }) };

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return order === 'le' ? le : Buffer.from(le).swap16();
}

describe('reading note files', () => {
  it('decodes UTF-16 LE and BE with a byte order mark instead of calling it binary', () => {
    const text = NOTE('Jürgen');
    for (const order of ['le', 'be'] as const) {
      assert.deepEqual(decodeNote(utf16(text, order)), { kind: 'text', text: '\uFEFF' + text }, order);
      const file = path.join(tempDir(), 'note.md');
      fs.writeFileSync(file, utf16(text, order));
      assert.deepEqual(readNoteFile(file), { kind: 'text', text: '\uFEFF' + text }, order);
    }
    // UTF-8 with a BOM as before; a NUL is still binary, in either encoding.
    assert.deepEqual(decodeNote(Buffer.from('\uFEFF' + text, 'utf8')), { kind: 'text', text: '\uFEFF' + text });
    assert.equal(decodeNote(Buffer.from('a\0b')).kind, 'skipped');
    assert.equal(decodeNote(utf16('a\0b', 'le')).kind, 'skipped');
  });

  it('indexes what it reads as setting each file in turn would, over several of its read batches', () => {
    // The load reads a few files, then indexes them (`ReadBatch`): the index must be the one a file-by-file load makes.
    const files: Record<string, string | Buffer> = { '1on1/dana/profile.md': '---\nwith: Dana\ncadence: weekly\n---\n', '1on1/dana/notes.md': 'Not a meeting.\n', '1on1/dana/binary.md': Buffer.from('a\0b') };
    for (let day = 1; day <= 40; day++) {
      const date = `2026-10-${String(((day - 1) % 28) + 1).padStart(2, '0')}`;
      files[`1on1/${day <= 20 ? 'dana' : 'sam'}/${date}.md`] = NOTE(day <= 20 ? 'Dana' : 'Sam').replace('2026-11-17', date).replace('Send the doc', `Send doc ${day % 3}`) + (day % 7 === 0 ? '\r\n- [x] Done ✅ 2026-11-01\r\n' : '');
    }
    const dir = tempDir(files);
    const loaded = loadVault(path.join(dir, '1on1'), options);
    const oneByOne = new VaultIndex({ settings: { ...options.settings, folder: '1on1' }, clock: options.clock });
    for (const file of markdownFiles(path.join(dir, '1on1'))) {
      const read = readNoteFile(file);
      if (read.kind === 'text') oneByOne.setFile(path.relative(dir, file).split(path.sep).join('/'), read.text);
    }
    assert.ok(loaded.index.allFiles().length > 32);
    assert.deepEqual(loaded.index.allFiles(), oneByOne.allFiles());
    for (const file of oneByOne.allFiles()) assert.deepEqual(JSON.parse(JSON.stringify(loaded.index.entry(file))), JSON.parse(JSON.stringify(oneByOne.entry(file))), file);
    assert.deepEqual(JSON.parse(JSON.stringify(loaded.index.findings())), JSON.parse(JSON.stringify(oneByOne.findings())));
    assert.deepEqual(loaded.skipped.map((s) => s.file), ['1on1/dana/binary.md']);
  });

  it('reads a UTF-16 note in the vault: its commitments count', () => {
    const dir = tempDir({ '1on1/dana/2026-11-17.md': utf16(NOTE('Dana'), 'le') });
    const { index, skipped } = loadVault(path.join(dir, '1on1'), options);
    assert.deepEqual(skipped, []);
    assert.equal(index.note('1on1/dana/2026-11-17.md')?.parsed.items.length, 1);
  });

  it('follows symlinked notes and folders, reads each real file once, and does not loop on a link back up', () => {
    const dir = tempDir({ 'elsewhere/priya/2026-11-17.md': NOTE('Priya'), 'elsewhere/sam-2026-11-10.md': NOTE('Sam'), '1on1/dana/2026-11-17.md': NOTE('Dana') });
    const elsewhere = path.join(dir, 'elsewhere');
    fs.mkdirSync(path.join(dir, '1on1/sam'));
    fs.symlinkSync(path.join(elsewhere, 'priya'), path.join(dir, '1on1/priya'));
    fs.symlinkSync(path.join(elsewhere, 'sam-2026-11-10.md'), path.join(dir, '1on1/sam/2026-11-10.md'));
    fs.symlinkSync(path.join(dir, '1on1'), path.join(dir, '1on1/dana/loop')); // back up the tree
    fs.symlinkSync(path.join(dir, '1on1/dana/2026-11-17.md'), path.join(dir, '1on1/dana/copy-of-2026-11-17.md')); // the same file twice
    const { index, skipped } = loadVault(path.join(dir, '1on1'), options);
    assert.deepEqual(skipped, []);
    assert.deepEqual(index.allFiles().sort(), ['1on1/dana/2026-11-17.md', '1on1/priya/2026-11-17.md', '1on1/sam/2026-11-10.md']);
  });

  it('reports a folder it cannot read, naming it, instead of ignoring it', () => {
    const dir = tempDir({ '1on1/dana/2026-11-17.md': NOTE('Dana'), '1on1/morgan/2026-11-17.md': NOTE('Morgan') });
    const denied: VaultFileSystem = {
      readdirSync: (folder, how) => {
        if (path.basename(folder) === 'morgan') throw Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), { code: 'EACCES' });
        return fs.readdirSync(folder, how);
      },
      statSync: (file) => fs.statSync(file),
      realpathSync: (file) => fs.realpathSync(file),
    };
    const { index, skipped } = loadVault(path.join(dir, '1on1'), { ...options, fileSystem: denied });
    assert.deepEqual(skipped, [{ file: '1on1/morgan', reason: 'skipped: cannot be read (EACCES): check its permissions' }]);
    assert.deepEqual(index.allFiles(), ['1on1/dana/2026-11-17.md']);
  });

  it('a folder whose name is not a slug is a series, its id the name as written', () => {
    assert.deepEqual(classifyPath('1on1/jürgen/2026-11-17.md', '1on1'), { kind: 'series-note', series: 'jürgen' });
    assert.deepEqual(classifyPath('1on1/Ana Lucía/2026-11-17.md', '1on1'), { kind: 'series-note', series: 'Ana Lucía' });
    assert.deepEqual(classifyPath('1on1/Ana Lucía/profile.md', '1on1'), { kind: 'profile', series: 'Ana Lucía' });
    assert.deepEqual(classifyPath('1on1/.trash/2026-11-17.md', '1on1'), { kind: 'other-markdown' });
    const dir = tempDir({ '1on1/jürgen/2026-11-17.md': NOTE('Jürgen'), '1on1/Ana Lucía/2026-11-17.md': NOTE('Ana Lucía') });
    const { index } = loadVault(path.join(dir, '1on1'), options);
    assert.deepEqual(index.seriesIds().sort(), ['Ana Lucía', 'jürgen']);
  });
});
