import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, runCliCaptured as run } from '../helpers/cliRun';
import { tempFoldersForSuite } from '../helpers/tempVault';

const { workspace: tempDir } = tempFoldersForSuite('one-on-one-share-');

const NOTE = ['---', 'with: Dana  # my manager', 'date: 2026-11-24', '---', '# 1x1 with Dana', '', '## Commitments', '- [ ] Ship it 📅 2026-11-28 ^ship1', '', '## Private', 'secret', ''].join('\r\n');

describe('one-on-one share', () => {
  it('prints the shareable agenda of the example vault note and writes nothing', () => {
    const file = path.join(REPO_ROOT, 'examples/vault/1on1/dana/2026-11-24.md');
    const before = fs.readFileSync(file, 'utf8');
    const { code, stdout, stderr } = run(['share', 'examples/vault/1on1/dana/2026-11-24.md']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.ok(stdout.startsWith('# 1x1 with Dana — Tue 24 Nov 2026\n\n## Action items from last time\n- [ ] Write up the pricing experiment results — due Fri 27 Nov\n'), stdout);
    assert.ok(stdout.endsWith('Worth a word from you.\n'), 'the empty sections are left out: ' + stdout);
    assert.ok(stdout.includes('- [ ] Confirm the Q1 headcount decision — Dana, due Fri 27 Nov\n'), stdout);
    assert.ok(!/\^[a-z0-9]+$|Private|team-lead|status:/m.test(stdout), stdout);
    assert.equal(fs.readFileSync(file, 'utf8'), before, 'the note is not stamped');
  });

  it('prints LF text from a CRLF note and does not stamp shared:', () => {
    const dir = tempDir({ '1on1/dana/2026-11-24.md': NOTE });
    const { code, stdout } = run(['share', '1on1/dana/2026-11-24.md'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, '# 1x1 with Dana\n\n## Commitments\n- [ ] Ship it — due Sat 28 Nov\n');
    assert.equal(fs.readFileSync(path.join(dir, '1on1/dana/2026-11-24.md'), 'utf8'), NOTE);
  });

  it("reads the profile's aliases as the person's handles (SPEC §10)", () => {
    const dir = tempDir({ '1on1/dana/profile.md': '---\nwith: Dana Whitfield\naliases: [dw]\n---\n', '1on1/dana/2026-11-24.md': '## Commitments\n- [ ] Confirm headcount @DW\n' });
    const { code, stdout } = run(['share', '1on1/dana/2026-11-24.md'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, '## Commitments\n- [ ] Confirm headcount — Dana\n');
  });

  it("leaves out the private section the workspace's settings define", () => {
    const settings = JSON.stringify({ 'oneOnOne.sections': [{ key: 'notes', title: 'Notes' }, { key: 'private', title: 'Only me' }] });
    const dir = tempDir({ '.vscode/settings.json': settings, '1on1/dana/2026-11-24.md': '## Notes\nshared\n## Only me\nhidden\n' });
    const { code, stdout } = run(['share', path.join(dir, '1on1/dana/2026-11-24.md')]);
    assert.equal(code, 0);
    assert.equal(stdout, '## Notes\nshared\n');
  });

  it('a missing file, a profile, a non-Markdown file and a Markdown file that is no meeting note: exit 2, the reason on stderr', () => {
    const dir = tempDir({
      '1on1/dana/profile.md': '---\nwith: Dana\n---\n',
      '1on1/dana/notes.txt': 'text',
      'README.md': '# Readme\n',
      '1on1/dana/agenda.md': '---\ntype: 1x1\nwith: Dana\n---\n## Notes\nx\n',
    });
    const cases: [string, RegExp][] = [
      ['1on1/dana/2030-01-01.md', /1on1\/dana\/2030-01-01\.md: no such file/],
      ['1on1/dana/profile.md', /a profile, not a meeting note/],
      ['1on1/dana/notes.txt', /not a Markdown note/],
      ['README.md', /not a 1x1 meeting note/],
    ];
    for (const [file, message] of cases) {
      const { code, stdout, stderr } = run(['share', file], dir);
      assert.equal(code, 2, file);
      assert.equal(stdout, '', file);
      assert.match(stderr, message, file);
    }
    assert.equal(run(['share', '1on1/dana/agenda.md'], dir).code, 0, 'a note anywhere with type: 1x1 is shared');
  });

  it('a note with nothing to share prints nothing and says so; bad usage is exit 2', () => {
    const dir = tempDir({ '1on1/dana/2026-11-24.md': '---\ndate: 2026-11-24\n---\n' });
    const empty = run(['share', '1on1/dana/2026-11-24.md'], dir);
    assert.deepEqual([empty.code, empty.stdout], [0, '']);
    assert.match(empty.stderr, /the agenda has nothing written in it yet/);
    assert.equal(run(['share'], dir).code, 2);
    assert.equal(run(['share', 'a.md', 'b.md'], dir).code, 2);
  });

  it("writes for a person: the series' handle as the profile's first name, other handles as names, dates in words — the year with --today when the note has no date", () => {
    const dir = tempDir({
      '1on1/sam/profile.md': '---\nwith: Samuel Okafor\n---\n',
      '1on1/sam/agenda.md': ['---', 'type: 1x1', '---', '## Commitments', '- [ ] Review the runbook 📅 2027-01-08 @sam', '- [ ] Pair with @zoe `@sam 📅 2027-01-08`', '', '## What is unclear', '', ''].join('\n'),
    });
    const { code, stdout } = run(['share', '1on1/sam/agenda.md', '--today', '2026-12-20'], dir);
    assert.equal(code, 0);
    assert.equal(stdout, '## Commitments\n- [ ] Review the runbook — Samuel, due Fri 8 Jan 2027\n- [ ] Pair with Zoe `@sam 📅 2027-01-08`\n');
  });

  it('is in the usage text', () => {
    assert.match(run(['--help']).stdout, /^ {2}share <note> +print the agenda to share/m);
  });
});
