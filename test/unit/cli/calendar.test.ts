import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { calendarOf as exportOf } from '../../../src/core/render/icalendar';
import { calendarFixture, calendarOf } from '../helpers/calendarFixtures';
import { REPO_ROOT, runCliCaptured as run } from '../helpers/cliRun';
import { tempFoldersForSuite } from '../helpers/tempVault';

/*
 * The CLI and the calendar (SPEC §9, §12): `--calendar FILE` (repeatable) on check, list, new,
 * week, stats and brief; by default the `*.ics` directly in the vault folder, or
 * `oneOnOne.calendars`. Unit tests run in Europe/Berlin (test/unit/timeZone.ts); the last suite
 * runs the CLI in a process of its own with another TZ.
 *
 * Dana: weekly on Tuesdays 10:00 (Berlin); the calendar moves Tue 24 Nov to Wed 25 Nov 11:00 (a
 * day and an hour) and cancels Tue 10 Nov (EXDATE). Sam: Thursdays 15:00; his calendar moves
 * Thu 26 Nov to Fri 27 Nov 09:00. Today is Fri 20 Nov 2026, 12:00.
 */
const NOW = ['--now', '2026-11-20T12:00'];

const PROFILES = {
  '1on1/dana/profile.md': '---\nwith: Dana Whitfield\nrole: manager\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01\n---\n',
  '1on1/sam/profile.md': '---\nwith: Sam Okafor\nrole: report\ncadence: weekly\nday: thursday\ntime: "15:00"\nsince: 2026-09-01\n---\n',
  '1on1/dana/2026-11-17.md': '---\ndate: 2026-11-17\nstatus: held\n---\n## Commitments\n- [ ] Book the review 📅 2026-11-28\n',
};
/** The agenda written for Tue 24 Nov, before the calendar moved the meeting. */
const PLANNED_24 = { '1on1/dana/2026-11-24.md': '---\ndate: 2026-11-24\nstatus: planned\n---\n## Notes\n' };

const weekly = (uid: string, summary: string, start: string, day: string) => ['BEGIN:VEVENT', `UID:${uid}`, `DTSTART;TZID=Europe/Berlin:${start}`, 'DURATION:PT30M', `RRULE:FREQ=WEEKLY;BYDAY=${day}`, `SUMMARY:${summary}`];
const override = (uid: string, summary: string, from: string, to: string) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  `RECURRENCE-ID;TZID=Europe/Berlin:${from}`,
  `DTSTART;TZID=Europe/Berlin:${to}`,
  'DURATION:PT30M',
  `SUMMARY:${summary}`,
  'END:VEVENT',
];
const DANA_ICS = calendarOf([
  ...weekly('dana@test', 'Dana Whitfield 1:1', '20261006T100000', 'TU'),
  'EXDATE;TZID=Europe/Berlin:20261110T100000',
  'END:VEVENT',
  ...override('dana@test', 'Dana Whitfield 1:1', '20261124T100000', '20261125T110000'),
]);
const SAM_ICS = calendarOf([...weekly('sam@test', 'Sam Okafor 1:1', '20261008T150000', 'TH'), 'END:VEVENT', ...override('sam@test', 'Sam Okafor 1:1', '20261126T150000', '20261127T090000')]);

/** Each series' next meeting as `list --format json` gives it. */
function nextMeetings(stdout: string): Record<string, string> {
  return Object.fromEntries(JSON.parse(stdout).map((s: { series: string; nextMeeting: string }) => [s.series, s.nextMeeting]));
}

/** `week --format json`'s meetings as `series date time`, by date, time and series (the week puts those that need me first). */
function weekMeetings(stdout: string): string[] {
  const meetings: Array<{ series: string; date: string; time: string | null }> = JSON.parse(stdout).meetings;
  const key = (m: (typeof meetings)[number]) => `${m.date} ${m.time} ${m.series}`;
  return meetings.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((m) => `${m.series} ${m.date} ${m.time}`);
}

/** stderr without check's count of findings. */
function withoutSummary(stderr: string): string {
  return stderr.replace(/^\d+ findings: .*\n/m, '');
}

describe('one-on-one and the calendar (SPEC §12)', () => {
  const folders = tempFoldersForSuite('one-on-one-calendar-');

  it('check, list, week, stats and brief take --calendar FILE and follow it; without it the cadence plans', () => {
    // Outside the vault folder: read only when given.
    const dir = folders.workspace({ ...PROFILES, ...PLANNED_24, 'exports/dana.ics': DANA_ICS });
    const given = ['--calendar', 'exports/dana.ics'];

    const check = (extra: string[]) => run(['check', '1on1', ...NOW, ...extra], dir);
    assert.match(check(given).stdout, /^1on1\/dana\/2026-11-24\.md:2:1: warning calendar-mismatch The calendar moved this 1x1 with Dana Whitfield to Wed 25 Nov 11:00\./m);
    assert.doesNotMatch(check([]).stdout, /calendar-mismatch/);

    const list = (extra: string[]) => run(['list', '1on1', '--format', 'json', ...NOW, ...extra], dir);
    assert.deepEqual(nextMeetings(list(given).stdout), { dana: '2026-11-25', sam: '2026-11-26' });
    assert.deepEqual(nextMeetings(list([]).stdout), { dana: '2026-11-24', sam: '2026-11-26' });

    const week = (extra: string[]) => run(['week', '1on1', '--format', 'json', ...NOW, ...extra], dir);
    assert.deepEqual(weekMeetings(week(given).stdout), ['dana 2026-11-25 11:00', 'sam 2026-11-26 15:00']);
    assert.deepEqual(weekMeetings(week([]).stdout), ['dana 2026-11-24 10:00', 'sam 2026-11-26 15:00']);

    const stats = (extra: string[]) => run(['stats', '1on1', '--format', 'json', ...NOW, ...extra], dir);
    const calendarOfSeries = (stdout: string) => Object.fromEntries(JSON.parse(stdout).series.map((s: { series: string; calendar: unknown }) => [s.series, s.calendar]));
    assert.deepEqual(calendarOfSeries(stats(given).stdout), { dana: { moved: 0, canceled: 1 }, sam: null });
    assert.deepEqual(calendarOfSeries(stats([]).stdout), { dana: null, sam: null });

    const brief = (extra: string[]) => run(['brief', 'dana', '1on1', ...NOW, ...extra], dir);
    assert.match(brief(given).stdout, /## Next meeting\n\n- \*\*Wed 25 Nov 2026 11:00\*\*\n- Agenda: `1on1\/dana\/2026-11-24\.md` \(planned, not shared\), dated Tue 24 Nov: the calendar moved the meeting — share by Tue 24 Nov 17:00\n/);
    assert.match(brief([]).stdout, /## Next meeting\n\n- \*\*Tue 24 Nov 2026 10:00\*\*\n/);

    for (const command of [check, list, week, stats, brief]) {
      const { code, stderr } = command(given);
      assert.equal(code, 0, stderr);
      assert.equal(withoutSummary(stderr), '');
    }
  });

  it('new takes the date and the time from the calendar: the file name and time: follow a meeting moved by a day and an hour', () => {
    const dir = folders.workspace({ ...PROFILES, 'exports/dana.ics': DANA_ICS });
    const { code, stdout, stderr } = run(['new', 'dana', '1on1', ...NOW, '--calendar', 'exports/dana.ics'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '1on1/dana/2026-11-25.md\n');
    const note = fs.readFileSync(path.join(dir, '1on1/dana/2026-11-25.md'), 'utf8');
    assert.match(note, /^date: 2026-11-25$/m);
    assert.match(note, /^time: "11:00"$/m);
    assert.ok(!fs.existsSync(path.join(dir, '1on1/dana/2026-11-24.md')), 'nothing written for the day the calendar moved the meeting from');
    // Read by default from the vault folder, the same.
    const byDefault = folders.workspace({ ...PROFILES, '1on1/calendar.ics': DANA_ICS });
    assert.equal(run(['new', 'dana', '1on1', ...NOW], byDefault).stdout, '1on1/dana/2026-11-25.md\n');
    assert.match(fs.readFileSync(path.join(byDefault, '1on1/dana/2026-11-25.md'), 'utf8'), /^time: "11:00"$/m);
  });

  it('--calendar is repeatable: the events of every file count, and they replace the vault folder’s own', () => {
    const dir = folders.workspace({
      ...PROFILES,
      'exports/dana.ics': DANA_ICS,
      'exports/sam.ics': SAM_ICS,
      // Read when nothing is given: it puts Dana's meeting on Thu 26 Nov.
      '1on1/calendar.ics': calendarOf(override('dana@test', 'Dana Whitfield 1:1', '20261124T100000', '20261126T100000')),
    });
    const list = (extra: string[]) => nextMeetings(run(['list', '1on1', '--format', 'json', ...NOW, ...extra], dir).stdout);
    assert.deepEqual(list(['--calendar', 'exports/dana.ics', '--calendar', 'exports/sam.ics']), { dana: '2026-11-25', sam: '2026-11-27' });
    assert.deepEqual(list(['--calendar', 'exports/sam.ics']), { dana: '2026-11-24', sam: '2026-11-27' });
    assert.deepEqual(list([]), { dana: '2026-11-26', sam: '2026-11-26' });
    // The week has both moves, and each file's times.
    const week = run(['week', '1on1', '--format', 'json', ...NOW, '--days', '8', '--calendar', 'exports/sam.ics', '--calendar', 'exports/dana.ics'], dir);
    assert.deepEqual(weekMeetings(week.stdout), ['dana 2026-11-25 11:00', 'sam 2026-11-27 09:00']);
  });

  it('share and inspect do not take --calendar (exit 2)', () => {
    const dir = folders.workspace({ ...PROFILES, ...PLANNED_24, 'exports/dana.ics': DANA_ICS });
    for (const command of ['share', 'inspect']) {
      const { code, stdout, stderr } = run([command, '1on1/dana/2026-11-24.md', '--calendar', 'exports/dana.ics', ...NOW], dir);
      assert.equal(code, 2, command);
      assert.equal(stdout, '');
      assert.match(stderr, new RegExp(`^one-on-one: ${command} does not take --calendar\\n`));
    }
  });

  it('by default, the *.ics directly in the vault folder are read; those in its subfolders are not', () => {
    const dir = folders.workspace({ ...PROFILES, '1on1/dana.ics': DANA_ICS, '1on1/sam/sam.ics': SAM_ICS, '1on1/exports/sam.ics': SAM_ICS });
    const { code, stdout, stderr } = run(['list', '1on1', '--format', 'json', ...NOW], dir);
    assert.equal(code, 0, stderr);
    assert.deepEqual(nextMeetings(stdout), { dana: '2026-11-25', sam: '2026-11-26' });
  });

  it('oneOnOne.calendars in .vscode/settings.json beside the vault replaces the default', () => {
    const dir = folders.workspace({
      ...PROFILES,
      '.vscode/settings.json': '{\n  // the work calendar\n  "oneOnOne.calendars": ["calendars/work.ics"]\n}\n',
      'calendars/work.ics': SAM_ICS,
      '1on1/dana.ics': DANA_ICS,
    });
    const { code, stdout, stderr } = run(['list', '1on1', '--format', 'json', ...NOW], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.deepEqual(nextMeetings(stdout), { dana: '2026-11-24', sam: '2026-11-27' });
    // --calendar wins over the setting.
    assert.deepEqual(nextMeetings(run(['list', '1on1', '--format', 'json', ...NOW, '--calendar', '1on1/dana.ics'], dir).stdout), { dana: '2026-11-25', sam: '2026-11-26' });
  });

  it('a --calendar file that does not exist: exit 2 and one line on stderr naming it; nothing written', () => {
    const dir = folders.workspace({ ...PROFILES, 'exports/dana.ics': DANA_ICS });
    for (const argv of [
      ['list', '1on1'],
      ['check', '1on1'],
      ['week', '1on1'],
      ['stats', '1on1'],
      ['brief', 'dana', '1on1'],
      ['new', 'dana', '1on1'],
    ]) {
      const { code, stdout, stderr } = run([...argv, ...NOW, '--calendar', 'exports/dana.ics', '--calendar', 'exports/missing.ics'], dir);
      assert.equal(code, 2, argv[0]);
      assert.equal(stdout, '', argv[0]);
      assert.equal(stderr.split('\n').length, 2, `one line: ${stderr}`);
      assert.match(stderr, /^one-on-one: exports\/missing\.ics: .*not found.*\n$/);
    }
    assert.deepEqual(fs.readdirSync(path.join(dir, '1on1/dana')).sort(), ['2026-11-17.md', 'profile.md']);
    // One outside the workspace is named by its path.
    const outside = path.join(path.dirname(dir), 'nowhere-' + path.basename(dir), 'x.ics');
    const far = run(['list', '1on1', ...NOW, '--calendar', outside], dir);
    assert.equal(far.code, 2);
    assert.equal(far.stderr.split('\n').length, 2);
    assert.ok(far.stderr.startsWith(`one-on-one: ${outside}: `), far.stderr);
  });

  it('a broken .ics, by default or by the setting: a notice file:line: message, and the command still works', () => {
    // Sam's event has a DTSTART that is no date (line 6); Dana's, after it, is read.
    const broken = calendarOf(['BEGIN:VEVENT', 'UID:sam@test', 'DTSTART:2026-11-26 15:00', 'SUMMARY:Sam Okafor 1:1', 'END:VEVENT', ...DANA_ICS.split('\r\n').slice(3, -1)]);
    assert.equal(broken.split('\r\n')[5], 'DTSTART:2026-11-26 15:00');
    for (const [files, name] of [
      [{ '1on1/calendar.ics': broken }, '1on1/calendar.ics'],
      [{ 'calendars/work.ics': broken, '.vscode/settings.json': '{ "oneOnOne.calendars": ["calendars/work.ics"] }' }, 'calendars/work.ics'],
    ] as const) {
      const dir = folders.workspace({ ...PROFILES, ...PLANNED_24, ...files });
      const check = run(['check', '1on1', ...NOW], dir);
      assert.equal(check.code, 0, check.stderr);
      assert.equal(withoutSummary(check.stderr), `${name}:6: DTSTART "2026-11-26 15:00" is not a date or date-time (YYYYMMDD or YYYYMMDDTHHMMSS), so the event is skipped; fix that line or export the calendar again\n`);
      assert.match(check.stdout, /^1on1\/dana\/2026-11-24\.md:2:1: warning calendar-mismatch /m, 'the rest of the file is read');
      assert.match(check.stdout, /^1on1\/dana\/2026-11-17\.md:5:1: warning missing-section /m, 'findings printed');
      const list = run(['list', '1on1', '--format', 'json', ...NOW], dir);
      assert.equal(list.code, 0);
      assert.match(list.stderr, new RegExp(`^${name.replace(/[./]/g, '\\$&')}:6: DTSTART `));
      assert.deepEqual(nextMeetings(list.stdout), { dana: '2026-11-25', sam: '2026-11-26' }, "the cadence plans Sam's meetings");
    }
    // A file that is no calendar at all: a notice on the file, the cadence plans everyone.
    const dir = folders.workspace({ ...PROFILES, '1on1/notes.ics': calendarFixture('notes.ics') });
    const list = run(['list', '1on1', '--format', 'json', ...NOW], dir);
    assert.equal(list.code, 0);
    assert.match(list.stderr, /^1on1\/notes\.ics:1: not an iCalendar file /);
    assert.deepEqual(nextMeetings(list.stdout), { dana: '2026-11-24', sam: '2026-11-26' });
  });

  it('week leaves out an occurrence canceled in the calendar (an Outlook export: a canceled override, an EXDATE)', () => {
    // outlook.ics: Priya Mondays 14:00 (W. Europe), Mon 2 Nov canceled; Sam Wednesdays 09:00 (Eastern), Wed 4 Nov
    // excluded, Wed 11 Nov moved to 11:00 Eastern = 17:00 in Berlin.
    const dir = folders.workspace({
      '1on1/priya/profile.md': '---\nwith: Priya Raman\nrole: report\ncadence: weekly\nday: monday\ntime: "14:00"\ncalendar: "Priya / Me 1:1"\n---\n',
      '1on1/sam/profile.md': '---\nwith: Sam Okafor\nrole: report\ncadence: weekly\nday: wednesday\ntime: "15:00"\ncalendar: "Sam / Me 1:1"\n---\n',
      'exports/outlook.ics': calendarFixture('outlook.ics'),
    });
    const week = (extra: string[]) => run(['week', '1on1', '--format', 'json', '--now', '2026-10-30T12:00', '--days', '14', ...extra], dir);
    const followed = week(['--calendar', 'exports/outlook.ics']);
    assert.equal(followed.code, 0, followed.stderr);
    assert.deepEqual(weekMeetings(followed.stdout), ['priya 2026-11-09 14:00', 'sam 2026-11-11 17:00']);
    assert.deepEqual(weekMeetings(week([]).stdout), ['priya 2026-11-02 14:00', 'sam 2026-11-04 15:00', 'priya 2026-11-09 14:00', 'sam 2026-11-11 15:00']);
  });

  it('stats --format json: moved and canceled in the calendar over the last 90 days, per person; null without a calendar', () => {
    const dir = folders.workspace({
      '1on1/priya/profile.md': '---\nwith: Priya Raman\ncadence: weekly\nday: monday\ncalendar: "Priya / Me 1:1"\n---\n',
      '1on1/sam/profile.md': '---\nwith: Sam Okafor\ncadence: weekly\nday: wednesday\ncalendar: "Sam / Me 1:1"\n---\n',
      '1on1/lee/profile.md': '---\nwith: Lee Park\ncadence: weekly\nday: friday\n---\n',
      'exports/outlook.ics': calendarFixture('outlook.ics'),
    });
    const stats = (now: string) => {
      const { code, stdout, stderr } = run(['stats', '1on1', '--format', 'json', '--now', now, '--calendar', 'exports/outlook.ics'], dir);
      assert.equal(code, 0, stderr);
      return Object.fromEntries(JSON.parse(stdout).series.map((s: { series: string; calendar: unknown }) => [s.series, s.calendar]));
    };
    assert.deepEqual(stats('2026-11-30T12:00'), { lee: null, priya: { moved: 0, canceled: 1 }, sam: { moved: 1, canceled: 1 } });
    // Before the moves, nothing yet; long after (more than 90 days), nothing any more.
    assert.deepEqual(stats('2026-10-30T12:00'), { lee: null, priya: { moved: 0, canceled: 0 }, sam: { moved: 0, canceled: 0 } });
    assert.deepEqual(stats('2027-03-01T12:00'), { lee: null, priya: { moved: 0, canceled: 0 }, sam: { moved: 0, canceled: 0 } });
  });

  it("the product's own export dropped in the vault folder is not read as a calendar", () => {
    // The real export, with Dana's meeting on Thu 26 Nov: read as a calendar, it would move her 24 Nov.
    const own = exportOf([{ series: 'dana', name: 'Dana Whitfield', date: '2026-11-26', time: '10:00', duration: 30, file: undefined }], { now: { date: '2026-11-20', time: '12:00' }, utcOffsetMinutes: 60 });
    const dir = folders.workspace({ ...PROFILES, '1on1/1x1-meetings.ics': own, 'exports/same-by-another.ics': own.replace('PRODID:-//1x1 Meetings//EN', 'PRODID:-//Someone//EN') });
    const { code, stdout, stderr } = run(['list', '1on1', '--format', 'json', ...NOW], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.deepEqual(nextMeetings(stdout), { dana: '2026-11-24', sam: '2026-11-26' });
    // The same events from another program are a calendar.
    assert.deepEqual(nextMeetings(run(['list', '1on1', '--format', 'json', ...NOW, '--calendar', 'exports/same-by-another.ics'], dir).stdout), { dana: '2026-11-26', sam: '2026-11-26' });
  });
});

/*
 * A 10:00 America/New_York weekly series (Alex, apple-dst.ics, with its VTIMEZONE) and a 15:00
 * Europe/Berlin one (Kim, by the zone's name only), on Wednesdays, shown by a CLI process in
 * Berlin and in New York:
 * - Europe leaves summer time on Sun 25 Oct 2026, the US on Sun 1 Nov: Wed 28 Oct is 5 hours
 *   apart instead of 6. Wed 21 Oct: 10:00 EDT = 16:00 CEST; Wed 28 Oct: 10:00 EDT = 15:00 CET;
 *   Wed 4 Nov: 10:00 EST = 16:00 CET.
 * - The US enters summer time on Sun 14 Mar 2027, Europe on Sun 28 Mar: 10 Mar 16:00, 17 and
 *   24 Mar 15:00, 31 Mar 16:00 in Berlin.
 * In New York, Alex's meeting stays at 10:00 and Kim's is 09:00 except in those gap weeks (10:00).
 */
describe('one-on-one week in a process of its own, with TZ Europe/Berlin and America/New_York (SPEC §12)', () => {
  const folders = tempFoldersForSuite('one-on-one-calendar-tz-');
  const main = path.join(REPO_ROOT, 'out/src/cli/main.js');

  const weekIn = (dir: string, timeZone: string, now: string, days: number) => {
    const env: NodeJS.ProcessEnv = { ...process.env, TZ: timeZone };
    delete env.ONE_ON_ONE_NOW;
    const result = spawnSync(process.execPath, [main, 'week', '1on1', '--format', 'json', '--now', now, '--days', String(days)], { cwd: dir, env, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    return weekMeetings(result.stdout);
  };

  it('times are the calendar’s, in the zone of the process, across the weeks Europe and the US change at different dates', () => {
    const dir = folders.workspace({
      '1on1/alex/profile.md': '---\nwith: Alex Chen\nrole: report\ncadence: weekly\nday: wednesday\ncalendar: "Alex / Me 1:1"\n---\n',
      '1on1/kim/profile.md': '---\nwith: Kim Lee\nrole: report\ncadence: weekly\nday: wednesday\ncalendar: "Kim / Me 1:1"\n---\n',
      '1on1/calendar.ics': calendarFixture('apple-dst.ics'),
    });
    // Europe changed, the US not yet.
    assert.deepEqual(weekIn(dir, 'Europe/Berlin', '2026-10-19T08:00', 21), [
      'kim 2026-10-21 15:00',
      'alex 2026-10-21 16:00',
      'alex 2026-10-28 15:00',
      'kim 2026-10-28 15:00',
      'kim 2026-11-04 15:00',
      'alex 2026-11-04 16:00',
    ]);
    assert.deepEqual(weekIn(dir, 'America/New_York', '2026-10-19T08:00', 21), [
      'kim 2026-10-21 09:00',
      'alex 2026-10-21 10:00',
      'alex 2026-10-28 10:00',
      'kim 2026-10-28 10:00',
      'kim 2026-11-04 09:00',
      'alex 2026-11-04 10:00',
    ]);
    // The US changed, Europe not yet.
    assert.deepEqual(weekIn(dir, 'Europe/Berlin', '2027-03-08T08:00', 28), [
      'kim 2027-03-10 15:00',
      'alex 2027-03-10 16:00',
      'alex 2027-03-17 15:00',
      'kim 2027-03-17 15:00',
      'alex 2027-03-24 15:00',
      'kim 2027-03-24 15:00',
      'kim 2027-03-31 15:00',
      'alex 2027-03-31 16:00',
    ]);
    assert.deepEqual(weekIn(dir, 'America/New_York', '2027-03-08T08:00', 28), [
      'kim 2027-03-10 09:00',
      'alex 2027-03-10 10:00',
      'alex 2027-03-17 10:00',
      'kim 2027-03-17 10:00',
      'alex 2027-03-24 10:00',
      'kim 2027-03-24 10:00',
      'kim 2027-03-31 09:00',
      'alex 2027-03-31 10:00',
    ]);
  });
});
