import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCliCaptured as run } from '../helpers/cliRun';
import { makeTempVault, makeTempWorkspace, removeTree, snapshotTree } from '../helpers/tempVault';

const tempVault = (files: Record<string, string | Buffer>) => makeTempVault(files, 'one-on-one-new-');

const PROFILE = '---\nwith: Dana Whitfield\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01\n---\n';
const HELD = '---\ndate: 2026-11-17\nstatus: held\nrotation: skill\n---\n## Commitments\n- [ ] Book the review 📅 2026-11-28\n- [x] Done ✅ 2026-11-16\n';

describe('one-on-one new', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

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
    dir = makeTempWorkspace({}, 'one-on-one-new-');
    // Only the vault folder itself is made: its parent must exist (a mistyped path is said, not made).
    fs.mkdirSync(path.join(dir, 'notes'));
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

describe('one-on-one new: never loses a commitment (issue 10)', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  const FOUR_OPEN = '---\ndate: 2026-11-10\nstatus: held\nrotation: skill\n---\n## Commitments\n- [ ] One\n- [ ] Two ^two002\n- [/] Three\n- [ ] Four\n  - [ ] Four child\n- [x] Done ✅ 2026-11-09\n';
  for (const stub of [
    ['canceled', '---\ndate: 2026-11-17\nstatus: canceled\n---\nDana is out sick.\n'],
    ['rescheduled (moved_to not written yet)', '---\ndate: 2026-11-17\nstatus: rescheduled\nmoved_to: 2026-11-19\n---\nMoved.\n'],
  ]) {
    it(`carries the held note's open items across a short ${stub[0]} note, and leaves that note alone`, () => {
      dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-10.md': FOUR_OPEN, 'dana/2026-11-17.md': stub[1] });
      const { code, stdout, stderr } = run(['new', 'dana', '--date', '2026-11-24', '--now', '2026-11-20T12:00'], dir);
      assert.equal(code, 0, stderr);
      assert.equal(stdout, '1on1/dana/2026-11-24.md\n');
      assert.match(stderr, /5 items carried from 1on1\/dana\/2026-11-10\.md/);
      const created = fs.readFileSync(path.join(dir, '1on1/dana/2026-11-24.md'), 'utf8');
      for (const text of ['One', 'Two', 'Three', 'Four', 'Four child']) assert.match(created, new RegExp(`^\\s*- \\[[ /]\\] ${text}( \\^[a-z0-9]{6})?$`, 'm'), created);
      const marked = fs.readFileSync(path.join(dir, '1on1/dana/2026-11-10.md'), 'utf8');
      assert.equal(marked.match(/\[>\]/g)?.length, 5, marked);
      assert.equal(marked.replace(/\[>\]/g, '[ ]').replace(/ \^[a-z0-9]{6}$/gm, ''), FOUR_OPEN.replace('[/]', '[ ]').replace(' ^two002', ''));
      assert.equal(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-17.md'), 'utf8'), stub[1], 'the stub is untouched');
      // A second `new` for that date is a no-op.
      const before = snapshotTree(dir);
      const again = run(['new', 'dana', '--date', '2026-11-24', '--now', '2026-11-20T12:00'], dir);
      assert.equal(again.code, 0);
      assert.deepEqual(snapshotTree(dir), before);
    });
  }

  it('carries each item once when the canceled note copied some of them', () => {
    const canceled = '---\ndate: 2026-11-17\nstatus: canceled\n---\n## Action items from last time\n- [ ] Two ^two002\n- [ ] Five ^fiv005\n';
    dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-10.md': FOUR_OPEN, 'dana/2026-11-17.md': canceled });
    const { code, stderr } = run(['new', 'dana', '--date', '2026-11-24', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 0, stderr);
    const created = fs.readFileSync(path.join(dir, '1on1/dana/2026-11-24.md'), 'utf8');
    assert.equal(created.match(/\^two002/g)?.length, 1, created);
    for (const text of ['One', 'Three', 'Four', 'Four child']) assert.match(created, new RegExp(`- \\[[ /]\\] ${text} \\^`), created);
    assert.match(created, /\^fiv005/);
    assert.match(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-17.md'), 'utf8'), /- \[>\] Two \^two002\n- \[>\] Five \^fiv005/);
    assert.match(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-10.md'), 'utf8'), /^- \[ \] Two \^two002$/m, 'the older copy is not the live one: left as it was');
  });

  for (const [name, bytes] of [
    ['binary content', Buffer.from('---\ndate: 2026-11-17\nstatus: held\n---\n- [x] One\u0000\n')],
  ] as const) {
    it(`stops when the latest note cannot be read (${name}), and changes nothing`, () => {
      dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-10.md': FOUR_OPEN, 'dana/2026-11-17.md': bytes });
      const before = snapshotTree(dir);
      const { code, stdout, stderr } = run(['new', 'dana', '--now', '2026-11-20T12:00'], dir);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.equal(stderr, `one-on-one: 1on1/dana/2026-11-17.md cannot be read (${name}); fix or move it, then run new again\n`);
      assert.deepEqual(snapshotTree(dir), before);
    });
  }

  it('refuses a --date before a later held note, naming it', () => {
    dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-10.md': FOUR_OPEN, 'dana/2026-11-17.md': HELD });
    const before = snapshotTree(dir);
    const { code, stderr } = run(['new', 'dana', '--date', '2026-11-12', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /^one-on-one: 1on1\/dana\/2026-11-17\.md is a later meeting \(held\) than 2026-11-12.*\n$/);
    assert.deepEqual(snapshotTree(dir), before);
  });

  it('matches "Morgan Lee" to the series whose with: says it, and exits 2 when two could be meant', () => {
    const morgan = '---\nwith: Morgan Lee\ncadence: weekly\nday: monday\n---\n';
    dir = tempVault({ 'morgan/profile.md': morgan });
    const { code, stdout, stderr } = run(['new', 'morgan lee', '--date', '2026-11-23', '--today', '2026-11-20'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '1on1/morgan/2026-11-23.md\n');
    assert.ok(!fs.existsSync(path.join(dir, '1on1/morgan-lee')));
    fs.mkdirSync(path.join(dir, '1on1/morgan-lee'));
    fs.writeFileSync(path.join(dir, '1on1/morgan-lee/2026-11-02.md'), '---\ndate: 2026-11-02\nstatus: held\n---\n');
    const before = snapshotTree(dir);
    const ambiguous = run(['new', 'Morgan Lee', '--date', '2026-11-30', '--today', '2026-11-20'], dir);
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /morgan or morgan-lee/);
    assert.deepEqual(snapshotTree(dir), before);
  });

  it('refuses a template whose front matter is not YAML, naming it, and writes nothing', () => {
    dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-17.md': HELD, 'template.md': '---\nwith: {{person}}\ndate: {{date}}\ntags: [unclosed\n---\n## Notes\n' });
    const before = snapshotTree(dir);
    const { code, stderr } = run(['new', 'dana', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /^one-on-one: 1on1\/template\.md makes a note whose front matter does not parse \(.+\); fix the template, then run new again\n$/);
    assert.deepEqual(snapshotTree(dir), before);
  });

  it('refuses a template that makes a note without front matter date of its day', () => {
    dir = tempVault({ 'dana/profile.md': PROFILE, 'dana/2026-11-17.md': HELD, 'dana/template.md': '---\ndate: 2026-01-01\n---\n## Notes\n' });
    const { code, stderr } = run(['new', 'dana', '--now', '2026-11-20T12:00'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /1on1\/dana\/template\.md makes a note dated 2026-01-01, not 2026-11-24/);
  });

  it('a monthly series hears of the manager topic a month ahead', () => {
    const monthly = '---\nwith: Avery Stone\nrole: manager\ncadence: monthly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-08\n---\n';
    dir = tempVault({ 'avery/profile.md': monthly, 'avery/2026-10-13.md': '---\ndate: 2026-10-13\nstatus: held\nrotation: skill\n---\n## Notes\n' });
    const { code, stdout, stderr } = run(['new', 'avery', '--now', '2026-11-05T12:00'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '1on1/avery/2026-11-10.md\n');
    const created = fs.readFileSync(path.join(dir, stdout.trim()), 'utf8');
    assert.match(created, /^rotation: personal$/m);
    assert.match(created, /^- Heads-up: on Tue 8 Dec 2026 the rotating topic is yours/m);
  });

  it('names the dropped commitments it does not carry', () => {
    dir = tempVault({
      'dana/profile.md': PROFILE,
      'dana/2026-10-06.md': '---\ndate: 2026-10-06\nstatus: held\n---\n## Commitments\n- [ ] Send the deck\n',
      'dana/2026-10-13.md': '---\ndate: 2026-10-13\nstatus: held\n---\n## Commitments\n- [ ] Book the room\n',
    });
    const { code, stderr } = run(['new', 'dana', '--date', '2026-10-20', '--now', '2026-10-14T12:00'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stderr.split('\n')[1], '1 dropped commitment was not carried (see `one-on-one check`): "Send the deck" in 2026-10-06.md');
    assert.doesNotMatch(fs.readFileSync(path.join(dir, '1on1/dana/2026-10-20.md'), 'utf8'), /Send the deck/);
  });
});

// Issue 12: "a new agenda written for a meeting a week away shows no squiggle until its deadline
// nears" (SPEC §8, empty-section): the example vault's three people and a new person's first note.
describe('new agendas stay quiet until they are due', () => {
  let dir: string;
  afterEach(() => removeTree(dir));

  const emptySections = (now: string) =>
    (JSON.parse(run(['check', '1on1', '--format', 'json', '--now', now], dir).stdout) as { file: string; rule: string; message: string }[])
      .filter((f) => f.rule === 'empty-section')
      .map((f) => `${f.file} ${/"([^"]+)"/.exec(f.message)![1]}`);

  it('no empty-section on fresh agendas before the deadline; then never on what the meeting writes or has nothing to carry', () => {
    dir = makeTempWorkspace({});
    fs.cpSync(path.join(REPO_ROOT, 'examples/vault/1on1'), path.join(dir, '1on1'), { recursive: true });
    // A new person: a profile and no note yet. Role manager, Mondays: the deadline is Friday 17:00.
    fs.mkdirSync(path.join(dir, '1on1/lee'));
    fs.writeFileSync(path.join(dir, '1on1/lee/profile.md'), '---\nwith: Lee Park\nrole: manager\ncadence: weekly\nday: monday\ntime: "11:00"\nsince: 2026-11-30\n---\n');
    const before = emptySections('2026-11-24T12:00');
    const made = ['dana', 'sam', 'priya', 'lee'].map((who) => {
      const { code, stdout, stderr } = run(['new', who, '--now', '2026-11-24T12:00'], dir);
      assert.equal(code, 0, stderr);
      return stdout.trim();
    });
    // Dana's next meeting is Wed 25 Nov (the example's calendar moved it from Tue 24 Nov): its agenda is the 24 Nov note, opened, not written again.
    assert.deepEqual(made, ['1on1/dana/2026-11-24.md', '1on1/sam/2026-11-26.md', '1on1/priya/2026-11-30.md', '1on1/lee/2026-11-30.md']);
    assert.deepEqual(emptySections('2026-11-24T12:00'), before, 'the new agendas add nothing');
    // Lee's first note once Friday's deadline is less than 24 h away: what is to be written before the meeting, only.
    const lee = emptySections('2026-11-26T17:01').filter((f) => f.startsWith('1on1/lee/')).map((f) => f.slice('1on1/lee/2026-11-30.md '.length));
    assert.deepEqual(lee, ['Roadblocks', 'Top 3 priorities', 'One thing you should know', 'What is unclear', 'Rotating topic: Goals, metrics, OKRs']);
  });
});
