import { strict as assert } from 'node:assert';
import { buildNextAgenda, planNextAgenda } from '../../../src/core/agenda/agenda';
import type { MeetingNote } from '../../../src/core/model/model';
import { defaultRescheduleDate, planReschedule, rescheduleDateProblem, type ReschedulePlan } from '../../../src/core/edits/reschedule';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { buildVault, summary, type TestVault } from '../helpers/vaultBuilder';

// SPEC §3 (status rescheduled, moved_to), §6 (a rescheduled note's agenda moves on), §7 (mark rescheduled).

const OLD = '1on1/dana/2026-11-24.md';

const NOTE = [
  '---',
  '# written by hand',
  'with: Dana Whitfield   # display name',
  'date: 2026-11-24',
  'time: "10:00"',
  'status: planned       # until we meet',
  'rotation: skill',
  '---',
  '# 1x1 with Dana — Tue 24 Nov 2026',
  '',
  '## Action items from last time',
  '- [ ] Draft the onboarding guide 📅 2026-11-27 ^k3f9x2',
  '',
  '## Roadblocks',
  'Waiting for the billing dashboard.',
  '',
  '## Private',
  'Ask about the team lead role.',
  '',
].join('\n');

/** Plans the move of one note in a vault holding only that note (and `others`), and applies the old note's edits. */
function move(text: string, date: string, options: { file?: string; others?: Record<string, string> } = {}): { plan: ReschedulePlan; oldAfter: string; vault: TestVault } {
  const file = options.file ?? OLD;
  const vault = buildVault({ now: '2026-11-23T09:00', files: { [file]: text, ...options.others } });
  const note = vault.index.note(file);
  assert.ok(note, `${file} is a note`);
  const outcome = planReschedule({ note, text, date, seriesNotes: vault.index.seriesState(note.series)!.notes, exists: (f) => vault.index.has(f) });
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.reason);
  return { plan: outcome.plan, oldAfter: applyEdits(text, outcome.plan.oldEdits), vault };
}

describe('reschedule', () => {
  it('moves every line of the body to the new note; its front matter says the new date and planned, comments kept', () => {
    const { plan, oldAfter } = move(NOTE, '2026-11-26');
    assert.equal(plan.file, '1on1/dana/2026-11-26.md');
    assert.equal(
      plan.text,
      [
        '---',
        '# written by hand',
        'with: Dana Whitfield   # display name',
        'date: 2026-11-26',
        'time: "10:00"',
        'status: planned       # until we meet',
        'rotation: skill',
        '---',
        '# 1x1 with Dana — Thu 26 Nov 2026',
        '',
        '## Action items from last time',
        '- [ ] Draft the onboarding guide 📅 2026-11-27 ^k3f9x2',
        '',
        '## Roadblocks',
        'Waiting for the billing dashboard.',
        '',
        '## Private',
        'Ask about the team lead role.',
        '',
      ].join('\n'),
    );
    assert.equal(
      oldAfter,
      [
        '---',
        '# written by hand',
        'with: Dana Whitfield   # display name',
        'date: 2026-11-24',
        'time: "10:00"',
        'status: rescheduled       # until we meet',
        'rotation: skill',
        'moved_to: 2026-11-26',
        '---',
        '# 1x1 with Dana — Tue 24 Nov 2026',
        '',
        'Moved to Thu 26 Nov 2026: the agenda is in [2026-11-26.md](2026-11-26.md).',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line ends in both notes', () => {
    const crlf = NOTE.replace(/\n/g, '\r\n');
    const { plan, oldAfter } = move(crlf, '2026-11-26');
    assert.equal(plan.text, move(NOTE, '2026-11-26').plan.text.replace(/\n/g, '\r\n'));
    assert.equal(oldAfter, move(NOTE, '2026-11-26').oldAfter.replace(/\n/g, '\r\n'));
    assert.ok(!/[^\r]\n/.test(plan.text) && !/[^\r]\n/.test(oldAfter), 'no bare LF');
  });

  it('keeps a byte order mark in both notes, edits placed as without it', () => {
    const { plan, oldAfter } = move('\uFEFF' + NOTE, '2026-11-26');
    const plain = move(NOTE, '2026-11-26');
    assert.equal(plan.text, '\uFEFF' + plain.plan.text);
    assert.equal(oldAfter, '\uFEFF' + plain.oldAfter);
  });

  it('a note dated by its file name only gets `date:` in the new note and keeps none in the old', () => {
    const text = ['---', 'with: Dana Whitfield', '---', '# 1x1 with Dana — 2026-11-24', '', '## Roadblocks', 'None.', ''].join('\n');
    const { plan, oldAfter } = move(text, '2026-12-01');
    assert.equal(plan.file, '1on1/dana/2026-12-01.md');
    assert.equal(plan.text, ['---', 'with: Dana Whitfield', 'date: 2026-12-01', 'status: planned', '---', '# 1x1 with Dana — 2026-12-01', '', '## Roadblocks', 'None.', ''].join('\n'));
    assert.equal(
      oldAfter,
      ['---', 'with: Dana Whitfield', 'status: rescheduled', 'moved_to: 2026-12-01', '---', '# 1x1 with Dana — 2026-11-24', '', 'Moved to Tue 1 Dec 2026: the agenda is in [2026-12-01.md](2026-12-01.md).', ''].join('\n'),
    );
  });

  it('a note without front matter gets one in both notes', () => {
    const text = '## Roadblocks\nNone.\n';
    const { plan, oldAfter } = move(text, '2026-11-25');
    assert.equal(plan.text, '---\ndate: 2026-11-25\nstatus: planned\n---\n## Roadblocks\nNone.\n');
    assert.equal(oldAfter, '---\nstatus: rescheduled\nmoved_to: 2026-11-25\n---\nMoved to Wed 25 Nov 2026: the agenda is in [2026-11-25.md](2026-11-25.md).\n');
  });

  it('keeps the time written only inside `date:` as `time:`', () => {
    const text = ['---', 'with: Dana Whitfield', 'date: 2026-11-24T10:30', '---', '# 1x1', ''].join('\n');
    const { plan, vault } = move(text, '2026-11-26');
    assert.equal(plan.text, ['---', 'with: Dana Whitfield', 'date: 2026-11-26', 'status: planned', 'time: 10:30', '---', '# 1x1', ''].join('\n'));
    vault.index.setFile(plan.file, plan.text);
    assert.equal(vault.index.note(plan.file)!.time, '10:30');
  });

  it('a day that has a note already gets `<date>-2.md` (then -3), never the existing file', () => {
    const other = ['---', 'with: Dana Whitfield', 'date: 2026-11-26', '---', '# Other', ''].join('\n');
    assert.equal(move(NOTE, '2026-11-26', { others: { '1on1/dana/2026-11-26.md': other } }).plan.file, '1on1/dana/2026-11-26-2.md');
    const both = { '1on1/dana/2026-11-26.md': other, '1on1/dana/2026-11-26-2.md': other };
    const { plan, oldAfter } = move(NOTE, '2026-11-26', { others: both });
    assert.equal(plan.file, '1on1/dana/2026-11-26-3.md');
    assert.match(oldAfter, /the agenda is in \[2026-11-26-3\.md\]\(2026-11-26-3\.md\)/);
  });

  it('a file named for the day but dated otherwise still takes the name: the new note is -2', () => {
    const misnamed = ['---', 'with: Dana Whitfield', 'date: 2026-11-27', '---', ''].join('\n');
    assert.equal(move(NOTE, '2026-11-26', { others: { '1on1/dana/2026-11-26.md': misnamed } }).plan.file, '1on1/dana/2026-11-26-2.md');
  });

  it('writes the new note next to the old one (a sub-folder stays the same)', () => {
    assert.equal(move(NOTE, '2026-11-26', { file: '1on1/dana/archive/2026-11-24.md' }).plan.file, '1on1/dana/archive/2026-11-26.md');
  });

  it('refuses an invalid, impossible or unchanged date, and a note moved already', () => {
    const note = { date: '2026-11-24' };
    assert.match(rescheduleDateProblem(note, '26/11/2026')!, /YYYY-MM-DD/);
    assert.match(rescheduleDateProblem(note, '2026-02-30')!, /not a day on the calendar/);
    assert.match(rescheduleDateProblem(note, '2026-11-24')!, /already/);
    assert.equal(rescheduleDateProblem(note, ' 2026-11-26 '), undefined);
    const moved: Pick<MeetingNote, 'file' | 'date' | 'time' | 'status' | 'movedTo'> = { file: OLD, date: '2026-11-24', time: undefined, status: 'rescheduled', movedTo: '2026-11-26' };
    const outcome = planReschedule({ note: moved, text: NOTE, date: '2026-11-27', seriesNotes: [] });
    assert.deepEqual(outcome, { ok: false, reason: `${OLD} is rescheduled already (moved to Thu 26 Nov 2026).` });
  });

  it('refuses a note whose front matter is not YAML, changing nothing', () => {
    const broken = ['---', 'with: [Dana', 'date: 2026-11-24', '---', ''].join('\n');
    const outcome = planReschedule({ note: { file: OLD, date: '2026-11-24', time: undefined, status: 'planned', movedTo: undefined }, text: broken, date: '2026-11-26', seriesNotes: [] });
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.reason, /cannot be read as YAML/);
  });

  describe('the default date', () => {
    // Weekly on Tuesdays; today Mon 23 Nov. A meeting that cannot take place moves by a day or
    // two, not onto the next regular meeting (issue 12: it proposed a date two weeks out).
    const PROFILE = { with: 'Dana Whitfield', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
    const TODAY = '2026-11-23';
    it("is the next working day after the note's date", () => {
      const vault = buildVault({ now: '2026-11-23T09:00', profiles: { dana: PROFILE }, notes: [{ date: '2026-11-24' }, { date: '2026-12-01' }] });
      assert.equal(defaultRescheduleDate(vault.index.seriesState('dana')!, '2026-11-24', TODAY), '2026-11-25');
    });
    it('skips the weekend, days with a note, and the next regular meeting', () => {
      const vault = buildVault({ now: '2026-11-23T09:00', profiles: { dana: PROFILE }, notes: [{ date: '2026-11-24' }, { date: '2026-11-25' }, { date: '2026-11-26' }, { date: '2026-11-27' }] });
      // Fri 27 has a note, Sat and Sun are no working days, Mon 30 Nov is free.
      assert.equal(defaultRescheduleDate(vault.index.seriesState('dana')!, '2026-11-24', TODAY), '2026-11-30');
      const mondays = { ...PROFILE, day: 'monday' };
      const weekly = buildVault({ now: '2026-11-23T09:00', profiles: { dana: mondays }, notes: [{ date: '2026-11-27' }] });
      // Fri 27 Nov moved: not Mon 30 Nov, which is the next regular 1x1.
      assert.equal(defaultRescheduleDate(weekly.index.seriesState('dana')!, '2026-11-27', TODAY), '2026-12-01');
    });
    it('is after today for a meeting whose day has passed or is today (and still not the next regular 1x1)', () => {
      const vault = buildVault({ now: '2026-11-23T09:00', profiles: { dana: PROFILE }, notes: [{ date: '2026-11-17' }, { date: '2026-11-23' }] });
      // Tomorrow is Tue 24 Nov, the next regular 1x1: Wed 25 Nov.
      assert.equal(defaultRescheduleDate(vault.index.seriesState('dana')!, '2026-11-17', TODAY), '2026-11-25');
      assert.equal(defaultRescheduleDate(vault.index.seriesState('dana')!, '2026-11-23', TODAY), '2026-11-25');
      const mondays = buildVault({ now: '2026-11-23T09:00', profiles: { dana: { ...PROFILE, day: 'monday' } }, notes: [{ date: '2026-11-16' }] });
      assert.equal(defaultRescheduleDate(mondays.index.seriesState('dana')!, '2026-11-16', TODAY), '2026-11-24');
    });
    it('follows oneOnOne.workingDays: someone who works Saturdays gets Sat 28 Nov', () => {
      const settings = { workingDays: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] };
      const vault = buildVault({ now: '2026-11-23T09:00', settings, profiles: { dana: PROFILE }, notes: [{ date: '2026-11-24' }, { date: '2026-11-25' }, { date: '2026-11-26' }, { date: '2026-11-27' }] });
      assert.equal(defaultRescheduleDate(vault.index.seriesState('dana')!, '2026-11-24', TODAY), '2026-11-28');
    });
    it('is the next working day without a cadence', () => {
      const vault = buildVault({ now: '2026-11-23T09:00', notes: [{ date: '2026-11-24' }] });
      assert.equal(defaultRescheduleDate(vault.index.seriesState('dana')!, '2026-11-24', TODAY), '2026-11-25');
    });
  });

  it('refuses a day in the past, saying how to record a meeting held on another day', () => {
    const note = { date: '2026-11-24' };
    assert.equal(
      rescheduleDateProblem(note, '2026-11-20', '2026-11-23'),
      'Fri 20 Nov 2026 is in the past; pick today or a later day (if the meeting was held on another day, change its date: instead)',
    );
    assert.equal(rescheduleDateProblem(note, '2026-11-23', '2026-11-23'), undefined, 'today is fine');
    const outcome = planReschedule({ note: { file: OLD, date: '2026-11-24', time: undefined, status: 'planned', movedTo: undefined }, text: NOTE, date: '2026-11-20', seriesNotes: [], today: '2026-11-23' });
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.reason, /in the past/);
  });

  describe('what check says afterwards', () => {
    // A held note whose commitment was carried to the next agenda, which is then moved. Had the
    // old note kept its items, the commitment would count as carried twice (stale) and, moved
    // earlier, its live copy would sit in the old note.
    const PROFILE = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };
    const ITEM = 'Draft the onboarding guide 📅 2026-12-04';
    const vaultBefore = () =>
      buildVault({
        now: '2026-11-23T09:00',
        profiles: { dana: PROFILE },
        notes: [
          { date: '2026-11-17', status: 'held', sections: { commitments: [`- [>] ${ITEM} ^k3f9x2`, '- [ ] Book the security review 📅 2026-12-10'] } },
          {
            date: '2026-11-24',
            status: 'planned',
            fm: { time: '"10:00"', shared: '2026-11-22T16:00' },
            sections: { 'action-items': [`- [ ] ${ITEM} ^k3f9x2`], commitments: ['- [ ] Book the security review 📅 2026-12-10'] },
          },
        ],
      });

    for (const date of ['2026-11-26', '2026-11-23']) {
      it(`is clean after moving the agenda to ${date}, and the commitments' live items are in the new note`, () => {
        const before = vaultBefore();
        assert.deepEqual(summary(before.findings()), [], 'the vault is clean before the move');
        const text = before.texts.get(OLD)!;
        const outcome = planReschedule({ note: before.index.note(OLD)!, text, date, seriesNotes: before.index.seriesState('dana')!.notes });
        assert.ok(outcome.ok);
        const after = before.withTexts(new Map([[OLD, applyEdits(text, outcome.plan.oldEdits)], [outcome.plan.file, outcome.plan.text]]));
        assert.deepEqual(summary(after.findings()), []);
        const state = after.index.seriesState('dana')!;
        const lives = state.lineages.lineages.map((l) => l.occurrences[l.occurrences.length - 1]);
        assert.deepEqual(
          lives.map((r) => `${r.note.file} ${r.item.state}`),
          [`${outcome.plan.file} open`, `${outcome.plan.file} open`],
        );
        assert.deepEqual(
          state.lineages.lineages.map((l) => l.carried),
          [1, 1],
          'moving the meeting is not one more carry',
        );
        assert.equal(after.index.note(OLD)!.status, 'rescheduled');
        assert.equal(after.index.note(OLD)!.movedTo, date);
      });

      it(`after moving to ${date}, the next agenda carries from the moved note and takes the topic after its own`, () => {
        const before = vaultBefore();
        const text = before.texts.get(OLD)!;
        const outcome = planReschedule({ note: before.index.note(OLD)!, text, date, seriesNotes: before.index.seriesState('dana')!.notes });
        assert.ok(outcome.ok);
        const after = before.withTexts(new Map([[OLD, applyEdits(text, outcome.plan.oldEdits)], [outcome.plan.file, outcome.plan.text.replace('status: planned', 'status: held\nrotation: skill')]]));
        const series = after.index.seriesState('dana')!;
        const plan = planNextAgenda(series, '1on1/dana', { date: '2026-11-27', time: '09:00' }, '2026-12-01');
        assert.ok(plan.kind === 'create');
        assert.equal(plan.previous?.file, outcome.plan.file, 'the previous agenda is where the meeting moved, even to an earlier day');
        const agenda = buildNextAgenda({ series, date: plan.date, file: plan.file, previous: plan.previous, sources: plan.sources.map((note) => ({ note, text: after.texts.get(note.file)! })) });
        assert.match(agenda.text, /^rotation: personal$/m, 'skill was discussed: the next topic is personal');
        assert.match(agenda.text, /Draft the onboarding guide/);
      });
    }
  });
});
