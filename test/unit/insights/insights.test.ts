import { strict as assert } from 'node:assert';
import { seriesInsights, vaultInsights, type MonthCounts } from '../../../src/core/views/insights';
import { buildVault, type NoteSpec } from '../helpers/vaultBuilder';

/**
 * The Insights figures on a vault whose every figure is worked out by hand below (the comments
 * show the arithmetic); nothing expected is computed by the code under test.
 *
 * Now: Mon 23 Nov 2026, 17:30. The share deadline is 17:00 the day before the meeting.
 */
const NOW = '2026-11-23T17:30';

const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-07-28' };
const SAM = { with: 'Sam Okafor', role: 'report', cadence: 'biweekly', day: 'thursday', time: '"14:00"', since: '2026-10-29' };

function dana(date: string, status: string, shared: string | undefined, commitments: string[], actionItems?: string[], extra: Record<string, string> = {}): NoteSpec {
  return {
    date,
    status,
    fm: { ...(shared ? { shared } : {}), ...extra },
    sections: { commitments: commitments.length ? commitments : ['Nothing yet.'], ...(actionItems ? { 'action-items': actionItems } : {}) },
  };
}

function sam(date: string, commitments: string[]): NoteSpec {
  return { series: 'sam', date, status: 'held', fm: { with: 'Sam Okafor' }, sections: { commitments } };
}

function fixture() {
  return buildVault({
    now: NOW,
    profiles: { dana: DANA, sam: SAM },
    notes: [
      // July: on time (shared 27 Jul 12:00, deadline 27 Jul 17:00). No items. August has no note at all.
      dana('2026-07-28', 'held', '2026-07-27T12:00', []),
      // Shared 28 Sep 16:59, deadline 28 Sep 17:00: on time.
      dana('2026-09-29', 'held', '2026-09-28T16:59', [
        '- [x] Send the draft OKR 📅 2026-10-01 ✅ 2026-10-01', //       A: done on the due day, 1 Oct: on time; 29 Sep → 1 Oct = 2 days
        '- [x] Book the offsite room ✅ 2026-10-10', //                  B: no due date: on time; 29 Sep → 10 Oct = 11 days
        '- [-] Organise the team lunch', //                              C: canceled on purpose
        '- [ ] Ask IT about the laptop', //                              D: open in an old note, never carried: dropped silently
        '- [>] Write the pricing plan 📅 2026-10-05 ^e1', //             E: continues on 6 Oct
        '- [>] Review the hiring rubric 📅 2026-10-08', //               F: no id, continues by its text on 6 Oct
      ]),
      // Shared 5 Oct 17:00 exactly, deadline 5 Oct 17:00: on time.
      dana(
        '2026-10-06',
        'held',
        '2026-10-05T17:00',
        ['- [>] Draft the roadmap 📅 2026-10-10 ^g1'], //                G: raised 6 Oct, due 10 Oct for now
        [
          '- [x] Write the pricing plan 📅 2026-10-05 ✅ 2026-10-09 ^e1', // E: done 9 Oct > due 5 Oct: late; 29 Sep → 9 Oct = 10 days
          '- [x] Review the hiring rubric 📅 2026-10-08', //                F: no ✅ date: first seen done here (not 13 Oct), 6 Oct ≤ 8 Oct: on time; 29 Sep → 6 Oct = 7 days
        ],
      ),
      // Canceled: not counted for sharing though shared; G passes through it, F is copied done once more.
      dana('2026-10-13', 'canceled', '2026-10-12T10:00', [], ['- [>] Draft the roadmap 📅 2026-10-10 ^g1', '- [x] Review the hiring rubric 📅 2026-10-08']),
      // Shared 19 Oct 18:30, deadline 19 Oct 17:00: late.
      dana(
        '2026-10-20',
        'held',
        '2026-10-19T18:30',
        [
          '- [>] Prepare the Q1 plan 📅 2026-11-01 ^h1', //             H: raised 20 Oct
          '- [x] Reply to the auditors ✅ 2026-10-15', //               I: done 15 Oct, before the note: 0 days (not -5), no due: on time
          '- [>] Call the vendor back', //                               K: marked carried, but no later copy: dropped silently
        ],
        // G: due moved to 25 Oct in this meeting; done 22 Oct ≤ 25 Oct: on time; 6 Oct → 22 Oct = 16 days
        ['- [x] Draft the roadmap 📅 2026-10-25 ✅ 2026-10-22 ^g1'],
      ),
      // Rescheduled: not counted for sharing.
      dana('2026-10-27', 'rescheduled', undefined, [], ['- [>] Prepare the Q1 plan 📅 2026-11-01 ^h1'], { moved_to: '2026-10-29' }),
      // Held, never shared.
      dana('2026-10-29', 'held', undefined, ['- [>] Ask for the budget 📅 2026-11-30 ^j1'], ['- [>] Prepare the Q1 plan 📅 2026-11-01 ^h1']),
      // Shared "2026-11-16" (a date alone = from the start of that day), deadline 16 Nov 17:00: on time. The latest held note.
      dana('2026-11-17', 'held', '2026-11-16', [], ['- [>] Prepare the Q1 plan 📅 2026-11-01 ^h1', '- [>] Ask for the budget 📅 2026-11-30 ^j1']),
      // Planned, deadline 23 Nov 17:00 passed at 17:30 and not shared: never.
      dana('2026-11-24', 'planned', undefined, [], ['- [ ] Prepare the Q1 plan 📅 2026-11-01 ^h1', '- [ ] Ask for the budget 📅 2026-11-30 ^j1']),
      // Planned, deadline 30 Nov 17:00 still ahead: not counted.
      dana('2026-12-01', 'planned', undefined, []),

      sam('2026-10-29', ['- [>] Review the design doc 📅 2026-11-20 ^s3']), //  S3: raised 29 Oct
      sam('2026-11-12', [
        '- [ ] Review the design doc 📅 2026-11-20 ^s3', //               S3: open, carried 1
        '- [x] Pair on the cut-over 📅 2026-11-12 ✅ 2026-11-13', //       S1: done 13 Nov > due 12 Nov: late; 12 Nov → 13 Nov = 1 day
        '- [ ] Write the runbook', //                                      S2: open, raised in the latest held note, carried 0
      ]),
    ],
  });
}

function month(m: string, counts: Partial<Omit<MonthCounts, 'month'>> = {}): MonthCounts {
  return { month: m, held: 0, canceled: 0, rescheduled: 0, planned: 0, ...counts };
}

describe('insights', () => {
  const { index } = fixture();
  const now = { date: '2026-11-23', time: '17:30' };
  const danaFigures = seriesInsights(index.seriesState('dana')!);
  const samFigures = seriesInsights(index.seriesState('sam')!);
  const all = vaultInsights(index.seriesStates(), now);

  it('meetings per month, by status, months without a note shown as zero', () => {
    assert.deepEqual(danaFigures.months, [
      month('2026-07', { held: 1 }), //                                   28 Jul
      month('2026-08'), //                                                no note: zero, so the chart has no gap
      month('2026-09', { held: 1 }), //                                   29 Sep
      month('2026-10', { held: 3, canceled: 1, rescheduled: 1 }), //      held 6, 20, 29 Oct; canceled 13; rescheduled 27
      month('2026-11', { held: 1, planned: 1 }), //                       held 17, planned 24
      month('2026-12', { planned: 1 }), //                                1 Dec
    ]);
    // 1 + 1 + 3 + 1 = 6 held; 1 canceled; 1 rescheduled; 1 + 1 = 2 planned
    assert.deepEqual(danaFigures.meetings, { held: 6, canceled: 1, rescheduled: 1, planned: 2 });
  });

  it('share-on-time with my manager: held notes and planned ones past their deadline', () => {
    // on time: 28 Jul, 29 Sep, 6 Oct (at the minute), 17 Nov (a date alone) = 4
    // late: 20 Oct = 1; never: 29 Oct, 24 Nov (planned, deadline passed) = 2
    // not counted: 13 Oct (canceled), 27 Oct (rescheduled), 1 Dec (deadline ahead)
    // counted 4 + 1 + 2 = 7; rate 4 / 7
    assert.deepEqual(danaFigures.sharing, { counted: 7, onTime: 4, late: 1, never: 2, rate: 4 / 7 });
  });

  it('share-on-time is null for a report (nothing counts)', () => {
    assert.deepEqual(samFigures.sharing, { counted: 0, onTime: 0, late: 0, never: 0, rate: null });
  });

  it('commitments by outcome: done on time, late, open, dropped on purpose and silently', () => {
    // A B C D E F G H I J K = 11 lineages
    // on time: A, B (no due), F (first seen done), G (due moved), I (no due) = 5; late: E = 1
    // open: H, J = 2; dropped: C on purpose = 1, D and K silently = 2 → 3
    // 5 + 1 + 2 + 3 = 11
    assert.deepEqual(danaFigures.commitments, { total: 11, doneOnTime: 5, doneLate: 1, open: 2, dropped: 3, droppedOnPurpose: 1, droppedSilently: 2 });
    // S3, S1, S2: late S1 = 1; open S2, S3 = 2
    assert.deepEqual(samFigures.commitments, { total: 3, doneOnTime: 0, doneLate: 1, open: 2, dropped: 0, droppedOnPurpose: 0, droppedSilently: 0 });
  });

  it('median days to close, over done commitments', () => {
    // A 2, B 11, E 10, F 7, G 16, I 0 → sorted 0 2 7 10 11 16 → (7 + 10) / 2 = 8.5
    assert.equal(danaFigures.medianDaysToClose, 8.5);
    // S1 1
    assert.equal(samFigures.medianDaysToClose, 1);
  });

  it('most-carried open commitments: carried at least once, most first', () => {
    // H: in 27 Oct (rescheduled counts), 29 Oct, 17 Nov, 24 Nov → 4; J: 17 Nov, 24 Nov → 2
    assert.deepEqual(
      danaFigures.mostCarried.map((c) => [c.text, c.person, c.carried, c.raised, c.due, c.file]),
      [
        ['Prepare the Q1 plan', 'Dana Whitfield', 4, '2026-10-20', '2026-11-01', '1on1/dana/2026-11-24.md'],
        ['Ask for the budget', 'Dana Whitfield', 2, '2026-10-29', '2026-11-30', '1on1/dana/2026-11-24.md'],
      ],
    );
    // S2 was never carried: not listed
    assert.deepEqual(
      samFigures.mostCarried.map((c) => [c.text, c.carried, c.raised]),
      [['Review the design doc', 1, '2026-10-29']],
    );
  });

  it('the line of a most-carried item is the live copy\'s, 0-based', () => {
    const { texts } = fixture();
    const lines = texts.get('1on1/dana/2026-11-24.md')!.split('\n');
    assert.match(lines[danaFigures.mostCarried[0].line], /- \[ \] Prepare the Q1 plan/);
  });

  it('everyone: sums, with the months merged and the median over every commitment', () => {
    assert.deepEqual(all.series.map((s) => [s.series, s.name, s.role]), [
      ['dana', 'Dana Whitfield', 'manager'],
      ['sam', 'Sam Okafor', 'report'],
    ]);
    const o = all.overall;
    assert.deepEqual(o.months, [
      month('2026-07', { held: 1 }),
      month('2026-08'),
      month('2026-09', { held: 1 }),
      month('2026-10', { held: 4, canceled: 1, rescheduled: 1 }), // dana 3 + sam 1 (29 Oct)
      month('2026-11', { held: 2, planned: 1 }), //                   dana 1 + sam 1 (12 Nov)
      month('2026-12', { planned: 1 }),
    ]);
    assert.deepEqual(o.meetings, { held: 8, canceled: 1, rescheduled: 1, planned: 2 }); // 6 + 2 held
    assert.deepEqual(o.sharing, { counted: 7, onTime: 4, late: 1, never: 2, rate: 4 / 7 }); // sam adds nothing
    // 5 + 0 on time, 1 + 1 late, 2 + 2 open, 1 + 0 on purpose, 2 + 0 silently; 11 + 3 = 14
    assert.deepEqual(o.commitments, { total: 14, doneOnTime: 5, doneLate: 2, open: 4, dropped: 3, droppedOnPurpose: 1, droppedSilently: 2 });
    // 0 2 7 10 11 16 and 1 → 0 1 2 7 10 11 16 → 7 (a median of the medians would say (8.5 + 1) / 2 = 4.75)
    assert.equal(o.medianDaysToClose, 7);
    // H 4, J 2, S3 1 (raised 29 Oct like J, but carried less)
    assert.deepEqual(
      o.mostCarried.map((c) => [c.person, c.text, c.carried]),
      [
        ['Dana Whitfield', 'Prepare the Q1 plan', 4],
        ['Dana Whitfield', 'Ask for the budget', 2],
        ['Sam Okafor', 'Review the design doc', 1],
      ],
    );
  });

  it('the dropped count is the dropped-commitment rule\'s', () => {
    const { findings } = fixture();
    // D and K: the two silently dropped
    assert.equal(findings('dropped-commitment').length, 2);
  });

  it('a commitment done before the meeting that wrote it down took 0 days, not fewer', () => {
    const { index: v } = buildVault({
      now: NOW,
      profiles: { dana: DANA },
      // raised 20 Oct, done 15 Oct: -5 days, counted as 0
      notes: [{ date: '2026-10-20', status: 'held', sections: { commitments: ['- [x] Reply to the auditors ✅ 2026-10-15'] } }],
    });
    assert.equal(seriesInsights(v.seriesState('dana')!).medianDaysToClose, 0);
  });

  it('a shared: that is no real day counts as never shared (issue 10: only a date or date-time is a share; invalid-front-matter names it)', () => {
    const { index: v } = buildVault({
      now: NOW,
      profiles: { dana: DANA },
      // 31 Nov does not exist: not shared; 16 Nov 18:00 is after the 17 Nov meeting's deadline (16 Nov 17:00): late
      notes: [dana('2026-11-10', 'held', '2026-11-31', []), dana('2026-11-17', 'held', '2026-11-16T18:00', [])],
    });
    assert.deepEqual(seriesInsights(v.seriesState('dana')!).sharing, { counted: 2, onTime: 0, late: 1, never: 1, rate: 0 });
  });

  it('an empty vault: no months, null rate and median, nothing carried', () => {
    const empty = vaultInsights([], now).overall;
    const noOutcomes = { total: 0, doneOnTime: 0, doneLate: 0, open: 0, dropped: 0 };
    assert.deepEqual(empty, {
      months: [],
      meetings: { held: 0, canceled: 0, rescheduled: 0, planned: 0 },
      sharing: { counted: 0, onTime: 0, late: 0, never: 0, rate: null },
      commitments: { total: 0, doneOnTime: 0, doneLate: 0, open: 0, dropped: 0, droppedOnPurpose: 0, droppedSilently: 0 },
      commitmentsBySide: { mine: noOutcomes, theirs: noOutcomes, others: noOutcomes },
      medianDaysToClose: null,
      mostCarried: [],
      calendar: null,
      priorities: null,
    });
  });

  it('priorities over time, per person: the current ones with their weeks, those that left without a word in the last 90 days; none for everyone', () => {
    const held = (date: string, priorities: string[]): NoteSpec => ({ date, status: 'held', sections: { priorities } });
    const { index: v } = buildVault({
      now: NOW,
      profiles: { dana: DANA },
      notes: [
        // Left on 4 Aug after three weeks (14 Jul → 28 Jul): 111 days before 23 Nov, more than 90.
        held('2026-07-14', ['1. Summer hiring']),
        held('2026-07-21', ['1. Summer hiring']),
        held('2026-07-28', ['1. Summer hiring']),
        held('2026-08-04', ['1. Ship the importer']),
        // Ship the importer: 4 Aug → 17 Nov, 105 days: 16 weeks. Pricing page: 1 Sep → 6 Oct, 35 days: 6 weeks, gone on 20 Oct.
        held('2026-09-01', ['1. Ship the importer', '2. Pricing page']),
        { date: '2026-09-15', status: 'canceled', sections: { priorities: [] } },
        held('2026-10-06', ['1. Ship the importer', '2. Pricing page']),
        held('2026-10-20', ['1. Ship the importer']),
        held('2026-11-17', ['1. Q1 roadmap <draft>', '2. ship the importer']),
      ],
    });
    const insights = vaultInsights([v.seriesState('dana')!], now);
    assert.deepEqual(insights.series[0].priorities, {
      current: [
        { text: 'Q1 roadmap <draft>', since: '2026-11-17', weeks: 1 },
        { text: 'ship the importer', since: '2026-08-04', weeks: 16 },
      ],
      leftSilently: [{ text: 'Pricing page', from: '2026-09-01', to: '2026-10-06', goneOn: '2026-10-20', weeks: 6 }],
    });
    assert.equal(insights.overall.priorities, null);
  });

  it('most carried: five at most, most carries first, then by line; months across a year boundary', () => {
    // Seven items raised on 28 Dec 2026; all carried into 4 Jan and 11 Jan 2027; One to Three once more into
    // the planned 18 Jan. Four to Seven live in 11 Jan, the latest held note: open, not dropped.
    const names = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven'];
    const carried = names.map((t, i) => `- [>] Item ${t} ^i${i}`);
    const open = carried.map((line) => line.replace('[>]', '[ ]'));
    const { index: v } = buildVault({
      now: '2027-01-13T09:00',
      profiles: { dana: DANA },
      notes: [
        { date: '2026-12-28', status: 'held', sections: { commitments: carried } },
        { date: '2027-01-04', status: 'held', sections: { 'action-items': carried } },
        { date: '2027-01-11', status: 'held', sections: { 'action-items': [...carried.slice(0, 3), ...open.slice(3)] } },
        { date: '2027-01-18', status: 'planned', sections: { 'action-items': open.slice(0, 3) } },
      ],
    });
    const f = seriesInsights(v.seriesState('dana')!);
    // One, Two, Three: 4 Jan, 11 Jan, 18 Jan = 3; Four to Seven: 4 Jan, 11 Jan = 2, all raised 28 Dec in one
    // note: by line, so Four and Five make the five, Six and Seven do not.
    assert.deepEqual(
      f.mostCarried.map((c) => [c.text, c.carried]),
      [
        ['Item One', 3],
        ['Item Two', 3],
        ['Item Three', 3],
        ['Item Four', 2],
        ['Item Five', 2],
      ],
    );
    assert.deepEqual(f.commitments, { total: 7, doneOnTime: 0, doneLate: 0, open: 7, dropped: 0, droppedOnPurpose: 0, droppedSilently: 0 });
    // 28 Dec; 4 and 11 Jan held, 18 Jan planned
    assert.deepEqual(f.months, [month('2026-12', { held: 1 }), month('2027-01', { held: 2, planned: 1 })]);
  });
});
