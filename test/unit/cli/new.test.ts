import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';

function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t), env: {}, cwd });
  return { code, stdout, stderr };
}

function tempVault(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-on-one-new-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, '1on1', name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

const PROFILE = '---\nwith: Dana Whitfield\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01\n---\n';
const HELD = '---\ndate: 2026-11-17\nstatus: held\nrotation: skill\n---\n## Commitments\n- [ ] Book the review 📅 2026-11-28\n- [x] Done ✅ 2026-11-16\n';

describe('one-on-one new', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the next agenda and the carried markers, and prints the new path', () => {
    dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-17.md': HELD });
    const { code, stdout, stderr } = run(['new', 'dana', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '1on1/dana/2026-11-24.md\n');
    const created = fs.readFileSync(path.join(dir, '1on1/dana/2026-11-24.md'), 'utf8');
    assert.match(created, /^rotation: personal$/m);
    const carried = /^- \[ \] Book the review 📅 2026-11-28 \^([a-z0-9]{6})$/m.exec(created);
    assert.ok(carried, created);
    assert.equal(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-17.md'), 'utf8'), HELD.replace('- [ ] Book the review 📅 2026-11-28', `- [>] Book the review 📅 2026-11-28 ^${carried[1]}`));
    // And check finds nothing dropped.
    const check = run(['check', '1on1', '--format', 'json', '--now', '2026-11-25T12:00'], dir);
    assert.deepEqual(JSON.parse(check.stdout).filter((f: { rule: string }) => f.rule === 'dropped-commitment'), []);
  });

  it('prints the existing note for that date and writes nothing', () => {
    dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-17.md': HELD, 'dana/2026-11-24.md': '---\ndate: 2026-11-24\n---\nmine\n' });
    const { code, stdout, stderr } = run(['new', 'dana', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, '1on1/dana/2026-11-24.md\n');
    assert.match(stderr, /exists already/);
    assert.equal(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-24.md'), 'utf8'), '---\ndate: 2026-11-24\n---\nmine\n');
    assert.equal(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-17.md'), 'utf8'), HELD);
  });

  it('never overwrites a file at the new path, even one it could not read as a note', () => {
    const binary = Buffer.from([0, 1, 2, 3]);
    dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-17.md': HELD, 'dana/2026-11-24.md': binary });
    const { code, stderr } = run(['new', 'dana', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /was not overwritten/);
    assert.deepEqual(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-24.md')), binary);
    assert.equal(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-17.md'), 'utf8'), HELD, 'the previous note is untouched too');
  });

  it('starts a new series (and a new vault) on the given date', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'one-on-one-new-'));
    const { code, stdout } = run(['new', 'Carol Ng', 'notes/1on1', '--date', '2026-11-26', '--today', '2026-11-20'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, 'notes/1on1/carol-ng/2026-11-26.md\n');
    const text = fs.readFileSync(path.join(dir, stdout.trim()), 'utf8');
    assert.match(text, /^with: Carol Ng$/m);
    assert.match(text, /^# 1x1 with Carol — Thu 26 Nov 2026$/m);
  });

  it('bad usage: no series, an impossible date', () => {
    dir = tempVault({ 'dana/profile.md': PROFILE });
    assert.equal(run(['new'], dir).code, 2);
    assert.equal(run(['new', 'dana', '--date', '2026-02-30'], dir).code, 2);
  });
});
