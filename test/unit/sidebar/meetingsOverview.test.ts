import { strict as assert } from 'node:assert';
import { planNextAgenda } from '../../../src/core/agenda/agenda';
import { meetingsOverview, type MeetingEntry } from '../../../src/core/views/meetingsView';
import { buildVault, type NoteSpec } from '../helpers/vaultBuilder';

// Mon 23 Nov 2026, 17:30. Dana: weekly on Tuesdays at 10:00.
const NOW = '2026-11-23T17:30';
const DANA = { with: 'Dana Whitfield', role: 'manager', cadence: 'weekly', day: 'tuesday', time: '"10:00"', since: '2026-09-01' };

const HELD_10 = { date: '2026-11-10', status: 'held', sections: { commitments: ['- [ ] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2'] } };
const HELD_17 = {
  date: '2026-11-17',
  status: 'held',
  sections: { 'action-items': ['- [>] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2'], commitments: ['- [ ] Book the security review 📅 2026-11-28', '- [x] Ship it ✅ 2026-11-18'] },
};
const PLANNED_24 = {
  date: '2026-11-24',
  status: 'planned',
  fm: { time: '"10:00"' },
  sections: { 'action-items': ['- [ ] Draft the onboarding guide 📅 2026-11-21 ^k3f9x2', '- [ ] Book the security review 📅 2026-11-28'] },
};

/** `profile` null: the series has no profile.md. */
function overview(notes: NoteSpec[], profile: Record<string, string> | null = DANA, now = NOW) {
  const v = buildVault({ now, profiles: profile ? { dana: profile } : {}, notes });
  const state = v.index.seriesState('dana')!;
  return { state, overview: meetingsOverview(state) };
}

const brief = (entries: MeetingEntry[]) => entries.map((m) => `${m.date} ${m.time ?? '-'} ${m.status}${m.note ? ' note' : ''}${m.writable ? ' writable' : ''} ${m.open}/${m.overdue}`);

describe('meetings overview', () => {
  it('names the series and says its role and cadence', () => {
    const { overview: o } = overview([HELD_10, HELD_17, PLANNED_24]);
    assert.deepEqual([o.id, o.name, o.role, o.cadence, o.cadenceInferred], ['dana', 'Dana Whitfield', 'manager', 'weekly', false]);
  });

  it('lists the next three meetings, the written one with its note, then the past notes newest first', () => {
    const { overview: o } = overview([HELD_10, HELD_17, PLANNED_24]);
    assert.deepEqual(brief(o.upcoming), ['2026-11-24 10:00 planned note 2/1', '2026-12-01 10:00 planned 0/0', '2026-12-08 10:00 planned 0/0']);
    assert.deepEqual(brief(o.past), ['2026-11-17 10:00 held note 0/0', '2026-11-10 10:00 held note 0/0']);
    assert.deepEqual(o.past.map((m) => m.note!.file), ['1on1/dana/2026-11-17.md', '1on1/dana/2026-11-10.md']);
  });

  it('counts a commitment in the note that holds its latest copy only, and the series total', () => {
    const { overview: o } = overview([HELD_10, HELD_17, PLANNED_24]);
    assert.deepEqual([o.open, o.overdue], [2, 1]);
    // Without the agenda of the 24th, the review lives in the note it was last written in; so does
    // the guide: its latest copy is marked carried ([>]) but no later note has it, so it is still
    // open there (and overdue) — a commitment is never lost by a `[>]` that led nowhere.
    const without = overview([HELD_10, HELD_17]).overview;
    assert.deepEqual(brief(without.past), ['2026-11-17 10:00 held note 2/1', '2026-11-10 10:00 held note 0/0']);
    assert.deepEqual([without.open, without.overdue], [2, 1]);
    // Left open in the older note (carrying not marked), the guide counts there, overdue.
    const unmarked = { ...HELD_17, sections: { ...HELD_17.sections, 'action-items': ['Nothing carried.'] } };
    assert.deepEqual(brief(overview([HELD_10, unmarked]).overview.past), ['2026-11-17 10:00 held note 1/0', '2026-11-10 10:00 held note 1/1']);
  });

  it('marks the next meeting writable when it has no note — the date New 1x1 agenda writes', () => {
    const { state, overview: o } = overview([HELD_10, HELD_17]);
    assert.deepEqual(brief(o.upcoming), ['2026-11-24 10:00 planned writable 0/0', '2026-12-01 10:00 planned 0/0', '2026-12-08 10:00 planned 0/0']);
    const plan = planNextAgenda(state, '1on1/dana', state.now);
    assert.equal(plan.kind === 'create' && plan.date, o.upcoming[0].date);
    // Once the next agenda is written, no later meeting can be written from the view.
    assert.ok(overview([HELD_10, HELD_17, PLANNED_24]).overview.upcoming.every((m) => !m.writable));
  });

  it('shows a canceled meeting to come among the upcoming ones, and the schedule skips its date', () => {
    const canceled = { date: '2026-12-01', status: 'canceled', fm: { time: '"10:00"' } };
    const { overview: o } = overview([HELD_10, HELD_17, PLANNED_24, canceled]);
    assert.deepEqual(brief(o.upcoming), ['2026-11-24 10:00 planned note 2/1', '2026-12-01 10:00 canceled note 0/0', '2026-12-08 10:00 planned 0/0', '2026-12-15 10:00 planned 0/0']);
    assert.equal(o.past.length, 2);
  });

  it('keeps agendas written further ahead than three meetings, so every note is shown once', () => {
    const ahead = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'].map((date) => ({ date, status: 'planned' }));
    const { state, overview: o } = overview([HELD_17, PLANNED_24, ...ahead]);
    assert.deepEqual(
      o.upcoming.map((m) => m.date),
      ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'],
    );
    const shown = [...o.upcoming, ...o.past].map((m) => m.note?.file).filter(Boolean).sort();
    assert.deepEqual(shown, state.notes.map((n) => n.file).sort());
  });

  it("puts today's meeting among the past ones once its time has passed", () => {
    const today = { date: '2026-11-24', status: 'planned', fm: { time: '"10:00"' } };
    const morning = overview([HELD_17, today], DANA, '2026-11-24T09:00').overview;
    assert.deepEqual(morning.upcoming.map((m) => m.date), ['2026-11-24', '2026-12-01', '2026-12-08']);
    const evening = overview([HELD_17, today], DANA, '2026-11-24T17:00').overview;
    assert.deepEqual(evening.upcoming.map((m) => m.date), ['2026-12-01', '2026-12-08', '2026-12-15']);
    assert.deepEqual(brief(evening.past), ['2026-11-24 10:00 planned note 0/0', '2026-11-17 10:00 held note 2/1']);
    assert.ok(evening.upcoming[0].writable);
  });

  it('without a profile: the name from the notes, role manager, the cadence inferred', () => {
    const { overview: o } = overview([{ date: '2026-11-03', status: 'held' }, HELD_10, HELD_17], null);
    assert.deepEqual([o.name, o.role, o.cadence, o.cadenceInferred], ['Dana Whitfield', 'manager', 'weekly', true]);
    assert.deepEqual(o.upcoming.map((m) => [m.date, m.time]), [['2026-11-24', undefined], ['2026-12-01', undefined], ['2026-12-08', undefined]]);
  });

  it('a series with only a profile has scheduled meetings and no past', () => {
    const v = buildVault({ now: NOW, profiles: { dana: DANA } });
    const o = meetingsOverview(v.index.seriesState('dana')!);
    assert.deepEqual(brief(o.upcoming), ['2026-11-24 10:00 planned writable 0/0', '2026-12-01 10:00 planned 0/0', '2026-12-08 10:00 planned 0/0']);
    assert.deepEqual(o.past, []);
  });

  it('a single note and no profile: no cadence, nothing scheduled, the note is past', () => {
    const { overview: o } = overview([HELD_17], null);
    assert.equal(o.cadence, undefined);
    assert.deepEqual(o.upcoming, []);
    assert.deepEqual(brief(o.past), ['2026-11-17 - held note 2/1']);
  });
});
