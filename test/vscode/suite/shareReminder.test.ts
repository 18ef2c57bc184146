import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ShareReminder } from '../../../src/core/views/shareReminder';
import { api, waitFor } from './helpers';
import { readDisk, removeNotes, writeNotes } from './runtimeNotes';

// The runner pins ONE_ON_ONE_NOW=2026-11-23T17:30: with a pinned clock the reminder never runs by
// itself, so this suite asks it at moments it chooses. Rhea (role manager) meets Wednesdays at
// 10:00: the agenda of Wed 25 Nov is due Tue 24 Nov 17:00, that of Wed 2 Dec on Tue 1 Dec 17:00.
const FOLDER = '1on1/zz-reminder';
const PROFILE = ['---', 'with: Rhea Reminder', 'role: manager', 'cadence: weekly', 'day: wednesday', 'time: "10:00"', 'since: 2026-11-04', '---', ''].join('\n');
const agenda = (date: string) => ['---', 'with: Rhea Reminder', `date: ${date}`, 'status: planned', '---', `# 1x1 with Rhea — ${date}`, '', '## Top 3 priorities', '1. Ship the importer', ''].join('\n');

describe('Share reminder', () => {
  let probe: Awaited<ReturnType<typeof api>>['shareReminder'];
  const shown: string[] = [];
  let answer: string | undefined;

  before(async () => {
    probe = (await api()).shareReminder;
    await writeNotes(FOLDER, { 'profile.md': PROFILE, '2026-11-25.md': agenda('2026-11-25'), '2026-12-02.md': agenda('2026-12-02') });
    probe.show = async (message) => {
      shown.push(message);
      return answer;
    };
  });

  after(() => removeNotes(FOLDER));

  const keys = (found: ShareReminder[]) => found.map((r) => r.key);

  it('never reminds by itself while the clock is pinned', () => {
    assert.deepStrictEqual(probe.reminded(), []);
  });

  it('reminds once within the hour before the deadline, and only once for that meeting', async () => {
    assert.deepStrictEqual(keys(await probe.check({ date: '2026-11-24', time: '15:59' })), [], '61 minutes before: not yet');
    // The example vault's Dana too: her calendar moved the 24 Nov meeting to Wed 25 Nov (SPEC §12), so its deadline is now as well.
    const both = ['1on1/dana/2026-11-24.md@2026-11-25', `${FOLDER}/2026-11-25.md@2026-11-25`];
    assert.deepStrictEqual(keys(await probe.check({ date: '2026-11-24', time: '16:30' })), both);
    assert.deepStrictEqual(keys(await probe.check({ date: '2026-11-24', time: '16:45' })), [], 'not twice');
    await waitFor(() => shown.length === 2, 'the notifications');
    assert.ok(shown.includes('1x1: the agenda for your 1x1 with Rhea Reminder on Wed 25 Nov is not shared yet — share it by 17:00 today (30 minutes left).'), shown.join('\n'));
    assert.deepStrictEqual(probe.reminded(), both, 'remembered in the workspace state');
  });

  it('"Share now" shares that agenda (stamps shared:)', async () => {
    answer = 'Share now';
    assert.deepStrictEqual(keys(await probe.check({ date: '2026-12-01', time: '16:10' })), [`${FOLDER}/2026-12-02.md@2026-12-02`]);
    await waitFor(async () => /^shared: /m.test(await readDisk(`${FOLDER}/2026-12-02.md`)), 'the agenda stamped shared:');
    assert.strictEqual(shown.length, 3);
    assert.match(await vscode.env.clipboard.readText(), /Ship the importer/);
  });
});
