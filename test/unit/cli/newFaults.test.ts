import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixedClock } from '../../../src/core/schedule/clock';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { AgendaError, nodeAgendaFileSystem, writeNextAgenda, type AgendaFileSystem } from '../../../src/node/writeAgenda';
import { runCliCaptured } from '../helpers/cliRun';
import { tempFoldersForSuite } from '../helpers/tempVault';

/**
 * `new` under faults (issue 10): every file-system step in turn fails (no permission, disk full,
 * an I/O error standing for a crash between two writes), or a note changes on disk meanwhile.
 * Afterwards the vault is exactly as before, or fully done, and the error says in one line which
 * file and what to do.
 */

const PROFILE = '---\nwith: Dana Whitfield\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01\n---\n';
// Two notes to mark: the held one and the canceled one after it, which copied one item.
const HELD = '---\ndate: 2026-11-10\nstatus: held\n---\n## Commitments\n- [ ] One\n- [ ] Two ^two002\n';
const CANCELED = '---\ndate: 2026-11-17\nstatus: canceled\n---\n## Action items from last time\n- [ ] Two ^two002\n- [ ] Five\n';

/**
 * Every file and folder under `root` with its bytes and mode. Not the shared snapshotTree: that
 * compares mtimes too, and a step that fails after a note was replaced puts the old bytes and
 * mode back with a new mtime, which is "as before" for these tests.
 */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      const mode = (fs.statSync(full).mode & 0o777).toString(8);
      if (e.isDirectory()) {
        out[path.relative(root, full) + '/'] = mode;
        walk(full);
      } else out[path.relative(root, full)] = `${mode} ${fs.readFileSync(full, 'latin1')}`;
    }
  };
  walk(root);
  return out;
}

const OPTIONS = { settings: DEFAULT_SETTINGS, clock: fixedClock({ date: '2026-11-20', time: '12:00' }) };

/** The real file system, with `fault(step, call)` asked before every call (step counts from 0). */
function faulty(fault: (step: number, call: string, args: unknown[]) => void): { fileSystem: AgendaFileSystem; steps: () => number } {
  let step = 0;
  const wrap =
    <K extends keyof AgendaFileSystem>(name: K) =>
    (...args: unknown[]) => {
      fault(step++, name, args);
      return (nodeAgendaFileSystem[name] as (...a: unknown[]) => unknown)(...args);
    };
  const fileSystem = Object.fromEntries((Object.keys(nodeAgendaFileSystem) as (keyof AgendaFileSystem)[]).map((k) => [k, wrap(k)])) as unknown as AgendaFileSystem;
  return { fileSystem, steps: () => step };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('one-on-one new under faults', () => {
  const folders = tempFoldersForSuite('one-on-one-faults-');
  const vault = () => {
    const dir = folders.vault({ 'dana/profile.md': PROFILE, 'dana/2026-11-10.md': HELD, 'dana/2026-11-17.md': CANCELED });
    fs.chmodSync(path.join(dir, '1on1/dana/2026-11-10.md'), 0o640);
    return dir;
  };

  // The vault after a complete `new`, to tell "fully done" from a half-done change, and how many
  // file-system steps a complete `new` takes. Made in a hook, not while mocha collects the tests:
  // a run whose --grep leaves this suite out skips its `after` too, and left these folders behind.
  let done: Record<string, string>;
  let steps: () => number;
  before(() => {
    const doneDir = vault();
    const outcome = writeNextAgenda(path.join(doneDir, '1on1'), 'dana', OPTIONS);
    assert.equal(outcome.kind, 'created');
    done = snapshot(doneDir);
    const counted = faulty(() => undefined);
    writeNextAgenda(path.join(vault(), '1on1'), 'dana', { ...OPTIONS, fileSystem: counted.fileSystem });
    steps = counted.steps;
  });

  it('a complete run replaces both previous notes and keeps their mode', () => {
    assert.ok(steps() > 10, `${steps()} steps`);
    assert.match(done['1on1/dana/2026-11-10.md'], /^640 .*- \[>\] One \^[a-z0-9]{6}\n- \[ \] Two \^two002\n$/s);
    assert.match(done['1on1/dana/2026-11-17.md'], /- \[>\] Two \^two002\n- \[>\] Five \^[a-z0-9]{6}\n$/);
    assert.ok(!Object.keys(done).some((f) => f.includes('.tmp')), 'no temporary file is left');
  });

  for (const [code, expected] of [
    ['EACCES', /^cannot (write|read) 1on1\/dana\/\S+ \(permission denied\): make \S+ (writable|readable), then run new again$/],
    ['ENOSPC', /^disk full while writing 1on1\/dana\/\S+: nothing was changed$/],
    ['EIO', /^cannot (write|read) 1on1\/dana\/\S+ \(EIO\): nothing was changed$/],
  ] as const) {
    it(`${code} at each step in turn: the vault is as before, and one line says which file`, () => {
      for (let failAt = 0; failAt < steps(); failAt++) {
        const dir = vault();
        const before = snapshot(dir);
        const { fileSystem } = faulty((step) => {
          if (step === failAt) throw errno(code);
        });
        let error: unknown;
        try {
          writeNextAgenda(path.join(dir, '1on1'), 'dana', { ...OPTIONS, fileSystem });
        } catch (e) {
          error = e;
        }
        const after = snapshot(dir);
        assert.ok(error instanceof AgendaError, `step ${failAt}: ${String(error)} ${(error as Error)?.stack}`);
        assert.deepEqual(after, before, `step ${failAt}: ${error.message}`);
        assert.doesNotMatch(error.message, /\n/);
        if (!/cannot be read/.test(error.message)) assert.match(error.message, expected, `step ${failAt}: ${error.message}`);
      }
    });
  }

  it('a note changed on disk between read and write: nothing is written, and the change is kept', () => {
    const dir = vault();
    const edited = HELD.replace('- [ ] One', '- [x] One ✅ 2026-11-20');
    const { fileSystem } = faulty((_, call, args) => {
      // The user saves the held note just as the new one is being created.
      if (call === 'open' && args[1] === 'wx' && String(args[0]).endsWith('2026-11-24.md')) fs.writeFileSync(path.join(dir, '1on1/dana/2026-11-10.md'), edited);
    });
    const before = snapshot(dir);
    assert.throws(
      () => writeNextAgenda(path.join(dir, '1on1'), 'dana', { ...OPTIONS, fileSystem }),
      (e: Error) => e instanceof AgendaError && e.message === '1on1/dana/2026-11-10.md changed while the agenda was being made; nothing was written, run new again',
    );
    assert.deepEqual(snapshot(dir), { ...before, '1on1/dana/2026-11-10.md': `640 ${Buffer.from(edited).toString('latin1')}` });
  });

  it('a read-only previous note is not replaced behind its back', () => {
    const dir = vault();
    const before = snapshot(dir);
    const { fileSystem } = faulty((_, call, args) => {
      if (call === 'open' && args[1] === 'r+' && String(args[0]).endsWith('2026-11-17.md')) throw errno('EACCES');
    });
    assert.throws(
      () => writeNextAgenda(path.join(dir, '1on1'), 'dana', { ...OPTIONS, fileSystem }),
      (e: Error) => e.message === 'cannot write 1on1/dana/2026-11-17.md (permission denied): make it writable, then run new again',
    );
    assert.deepEqual(snapshot(dir), before);
  });

  it('the CLI prints the failure in one line with exit 1, no stack trace', () => {
    const dir = vault();
    // A folder where the new note should go: the exclusive create fails.
    fs.mkdirSync(path.join(dir, '1on1/dana/2026-11-24.md'));
    const { code, stderr } = runCliCaptured(['new', 'dana', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 1);
    assert.equal(stderr.split('\n').length, 2, stderr);
    assert.doesNotMatch(stderr, /at .*\.js/);
  });

  it('100,000 carried items: complete, and in reasonable time', function () {
    this.timeout(60_000);
    if (process.env.SKIP_BIG) this.skip();
    const items = Array.from({ length: 100_000 }, (_, i) => `- [ ] Item ${i}`);
    const dir = folders.vault({ 'dana/profile.md': PROFILE, 'dana/2026-11-17.md': `---\ndate: 2026-11-17\nstatus: held\n---\n## Commitments\n${items.join('\n')}\n` });
    const started = Date.now();
    const outcome = writeNextAgenda(path.join(dir, '1on1'), 'dana', OPTIONS);
    const seconds = (Date.now() - started) / 1000;
    assert.equal(outcome.kind === 'created' && outcome.carried, 100_000);
    const created = fs.readFileSync(path.join(dir, '1on1/dana/2026-11-24.md'), 'utf8');
    assert.equal(created.match(/^- \[ \] Item \d+ \^[a-z0-9]{6}$/gm)?.length, 100_000);
    const previous = fs.readFileSync(path.join(dir, '1on1/dana/2026-11-17.md'), 'utf8');
    assert.equal(previous.match(/^- \[>\] Item \d+ \^[a-z0-9]{6}$/gm)?.length, 100_000);
    assert.ok(seconds < 30, `${seconds} s`);
  });
});
