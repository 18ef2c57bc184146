import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';
import { removeNotes, writeFile, writeNotes } from './runtimeNotes';

// Insights on the example vault (pinned now: Mon 23 Nov 2026, 17:30) and on a series written at
// run time, `1on1/zz-insights/`, whose figures change when one of its notes does.

const FOLDER = '1on1/zz-insights';
const CSP = /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[A-Za-z0-9+/=]{24}';">/;

const PROFILE = '---\nwith: Zed Insight\nrole: manager\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-11-10\n---\n';
// Shared 9 Nov 16:00, before the 17:00 deadline: on time. Raises "Draft the plan" and a done item.
const NOV_10 = '---\nwith: Zed Insight\ndate: 2026-11-10\nstatus: held\nshared: 2026-11-09T16:00\n---\n## Commitments\n- [>] Draft the plan 📅 2026-11-20 ^zz1\n- [x] Send the deck ✅ 2026-11-11\n';
// Never shared. "Draft the plan" carried once, open.
const NOV_17 = '---\nwith: Zed Insight\ndate: 2026-11-17\nstatus: held\n---\n## Action items from last time\n- [ ] Draft the plan 📅 2026-11-20 ^zz1\n';

function insightTabs(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('oneOnOne.insights'))
    .map((t) => t.label);
}

describe('Insights panel', () => {
  before(async () => {
    const { vault } = await api();
    await vault.ready();
    // With a note in the active editor, "Show Insights" from the palette shows that note's person.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeNotes(FOLDER);
  });

  it('opens for everyone: the panel, its CSP, a row per person', async () => {
    const { insights } = await api();
    const title = await vscode.commands.executeCommand<string>('oneOnOne.showInsights');
    assert.strictEqual(title, '1x1 Insights — everyone');
    await waitFor(() => insightTabs().includes('1x1 Insights — everyone'), 'the everyone tab');
    const html = insights.lastHtml()!;
    assert.match(html, CSP);
    assert.doesNotMatch(html, /<script/i);
    assert.ok(html.includes('<h1>1x1 Insights — everyone</h1>'));
    for (const name of ['Dana Whitfield', 'Priya Raman', 'Sam Okafor']) assert.ok(html.includes(`<th scope="row">${name}</th>`), name);
  });

  it("opens for one person (a Meetings view node or an id) with Dana's figures, counted by hand", async () => {
    const { insights } = await api();
    const title = await vscode.commands.executeCommand<string>('oneOnOne.showInsights', { series: 'dana' });
    assert.strictEqual(title, '1x1 Insights — Dana Whitfield');
    await waitFor(() => insightTabs().includes('1x1 Insights — Dana Whitfield'), "Dana's tab");
    const html = insights.lastHtml('dana')!;
    assert.match(html, CSP);
    // 18 notes: 15 held, 25 Aug canceled, 13 Oct rescheduled, 24 Nov planned.
    assert.ok(html.includes('<div class="value">15</div><div class="label">meetings held (1 canceled, 1 rescheduled, 1 planned)</div>'));
    // 15 held + 24 Nov (deadline 23 Nov 17:00 passed) = 16; 1 Sep and 24 Nov never shared → 14 / 16 = 87.5 → 88 %.
    assert.ok(html.includes('<div class="value">88 %</div><div class="label">agendas shared on time (14 of 16; 0 late, 2 never)</div>'));
    // 26 done, dp4wrk late (done 26 Aug, due 21 Aug) → 25 / 26 = 96.2 → 96 %.
    assert.ok(html.includes('<div class="value">96 %</div><div class="label">of done commitments done on time (25 of 26)</div>'));
    // Days to close: 0 ×5, 1 ×6, 2 ×3, … → the 13th and 14th of 26 are 2.
    assert.ok(html.includes('<div class="value">2 days</div>'));
    assert.ok(html.includes('Commitments: 35 in all — 25 done on time, 1 done late, 6 open, 3 canceled on purpose, 0 dropped silently'));
    assert.ok(html.includes('<tr><th scope="row">Oct 2026</th><td>4</td><td>0</td><td>1</td><td>0</td></tr>'));
    assert.ok(html.includes('<tr><td>Write up the pricing experiment results<div class="file">1on1/dana/2026-11-24.md:11</div></td><td class="nowrap">3×</td><td class="nowrap">Tue 3 Nov</td><td class="nowrap">Fri 27 Nov</td></tr>'));
    // Asking again (by id) reveals the same panel.
    await vscode.commands.executeCommand('oneOnOne.showInsights', 'dana');
    assert.strictEqual(insights.titles().filter((t) => t === '1x1 Insights — Dana Whitfield').length, 1);
    assert.strictEqual(insightTabs().filter((t) => t === '1x1 Insights — Dana Whitfield').length, 1);
  });

  it("from the palette with Sam's note open shows Sam; from the view's title bar still everyone", async () => {
    const { insights } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '1on1', 'sam', '2026-09-03.md'));
    assert.strictEqual(await vscode.commands.executeCommand<string>('oneOnOne.showInsights'), '1x1 Insights — Sam Okafor');
    assert.ok(insights.lastHtml('sam'));
    // The panel is the active editor now; the title bar's command is handed the focused row (Sam), and ignores it.
    await vscode.window.showTextDocument(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '1on1', 'sam', '2026-09-03.md'));
    assert.strictEqual(await vscode.commands.executeCommand<string>('oneOnOne.showInsightsForEveryone', { series: 'sam' }), '1x1 Insights — everyone');
  });

  it('follows the notes while open: a new series, then a commitment marked done', async () => {
    const { insights } = await api();
    await writeNotes(FOLDER, { 'profile.md': PROFILE, '2026-11-10.md': NOV_10, '2026-11-17.md': NOV_17 });
    await vscode.commands.executeCommand('oneOnOne.showInsights', 'zz-insights');
    const before = insights.lastHtml('zz-insights')!;
    assert.ok(before.includes('<h1>1x1 Insights — Zed Insight</h1>'));
    // 2 held; 10 Nov on time, 17 Nov never → 1 / 2 = 50 %.
    assert.ok(before.includes('<div class="value">50 %</div><div class="label">agendas shared on time (1 of 2; 0 late, 1 never)</div>'));
    // Send the deck: 10 → 11 Nov, 1 day; Draft the plan open, carried once.
    assert.ok(before.includes('<div class="value">100 %</div><div class="label">of done commitments done on time (1 of 1)</div>'));
    assert.ok(before.includes('<div class="value">1 day</div>'));
    assert.ok(before.includes('<tr><td>Draft the plan<div class="file">1on1/zz-insights/2026-11-17.md:7</div></td><td class="nowrap">1×</td><td class="nowrap">Tue 10 Nov</td><td class="nowrap">Fri 20 Nov</td></tr>'));
    // The everyone panel, open since the first test, has a row for the new person.
    await waitFor(() => insights.lastHtml()?.includes('<th scope="row">Zed Insight</th>'), 'the everyone panel to list the new series');

    await writeFile(`${FOLDER}/2026-11-17.md`, NOV_17.replace('- [ ] Draft the plan 📅 2026-11-20 ^zz1', '- [x] Draft the plan 📅 2026-11-20 ✅ 2026-11-18 ^zz1'));
    // Done 18 Nov ≤ due 20 Nov: 2 of 2 on time; days 1 and 10 → 18 Nov = 8 → median 4.5.
    const changed: string = await waitFor(() => {
      const html = insights.lastHtml('zz-insights');
      return html?.includes('(2 of 2)') ? html : '';
    }, 'the panel to show the commitment done');
    assert.ok(changed.includes('<div class="value">4.5 days</div>'));
    assert.ok(changed.includes('No open commitment has been carried'));
    assert.notStrictEqual(changed.match(/nonce-([^']+)'/)![1], before.match(/nonce-([^']+)'/)![1], 'a fresh nonce for each page');
  });

  it('forgets a panel once closed', async () => {
    const { insights } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => insights.titles().length === 0, 'the panels to be forgotten');
    assert.strictEqual(insights.lastHtml('dana'), undefined);
  });
});

describe('Insights panel: priorities over time (SPEC §13)', () => {
  const PRIORITIES = '1on1/zz-priorities';
  const held = (date: string, priorities: string[]) => `---\nwith: Pia Priority\ndate: ${date}\nstatus: held\n---\n## Top 3 priorities\n${priorities.join('\n')}\n`;

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeNotes(PRIORITIES);
  });

  it("shows one person's current priorities with their weeks, and the one that left without a word", async () => {
    const { insights } = await api();
    await writeNotes(PRIORITIES, {
      'profile.md': '---\nwith: Pia Priority\nrole: report\ncadence: weekly\nday: tuesday\ntime: "10:00"\n---\n',
      '2026-10-27.md': held('2026-10-27', ['1. Ship the importer', '2. Hire the SRE']),
      '2026-11-03.md': held('2026-11-03', ['1. Ship the importer', '2. Hire the SRE']),
      '2026-11-10.md': held('2026-11-10', ['1. Ship the importer', '2. Hire the SRE']),
      '2026-11-17.md': held('2026-11-17', ['1. Ship the importer', '2. Roadmap <draft>']),
    });
    await vscode.commands.executeCommand('oneOnOne.showInsights', 'zz-priorities');
    const html = insights.lastHtml('zz-priorities')!;
    assert.ok(html.includes('<h2>Priorities over time</h2>'));
    // Ship the importer: 27 Oct → 17 Nov, 21 days: 4 weeks. Hire the SRE: 27 Oct → 10 Nov, 3 weeks, gone on 17 Nov.
    assert.ok(html.includes('<li>Ship the importer <span class="weeks">4 weeks, since Tue 27 Oct</span></li>'), html);
    assert.ok(html.includes('<li>Roadmap &lt;draft&gt; <span class="weeks">1 week, since Tue 17 Nov</span></li>'));
    assert.ok(html.includes('<li>Hire the SRE <span class="weeks">3 weeks, Tue 27 Oct to Tue 10 Nov; gone on Tue 17 Nov</span></li>'));
    assert.doesNotMatch(html, /<script|<draft>/i);
  });
});
