import * as assert from 'assert';
import * as vscode from 'vscode';
import type { MeetingNode, SeriesNode } from '../../../src/providers/meetingsView';
import type { RescheduleResult } from '../../../src/providers/rescheduleCommand';
import { api, waitFor } from './helpers';
import { diagnosticsOf } from './ruleNotes';
import { readDisk, removeNotes, uriOf, writeFile, writeNotes } from './runtimeNotes';

// The calendar export as the schedule (SPEC §12) in a real VS Code: the runner pins now to Mon
// 23 Nov 2026 17:30 and TZ to Europe/Berlin; `*.ics` directly in the notes folder are read.

// Every suite of this folder sees the example vault with its calendar read: the surfaces show the
// notes first and the calendar a moment later (activation does not wait for it).
before(async () => {
  await (await api()).vault.calendarsReady();
});

const FOLDER = '1on1/zz-cal';
const CALENDAR = '1on1/zz-cal.ics';
const BROKEN = '1on1/zz-broken.ics';

const PROFILE = ['---', 'with: Zed Calendar', 'role: report', 'cadence: weekly', 'day: thursday', 'time: "09:30"', 'calendar: "Zed / Me 1:1"', '---', ''].join('\n');
const note = (date: string) => ['---', 'with: Zed Calendar', `date: ${date}`, 'status: planned', '---', `# 1x1 with Zed — ${date}`, '', '## Notes', 'Ask about the move.', ''].join('\n');

/** Outlook-like: weekly Thursdays 09:30 Berlin from 1 Oct 2026, with the overrides given. */
function calendar(overrides: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'VERSION:2.0',
    'BEGIN:VTIMEZONE',
    'TZID:W. Europe Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16011028T030000',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010325T020000',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:zed-weekly@example.test',
    'SUMMARY:Zed / Me 1:1',
    'DTSTART;TZID=W. Europe Standard Time:20261001T093000',
    'DTEND;TZID=W. Europe Standard Time:20261001T100000',
    'RRULE:FREQ=WEEKLY;BYDAY=TH',
    'END:VEVENT',
    ...overrides.flat(),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The occurrence of `recurrence` (YYYYMMDD) moved to `start` (YYYYMMDDTHHMMSS), or canceled. */
function moved(recurrence: string, start: string, canceled = false): string[] {
  return [
    'BEGIN:VEVENT',
    'UID:zed-weekly@example.test',
    'SUMMARY:Zed / Me 1:1',
    `RECURRENCE-ID;TZID=W. Europe Standard Time:${recurrence}T093000`,
    `DTSTART;TZID=W. Europe Standard Time:${start}`,
    'DURATION:PT30M',
    ...(canceled ? ['STATUS:CANCELLED'] : []),
    'END:VEVENT',
  ];
}

async function upcomingRows(): Promise<string[]> {
  const tree = (await api()).meetingsTree;
  const series = ((await tree.getChildren()) as SeriesNode[]).find((s) => s.series === 'zz-cal');
  if (!series) return [];
  return ((await tree.getChildren(series)) as MeetingNode[])
    .filter((m) => m.upcoming)
    .map((m) => `${tree.getTreeItem(m).label} ${m.file ?? '-'}`);
}

async function deleteFile(file: string): Promise<void> {
  await vscode.workspace.fs.delete(uriOf(file), { useTrash: false }).then(undefined, () => undefined);
}

describe('The calendar export as the schedule', () => {
  before(async () => {
    await writeNotes(FOLDER, { 'profile.md': PROFILE, '2026-11-26.md': note('2026-11-26') });
  });

  after(async () => {
    await deleteFile(CALENDAR);
    await deleteFile(BROKEN);
    await removeNotes(FOLDER);
  });

  it('the example vault: Dana\'s meeting moved in her calendar, calendar-mismatch on the note, Meetings on Wed 25 Nov', async () => {
    const { vault } = await api();
    const uri = uriOf('1on1/dana/2026-11-24.md');
    await waitFor(() => diagnosticsOf(uri).some((d) => d.startsWith('calendar-mismatch Warning 2:')), 'calendar-mismatch on the date: line');
    const message = vscode.languages.getDiagnostics(uri).find((d) => typeof d.code === 'object' && d.code.value === 'calendar-mismatch')!.message;
    assert.strictEqual(message, 'The calendar moved this 1x1 with Dana Whitfield to Wed 25 Nov 10:00. Move the note, or mark it canceled.');
    assert.deepStrictEqual(vault.index.calendarFiles(), ['1on1/calendar.ics']);
  });

  it('a calendar dropped in: the Meetings view follows its moved meeting, calendar-mismatch offers both fixes', async () => {
    await writeFile(CALENDAR, calendar([moved('20261126', '20261127T093000')]));
    const noteUri = uriOf(`${FOLDER}/2026-11-26.md`);
    await waitFor(async () => (await upcomingRows())[0] === `Fri 27 Nov 2026 ${FOLDER}/2026-11-26.md`, 'the moved meeting first in the Meetings view');
    assert.deepStrictEqual((await upcomingRows()).slice(1, 3), ['Thu 3 Dec 2026 -', 'Thu 10 Dec 2026 -']);
    await waitFor(() => diagnosticsOf(noteUri).some((d) => d.startsWith('calendar-mismatch ')), 'calendar-mismatch on the note');

    await vscode.window.showTextDocument(noteUri);
    const line = 2; // date:
    const actions = await waitFor(async () => {
      // VS Code cancels a request during which the document's model changed (the note just opened): asked again.
      const found = await vscode.commands
        .executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', noteUri, new vscode.Range(line, 0, line, 4), vscode.CodeActionKind.QuickFix.value)
        .then(undefined, () => []);
      return found?.some((a) => a.title.startsWith('Reschedule to')) ? found : undefined;
    }, 'the quick fixes');
    assert.ok(actions);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Reschedule to Fri 27 Nov 09:30'), titles.join(', '));
    assert.ok(titles.includes('Mark canceled'), titles.join(', '));

    // "Reschedule to …" runs the reschedule flow: the agenda moves to the calendar's day.
    const reschedule = actions.find((a) => a.title === 'Reschedule to Fri 27 Nov 09:30')!;
    assert.ok(reschedule.command, 'a command fix');
    const result = await vscode.commands.executeCommand<RescheduleResult>(reschedule.command.command, ...(reschedule.command.arguments ?? []));
    assert.deepStrictEqual(result, { file: `${FOLDER}/2026-11-26.md`, movedTo: '2026-11-27', newFile: `${FOLDER}/2026-11-27.md` });
    assert.match(await readDisk(`${FOLDER}/2026-11-27.md`), /^date: 2026-11-27$/m);
    assert.match(await readDisk(`${FOLDER}/2026-11-26.md`), /^status: rescheduled$/m);
    await waitFor(() => !diagnosticsOf(noteUri).some((d) => d.startsWith('calendar-mismatch ')), 'calendar-mismatch gone');
    assert.ok(!diagnosticsOf(uriOf(`${FOLDER}/2026-11-27.md`)).some((d) => d.startsWith('calendar-mismatch ')));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a new export canceling a meeting: every surface follows; This week and the next meeting skip it', async () => {
    await writeFile(CALENDAR, calendar([moved('20261126', '20261127T093000'), moved('20261203', '20261203T093000', true)]));
    // The rescheduled 26 Nov note stays listed under its own day (it says where the agenda went).
    const expected = `Thu 26 Nov 2026 ${FOLDER}/2026-11-26.md | Fri 27 Nov 2026 ${FOLDER}/2026-11-27.md | Thu 10 Dec 2026 - | Thu 17 Dec 2026 -`;
    await waitFor(async () => (await upcomingRows()).join(' | ') === expected, 'the canceled 3 Dec gone from the Meetings view').catch(async (e) => {
      throw new Error(`${e}: ${(await upcomingRows()).join(' | ')}`);
    });
    const { vault } = await api();
    const week = await (await api()).weekTree.getChildren();
    assert.ok(week.some((n) => n.kind === 'meeting' && n.series === 'zz-cal'), 'Zed on Fri 27 Nov in This week');
    assert.strictEqual(vault.index.seriesState('zz-cal')!.nextMeetingAfter('2026-11-27'), '2026-12-10');
  });

  it('a broken export is a warning on that file, with its line; the rest still reads, and the cadence plans', async () => {
    await writeFile(BROKEN, ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:broken@example.test', 'SUMMARY:Zed / Me 1:1', 'DTSTART:2026-99-99', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
    const uri = uriOf(BROKEN);
    const problems = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === '1x1 calendar');
      return found.length > 0 ? found : undefined;
    }, 'a diagnostic on the broken .ics');
    assert.ok(problems);
    assert.ok(problems.every((p) => p.severity === vscode.DiagnosticSeverity.Warning));
    assert.ok(problems.some((p) => p.range.start.line >= 2 && p.range.start.line <= 6), problems.map((p) => `${p.range.start.line}: ${p.message}`).join('\n'));
    assert.ok((await upcomingRows()).length > 0, 'Zed still has meetings');

    await deleteFile(BROKEN);
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 0, 'the diagnostics gone with the file');
  });
});
