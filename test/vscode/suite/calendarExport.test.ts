import * as assert from 'assert';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import * as vscode from 'vscode';
import type { CalendarExportResult } from '../../../src/providers/calendarExport';
import type { SeriesNode } from '../../../src/providers/meetingsView';
import { api, waitFor } from './helpers';
import { removeNotes, uriOf, writeNotes } from './runtimeNotes';

// ical.js is an ES module with a CommonJS build; the tests compile to CommonJS, so they require that build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');

// "Export upcoming 1x1s as iCalendar (.ics)" in a real VS Code; the runner pins now to Mon 23 Nov 2026 17:30.

const FOLDER = '1on1/zz-calendar';
const OUT = 'zz-calendar-export';

const PROFILE = ['---', 'with: Zed Calendar', 'role: report', 'cadence: weekly', 'day: wednesday', 'time: "09:30"', 'duration: 45', 'since: 2026-09-02', '---', ''].join('\n');
const note = (date: string, extra: string[] = []) => ['---', 'with: Zed Calendar', `date: ${date}`, ...extra, '---', '# 1x1', ''].join('\n');

async function eventsIn(file: string): Promise<InstanceType<typeof ICAL.Event>[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(file)));
  assert.ok(text.endsWith('END:VCALENDAR\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('Export upcoming 1x1s as iCalendar', () => {
  before(async () => {
    await writeNotes(FOLDER, {
      'profile.md': PROFILE,
      '2026-11-25.md': note('2026-11-25', ['time: "14:00"']),
      '2026-12-02.md': note('2026-12-02', ['status: canceled']),
      '2026-12-09.md': note('2026-12-09', ['status: rescheduled', 'moved_to: 2026-12-11']),
    });
  });

  after(async () => {
    await removeNotes(FOLDER);
    await vscode.workspace.fs.delete(uriOf(OUT), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it("writes one person's next 12 weeks from their Meetings node: canceled out, rescheduled moved, times and duration", async () => {
    const tree = (await api()).meetingsTree;
    const node = await waitFor(async () => ((await tree.getChildren()) as SeriesNode[]).find((s) => s.series === 'zz-calendar'), 'the person in the Meetings view');
    const result = await vscode.commands.executeCommand<CalendarExportResult>('oneOnOne.exportCalendar', node, `${OUT}/zed.ics`);
    assert.ok(result);
    assert.deepStrictEqual([result.meetings, result.series], [11, ['zz-calendar']]);

    const events = await eventsIn(`${OUT}/zed.ics`);
    assert.strictEqual(events.length, 11);
    assert.deepStrictEqual(
      events.slice(0, 4).map((e) => [e.startDate.toString(), e.endDate.toString(), e.summary, e.description]),
      [
        ['2026-11-25T14:00:00', '2026-11-25T14:45:00', '1x1 with Zed Calendar', `Agenda: ${FOLDER}/2026-11-25.md`],
        ['2026-12-11T09:30:00', '2026-12-11T10:15:00', '1x1 with Zed Calendar', null],
        ['2026-12-16T09:30:00', '2026-12-16T10:15:00', '1x1 with Zed Calendar', null],
        ['2026-12-23T09:30:00', '2026-12-23T10:15:00', '1x1 with Zed Calendar', null],
      ],
    );
    assert.strictEqual(events[events.length - 1].startDate.toString(), '2027-02-10T09:30:00');
    assert.ok(!events.some((e) => /^2026-12-0[29]/.test(e.startDate.toString())), 'neither the canceled nor the moved-away date');
    assert.deepStrictEqual(events[0].uid, 'zz-calendar-2026-11-25@one-on-one');
  });

  it("everyone's meetings in one file, the example vault's Dana among them", async () => {
    const result = await vscode.commands.executeCommand<CalendarExportResult>('oneOnOne.exportCalendar', '*', `${OUT}/everyone.ics`);
    assert.ok(result);
    const events = await eventsIn(`${OUT}/everyone.ics`);
    assert.strictEqual(events.length, result.meetings);
    assert.ok(result.series.includes('dana') && result.series.includes('zz-calendar'), result.series.join(', '));
    const dana = events.filter((e) => e.summary === '1x1 with Dana Whitfield');
    // The example's calendar moved Tue 24 Nov to Wed 25 Nov (SPEC §12); the 24 Nov note is its agenda.
    assert.strictEqual(dana[0].startDate.toString(), '2026-11-25T10:00:00');
    assert.strictEqual(dana[0].description, 'Agenda: 1on1/dana/2026-11-24.md');
    const starts = events.map((e) => e.startDate.toString());
    assert.deepStrictEqual(starts, [...starts].sort(), 'in date order');
  });
});
