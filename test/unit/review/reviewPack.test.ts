import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadVault } from '../../../src/node/loadVault';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { fixedClock } from '../../../src/core/schedule/clock';
import { reviewPack, monthsUpTo, type ReviewPack } from '../../../src/core/views/reviewPack';
import { reviewPackHtml, reviewPackMarkdown } from '../../../src/core/render/reviewPack';
import { runCliAsync } from '../../../src/cli/main';
import { runCliCaptured as run } from '../helpers/cliRun';
import { tempFoldersForSuite } from '../helpers/tempVault';

/**
 * A year of weekly 1x1s with Alex (Mondays from 2025-01-06, week 0, to 2025-12-29, week 51), each
 * with a Private section that says PRIVATE-MARKER. The figures below are counted by hand from
 * this list, not from the code:
 * - week 10 (2025-03-17) canceled; week 20 (2025-05-26) rescheduled to Wed 2025-05-28, held then;
 *   weeks 30, 31 (2025-08-04, 2025-08-11) and 40 (2025-10-13) have no note → 48 held.
 * - priorities: "Ship the importer" weeks 0–5; "Hire a data engineer" weeks 0–14 (through the
 *   canceled week 10); "Plan the offsite" weeks 44–45; "Keep the on-call load fair" weeks 45–51.
 * - talking points: "Waiting for the staging database" weeks 22–25 (4 in a row); "Who owns the
 *   billing dashboard?" weeks 33–34 (2); "Flaky CI on main" weeks 36, 37, 39 (broken by 38).
 * - commitments: see `ITEMS`.
 */
const START = Date.UTC(2025, 0, 6);
const monday = (week: number) => new Date(START + week * 7 * 86400000).toISOString().slice(0, 10);
const TOPICS = ['skill', 'personal', 'business', 'manager'];

/** Week → lines under Commitments (raised) and Action items from last time (follow-ups). */
const ITEMS: Record<number, { commitments?: string[]; followUps?: string[] }> = {
  1: { commitments: ['- [ ] Send the budget draft 📅 2025-01-17'] },
  2: { followUps: ['- [x] Send the budget draft 📅 2025-01-17 ✅ 2025-01-16'] },
  3: { commitments: ['- [ ] Review the hiring plan 📅 2025-01-31'] },
  4: { followUps: ['- [x] Review the hiring plan 📅 2025-01-31 ✅ 2025-02-02'] },
  5: { commitments: ['- [ ] Update the runbook'] },
  6: { commitments: ['- [ ] Fix the flaky test @alex 📅 2025-02-21'] },
  7: { followUps: ['- [x] Fix the flaky test @alex 📅 2025-02-21 ✅ 2025-02-20'] },
  8: { commitments: ['- [ ] Write the design doc @alex 📅 2025-03-05'] },
  9: { followUps: ['- [x] Write the design doc @alex 📅 2025-03-05 ✅ 2025-03-07'] },
  12: { commitments: ['- [-] Migrate the old cron jobs @alex'] },
  15: { commitments: ['- [ ] Send the access list @sam 📅 2025-04-25'] },
  16: { followUps: ['- [x] Send the access list @sam 📅 2025-04-25 ✅ 2025-04-24'] },
  50: { commitments: ['- [ ] Write the annual summary 📅 2026-01-09'] },
  51: { followUps: ['- [ ] Write the annual summary 📅 2026-01-09'], commitments: ['- [ ] Prepare the Q1 demo @alex 📅 2026-01-16'] },
};

function within(week: number, from: number, to: number): boolean {
  return week >= from && week <= to;
}

function note(week: number, date: string, status: string, extra: string[] = []): string {
  const priorities = [
    within(week, 0, 5) && 'Ship the importer',
    within(week, 0, 14) && 'Hire a data engineer',
    within(week, 44, 45) && 'Plan the offsite',
    within(week, 45, 51) && 'Keep the on-call load fair',
  ].filter((p): p is string => typeof p === 'string');
  const roadblocks = [within(week, 22, 25) && 'Waiting for the staging database', [36, 37, 39].includes(week) && 'Flaky CI on main'].filter((p): p is string => typeof p === 'string');
  const unclear = within(week, 33, 34) ? ['Who owns the billing dashboard?'] : [];
  const needToKnow: Record<number, string[]> = {
    10: ['- CANCELED-NTK the meeting did not happen'],
    11: ['- The team moves to the new office in May', '> [!private]', '> PRIVATE-MARKER in a callout'],
    47: ['- Alex presented at the guild ![chart](https://example.com/chart.png)'],
  };
  const rotationText: Record<number, string> = { 0: 'Rotation skill: SQL tuning', 1: 'Rotation personal: running', 2: 'Rotation business: churn', 3: 'Rotation manager: reorg' };
  const items = ITEMS[week] ?? {};
  return [
    '---',
    `date: ${date}`,
    `status: ${status}`,
    ...extra,
    ...(week <= 3 ? [`rotation: ${TOPICS[week]}`] : []),
    '---',
    `# 1x1 with Alex — week ${week}`,
    '## Action items from last time',
    ...(items.followUps ?? ['- None']),
    '## Roadblocks',
    ...(roadblocks.length > 0 ? roadblocks.map((r) => `- ${r}`) : ['- None']),
    '## Top 3 priorities',
    ...priorities.map((p, i) => `${i + 1}. ${p}`),
    '## One thing you should know',
    ...(needToKnow[week] ?? ['- Nothing new.']),
    '## What is unclear',
    ...(unclear.length > 0 ? unclear.map((u) => `- ${u}`) : ['- None']),
    ...(rotationText[week] ? [`## Rotating topic: ${TOPICS[week]}`, `- ${rotationText[week]}`] : []),
    '## Commitments',
    ...(items.commitments ?? []),
    '## Private',
    `- PRIVATE-MARKER week ${week}`,
    '- [ ] PRIVATE-MARKER call the lawyer @alex',
    '',
  ].join('\n');
}

function yearOfNotes(): Record<string, string> {
  const files: Record<string, string> = {
    'alex/profile.md': ['---', 'with: Alex Rivera', 'role: report', 'cadence: weekly', 'day: monday', 'time: "10:00"', '---', ''].join('\n'),
  };
  for (let week = 0; week < 52; week++) {
    if ([30, 31, 40].includes(week)) continue;
    const date = monday(week);
    if (week === 10) files[`alex/${date}.md`] = note(week, date, 'canceled');
    else if (week === 20) {
      files[`alex/${date}.md`] = note(week, date, 'rescheduled', ['moved_to: 2025-05-28']);
      files['alex/2025-05-28.md'] = [note(week, '2025-05-28', 'held').replace('rotation: ', 'x: '), ''].join('').replace('---\ndate: 2025-05-28\nstatus: held\n', '---\ndate: 2025-05-28\nstatus: held\nrotation: skill\n').replace('## Commitments', '## Rotating topic: skill\n- Rotation skill: the Wednesday one\n## Commitments');
    } else files[`alex/${date}.md`] = note(week, date, 'held');
  }
  return files;
}

const NOW = '2026-01-05T09:00';
const WHOLE_YEAR = { from: '2025-01-01', to: '2025-12-31' };

describe('review pack (SPEC §13): a 52-week vault', () => {
  const folders = tempFoldersForSuite('one-on-one-review-');
  let root: string;
  const packOf = (period: { from: string; to: string }): ReviewPack => {
    const { index } = loadVault(path.join(root, '1on1'), { settings: DEFAULT_SETTINGS, clock: fixedClock({ date: NOW.slice(0, 10), time: NOW.slice(11) }) });
    return reviewPack(index.seriesState('alex')!, period, (file) => fs.readFileSync(path.join(root, file), 'utf8'));
  };
  before(() => {
    root = folders.vault(yearOfNotes());
  });

  it('the meetings: 48 held, the canceled and the rescheduled one named, 3 weeks with no note in 2 gaps', () => {
    const pack = packOf(WHOLE_YEAR);
    assert.equal(pack.meetings.held.length, 48);
    assert.deepEqual(pack.meetings.canceled, [{ date: '2025-03-17', file: '1on1/alex/2025-03-17.md' }]);
    assert.deepEqual(pack.meetings.rescheduled, [{ date: '2025-05-26', file: '1on1/alex/2025-05-26.md', movedTo: '2025-05-28' }]);
    assert.ok(pack.meetings.held.some((m) => m.date === '2025-05-28'));
    assert.deepEqual(pack.meetings.planned, []);
    assert.deepEqual(pack.gaps, [
      { from: '2025-08-04', to: '2025-08-17', weeks: 2 },
      { from: '2025-10-13', to: '2025-10-19', weeks: 1 },
    ]);
  });

  it('the priorities: how long each stood, which left without a word', () => {
    const pack = packOf(WHOLE_YEAR);
    const got = pack.priorities.map((p) => [p.text, p.first.date, p.last.date, p.meetings, p.weeks, p.goneIn?.date, p.silently]);
    assert.deepEqual(got, [
      ['Ship the importer', '2025-01-06', '2025-02-10', 6, 6, '2025-02-17', true],
      // Weeks 15–43 list no priority at all: those notes say nothing of it (docs/decisions.md), so it is gone in week 44's.
      ['Hire a data engineer', '2025-01-06', '2025-04-14', 14, 15, '2025-11-10', true],
      ['Plan the offsite', '2025-11-10', '2025-11-17', 2, 2, '2025-11-24', false],
      ['Keep the on-call load fair', '2025-11-17', '2025-12-29', 7, 7, undefined, false],
    ]);
  });

  it('the talking points that came back: 3 meetings in a row or more, not 2, not a broken run', () => {
    const pack = packOf(WHOLE_YEAR);
    assert.deepEqual(
      pack.talkingPoints.map((t) => [t.text, t.first.date, t.last.date, t.meetings, t.weeks, t.goneIn?.date]),
      [['Waiting for the staging database', '2025-06-09', '2025-06-30', 4, 4, '2025-07-07']],
    );
  });

  it('the commitments per side: on time, late, open, dropped — the private one never', () => {
    const pack = packOf(WHOLE_YEAR);
    const view = (side: 'mine' | 'theirs' | 'others') => pack.commitments[side].map((c) => [c.text, c.raised.date, c.outcome, c.doneOn ?? c.closed.date]);
    assert.deepEqual(view('mine'), [
      ['Send the budget draft', '2025-01-13', 'done-on-time', '2025-01-16'],
      ['Review the hiring plan', '2025-01-27', 'done-late', '2025-02-02'],
      ['Update the runbook', '2025-02-10', 'dropped-silently', '2025-02-10'],
      ['Write the annual summary', '2025-12-22', 'open', '2025-12-29'],
    ]);
    assert.deepEqual(view('theirs'), [
      ['Fix the flaky test', '2025-02-17', 'done-on-time', '2025-02-20'],
      ['Write the design doc', '2025-03-03', 'done-late', '2025-03-07'],
      ['Migrate the old cron jobs', '2025-03-31', 'dropped-on-purpose', '2025-03-31'],
      ['Prepare the Q1 demo', '2025-12-29', 'open', '2025-12-29'],
    ]);
    assert.deepEqual(view('others'), [['Send the access list', '2025-04-21', 'done-on-time', '2025-04-24']]);
    const md = reviewPackMarkdown(pack);
    assert.match(md, /### Mine \(what I took on with Alex\)\n\nDone on time: 1 · done late: 1 · still open: 1 · dropped: 1\n/);
    assert.match(md, /### Alex’s\n\nDone on time: 1 · done late: 1 · still open: 1 · dropped: 1\n/);
    assert.match(md, /### Others’\n\nDone on time: 1 · done late: 0 · still open: 0 · dropped: 0\n/);
  });

  it('the rotating topic notes and need-to-know of held notes, in date order; not the canceled one’s', () => {
    const pack = packOf(WHOLE_YEAR);
    assert.deepEqual(
      pack.rotation.map((r) => [r.date, r.topic, r.text]),
      [
        ['2025-01-06', 'skill', '- Rotation skill: SQL tuning'],
        ['2025-01-13', 'personal', '- Rotation personal: running'],
        ['2025-01-20', 'business', '- Rotation business: churn'],
        ['2025-01-27', 'manager', '- Rotation manager: reorg'],
        ['2025-05-28', 'skill', '- Rotation skill: the Wednesday one'],
      ],
    );
    assert.deepEqual(
      pack.needToKnow.map((n) => [n.date, n.text]),
      [
        ['2025-03-24', '- The team moves to the new office in May'],
        ['2025-12-01', '- Alex presented at the guild ![chart](https://example.com/chart.png)'],
      ],
    );
  });

  it('a quarter: only what stood or was alive in it', () => {
    const pack = packOf({ from: '2025-10-01', to: '2025-12-31' });
    assert.equal(pack.meetings.held.length, 12);
    assert.deepEqual([pack.meetings.canceled, pack.meetings.rescheduled], [[], []]);
    assert.deepEqual(pack.gaps, [{ from: '2025-10-13', to: '2025-10-19', weeks: 1 }]);
    assert.deepEqual(pack.priorities.map((p) => p.text), ['Plan the offsite', 'Keep the on-call load fair']);
    assert.deepEqual(pack.talkingPoints, []);
    assert.deepEqual(pack.commitments.mine.map((c) => c.text), ['Write the annual summary']);
    assert.deepEqual(pack.commitments.theirs.map((c) => c.text), ['Prepare the Q1 demo']);
    assert.deepEqual(pack.commitments.others, []);
    assert.deepEqual(pack.rotation, []);
    assert.deepEqual(pack.needToKnow.map((n) => n.date), ['2025-12-01']);
  });

  it('the Markdown links each claim to its note, relative to the vault’s parent; never Private', () => {
    const md = reviewPackMarkdown(packOf(WHOLE_YEAR));
    assert.match(md, /^# Review pack: 1x1 with Alex Rivera\n/);
    for (const heading of ['Meetings', 'Priorities', 'Commitments', 'Talking points that came back', 'Rotating topic notes', 'One thing you should know']) assert.match(md, new RegExp(`\n## ${heading}\n`));
    assert.match(md, /- Canceled: 1 — \[Mon 17 Mar 2025\]\(1on1\/alex\/2025-03-17\.md\)\n/);
    assert.match(md, /- Rescheduled: 1 — \[Mon 26 May 2025\]\(1on1\/alex\/2025-05-26\.md\) \(moved to Wed 28 May 2025\)\n/);
    assert.match(md, /- Weeks with no note: 3 — Mon 4 Aug 2025 to Sun 17 Aug 2025 \(2 weeks\), week of Mon 13 Oct 2025\n/);
    assert.match(md, /- Ship the importer — \[Mon 6 Jan 2025\]\(1on1\/alex\/2025-01-06\.md\) to \[Mon 10 Feb 2025\]\(1on1\/alex\/2025-02-10\.md\): 6 meetings, 6 weeks; left the list \[Mon 17 Feb 2025\]\(1on1\/alex\/2025-02-17\.md\) without a word\n/);
    assert.match(md, /- Review the hiring plan — raised \[Mon 27 Jan 2025\]\(1on1\/alex\/2025-01-27\.md\), due Fri 31 Jan 2025, done late on Sun 2 Feb 2025 \(\[Mon 3 Feb 2025\]\(1on1\/alex\/2025-02-03\.md\)\)\n/);
    assert.doesNotMatch(md, /PRIVATE-MARKER|CANCELED-NTK|call the lawyer/);
  });

  it('the HTML is the agenda export’s: no script, nothing loaded from the web, no Private', async () => {
    const html = await reviewPackHtml(packOf(WHOLE_YEAR));
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|<iframe|<link|src="https?:|url\(/i);
    assert.match(html, /<a href="https:\/\/example\.com\/chart\.png">chart<\/a>/, 'the remote image is a link, not fetched');
    assert.match(html, /<a href="1on1\/alex\/2025-03-17\.md">Mon 17 Mar 2025<\/a>/);
    assert.doesNotMatch(html, /PRIVATE-MARKER/);
  });

  it('saved away from the notes, the HTML reaches them through a file: base; no other base is taken (found in review)', async () => {
    const html = await reviewPackHtml(packOf(WHOLE_YEAR), 'file:///home/alex/notes');
    assert.match(html, /<head>\n<meta charset="utf-8">\n<base href="file:\/\/\/home\/alex\/notes\/">/);
    assert.match(html, /<a href="1on1\/alex\/2025-03-17\.md">Mon 17 Mar 2025<\/a>/);
    assert.doesNotMatch(await reviewPackHtml(packOf(WHOLE_YEAR), 'https://example.com/'), /<base/);
  });

  it('links survive any folder name (a space, ü, # and ?), and a heading comment in a code block stays as written (found in review)', () => {
    const pack = packOf({ from: '2025-06-01', to: '2025-06-30' });
    const renamed = { ...pack, rotation: [{ date: '2025-06-02', file: 'C# team/Jürgen ?/a b.md', topic: 'skill', text: '```bash\n# install it\n```\n# A heading' }] };
    const md = reviewPackMarkdown(renamed);
    assert.match(md, /\(C%23%20team\/J%C3%BCrgen%20%3F\/a%20b\.md\)/);
    assert.match(md, /```bash\n# install it\n```\n#### A heading/);
  });

  it('monthsUpTo: the last quarter, half year and year end on the day given', () => {
    assert.deepEqual(monthsUpTo('2026-11-23', 3), { from: '2026-08-24', to: '2026-11-23' });
    assert.deepEqual(monthsUpTo('2026-11-23', 12), { from: '2025-11-24', to: '2026-11-23' });
    assert.deepEqual(monthsUpTo('2026-05-31', 3), { from: '2026-03-01', to: '2026-05-31' });
    assert.deepEqual(monthsUpTo('2024-08-31', 6), { from: '2024-03-01', to: '2024-08-31' });
  });

  describe('one-on-one review', () => {
    it('prints the Markdown; the series by folder or name; --format html; the default period is the last 12 months', async () => {
      const md = run(['review', 'alex', '1on1', '--from', '2025-01-01', '--to', '2025-12-31', '--now', NOW], root);
      assert.equal(md.code, 0, md.stderr);
      assert.equal(md.stdout, reviewPackMarkdown(packOf(WHOLE_YEAR)));
      const byName = run(['review', 'Alex Rivera', '1on1', '--from', '2025-01-01', '--to', '2025-12-31', '--now', NOW], root);
      assert.equal(byName.stdout, md.stdout);
      const defaults = run(['review', 'alex', '1on1', '--now', NOW], root);
      assert.match(defaults.stdout, /\nMon 6 Jan 2025 to Mon 5 Jan 2026, as the notes say on Mon 5 Jan 2026\./);
      let stdout = '';
      let stderr = '';
      const code = await runCliAsync(['review', 'alex', '1on1', '--format', 'html', '--from', '2025-01-01', '--to', '2025-12-31', '--now', NOW], {
        out: (t) => (stdout += t),
        err: (t) => (stderr += t),
        env: {},
        cwd: root,
      });
      assert.equal(code, 0, stderr);
      assert.match(stdout, /^<!doctype html>[\s\S]*<h1>Review pack: 1x1 with Alex Rivera<\/h1>/);
      assert.doesNotMatch(stdout, /<script|PRIVATE-MARKER/);
    });

    it('exit 2 with one line: --from after --to, an impossible date, a --format of another command, an unknown series', () => {
      const cases: [string[], RegExp][] = [
        [['--from', '2025-06-01', '--to', '2025-05-01'], /^one-on-one: --from 2025-06-01 is after --to 2025-05-01; the period must start before it ends\n$/],
        [['--from', '2025-02-30'], /^one-on-one: --from 2025-02-30 is not a real date; write YYYY-MM-DD\n$/],
        [['--to', 'tomorrow'], /^one-on-one: --to tomorrow is not a real date; write YYYY-MM-DD\n$/],
        [['--format', 'json'], /^one-on-one: review's --format must be md or html, not json\n/],
        [['--days', '3'], /^one-on-one: review does not take --days\n/],
      ];
      for (const [flags, message] of cases) {
        const got = run(['review', 'alex', '1on1', '--now', NOW, ...flags], root);
        assert.equal(got.code, 2, flags.join(' '));
        assert.match(got.stderr, message);
        assert.equal(got.stdout, '');
      }
      const nobody = run(['review', 'zoe', '1on1', '--now', NOW], root);
      assert.equal(nobody.code, 2);
      assert.match(nobody.stderr, /^one-on-one: no series "zoe" in 1on1; the series are alex\n$/);
    });
  });
});
