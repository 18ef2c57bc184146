import { strict as assert } from 'node:assert';
import { parseLocalDateTime } from '../../../src/core/schedule/clock';
import { ATTENTION_CODES, attentionText, weekAhead, weekOrder, type WeekMeeting } from '../../../src/core/views/week';
import { buildVault, type NoteSpec } from '../helpers/vaultBuilder';

// SPEC §11: `week` — each attention code at its edges, with the clock pinned either side of them.
const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
const SAM = { with: 'Sam Okafor', role: 'report', cadence: 'weekly', day: 'thursday', time: '"15:00"', since: '2026-09-03' };

/** The meetings of the week at `now` for a vault of these notes and profiles. */
function week(now: string, notes: NoteSpec[], profiles: Record<string, Record<string, string>> = { dana: DANA }, days?: number): WeekMeeting[] {
  const vault = buildVault({ now, notes, profiles });
  return weekAhead(vault.index.seriesStates(), parseLocalDateTime(now)!, days).meetings;
}

function codesOn(meetings: WeekMeeting[], date: string): string[] {
  const meeting = meetings.find((m) => m.date === date);
  assert.ok(meeting, `a meeting on ${date}; got ${meetings.map((m) => m.date).join(', ')}`);
  return meeting.attention;
}

// Dana meets Tuesdays at 10:00; the agenda of Tue 1 Dec is due Mon 30 Nov 17:00.
const HELD_24 = { date: '2026-11-24', status: 'held', fm: { rotation: 'business', shared: '2026-11-23T12:00' } };
const PLANNED_1_DEC = { date: '2026-12-01', fm: { rotation: 'skill' } };

describe('the week (SPEC §11)', () => {
  it('the window: today is day 1; a meeting today counts until its time; earliest first', () => {
    const notes = [HELD_24];
    assert.deepEqual(week('2026-11-24T09:59', notes, { dana: DANA, sam: SAM }).map((m) => `${m.series} ${m.date}`), ['dana 2026-11-24', 'sam 2026-11-26']);
    assert.deepEqual(week('2026-11-24T10:00', notes, { dana: DANA, sam: SAM }).map((m) => `${m.series} ${m.date}`), ['sam 2026-11-26']);
    assert.deepEqual(week('2026-11-25T08:00', notes, { dana: DANA, sam: SAM }, 7).map((m) => `${m.series} ${m.date}`), ['sam 2026-11-26', 'dana 2026-12-01']);
    assert.deepEqual(week('2026-11-25T08:00', notes, { dana: DANA, sam: SAM }, 6).map((m) => `${m.series} ${m.date}`), ['sam 2026-11-26']);
  });

  it('no-agenda (manager): less than 48 h before the share deadline — 47 h yes, 48 h and 49 h no; passed yes', () => {
    assert.deepEqual(codesOn(week('2026-11-28T18:00', [HELD_24]), '2026-12-01'), ['no-agenda']);
    assert.deepEqual(codesOn(week('2026-11-28T17:00', [HELD_24]), '2026-12-01'), []);
    assert.deepEqual(codesOn(week('2026-11-28T16:00', [HELD_24]), '2026-12-01'), []);
    assert.deepEqual(codesOn(week('2026-11-30T18:00', [HELD_24]), '2026-12-01'), ['no-agenda']);
  });

  it('no-agenda (report): less than 48 h before the meeting itself', () => {
    const held = [{ date: '2026-11-26', series: 'sam', status: 'held', fm: { with: 'Sam Okafor', rotation: 'business' } }];
    assert.deepEqual(codesOn(week('2026-12-01T16:00', held, { sam: SAM }), '2026-12-03'), ['no-agenda']);
    assert.deepEqual(codesOn(week('2026-12-01T14:00', held, { sam: SAM }), '2026-12-03'), []);
    const meeting = week('2026-12-01T16:00', held, { sam: SAM })[0];
    assert.equal(meeting.shareBy, undefined, 'no share deadline with a report');
  });

  it('not-shared: a written agenda, not shared, less than 24 h before the deadline or past it; never once shared', () => {
    const notes = [HELD_24, PLANNED_1_DEC];
    assert.deepEqual(codesOn(week('2026-11-29T17:01', notes), '2026-12-01'), ['not-shared']);
    assert.deepEqual(codesOn(week('2026-11-29T17:00', notes), '2026-12-01'), []);
    assert.deepEqual(codesOn(week('2026-11-29T16:00', notes), '2026-12-01'), []);
    assert.deepEqual(codesOn(week('2026-11-30T17:30', notes), '2026-12-01'), ['not-shared']);
    const shared = [HELD_24, { ...PLANNED_1_DEC, fm: { ...PLANNED_1_DEC.fm, shared: '2026-11-30T16:00' } }];
    assert.deepEqual(codesOn(week('2026-11-30T17:30', shared), '2026-12-01'), []);
  });

  it('overdue-mine and overdue-theirs: by who owes the open item; due today is not overdue; a third party is neither', () => {
    const items = (due: string) => [`- [ ] Send the forecast 📅 ${due}`, `- [ ] Confirm the headcount 📅 ${due} @Dana`, `- [ ] Approve the budget 📅 2026-11-20 @finance`];
    const today = '2026-11-27';
    const overdue = week(`${today}T09:00`, [{ ...HELD_24, sections: { commitments: items('2026-11-26') } }]);
    assert.deepEqual(codesOn(overdue, '2026-12-01'), ['overdue-mine', 'overdue-theirs']);
    assert.deepEqual([overdue[0].mine, overdue[0].theirs, overdue[0].others], [{ open: 1, overdue: 1 }, { open: 1, overdue: 1 }, { open: 1, overdue: 1 }]);
    const dueToday = week(`${today}T09:00`, [{ ...HELD_24, sections: { commitments: items(today) } }]);
    assert.deepEqual(codesOn(dueToday, '2026-12-01'), []);
  });

  it('stale: an open lineage raised 28 days ago (not 27), or carried twice; stale counts them', () => {
    const notes = [
      { date: '2026-11-03', status: 'held', fm: { rotation: 'business' }, sections: { commitments: ['- [ ] Book the security review ^sec1'] } },
      { date: '2026-11-10', status: 'held', fm: { rotation: 'skill' }, sections: { 'action-items': ['- [ ] Book the security review ^sec1'] } },
      { date: '2026-11-17', status: 'held', fm: { rotation: 'personal' }, sections: { 'action-items': ['- [ ] Book the security review ^sec1'] } },
    ];
    // Carried twice (10 and 17 Nov): stale from the start.
    const carried = week('2026-11-18T09:00', notes);
    assert.ok(codesOn(carried, '2026-11-24').includes('stale'));
    assert.equal(carried[0].stale, 1);
    const once = notes.slice(0, 2);
    assert.ok(!codesOn(week('2026-11-30T09:00', once), '2026-12-01').includes('stale'), '27 days, carried once');
    assert.ok(codesOn(week('2026-12-01T09:00', once), '2026-12-01').includes('stale'), '28 days');
  });

  it('long-gap: the last held meeting more than twice the cadence before — exactly twice is not', () => {
    const heldOn = (date: string) => [{ date, status: 'held', fm: { rotation: 'business' } }];
    assert.ok(!codesOn(week('2026-11-30T09:00', heldOn('2026-11-17')), '2026-12-01').includes('long-gap'), '14 days');
    const gap = week('2026-11-30T09:00', heldOn('2026-11-16'));
    assert.ok(codesOn(gap, '2026-12-01').includes('long-gap'), '15 days');
    assert.equal(gap[0].lastHeld, '2026-11-16');
    // The CLI's text and the This week view say it the same way, the date in words.
    assert.equal(attentionText(gap[0], 'long-gap'), 'long gap since the last 1x1 (last held Mon 16 Nov)');
  });

  it('manager-topic: the note says manager, or the unwritten agenda would take it', () => {
    const written = week('2026-11-26T09:00', [HELD_24, { date: '2026-12-01', fm: { rotation: 'manager', shared: '2026-11-25T10:00' } }]);
    assert.deepEqual(codesOn(written, '2026-12-01'), ['manager-topic']);
    const predicted = week('2026-11-26T09:00', [{ ...HELD_24, fm: { rotation: 'personal', shared: '2026-11-23T12:00' } }]);
    assert.deepEqual(codesOn(predicted, '2026-12-01'), ['manager-topic']);
    assert.equal(predicted[0].rotation, 'manager');
    // Two unwritten meetings in the window: one step of the rotation each.
    const two = week('2026-11-26T09:00', [{ ...HELD_24, fm: { rotation: 'skill', shared: '2026-11-23T12:00' } }], { dana: DANA }, 14);
    assert.deepEqual(two.map((m) => m.rotation), ['personal', 'manager']);
    // A written agenda, then an unwritten meeting: the topic after the written one.
    const writtenThenNot = week('2026-11-26T09:00', [HELD_24, { date: '2026-12-01', fm: { rotation: 'personal' } }], { dana: DANA }, 14);
    assert.deepEqual(writtenThenNot.map((m) => [m.date, m.rotation, m.attention.includes('manager-topic')]), [
      ['2026-12-01', 'personal', false],
      ['2026-12-08', 'manager', true],
    ]);
  });

  it('every code in the spec order, and the text order puts the meetings that need me first', () => {
    assert.deepEqual([...ATTENTION_CODES], ['no-agenda', 'not-shared', 'overdue-mine', 'overdue-theirs', 'stale', 'long-gap', 'manager-topic']);
    // Sam (Thu) has an overdue item of his; Dana (Tue) nothing: JSON earliest first, the text Sam first.
    const meetings = week(
      '2026-11-30T09:00',
      [
        { ...HELD_24, fm: { rotation: 'business', shared: '2026-11-23T12:00' } },
        { date: '2026-12-01', fm: { rotation: 'skill', shared: '2026-11-29T12:00' } },
        { date: '2026-11-26', series: 'sam', status: 'held', fm: { with: 'Sam Okafor', rotation: 'business' }, sections: { commitments: ['- [ ] Write the incident review 📅 2026-11-27 @sam'] } },
        { date: '2026-12-03', series: 'sam', fm: { with: 'Sam Okafor', rotation: 'skill' } },
      ],
      { dana: DANA, sam: SAM },
    );
    assert.deepEqual(meetings.map((m) => [m.series, m.attention.join(',')]), [['dana', ''], ['sam', 'overdue-theirs']]);
    assert.deepEqual(weekOrder(meetings).map((m) => m.series), ['sam', 'dana']);
  });
});
