import { strict as assert } from 'node:assert';
import { buildNextAgenda, droppedBeforeAgenda, planNextAgenda, seriesForName, unreadableNoteInTheWay, unreadableNoteMessage, type NextAgenda } from '../../../src/core/agenda/agenda';
import { fixedClock } from '../../../src/core/schedule/clock';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { applyEdits } from '../../../src/core/edits/textEdit';
import { VaultIndex } from '../../../src/core/vault/vaultIndex';
import { parseNote } from '../../../src/parsing/parseNote';

const PROFILE = '---\nwith: Dana Whitfield\nrole: manager\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01\n---\n';

function held(date: string, body: string, extra = ''): string {
  return `---\nwith: Dana Whitfield\ndate: ${date}\nstatus: held\n${extra}---\n# 1x1 with Dana\n\n${body}`;
}

/** Builds the next agenda after the given files, as `new` would, and applies the previous note's edit. */
function next(files: Record<string, string>, options: { settings?: Partial<Settings>; template?: string; date?: string; now?: string } = {}) {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const [date, time] = (options.now ?? '2026-11-20T12:00').split('T');
  const index = new VaultIndex({ settings, clock: fixedClock({ date, time }) });
  for (const [file, text] of Object.entries(files)) index.setFile(`1on1/dana/${file}`, text);
  const series = index.seriesState('dana')!;
  const plan = planNextAgenda(series, '1on1/dana', { date, time }, options.date);
  assert.equal(plan.kind, 'create');
  if (plan.kind !== 'create') throw new Error('unreachable');
  const textOf = (file: string) => files[file.slice('1on1/dana/'.length)];
  const previousText = plan.previous ? textOf(plan.previous.file) : undefined;
  const agenda: NextAgenda = buildNextAgenda({
    series,
    date: plan.date,
    file: plan.file,
    previous: plan.previous,
    sources: plan.sources.map((note) => ({ note, text: textOf(note.file) })),
    template: options.template,
  });
  const previousAfter = previousText !== undefined ? applyEdits(previousText, agenda.previousEdits) : undefined;
  return { agenda, previousAfter, previousText, index };
}

function section(text: string, key: string): string[] {
  const note = parseNote(text);
  const s = note.sections.find((x) => x.key === key);
  assert.ok(s, `no ${key} section in:\n${text}`);
  return text.split('\n').slice(s.line + 1, s.endLine + 1).filter((l) => l.trim() !== '');
}

describe('next agenda', () => {
  it('carries every open item, adds ids, and marks the previous copies [>] — nothing else changes', () => {
    const previous = held(
      '2026-11-17',
      [
        '## Action items from last time',
        '- [x] Send the forecast ✅ 2026-11-16',
        '- [ ] Draft the guide 📅 2026-11-21 ^k3f9x2',
        '- [>] Already carried on ^old001',
        '- [-] Dropped on purpose',
        '## Commitments',
        '- [ ] Book the review 📅 2026-11-28',
        '- [/] Hire the SRE @dana',
        '',
      ].join('\n'),
    );
    const { agenda, previousAfter } = next({ 'profile.md': PROFILE, '2026-11-17.md': previous });
    assert.equal(agenda.file, '1on1/dana/2026-11-24.md');
    assert.equal(agenda.carried, 4);
    const carried = section(agenda.text, 'action-items');
    assert.equal(carried[0], '- [ ] Draft the guide 📅 2026-11-21 ^k3f9x2');
    // Marked [>] but copied nowhere: still open, so carried (open again); its own marker stays.
    assert.equal(carried[1], '- [ ] Already carried on ^old001');
    carried.splice(1, 1);
    assert.match(carried[1], /^- \[ \] Book the review 📅 2026-11-28 \^[a-z0-9]{6}$/);
    assert.match(carried[2], /^- \[\/\] Hire the SRE @dana \^[a-z0-9]{6}$/);
    const newId = carried[1].slice(-6);
    // The previous note: only the markers and the new ids changed.
    const expected = previous
      .replace('- [ ] Draft the guide', '- [>] Draft the guide')
      .replace('- [ ] Book the review 📅 2026-11-28', `- [>] Book the review 📅 2026-11-28 ^${newId}`)
      .replace(/- \[\/\] Hire the SRE @dana/, `- [>] Hire the SRE @dana ^${carried[2].slice(-6)}`);
    assert.equal(previousAfter, expected);
  });

  it('keeps an open child under its open parent, and lifts one whose parent is done', () => {
    const previous = held('2026-11-17', ['## Commitments', '- [ ] Parent ^par001', '  - [ ] Child ^chi001', '1. [x] Done parent', '   - [ ] Orphan ^orp001', ''].join('\n'));
    const { agenda } = next({ 'profile.md': PROFILE, '2026-11-17.md': previous });
    assert.deepEqual(section(agenda.text, 'action-items'), ['- [ ] Parent ^par001', '  - [ ] Child ^chi001', '- [ ] Orphan ^orp001']);
  });

  it('with no open items, carries nothing and leaves the previous note alone', () => {
    const previous = held('2026-11-17', '## Commitments\n- [x] All done ✅ 2026-11-17\n');
    const { agenda, previousAfter } = next({ 'profile.md': PROFILE, '2026-11-17.md': previous });
    assert.equal(agenda.carried, 0);
    assert.deepEqual(agenda.previousEdits, []);
    assert.equal(previousAfter, previous);
    assert.deepEqual(section(agenda.text, 'roadblocks').length, 0);
  });

  it('a CRLF previous note keeps its CRLF, and a block quote item is carried without its quote', () => {
    const previous = held('2026-11-17', '## Commitments\n> [!todo]\n> - [ ] In a callout 📅 2026-11-30\n').replace(/\n/g, '\r\n');
    const { agenda, previousAfter } = next({ 'profile.md': PROFILE, '2026-11-17.md': previous });
    const [line] = section(agenda.text, 'action-items');
    assert.match(line, /^- \[ \] In a callout 📅 2026-11-30 \^[a-z0-9]{6}$/);
    assert.ok(previousAfter!.includes(`> - [>] In a callout 📅 2026-11-30 ^${line.slice(-6)}\r\n`));
    assert.equal(previousAfter!.split('\r\n').length, previous.split('\r\n').length);
  });

  it('oneOnOne.markCarried off: ids are added, markers stay', () => {
    const previous = held('2026-11-17', '## Commitments\n- [ ] Book the review\n');
    const { previousAfter, agenda } = next({ 'profile.md': PROFILE, '2026-11-17.md': previous }, { settings: { markCarried: false } });
    const id = section(agenda.text, 'action-items')[0].slice(-6);
    assert.equal(previousAfter, previous.replace('- [ ] Book the review', `- [ ] Book the review ^${id}`));
  });

  it('the check afterwards reports no dropped commitment for what was carried', () => {
    const previous = held('2026-11-17', '## Commitments\n- [ ] Book the review\n- [ ] Ship it ^ship01\n');
    const { agenda, previousAfter } = next({ 'profile.md': PROFILE, '2026-11-10.md': held('2026-11-10', '## Notes\n'), '2026-11-17.md': previous });
    const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date: '2026-11-25', time: '12:00' }) });
    index.setFile('1on1/dana/profile.md', PROFILE);
    index.setFile('1on1/dana/2026-11-17.md', previousAfter!);
    index.setFile(agenda.file, agenda.text.replace('status: planned', 'status: held'));
    // 11-24 is now the latest held note: 11-17's items would be dropped had they not been carried.
    assert.deepEqual(index.findings().filter((f) => f.rule === 'dropped-commitment'), []);
    const uncarried = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date: '2026-11-25', time: '12:00' }) });
    uncarried.setFile('1on1/dana/2026-11-17.md', previous);
    uncarried.setFile(agenda.file, held('2026-11-24', '## Notes\n'));
    assert.equal(uncarried.findings().filter((f) => f.rule === 'dropped-commitment').length, 2, 'the same notes without the carry do drop them');
  });

  describe('rotation and heads-up', () => {
    const withRotation = (date: string, rotation: string, status = 'held') => `---\ndate: ${date}\nstatus: ${status}\nrotation: ${rotation}\n---\n## Notes\n`;

    it('takes the topic after the previous one, in the profile order', () => {
      const { agenda } = next({ 'profile.md': PROFILE, '2026-11-17.md': withRotation('2026-11-17', 'skill') });
      assert.equal(agenda.topic, 'personal');
      assert.match(agenda.text, /^rotation: personal$/m);
      assert.match(agenda.text, /^## Rotating topic: Personal goal$/m);
      const custom = PROFILE.replace('---\n', '---\ntopics: [skill, business]\n');
      assert.equal(next({ 'profile.md': custom, '2026-11-17.md': withRotation('2026-11-17', 'business') }).agenda.topic, 'skill');
    });

    it('after a canceled meeting, its topic again, and its prepared agenda moves on', () => {
      const canceled = `---\ndate: 2026-11-17\nstatus: canceled\nrotation: business\n---\n## Roadblocks\n- Waiting for billing access\n## Top 3 priorities\n1. Ship the importer\n## Commitments\n- [ ] Book the review ^book01\n`;
      const { agenda } = next({ 'profile.md': PROFILE, '2026-11-10.md': withRotation('2026-11-10', 'manager'), '2026-11-17.md': canceled });
      assert.equal(agenda.topic, 'business');
      assert.deepEqual(section(agenda.text, 'roadblocks'), ['- Waiting for billing access']);
      assert.deepEqual(section(agenda.text, 'priorities'), ['1. Ship the importer']);
      assert.deepEqual(section(agenda.text, 'action-items'), ['- [ ] Book the review ^book01']);
    });

    it('warns two weeks ahead when the manager topic is coming', () => {
      // New meeting 11-24 takes `skill`; 12-01 `personal`; 12-08 `manager` — 14 days after.
      const { agenda } = next({ 'profile.md': PROFILE, '2026-11-17.md': withRotation('2026-11-17', 'business') });
      assert.equal(agenda.headsUpFor, '2026-12-08');
      assert.deepEqual(section(agenda.text, 'need-to-know'), ['- Heads-up: on Tue 8 Dec 2026 the rotating topic is yours — manager brings one thing.']);
    });

    it('no heads-up when the manager topic is more than 14 days away, or when a canceled meeting pushes it', () => {
      assert.equal(next({ 'profile.md': PROFILE, '2026-11-17.md': withRotation('2026-11-17', 'manager') }).agenda.headsUpFor, undefined);
      // 12-01 canceled: after 11-24 (skill) come 12-08 (personal) and 12-15 (manager, 21 days).
      const files = { 'profile.md': PROFILE, '2026-11-17.md': withRotation('2026-11-17', 'business'), '2026-12-01.md': withRotation('2026-12-01', 'personal', 'canceled') };
      assert.equal(next(files).agenda.headsUpFor, undefined);
    });
  });

  describe('templates and first agendas', () => {
    it('the first agenda of a new series: today, the first topic, the name from the fallback', () => {
      const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date: '2026-11-20', time: '12:00' }) });
      const series = { id: 'carol', profile: undefined, notes: [], cadence: undefined, settings: DEFAULT_SETTINGS };
      const plan = planNextAgenda(series, '1on1/carol', { date: '2026-11-20', time: '12:00' });
      assert.deepEqual(plan, { kind: 'create', date: '2026-11-20', file: '1on1/carol/2026-11-20.md', previous: undefined, sources: [] });
      const agenda = buildNextAgenda({ series, date: plan.date, file: plan.file, personFallback: 'Carol Ng' });
      assert.match(agenda.text, /^with: Carol Ng$/m);
      assert.match(agenda.text, /^# 1x1 with Carol — Fri 20 Nov 2026$/m);
      assert.doesNotMatch(agenda.text, /time:/, 'no time known: no time line');
      index.setFile(agenda.file, agenda.text);
      assert.deepEqual(index.findings().filter((f) => f.rule === 'missing-section' || f.rule === 'invalid-front-matter'), []);
    });

    it('a note for the date exists: it is opened, never rewritten', () => {
      const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date: '2026-11-20', time: '12:00' }) });
      index.setFile('1on1/dana/profile.md', PROFILE);
      index.setFile('1on1/dana/2026-11-24-prep.md', '---\ndate: 2026-11-24\n---\n');
      assert.deepEqual(planNextAgenda(index.seriesState('dana')!, '1on1/dana', { date: '2026-11-20', time: '12:00' }), { kind: 'exists', date: '2026-11-24', file: '1on1/dana/2026-11-24-prep.md' });
    });

    it('a template.md: plain substitution of the documented variables; carried items go under the action items', () => {
      const template = '# {{person}} on {{weekday}} {{date}} at {{time}} ({{duration}} min)\n\n## Updates\n\n## Topic: {{topic}}\n{{unknown}} stays\n';
      const profile = PROFILE.replace('---\n', '---\nduration: 45\n');
      const { agenda } = next({ 'profile.md': profile, '2026-11-17.md': held('2026-11-17', '## Commitments\n- [ ] Ship it ^ship01\n') }, { template });
      assert.equal(
        agenda.text,
        '# Dana Whitfield on Tuesday 2026-11-24 at 10:00 (45 min)\n\n## Updates\n- [ ] Ship it ^ship01\n\n## Topic: Goals, metrics, OKRs\n{{unknown}} stays\n',
      );
    });
    it('a template: {{carried}} in a comment is not read, after a `%%` in a code span it is (issue 11: code is never a comment)', () => {
      const files = { 'profile.md': PROFILE, '2026-11-17.md': held('2026-11-17', '## Commitments\n- [ ] Ship it ^ship01\n') };
      const inComment = next(files, { template: '---\ndate: {{date}}\n---\n## Updates\n%% hidden\n{{carried}}\n%%\n' });
      assert.match(inComment.agenda.problem ?? '', /where they are not read \(in a comment or code\)/);
      const afterCode = next(files, { template: '---\ndate: {{date}}\n---\nWrite `%%` around a private remark.\n## Updates\n{{carried}}\n' });
      assert.equal(afterCode.agenda.problem, undefined);
      assert.match(afterCode.agenda.text, /^- \[ \] Ship it \^ship01$/m);
    });
  });

  describe('the previous meeting (issue 10)', () => {
    const stub = (date: string, status: string) => `---\ndate: ${date}\nstatus: ${status}\n---\nDid not happen.\n`;

    it('a run of canceled and rescheduled notes: carries from them and the held note before, each item once', () => {
      const files = {
        'profile.md': PROFILE,
        '2026-11-03.md': held('2026-11-03', '## Commitments\n- [ ] Older, dropped\n'),
        '2026-11-10.md': held('2026-11-10', '## Commitments\n- [ ] Book the review\n- [ ] Ship it ^ship01\n'),
        '2026-11-13.md': `---\ndate: 2026-11-13\nstatus: canceled\n---\n## Action items from last time\n- [ ] Ship it ^ship01\n`,
        '2026-11-17.md': stub('2026-11-17', 'rescheduled'),
      };
      const { agenda, index } = next(files);
      assert.deepEqual(section(agenda.text, 'action-items').map((l) => l.replace(/ \^[a-z0-9]{6}$/, '')), ['- [ ] Book the review', '- [ ] Ship it']);
      assert.deepEqual(agenda.carriedFrom, ['1on1/dana/2026-11-10.md', '1on1/dana/2026-11-13.md']);
      assert.deepEqual(new Set(agenda.previousEdits.map((e) => e.file)), new Set(['1on1/dana/2026-11-10.md', '1on1/dana/2026-11-13.md']));
      const dropped = droppedBeforeAgenda(index.seriesState('dana')!, '2026-11-24');
      assert.deepEqual(dropped.map((r) => [r.item.text, r.note.file]), [['Older, dropped', '1on1/dana/2026-11-03.md']]);
    });

    it('only canceled notes before: carries from all of them', () => {
      const files = { 'profile.md': PROFILE, '2026-11-10.md': `---\ndate: 2026-11-10\nstatus: canceled\n---\n- [ ] Prepared item\n`, '2026-11-17.md': stub('2026-11-17', 'canceled') };
      assert.equal(next(files).agenda.carried, 1);
    });

    it('a date before a held or planned note is refused, naming it; canceled ones after it do not count', () => {
      const index = new VaultIndex({ settings: DEFAULT_SETTINGS, clock: fixedClock({ date: '2026-11-20', time: '12:00' }) });
      index.setFile('1on1/dana/2026-11-10.md', held('2026-11-10', ''));
      index.setFile('1on1/dana/2026-11-17.md', held('2026-11-17', ''));
      index.setFile('1on1/dana/2026-12-01.md', stub('2026-12-01', 'canceled'));
      const plan = planNextAgenda(index.seriesState('dana')!, '1on1/dana', { date: '2026-11-20', time: '12:00' }, '2026-11-12');
      assert.equal(plan.kind === 'later-note' && plan.later.file, '1on1/dana/2026-11-17.md');
      assert.equal(planNextAgenda(index.seriesState('dana')!, '1on1/dana', { date: '2026-11-20', time: '12:00' }, '2026-11-24').kind, 'create');
    });

    it('an unreadable note on or after the notes carried from stops new; an older one does not', () => {
      const plan = { sources: [{ date: '2026-11-17' }] } as never;
      const skipped = (file: string, reason = 'skipped: binary content, not a Markdown note') => [{ file, reason }];
      assert.equal(unreadableNoteInTheWay(plan, '1on1/dana', skipped('1on1/dana/2026-11-10.md')), undefined);
      assert.equal(unreadableNoteInTheWay(plan, '1on1/dana', skipped('1on1/sam/2026-11-24.md')), undefined);
      const found = unreadableNoteInTheWay(plan, '1on1/dana', skipped('1on1/dana/2026-11-17-2.md'));
      assert.equal(unreadableNoteMessage(found!), '1on1/dana/2026-11-17-2.md cannot be read (binary content); fix or move it, then run new again');
      const denied = unreadableNoteInTheWay({ sources: [] }, '1on1/dana', skipped('1on1/dana/2026-01-01.md', 'skipped: cannot be read (EACCES)'));
      assert.equal(unreadableNoteMessage(denied!), '1on1/dana/2026-01-01.md cannot be read (permission denied); fix or move it, then run new again');
    });

    it('a name finds the series whose person it is, case aside; two candidates are ambiguous', () => {
      const series = (id: string, withName?: string) => ({ id, profile: withName ? ({ withName } as never) : undefined, notes: [] });
      const all = [series('morgan', 'Morgan Lee'), series('dana', 'Dana Whitfield')];
      assert.deepEqual(seriesForName(all, 'MORGAN  lee'), { kind: 'found', id: 'morgan' });
      assert.deepEqual(seriesForName(all, 'dana'), { kind: 'found', id: 'dana' });
      assert.deepEqual(seriesForName(all, 'Carol Ng'), { kind: 'new', id: 'carol-ng' });
      assert.deepEqual(seriesForName([...all, series('morgan-lee')], 'Morgan Lee'), { kind: 'ambiguous', ids: ['morgan', 'morgan-lee'] });
      assert.deepEqual(seriesForName(all, '!!!'), { kind: 'invalid' });
    });

    it('the heads-up reaches past 14 days only for a series that meets less often', () => {
      const monthly = PROFILE.replace('cadence: weekly', 'cadence: monthly').replace('since: 2026-09-01', 'since: 2026-09-08');
      const withRotation = (date: string, rotation: string) => `---\ndate: ${date}\nstatus: held\nrotation: ${rotation}\n---\n## Notes\n`;
      const { agenda } = next({ 'profile.md': monthly, '2026-10-13.md': withRotation('2026-10-13', 'skill') }, { now: '2026-11-05T12:00' });
      assert.equal(agenda.date, '2026-11-10');
      assert.equal(agenda.headsUpFor, '2026-12-08');
      // Monthly, but the manager topic is two meetings away: no heads-up yet.
      assert.equal(next({ 'profile.md': monthly, '2026-10-13.md': withRotation('2026-10-13', 'business') }, { now: '2026-11-05T12:00' }).agenda.headsUpFor, undefined);
    });
  });
});
