import { strict as assert } from 'node:assert';
import { runCliCaptured as run } from '../helpers/cliRun';
import { makeTempVault, removeTree } from '../helpers/tempVault';

const EXAMPLE = 'examples/vault/1on1';
const NOW = ['--now', '2026-11-23T17:30'];

/*
 * Dana's figures in examples/vault, counted by hand from her 18 notes (4 Aug – 24 Nov 2026):
 * - Months: Aug 4, 11, 18 held + 25 canceled; Sep 1, 8, 15, 22, 29 held; Oct 6, 15, 20, 27 held +
 *   13 rescheduled; Nov 3, 10, 17 held + 24 planned.
 * - Sharing: 15 held notes + 24 Nov (planned, deadline 23 Nov 17:00 passed at 17:30) = 16; all shared
 *   before 17:00 the day before except 1 Sep and 24 Nov (never) → 14 on time, 0 late, 2 never.
 * - Commitments: 35 lineages. Canceled [-]: team lunch, offsite poll, Berlin talk = 3. Open: p7r2mq,
 *   k3f9x2, v3ndr1, q1road, q1est, hc2dec = 6. Late: dp4wrk (done 26 Aug, due 21 Aug) = 1. The other
 *   35 − 3 − 6 − 1 = 25 done on time. Nothing dropped silently (no open copy before 17 Nov).
 * - Days to close, 26 done: 0 ×5, 1 ×6, 2 ×3, 3, 6 ×4, 7, 8, 9 ×2, 10, 11, 16 → the 13th and 14th are
 *   both 2 → median 2.
 * - Carried: p7r2mq 3 (10, 17, 24 Nov); k3f9x2, v3ndr1, q1road, q1est, hc2dec 1 each, in that line
 *   order in 24 Nov → the top five stop before hc2dec.
 */
describe('one-on-one stats', () => {
  it('--format json: one object with generated, the series and everyone', () => {
    const { code, stdout, stderr } = run(['stats', EXAMPLE, '--format', 'json', ...NOW]);
    assert.equal(code, 0, stderr);
    const stats = JSON.parse(stdout);
    assert.deepEqual(Object.keys(stats), ['generated', 'series', 'overall']);
    assert.equal(stats.generated, '2026-11-23T17:30');
    assert.deepEqual(
      stats.series.map((s: { series: string; name: string; role: string }) => [s.series, s.name, s.role]),
      [
        ['dana', 'Dana Whitfield', 'manager'],
        ['priya', 'Priya Raman', 'manager'],
        ['sam', 'Sam Okafor', 'report'],
      ],
    );
    const dana = stats.series[0];
    assert.deepEqual(dana.months, [
      { month: '2026-08', held: 3, canceled: 1, rescheduled: 0, planned: 0 },
      { month: '2026-09', held: 5, canceled: 0, rescheduled: 0, planned: 0 },
      { month: '2026-10', held: 4, canceled: 0, rescheduled: 1, planned: 0 },
      { month: '2026-11', held: 3, canceled: 0, rescheduled: 0, planned: 1 },
    ]);
    assert.deepEqual(dana.meetings, { held: 15, canceled: 1, rescheduled: 1, planned: 1 });
    assert.deepEqual(dana.sharing, { counted: 16, onTime: 14, late: 0, never: 2, rate: 14 / 16 });
    assert.deepEqual(dana.commitments, { total: 35, doneOnTime: 25, doneLate: 1, open: 6, dropped: 3, droppedOnPurpose: 3, droppedSilently: 0 });
    assert.equal(dana.medianDaysToClose, 2);
    // The example's calendar moved 13 Oct to 15 Oct; its 25 Aug EXDATE is 90 days before 23 Nov, one too many.
    assert.deepEqual(dana.calendar, { moved: 1, canceled: 0 });
    assert.equal(stats.series.find((s: { series: string }) => s.series === 'priya').calendar !== undefined, true);
    assert.deepEqual(dana.mostCarried[0], {
      series: 'dana',
      person: 'Dana Whitfield',
      text: 'Write up the pricing experiment results',
      carried: 3,
      raised: '2026-11-03',
      due: '2026-11-27',
      file: '1on1/dana/2026-11-24.md',
      line: 11, // 1-based, as check prints lines
    });
    assert.deepEqual(
      dana.mostCarried.map((c: { text: string; carried: number }) => `${c.carried} ${c.text}`),
      ['3 Write up the pricing experiment results', '1 Draft the onboarding guide for new analysts', '1 Send Dana the vendor comparison for the ETL tool', '1 Prepare the Q1 roadmap draft', '1 Get effort estimates from Sam and Priya'],
    );
    // Sam is a report: nothing counts for sharing, and JSON says null, not a missing key.
    assert.equal(stats.series[2].sharing.rate, null);
    // Everyone: the sums of the three people.
    const o = stats.overall;
    const sum = (pick: (s: typeof dana) => number) => stats.series.reduce((n: number, s: typeof dana) => n + pick(s), 0);
    assert.equal(o.meetings.held, sum((s) => s.meetings.held));
    assert.equal(o.commitments.total, sum((s) => s.commitments.total));
    assert.equal(o.sharing.counted, sum((s) => s.sharing.counted));
    assert.ok(o.mostCarried.length <= 5);
    // Priorities over time (SPEC §13): per person, never for everyone.
    assert.deepEqual(Object.keys(dana.priorities), ['current', 'leftSilently']);
    assert.deepEqual(Object.keys(dana.priorities.current[0]), ['text', 'since', 'weeks']);
    assert.equal(o.priorities, null);
  });

  it('priorities: the current ones with their weeks, those that left without a word in the last 90 days, in text and JSON', () => {
    const note = (date: string, priorities: string[]) => ['---', `date: ${date}`, 'status: held', '---', '## Top 3 priorities', ...priorities, ''].join('\n');
    const dir = makeTempVault(
      {
        'dana/2026-10-06.md': note('2026-10-06', ['1. Pricing page', '2. Ship the importer']),
        'dana/2026-10-13.md': note('2026-10-13', ['1. Pricing page', '2. Ship the importer']),
        'dana/2026-10-20.md': note('2026-10-20', ['1. Pricing page', '2. Ship the importer']),
        'dana/2026-10-27.md': note('2026-10-27', ['1. Ship the importer', '2. Hire the SRE']),
      },
      'one-on-one-stats-',
    );
    try {
      const text = run(['stats', '1on1', '--today', '2026-11-23'], dir).stdout;
      // Ship the importer: 6 → 27 Oct, 21 days: 4 weeks. Pricing page: 6 → 20 Oct, 3 weeks, gone on 27 Oct.
      assert.match(text, /\n  Priorities: Ship the importer — 4 weeks; Hire the SRE — 1 week\n  Left without a word, last 90 days:\n    - Pricing page — 3 weeks, Tue 6 Oct to Tue 20 Oct; gone on Tue 27 Oct\n/);
      const json = JSON.parse(run(['stats', '1on1', '--today', '2026-11-23', '--format', 'json'], dir).stdout);
      assert.deepEqual(json.series[0].priorities, {
        current: [
          { text: 'Ship the importer', since: '2026-10-06', weeks: 4 },
          { text: 'Hire the SRE', since: '2026-10-27', weeks: 1 },
        ],
        leftSilently: [{ text: 'Pricing page', from: '2026-10-06', to: '2026-10-20', goneOn: '2026-10-27', weeks: 3 }],
      });
      assert.equal(json.overall.priorities, null);
    } finally {
      removeTree(dir);
    }
  });

  it('--format json: commitmentsBySide splits the outcomes by who owes them (SPEC §10), and adds up to commitments', () => {
    const { code, stdout, stderr } = run(['stats', EXAMPLE, '--format', 'json', ...NOW]);
    assert.equal(code, 0, stderr);
    const stats = JSON.parse(stdout);
    const [dana, , sam] = stats.series;
    // Dana's only item owned by @dana is "Confirm the Q1 headcount decision" (open); the done one is @dana's heads-up.
    assert.deepEqual(dana.commitmentsBySide.theirs.open, 1);
    assert.deepEqual(dana.commitmentsBySide.others, { total: 0, doneOnTime: 0, doneLate: 0, open: 0, dropped: 0 });
    // Sam's open items: three @sam (shadowing, INC-2291 write-up, pairing with Zoë), one mine (the conference ticket).
    assert.equal(sam.commitmentsBySide.theirs.open, 3);
    assert.equal(sam.commitmentsBySide.mine.open, 0 + sam.commitments.open - 3);
    for (const s of [...stats.series, stats.overall]) {
      const sides = s.commitmentsBySide;
      for (const key of ['total', 'doneOnTime', 'doneLate', 'open', 'dropped'])
        assert.equal(sides.mine[key] + sides.theirs[key] + sides.others[key], s.commitments[key], `${s.series ?? 'overall'} ${key}`);
    }
  });

  it('text: per person, then everyone, with a bar per month, the rates and the most carried', () => {
    const { code, stdout } = run(['stats', EXAMPLE, ...NOW]);
    assert.equal(code, 0);
    const dana = stdout.slice(0, stdout.indexOf('\n\n'));
    assert.equal(
      dana,
      [
        'Dana Whitfield (dana) — my manager',
        '  Meetings: 15 held, 1 canceled, 1 rescheduled, 1 planned',
        '  Per month (# held, x canceled, ~ rescheduled, . planned):',
        '    2026-08  ###x   3 held, 1 canceled',
        '    2026-09  #####  5 held',
        '    2026-10  ####~  4 held, 1 rescheduled',
        '    2026-11  ###.   3 held, 1 planned',
        '  Agenda shared on time: 14 of 16 (88 %) — 0 late, 2 never',
        '  Commitments: 35 — 25 done on time, 1 done late, 6 open, 3 dropped (3 canceled on purpose, 0 silently)',
        '  By who owes them: I owe 33 (24 on time, 1 late, 5 open, 3 dropped); they owe 2 (1 on time, 0 late, 1 open, 0 dropped); others owe none',
        '  In the calendar, last 90 days: 1 moved, 0 canceled',
        '  Median days to close: 2',
        '  Priorities: Pricing experiment write-up — 3 weeks; Onboarding guide for the new analyst — 1 week; Q1 roadmap draft — 1 week',
        '  Left without a word, last 90 days:',
        '    - ETL vendor comparison — 3 weeks, Tue 27 Oct to Tue 10 Nov; gone on Tue 17 Nov',
        '  Most carried:',
        '    - Write up the pricing experiment results — carried 3×, raised Tue 3 Nov, due Fri 27 Nov  (1on1/dana/2026-11-24.md:11)',
        '    - Draft the onboarding guide for new analysts — carried 1×, raised Tue 17 Nov, due Sat 21 Nov  (1on1/dana/2026-11-24.md:13)',
        '    - Send Dana the vendor comparison for the ETL tool — carried 1×, raised Tue 17 Nov, due Fri 20 Nov  (1on1/dana/2026-11-24.md:14)',
        '    - Prepare the Q1 roadmap draft — carried 1×, raised Tue 17 Nov, due Fri 4 Dec  (1on1/dana/2026-11-24.md:15)',
        '    - Get effort estimates from Sam and Priya — carried 1×, raised Tue 17 Nov, due Thu 26 Nov  (1on1/dana/2026-11-24.md:16)',
      ].join('\n'),
    );
    assert.match(stdout, /\nSam Okafor \(sam\) — reports to me\n[\s\S]*  Agenda shared on time: —  \(counted with a manager only\)\n/);
    assert.match(stdout, /\nEveryone \(3 people\)\n  Meetings: /);
    assert.match(stdout, /\n    - Dana Whitfield: Write up the pricing experiment results — carried 3×/, 'everyone names the person');
  });

  it('a month with many meetings is scaled to 40 characters', () => {
    // 60 series with one held note each on 3 Nov: 60 held in one month → 40 characters.
    const dir = makeTempVault(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`p${i}/2026-11-03.md`, '---\nstatus: held\n---\n'])), 'one-on-one-stats-');
    try {
      const { stdout } = run(['stats', '1on1', '--today', '2026-11-23'], dir);
      assert.match(stdout, /\nEveryone \(60 people\)\n[\s\S]*\n    2026-11  #{40}  60 held\n/);
    } finally {
      removeTree(dir);
    }
  });

  it('an empty folder, and bad usage', () => {
    const dir = makeTempVault({}, 'one-on-one-stats-');
    try {
      assert.equal(run(['stats', '1on1', '--today', '2026-11-23'], dir).stdout, 'No 1x1 series in this folder yet.\n');
      const json = JSON.parse(run(['stats', '1on1', '--today', '2026-11-23', '--format', 'json'], dir).stdout);
      assert.deepEqual(json.series, []);
      assert.equal(json.generated, '2026-11-23T00:00');
      assert.equal(json.overall.sharing.rate, null);
      assert.equal(json.overall.medianDaysToClose, null);
    } finally {
      removeTree(dir);
    }
    assert.equal(run(['stats', EXAMPLE, '--format', 'csv']).code, 2);
    assert.equal(run(['stats', 'no/such/folder']).code, 2);
    assert.match(run(['--help']).stdout, /\n  stats \[folder\] /);
  });
});
