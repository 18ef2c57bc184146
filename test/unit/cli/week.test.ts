import { strict as assert } from 'node:assert';
import { runCliCaptured as run } from '../helpers/cliRun';
import { tempFoldersForSuite } from '../helpers/tempVault';

const EXAMPLE = 'examples/vault/1on1';
const NOW = ['--now', '2026-11-23T17:30'];

/*
 * examples/vault on Mon 23 Nov 2026 17:30, the next seven days (to Sun 29 Nov):
 * - Dana (my manager) Wed 25 Nov 10:00 — the example's calendar moved the meeting from Tue 24 Nov,
 *   whose note is its agenda: written (rotation manager) and not shared, due Tue 24 Nov 17:00,
 *   less than 24 h ahead; I owe 5 open items, 2 overdue (onboarding guide due
 *   21 Nov, vendor comparison due 20 Nov); she owes 1 (headcount, @dana, due 27 Nov); the pricing
 *   write-up is carried 3× → stale.
 * - Sam (reports to me) Thu 26 Nov 15:00: no note yet, but 69.5 h away (not < 48 h); he owes 3
 *   (INC-2291 write-up due 19 Nov overdue), I owe 1; the on-call shadowing is carried 2× → stale;
 *   the agenda would take `business`, after 12 Nov's `manager`.
 * - Priya's next meeting is Mon 30 Nov: outside the window.
 */
describe('one-on-one week', () => {
  const folders = tempFoldersForSuite('one-on-one-week-');
  it('--format json: exactly the shape of SPEC §11, on the example vault', () => {
    const { code, stdout, stderr } = run(['week', EXAMPLE, '--format', 'json', ...NOW]);
    assert.equal(code, 0, stderr);
    const week = JSON.parse(stdout);
    assert.deepEqual(Object.keys(week), ['generated', 'from', 'to', 'meetings']);
    assert.deepEqual([week.generated, week.from, week.to], ['2026-11-23T17:30', '2026-11-23', '2026-11-29']);
    assert.deepEqual(week.meetings, [
      {
        series: 'dana',
        name: 'Dana Whitfield',
        role: 'manager',
        date: '2026-11-25',
        time: '10:00',
        note: '1on1/dana/2026-11-24.md',
        status: 'planned',
        shareBy: '2026-11-24T17:00',
        shared: null,
        mine: { open: 5, overdue: 2 },
        theirs: { open: 1, overdue: 0 },
        stale: 1,
        rotation: 'manager',
        attention: ['not-shared', 'overdue-mine', 'stale', 'manager-topic'],
      },
      {
        series: 'sam',
        name: 'Sam Okafor',
        role: 'report',
        date: '2026-11-26',
        time: '15:00',
        note: null,
        status: 'planned',
        shareBy: null,
        shared: null,
        mine: { open: 1, overdue: 0 },
        theirs: { open: 3, overdue: 1 },
        stale: 1,
        rotation: 'business',
        attention: ['overdue-theirs', 'stale'],
      },
    ]);
  });

  it('--days 8 reaches Priya on Mon 30 Nov; an earlier clock on Sam\'s Thursday gives no-agenda', () => {
    const eight = JSON.parse(run(['week', EXAMPLE, '--format', 'json', '--days', '8', ...NOW]).stdout);
    assert.deepEqual(eight.meetings.map((m: { series: string }) => m.series), ['dana', 'sam', 'priya']);
    assert.equal(eight.to, '2026-11-30');
    const later = JSON.parse(run(['week', EXAMPLE, '--format', 'json', '--now', '2026-11-24T15:01']).stdout);
    const sam = later.meetings.find((m: { series: string }) => m.series === 'sam');
    assert.deepEqual(sam.attention, ['no-agenda', 'overdue-theirs', 'stale']);
  });

  it('text: one block per meeting, those needing attention first, the codes in words', () => {
    const { code, stdout } = run(['week', EXAMPLE, ...NOW]);
    assert.equal(code, 0);
    const blocks = stdout.trimEnd().split('\n\n');
    assert.equal(blocks[0], '2 1x1s from Mon 23 Nov to Sun 29 Nov, 2 needing attention:');
    assert.match(blocks[1], /^Wed 25 Nov 10:00 {2}Dana Whitfield \(dana\) — my manager\n {2}! agenda not shared\n {2}! I owe something overdue \(2\)\n/);
    assert.match(blocks[1], /\n {2}agenda: 1on1\/dana\/2026-11-24\.md \(planned, not shared\) — share by Tue 24 Nov 17:00\n/);
    assert.match(blocks[2], /^Thu 26 Nov 15:00 {2}Sam Okafor \(sam\) — reports to me\n {2}! they owe something overdue \(1\)\n/);
    assert.match(blocks[2], /\n {2}I owe: 1 open, 0 overdue · they owe: 3 open, 1 overdue · stale: 1$/);
  });

  it('text: a meeting without attention comes after those with, even when earlier', () => {
    const note = (who: string, date: string, status: string, extra: string[]) =>
      ['---', `with: ${who}`, `date: ${date}`, `status: ${status}`, 'rotation: skill', 'shared: 2026-11-29T12:00', '---', '## Commitments', ...extra, ''].join('\n');
    const vault = folders.vault({
      'dana/profile.md': '---\nwith: Dana Whitfield\nrole: manager\ncadence: weekly\nday: tuesday\ntime: "10:00"\n---\n',
      'dana/2026-11-24.md': note('Dana Whitfield', '2026-11-24', 'held', []),
      'dana/2026-12-01.md': note('Dana Whitfield', '2026-12-01', 'planned', []),
      'sam/profile.md': '---\nwith: Sam Okafor\nrole: report\ncadence: weekly\nday: thursday\ntime: "15:00"\n---\n',
      'sam/2026-11-26.md': note('Sam Okafor', '2026-11-26', 'held', ['- [ ] Write the incident review 📅 2026-11-27 @Sam']),
      'sam/2026-12-03.md': note('Sam Okafor', '2026-12-03', 'planned', []),
    });
    const { code, stdout } = run(['week', '1on1', '--now', '2026-11-30T09:00'], vault);
    assert.equal(code, 0);
    const heads = stdout.split('\n').filter((line) => /^\w{3} \d/.test(line));
    assert.deepEqual(heads, ['Thu 3 Dec 15:00  Sam Okafor (sam) — reports to me', 'Tue 1 Dec 10:00  Dana Whitfield (dana) — my manager']);
    const json = JSON.parse(run(['week', '1on1', '--format', 'json', '--now', '2026-11-30T09:00'], vault).stdout);
    assert.deepEqual(json.meetings.map((m: { series: string }) => m.series), ['dana', 'sam'], 'JSON: earliest first');
  });

  it('text: the last meeting\'s priorities with the weeks each has stood (SPEC §13), one line; never in the JSON', () => {
    const note = (date: string, status: string, priorities: string[]) =>
      ['---', 'with: Dana Whitfield', `date: ${date}`, `status: ${status}`, 'shared: 2026-11-01T12:00', '---', '## Top 3 priorities', ...priorities, ''].join('\n');
    const vault = folders.vault({
      'dana/profile.md': '---\nwith: Dana Whitfield\nrole: manager\ncadence: weekly\nday: tuesday\ntime: "10:00"\n---\n',
      'dana/2026-11-03.md': note('2026-11-03', 'held', ['1. Partitioning, phase 2']),
      'dana/2026-11-10.md': note('2026-11-10', 'canceled', []),
      'dana/2026-11-17.md': note('2026-11-17', 'held', ['1. Partitioning, phase 2', '2. Hiring plan']),
      'dana/2026-11-24.md': note('2026-11-24', 'planned', ['1. Not held yet']),
    });
    const { code, stdout } = run(['week', '1on1', '--now', '2026-11-23T09:00'], vault);
    assert.equal(code, 0);
    // 3 → 17 Nov, 14 days: 3 weeks (the canceled 10 Nov does not break it).
    assert.match(stdout, /\n  priorities: Partitioning, phase 2 \(3 weeks\); Hiring plan \(1 week\)\n/);
    const json = run(['week', '1on1', '--format', 'json', '--now', '2026-11-23T09:00'], vault).stdout;
    assert.doesNotMatch(json, /priorit|Partitioning/i);
  });

  it('an empty window says so', () => {
    const { code, stdout } = run(['week', EXAMPLE, '--days', '1', '--now', '2026-11-27T09:00']);
    assert.equal(code, 0);
    assert.equal(stdout, 'No 1x1 from Fri 27 Nov to Fri 27 Nov.\n');
  });

  for (const bad of ['0', '-1', '1.5', 'seven', '367', ''])
    it(`--days ${JSON.stringify(bad)}: exit 2 with one line`, () => {
      const { code, stdout, stderr } = run(['week', EXAMPLE, `--days=${bad}`, ...NOW]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
      assert.match(stderr, /^one-on-one: --days /);
    });

  it('takes no option of another command; is in --help', () => {
    assert.equal(run(['week', EXAMPLE, '--date', '2026-11-24']).code, 2);
    const help = run(['--help']).stdout;
    assert.match(help, /\n {2}week \[folder\] /);
    assert.match(help, /\n {2}brief <series> \[folder\] /);
    assert.match(help, /--days N/);
  });
});
