import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, unexpectedErrorLine } from '../../../src/cli/main';
import { settingsWarnings, withDefaults } from '../../../src/core/settings/settings';
import { runCliCaptured as run } from '../helpers/cliRun';
import { tempFoldersForSuite } from '../helpers/tempVault';

/** The CLI's surface (issue 10): a person's folder given for the vault, unknown flags, `--version`, unexpected errors, bad settings. */

const { vault: tempVault } = tempFoldersForSuite('one-on-one-surface-');

const NOTE = `---
with: Morgan
date: 2026-11-17
status: held
---
## Commitments
- [ ] Send the doc 📅 2026-11-18
`;

describe('CLI surface', () => {
  it('refuses a person\'s folder where the vault folder goes, for every command that takes one, in one line', () => {
    const dir = tempVault({ 'morgan/2026-11-17.md': NOTE, 'morgan/profile.md': '---\nwith: Morgan\n---\n' });
    for (const command of ['check', 'list', 'stats']) {
      const { code, stdout, stderr } = run([command, '1on1/morgan', '--today', '2026-11-20'], dir);
      assert.equal(code, 2, command);
      assert.equal(stdout, '');
      assert.equal(stderr, `one-on-one: 1on1/morgan is one person's folder; give the vault folder, e.g. \`one-on-one ${command} 1on1\`\n`);
    }
    const made = run(['new', 'morgan', '1on1/morgan', '--today', '2026-11-20'], dir);
    assert.equal(made.code, 2);
    assert.match(made.stderr, /1on1\/morgan is one person's folder; give the vault folder, e.g. `one-on-one new morgan 1on1`/);
    assert.equal(fs.existsSync(path.join(dir, '1on1/morgan/morgan')), false);
    // The vault itself, and a folder with only a profile, are read as before.
    assert.notEqual(run(['check', '1on1', '--today', '2026-11-20'], dir).code, 2);
    const profileOnly = tempVault({ 'ana/profile.md': '---\nwith: Ana\n---\n' });
    assert.equal(run(['check', '1on1/ana'], profileOnly).code, 2);
  });

  it('rejects --folder, which is no option of the spec', () => {
    const dir = tempVault({ 'morgan/2026-11-17.md': NOTE });
    const { code, stderr } = run(['check', '1on1', '--folder', 'nope'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /unknown option --folder/);
  });

  it('--version prints the version from package.json and exits 0', () => {
    const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as { version: string };
    assert.deepEqual(run(['--version'], os.tmpdir()), { code: 0, stdout: `${version}\n`, stderr: '' });
    assert.equal(run(['check', '--version'], os.tmpdir()).code, 0);
  });

  it('an unexpected error is one line naming the file or step, what happened and what to do; the stack only with ONE_ON_ONE_DEBUG=1', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/v/1on1/a.md'"), { code: 'EACCES', path: '/v/1on1/a.md' });
    assert.equal(unexpectedErrorLine(denied, 'new'), 'one-on-one: /v/1on1/a.md: permission denied (EACCES) — check its permissions');
    const bug = new TypeError('x is undefined');
    const line = unexpectedErrorLine(bug, 'check');
    assert.match(line, /^one-on-one: check: x is undefined — .*ONE_ON_ONE_DEBUG=1/);
    assert.doesNotMatch(line, /\n|^\s+at /m);
  });

  it('the stack of an unexpected error stays out of the output', () => {
    // A vault path that is a file inside: `stats` reading it is not what fails here; a throwing
    // `io.out` is the simplest unexpected error to provoke from outside.
    const dir = tempVault({ 'morgan/2026-11-17.md': NOTE });
    let stderr = '';
    const io = { out: () => { throw new Error('stdout closed'); }, err: (t: string) => (stderr += t), env: {}, cwd: dir };
    assert.equal(runCli(['list', '1on1', '--today', '2026-11-20'], io), 2);
    assert.equal(stderr, 'one-on-one: list: stdout closed — this is a bug in one-on-one; run again with ONE_ON_ONE_DEBUG=1 and report what it prints\n');
    stderr = '';
    runCli(['list', '1on1', '--today', '2026-11-20'], { ...io, env: { ONE_ON_ONE_DEBUG: '1' } });
    assert.match(stderr, /\n {4}at /);
  });
});

describe('settings validation', () => {
  it('drops a severity that is not off|hint|info|warning|error and an unknown rule id, with a warning naming the key and the allowed values', () => {
    const settings = withDefaults({ rules: { 'overdue-commitment': 'fatal', 'no-such-rule': 'error', 'missing-section': 'error' } } as never);
    assert.deepEqual(settings.rules, { 'missing-section': 'error' });
    const warnings = settingsWarnings({ rules: { 'overdue-commitment': 'fatal', 'no-such-rule': 'error', 'missing-section': 'error' } });
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /^oneOnOne\.rules\.overdue-commitment: "fatal" is not a severity \(off, hint, info, warning or error\); using the default, warning$/);
    assert.match(warnings[1], /^oneOnOne\.rules\.no-such-rule: there is no rule "no-such-rule"; the rules are invalid-front-matter, /);
  });

  it('a shareBy that is no real HH:MM, and settings of the wrong type, take their defaults with a warning', () => {
    for (const shareBy of ['25:00', '12:60', '9:00', 17]) {
      assert.equal(withDefaults({ shareBy } as never).shareBy, '17:00', String(shareBy));
      assert.equal(settingsWarnings({ shareBy }).length, 1, String(shareBy));
    }
    assert.equal(withDefaults({ shareBy: '23:59' }).shareBy, '23:59');
    assert.deepEqual(settingsWarnings({ shareBy: '00:00', staleAfterDays: 10, markCarried: false, dateStyle: 'dataview', me: 'Ana' }), []);
    const warnings = settingsWarnings({ staleAfterDays: '28', markCarried: 'yes', dateStyle: 'tasks', me: '', rules: 'strict', sections: [{ key: 'a' }] });
    assert.deepEqual(
      warnings.map((w) => w.split(':')[0]),
      ['oneOnOne.rules', 'oneOnOne.staleAfterDays', 'oneOnOne.me', 'oneOnOne.markCarried', 'oneOnOne.dateStyle', 'oneOnOne.sections'],
    );
  });

  it('the CLI prints each warning on stderr, and a "fatal" severity no longer passes --max-warnings 0', () => {
    const dir = tempVault({ 'morgan/2026-11-17.md': NOTE });
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode/settings.json'), '{ "oneOnOne.rules": { "overdue-commitment": "fatal" }, "oneOnOne.shareBy": "25:00" }');
    const { code, stdout, stderr } = run(['check', '1on1', '--today', '2026-11-20', '--max-warnings', '0'], dir);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout, /fatal/);
    assert.match(stdout, /: warning overdue-commitment /);
    assert.match(stderr, /^one-on-one: \.vscode\/settings\.json: oneOnOne\.rules\.overdue-commitment: "fatal" is not a severity/m);
    assert.match(stderr, /^one-on-one: \.vscode\/settings\.json: oneOnOne\.shareBy: "25:00" is not a time of day HH:MM from 00:00 to 23:59; using 17:00$/m);
  });
});
