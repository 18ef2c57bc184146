import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCliCaptured as run } from '../helpers/cliRun';
import { hashTree, tempFoldersForSuite } from '../helpers/tempVault';

const { vault: tempVault } = tempFoldersForSuite('one-on-one-cli-');

const CLEAN_NOTE = `---
with: Dana
date: 2026-11-17
status: held
---
## Action items from last time
- [x] Done thing ✅ 2026-11-16
## Roadblocks
None.
## Top 3 priorities
1. One
## One thing you should know
Nothing.
## What is unclear
Nothing.
## Rotating topic: Skill development
Talked.
## Commitments
- [ ] Ship it 📅 2026-11-30
`;

describe('one-on-one CLI', () => {
  it('check prints path:line:column: severity rule-id message, paths relative to the folder parent', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE.replace('## Roadblocks\nNone.\n', '') });
    const { code, stdout } = run(['check', path.join(dir, '1on1'), '--today', '2026-11-20']);
    assert.equal(code, 0);
    assert.equal(stdout, '1on1/dana/2026-11-17.md:6:1: warning missing-section Section "Roadblocks" is missing. Add a "## Roadblocks" heading.\n');
  });

  it('check --format json prints one array with the documented shape', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE.replace('📅 2026-11-30', '📅 2026-11-31') });
    const { code, stdout } = run(['check', '1on1', '--format', 'json', '--today', '2026-11-20'], dir);
    assert.equal(code, 1, 'an invalid date is an error');
    const all = JSON.parse(stdout);
    assert.ok(Array.isArray(all));
    // The item lost its due date too, so missing-due-date (info) joins the invalid-date error.
    assert.deepEqual(all.map((f: { rule: string }) => f.rule).sort(), ['invalid-date', 'missing-due-date']);
    for (const f of all) assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
    const findings = all.filter((f: { rule: string }) => f.rule === 'invalid-date');
    assert.equal(findings[0].rule, 'invalid-date');
    assert.equal(findings[0].severity, 'error');
    assert.equal(findings[0].file, '1on1/dana/2026-11-17.md');
    assert.equal(findings[0].line, 19);
    const line = CLEAN_NOTE.split('\n')[18];
    assert.equal(findings[0].column, line.indexOf('2026-11-30') + 1);
    assert.equal(findings[0].endColumn, line.indexOf('2026-11-30') + 11);
  });

  it('exit codes: 0 clean, 1 errors or too many warnings, 2 bad usage', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE });
    assert.equal(run(['check', '1on1', '--today', '2026-11-20'], dir).code, 0);
    const warned = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE.replace('## Roadblocks\nNone.\n', '') });
    assert.equal(run(['check', '1on1', '--today', '2026-11-20', '--max-warnings', '0'], warned).code, 1);
    assert.equal(run(['check', '1on1', '--today', '2026-11-20', '--max-warnings', '1'], warned).code, 0);
    assert.equal(run(['check', '1on1', '--today', '2026-02-30'], dir).code, 2);
    assert.equal(run(['check', '1on1', '--now', '2026-11-20T25:00'], dir).code, 2);
    assert.equal(run(['check', '1on1', '--bogus'], dir).code, 2);
    assert.equal(run(['frobnicate'], dir).code, 2);
    assert.equal(run([], dir).code, 2);
  });

  it('check on a folder that does not exist: a clear message and exit 2', () => {
    const { code, stderr } = run(['check', 'no/such/folder']);
    assert.equal(code, 2);
    assert.match(stderr, /folder no\/such\/folder does not exist/);
  });

  it('the clock: --now beats --today beats ONE_ON_ONE_NOW', () => {
    const dir = tempVault({ 'dana/2026-11-24.md': CLEAN_NOTE.replace('2026-11-17', '2026-11-24').replace('status: held', 'status: planned') });
    const at = (args: string[], env: Record<string, string> = {}) => JSON.parse(run(['check', '1on1', '--format', 'json', ...args], dir, env).stdout).map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    assert.deepEqual(at(['--now', '2026-11-23T17:30']), ['agenda-not-shared:warning']);
    assert.deepEqual(at(['--now', '2026-11-23T09:00']), ['agenda-not-shared:info']);
    assert.deepEqual(at([], { ONE_ON_ONE_NOW: '2026-11-23T17:30' }), ['agenda-not-shared:warning']);
    assert.deepEqual(at(['--today', '2026-11-20'], { ONE_ON_ONE_NOW: '2026-11-23T17:30' }), []);
  });

  it('skips binary and huge files with a notice, and reads CRLF, BOM and broken notes without crashing', () => {
    const dir = tempVault({
      'dana/2026-11-17.md': CLEAN_NOTE,
      'dana/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]),
      'dana/huge.md': Buffer.alloc(10 * 1024 * 1024, 'a'),
      'dana/2026-11-10.md': '\uFEFF' + CLEAN_NOTE.replace(/2026-11-17/g, '2026-11-10').replace(/\n/g, '\r\n'),
      'dana/2026-02-30.md': '## Notes\n',
      'dana/empty.md': '',
      'dana/broken.md': '---\nwith: [unclosed\n---\n',
      'dana/picture.png': Buffer.from([0x89, 0x50]),
    });
    const { code, stdout, stderr } = run(['check', '1on1', '--today', '2026-11-20'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /1on1\/dana\/binary\.md: skipped: binary content/);
    assert.match(stderr, /1on1\/dana\/huge\.md: skipped: 10\.0 MB is over the 5\.0 MB limit/);
    assert.match(stdout, /1on1\/dana\/2026-02-30\.md:1:1: error invalid-front-matter The file name's date 2026-02-30 does not exist/);
    assert.match(stdout, /1on1\/dana\/empty\.md:1:1: error invalid-front-matter This note has no meeting date/);
    assert.match(stdout, /1on1\/dana\/broken\.md:2:1: error invalid-front-matter Front matter is not valid YAML/);
    assert.doesNotMatch(stdout, /2026-11-10\.md/, 'the CRLF + BOM copy of a clean note is clean');
  });

  it('check never writes to the vault', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE, 'dana/2026-11-24.md': CLEAN_NOTE.replace('2026-11-17', '2026-11-24').replace('held', 'planned') });
    const before = hashTree(dir);
    run(['check', '1on1', '--now', '2026-11-30T12:00'], dir);
    run(['check', '1on1', '--format', 'json'], dir);
    run(['list', '1on1'], dir);
    assert.equal(hashTree(dir), before);
  });

  it('inspect --format json keeps its shape with a bad date, and the text output shows the problem', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE.replace('📅 2026-11-30', '📅 2026-11-31') });
    const json = run(['inspect', '1on1/dana/2026-11-17.md', '--format', 'json'], dir);
    assert.deepEqual(Object.keys(JSON.parse(json.stdout)[0]).sort(), ['file', 'frontMatter', 'headings', 'items', 'sections']);
    const text = run(['inspect', '1on1/dana/2026-11-17.md'], dir);
    assert.match(text.stdout, /problem 19:\d+: "2026-11-31" is not a real due date/);
  });

  it('inspect --format json shows what the parser sees, 1-based', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE });
    const { code, stdout } = run(['inspect', '1on1/dana/2026-11-17.md', '--format', 'json'], dir);
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout);
    assert.deepEqual(Object.keys(file).sort(), ['file', 'frontMatter', 'headings', 'items', 'sections']);
    assert.equal(file.file, '1on1/dana/2026-11-17.md');
    assert.deepEqual(file.frontMatter, { with: 'Dana', date: '2026-11-17', status: 'held' });
    assert.deepEqual(file.headings[0], { line: 6, level: 2, text: 'Action items from last time' });
    assert.deepEqual(file.sections[0], { key: 'action-items', title: 'Action items from last time', line: 6, endLine: 7 });
    assert.deepEqual(file.items, [
      { line: 7, column: 1, marker: 'x', state: 'done', text: 'Done thing', due: null, done: '2026-11-16', owner: null, id: null },
      { line: 19, column: 1, marker: ' ', state: 'open', text: 'Ship it', due: '2026-11-30', done: null, owner: null, id: null },
    ]);
  });

  it('list shows the next meeting and the open commitments', () => {
    const dir = tempVault({
      'dana/profile.md': '---\nwith: Dana Whitfield\nrole: manager\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01\n---\n',
      'dana/2026-11-17.md': CLEAN_NOTE,
    });
    const { code, stdout } = run(['list', '1on1', '--format', 'json', '--today', '2026-11-20'], dir);
    assert.equal(code, 0);
    const [dana] = JSON.parse(stdout);
    assert.equal(dana.name, 'Dana Whitfield');
    assert.equal(dana.cadence, 'weekly');
    assert.equal(dana.cadenceInferred, false);
    assert.equal(dana.nextMeeting, '2026-11-24');
    assert.deepEqual(dana.lastMeetings, [{ date: '2026-11-17', status: 'held', file: '1on1/dana/2026-11-17.md' }]);
    assert.equal(dana.openCommitments.length, 1);
    assert.equal(dana.openCommitments[0].text, 'Ship it');
  });

  it('list: the next meeting is the one still to come at --now (a meeting earlier today is over)', () => {
    const dir = tempVault({
      'dana/profile.md': '---\nwith: Dana Whitfield\nrole: manager\ncadence: weekly\nday: monday\ntime: "10:00"\nsince: 2026-09-07\n---\n',
      'dana/2026-11-16.md': CLEAN_NOTE,
    });
    const next = (now: string) => JSON.parse(run(['list', '1on1', '--format', 'json', '--now', now], dir).stdout)[0].nextMeeting;
    assert.equal(next('2026-11-23T09:59'), '2026-11-23');
    assert.equal(next('2026-11-23T10:00'), '2026-11-30');
  });

  it('reports every rule on the example vault', function () {
    const vault = path.join(REPO_ROOT, 'examples/vault/1on1');
    if (!fs.existsSync(vault)) this.skip();
    const { stdout } = run(['check', vault, '--format', 'json', '--now', '2026-11-23T17:30']);
    const rules = new Set(JSON.parse(stdout).map((f: { rule: string }) => f.rule));
    for (const id of ['invalid-front-matter', 'invalid-date', 'missing-section', 'empty-section', 'too-many-priorities', 'unranked-priorities', 'missing-due-date', 'overdue-commitment', 'stale-commitment', 'dropped-commitment', 'agenda-not-shared', 'status-not-updated', 'duplicate-meeting', 'recurring-topic'])
      assert.ok(rules.has(id), `${id} does not fire on the example vault`);
  });

  it('recurring-topic fires once on the example vault: Dana\'s roadblock of 3, 10 and 17 Nov, each written a little differently', function () {
    const vault = path.join(REPO_ROOT, 'examples/vault/1on1');
    if (!fs.existsSync(vault)) this.skip();
    const { stdout } = run(['check', vault, '--format', 'json', '--now', '2026-11-23T17:30']);
    const found = JSON.parse(stdout).filter((f: { rule: string }) => f.rule === 'recurring-topic');
    assert.deepEqual(
      found.map((f: { file: string; line: number; severity: string; message: string }) => [f.file, f.line, f.severity, f.message]),
      [['1on1/dana/2026-11-17.md', 16, 'info', '"Finance\'s final revenue numbers are late" raised in 3 meetings since 2026-11-03 — escalate it, decide it, or drop it.']],
    );
  });
});

describe('one-on-one CLI settings', () => {
  it('reads oneOnOne.* from .vscode/settings.json beside the vault, comments allowed', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE.replace('## Roadblocks\nNone.\n', '') });
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode/settings.json'), '{\n  // team rules\n  "oneOnOne.rules": { "missing-section": "error", },\n}\n');
    const { code, stdout } = run(['check', '1on1', '--today', '2026-11-20'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /: error missing-section /);
    fs.writeFileSync(path.join(dir, '.vscode/settings.json'), '{ "oneOnOne.rules": { "missing-section": "off" } }');
    assert.equal(run(['check', '1on1', '--today', '2026-11-20'], dir).stdout, '');
  });

  it('a broken settings file gives a warning and the defaults', () => {
    const dir = tempVault({ 'dana/2026-11-17.md': CLEAN_NOTE });
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode/settings.json'), '{ "oneOnOne.rules": ');
    const { code, stderr } = run(['check', '1on1', '--today', '2026-11-20'], dir);
    assert.equal(code, 0);
    assert.match(stderr, /settings\.json is not valid JSON/);
  });
});
