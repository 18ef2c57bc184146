import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { fixedClock } from '../../../src/core/schedule/clock';
import { readFirstLineNow, writeFileAtomically } from '../../../src/vscode/vault/localFiles';
import { WorkspaceVault } from '../../../src/vscode/vault/workspaceVault';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';
import { DiskStamps } from '../../../src/vscode/vault/diskStamps';
import { SnapshotStore } from '../../../src/vscode/vault/snapshotStore';
import { SnapshotWriter } from '../../../src/vscode/vault/snapshotWriter';
import { api, waitFor, workspaceRoot } from './helpers';

// The persisted index (issue 16) in the real extension host: a second WorkspaceVault on the same
// storage folder starts from what the first wrote, checks every file against the disk, and ends
// with what a full read gives — whatever happened to the files "while VS Code was closed".

const clock = fixedClock({ date: '2026-11-23', time: '17:30' });
const SERIES = '1on1/snapshot-test';

describe('the persisted index', function () {
  this.timeout(30_000);
  let storage: string;
  const root = () => workspaceRoot().fsPath;
  const notePath = (name: string) => path.join(root(), SERIES, name);
  const note = (date: string, item: string) => `---\nwith: Snap Shot\ndate: ${date}\nstatus: held\n---\n## Commitments\n- [ ] ${item} 📅 2026-11-20\n`;
  /** Files written "long ago": a file written in the last moments is never trusted to a snapshot (racily clean). */
  const writeOld = (name: string, text: string, minutesAgo: number) => {
    fs.mkdirSync(path.dirname(notePath(name)), { recursive: true });
    fs.writeFileSync(notePath(name), text);
    const at = new Date(Date.now() - minutesAgo * 60_000);
    fs.utimesSync(notePath(name), at, at);
  };
  const open = async (): Promise<WorkspaceVault> => {
    const vault = new WorkspaceVault(clock, { storage: vscode.Uri.file(storage) });
    // What commands wait for: every file checked against the disk, not only the snapshot put back.
    await vault.ready();
    await vault.calendarsReady();
    return vault;
  };
  /** A window opened on the workspace and closed once its snapshot is written. */
  const writeSnapshot = async () => {
    const vault = await open();
    try {
      await vault.snapshotWritten();
    } finally {
      vault.dispose();
    }
  };
  /** What a full read of the workspace gives now. */
  const fullRead = async () => {
    const vault = new WorkspaceVault(clock);
    try {
      await vault.ready();
      await vault.calendarsReady();
      return JSON.stringify([vault.index.allFiles(), vault.index.findings(), vault.skippedFiles()]);
    } finally {
      vault.dispose();
    }
  };
  const seen = (vault: WorkspaceVault) => JSON.stringify([vault.index.allFiles(), vault.index.findings(), vault.skippedFiles()]);

  before(async () => {
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'one-on-one-storage-'));
    // Every note of the workspace written long ago, as in a vault in use.
    const old = new Date(Date.now() - 3600_000);
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name.endsWith('.md')) fs.utimesSync(full, old, old);
      }
    };
    walk(root());
    writeOld('2026-11-10.md', note('2026-11-10', 'Send the forecast'), 50);
    writeOld('2026-11-17.md', note('2026-11-17', 'Book the room'), 50);
    writeOld('binary.md', '\u0000\u0001binary', 50);
  });

  after(async () => {
    fs.rmSync(path.join(root(), SERIES), { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
    const extension = await api();
    await waitFor(() => !extension.vault.index.seriesIds().includes('snapshot-test'), 'the test series to leave the extension’s vault');
  });

  it('is written after a full read, and the next start shows it at once, then finds nothing changed', async () => {
    const first = await open();
    try {
      assert.deepStrictEqual(first.snapshotUse, { used: false, reason: 'none yet' });
      await first.snapshotWritten();
    } finally {
      first.dispose();
    }
    const second = new WorkspaceVault(clock, { storage: vscode.Uri.file(storage) });
    try {
      await second.restored();
      const use = second.snapshotUse;
      assert.ok(use?.used, `the snapshot was not used: ${JSON.stringify(use)}`);
      assert.ok(use.files >= 3);
      // Shown from the snapshot before any file was read: the test's notes are there already.
      assert.ok(second.index.has(`${SERIES}/2026-11-17.md`));
      await second.ready();
      await second.calendarsReady();
      assert.strictEqual(seen(second), await fullRead());
    } finally {
      second.dispose();
    }
  });

  it('reads a file changed while closed, removes one deleted (no ghost), reads one added', async () => {
    await writeSnapshot();
    // While "closed": one note rewritten with the same length, one deleted, one added.
    writeOld('2026-11-17.md', note('2026-11-17', 'Book the hall'), 20);
    fs.rmSync(notePath('2026-11-10.md'));
    writeOld('2026-11-24.md', note('2026-11-24', 'Plan the offsite'), 20);
    const second = await open();
    try {
      assert.ok(second.snapshotUse?.used);
      assert.strictEqual(second.index.has(`${SERIES}/2026-11-10.md`), false);
      assert.ok(second.index.findings().some((f) => f.file === `${SERIES}/2026-11-17.md` && f.message.includes('Book the hall')));
      assert.ok(second.index.has(`${SERIES}/2026-11-24.md`));
      assert.strictEqual(seen(second), await fullRead());
    } finally {
      second.dispose();
    }
  });

  it('is not used when corrupt, or written by another build or for other settings, and is written again', async () => {
    await writeSnapshot();
    const file = path.join(storage, 'index-snapshot.json');
    const good = fs.readFileSync(file, 'utf8');
    for (const [bad, reason] of [
      [good.slice(0, good.length / 2), /not whole/],
      // Its first line alone (no line break): not shown, then taken back.
      [good.slice(0, good.indexOf('\n')), /one part/],
      [good.replace(/"build":"[^"]*"/, '"build":"another"'), /another build/],
      [good.replace('\\"1on1\\"', '\\"notes\\"'), /other settings/],
      // The second part (after the first is shown) does not read back: nothing of it stays.
      [good.slice(0, good.indexOf('\n') + 1) + '{"strings":[],"files":[[0,1,2,3,4]]}', /not readable/],
    ] as const) {
      fs.writeFileSync(file, bad);
      const vault = await open();
      try {
        assert.strictEqual(vault.snapshotUse?.used, false);
        assert.match((vault.snapshotUse as { reason: string }).reason, reason);
        assert.strictEqual(seen(vault), await fullRead());
        await vault.snapshotWritten();
        assert.strictEqual(fs.readFileSync(file, 'utf8').length > 0 && JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0]).build !== 'another', true);
      } finally {
        vault.dispose();
      }
    }
  });

  it('records a note written during the session once its write is old enough to trust, and Markdown files that are no notes', async () => {
    const vault = new WorkspaceVault(clock, { storage: vscode.Uri.file(storage), snapshotRacyMs: 200 });
    try {
      await vault.ready();
      // Written now (as a save or New agenda writes): read at once, within the window of its own write.
      const fresh = `${SERIES}/2026-12-01.md`;
      fs.writeFileSync(notePath('2026-12-01.md'), note('2026-12-01', 'Fresh from this session'));
      await waitFor(() => vault.index.has(fresh), 'the watcher to read the new note');
      const snapshot = () => fs.readFileSync(path.join(storage, 'index-snapshot.json'), 'utf8');
      // The first write leaves it out and reads it again; a later one records it (files are named in the strings of what was recorded).
      await waitFor(async () => {
        await vault.snapshotWritten();
        return snapshot().includes(JSON.stringify(fresh));
      }, 'the new note in the snapshot');
      const text = snapshot();
      assert.ok(text.includes('"README.md"'), 'a Markdown file that is no note is recorded (not read again at the next start)');
      assert.ok(text.includes(JSON.stringify(`${SERIES}/binary.md`)), 'a note that is not text is recorded with its reason');
    } finally {
      vault.dispose();
      fs.rmSync(notePath('2026-12-01.md'), { force: true });
    }
  });

  it('is kept by the extension in its workspace storage', async () => {
    const extension = await api();
    await extension.vault.snapshotWritten();
    assert.deepStrictEqual(extension.vault.snapshotUse, { used: false, reason: 'none yet' });
    const folder = extension.vault.snapshotFolder;
    assert.ok(folder, 'the extension has no storage for this workspace');
    assert.ok(!folder.fsPath.startsWith(root()), 'the snapshot must not be written into the workspace');
    assert.ok(fs.existsSync(path.join(folder.fsPath, 'index-snapshot.json')));
  });

  it('is read a line at a time: the first line at once, the rest from the same file when asked', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'first-line-'));
    try {
      const file = path.join(dir, 'lines.json');
      const text = (a: string, b: string) => `${a}\n${b}`;
      const read = (content: string) => {
        fs.writeFileSync(file, content);
        const lines = readFirstLineNow(vscode.Uri.file(file))!;
        return { first: Buffer.from(lines.firstLine).toString(), hasRest: lines.hasRest, rest: () => Buffer.from(lines.rest()).toString(), close: lines.close };
      };
      // A first line longer than the first read (512 KB), one that ends exactly at a read's end, a
      // two-byte character across the end of the first read.
      for (const first of ['x'.repeat(1_300_000), 'y'.repeat(512 * 1024 - 1), 'y'.repeat(512 * 1024 - 1) + 'é', 'é', '']) {
        const lines = read(text(first, 'the rest\nand more'));
        assert.strictEqual(lines.first, first);
        assert.strictEqual(lines.rest(), 'the rest\nand more');
      }
      const oneLine = read('no line break');
      assert.deepStrictEqual([oneLine.first, oneLine.hasRest, oneLine.rest()], ['no line break', false, '']);
      assert.strictEqual(read('one line\n').hasRest, true);
      const empty = read('');
      assert.deepStrictEqual([empty.first, empty.rest()], ['', '']);
      // A snapshot written anew (renamed over the file) between the two parts: the rest is still the first file's.
      const lines = read(text('old first', 'old rest'));
      fs.writeFileSync(`${file}.tmp`, text('new first', 'new rest, longer than the old'));
      fs.renameSync(`${file}.tmp`, file);
      assert.strictEqual(lines.rest(), 'old rest');
      // Closed without the rest: closing twice is harmless.
      const unread = read(text('a', 'b'));
      unread.close();
      unread.close();
      assert.throws(() => readFirstLineNow(vscode.Uri.file(path.join(dir, 'missing.json'))), /FileNotFound/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is written atomically through a temporary file, which a failed write does not leave behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
    try {
      const file = vscode.Uri.file(path.join(dir, 'not', 'yet', 'there.json'));
      const temporary = vscode.Uri.file(`${file.fsPath}.tmp`);
      await writeFileAtomically(file, temporary, Buffer.from('first'));
      await writeFileAtomically(file, temporary, Buffer.from('second'));
      assert.strictEqual(fs.readFileSync(file.fsPath, 'utf8'), 'second');
      assert.ok(!fs.existsSync(temporary.fsPath));
      // A folder where the file should go: the rename fails, the temporary file is removed, the folder is left.
      const blocked = vscode.Uri.file(path.join(dir, 'a-folder'));
      fs.mkdirSync(path.join(blocked.fsPath, 'inside'), { recursive: true });
      await assert.rejects(writeFileAtomically(blocked, vscode.Uri.file(`${blocked.fsPath}.tmp`), Buffer.from('x')));
      assert.ok(!fs.existsSync(`${blocked.fsPath}.tmp`));
      assert.ok(fs.statSync(path.join(blocked.fsPath, 'inside')).isDirectory());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('waits 3 s of quiet before its first write, then 30 s before each next one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'writer-'));
    const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock });
    const writer = new SnapshotWriter(new SnapshotStore(vscode.Uri.file(dir)), {
      index: () => index,
      stamps: new DiskStamps(),
      notText: () => undefined,
      uriOf: (file) => vscode.Uri.file(path.join(dir, file)),
      reread: () => undefined,
    });
    try {
      assert.strictEqual(writer.quietBeforeWrite, 3000);
      writer.changed();
      await writer.flush();
      assert.ok(fs.existsSync(path.join(dir, 'index-snapshot.json')));
      assert.strictEqual(writer.quietBeforeWrite, 30_000);
    } finally {
      writer.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
