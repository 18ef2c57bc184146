import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewAgendaResult } from '../../../src/vscode/openAgenda';
import { waitFor } from './helpers';
import { diagnosticsOf, MANAGER_PROFILE } from './ruleNotes';
import { noteUri, removeNotes, writeFile, writeNotes } from './runtimeNotes';

// SPEC §11: the rules across a series sit on the series' profile.md. The runner pins
// ONE_ON_ONE_NOW=2026-11-23T17:30 (a Monday); Zed meets weekly on Tuesdays at 10:00, so the next
// meeting is Tue 24 Nov and its agenda was due Mon 23 Nov 17:00.

const held = (date: string, rotation = 'skill') => ['---', 'with: Zed Rules', `date: ${date}`, `rotation: ${rotation}`, '---', '# 1x1 with Zed', ''].join('\n');

/** Held on Tuesdays 29 Sep – 17 Nov, every one on `skill`: rotation-gap; no note for 24 Nov: agenda-not-written. */
const ALWAYS_SKILL: Record<string, string> = { 'profile.md': MANAGER_PROFILE.replace('since: 2026-10-20', 'since: 2026-09-29') };
for (const date of ['2026-09-29', '2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17']) ALWAYS_SKILL[`${date}.md`] = held(date);

/** Last held 2 Nov: three weeks, more than twice the weekly cadence. */
const GAP: Record<string, string> = { 'profile.md': MANAGER_PROFILE, '2026-11-02.md': held('2026-11-02') };

const folders: string[] = [];
async function freshFolder(files: Record<string, string>): Promise<string> {
  const folder = `1on1/zz-series-${folders.length + 1}`;
  folders.push(folder);
  await writeNotes(folder, files);
  return folder;
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

describe('Rules across a series (on profile.md)', () => {
  after(async () => {
    for (const folder of folders) await removeNotes(folder);
  });

  it('agenda-not-written and rotation-gap appear on profile.md, and follow a note of the series', async () => {
    const folder = await freshFolder(ALWAYS_SKILL);
    const profile = noteUri(folder, 'profile.md');
    const both = JSON.stringify(['agenda-not-written Warning 0:0-0:3', 'rotation-gap Information 0:0-0:3']);
    await waitFor(() => JSON.stringify(diagnosticsOf(profile)) === both, `both findings on profile.md; got ${JSON.stringify(diagnosticsOf(profile))}`);
    // The agenda written (by another program): the profile's finding goes, though the profile did not change.
    await writeFile(`${folder}/2026-11-24.md`, ['---', 'with: Zed Rules', 'date: 2026-11-24', 'status: planned', '---', ''].join('\n'));
    await waitFor(() => JSON.stringify(diagnosticsOf(profile)) === JSON.stringify(['rotation-gap Information 0:0-0:3']), 'agenda-not-written to go');
  });

  it('meeting-gap appears on profile.md with "New 1x1 agenda", which runs the command; fix all leaves it out', async () => {
    const folder = await freshFolder(GAP);
    const profile = noteUri(folder, 'profile.md');
    const both = JSON.stringify(['agenda-not-written Warning 0:0-0:3', 'meeting-gap Warning 0:0-0:3']);
    await waitFor(() => JSON.stringify(diagnosticsOf(profile)) === both, 'agenda-not-written and meeting-gap on profile.md');
    await vscode.workspace.openTextDocument(profile);
    let actions: vscode.CodeAction[] = [];
    await waitFor(async () => (actions = await codeActions(profile, new vscode.Range(0, 0, 0, 3), vscode.CodeActionKind.QuickFix.value)).length === 2, 'two quick fixes');
    const series = folder.slice('1on1/'.length);
    assert.deepStrictEqual(
      actions.map((a) => [a.title, a.kind?.value, a.edit, a.command?.command, a.command?.arguments, a.isPreferred === true]),
      [
        ['New 1x1 agenda', 'quickfix', undefined, 'oneOnOne.newAgenda', [series], true],
        ['New 1x1 agenda', 'quickfix', undefined, 'oneOnOne.newAgenda', [series], true],
      ],
    );
    assert.deepStrictEqual(await codeActions(profile, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.SourceFixAll.value), []);

    const command = actions[0].command!;
    const result = await vscode.commands.executeCommand<NewAgendaResult>(command.command, ...(command.arguments ?? []));
    assert.deepStrictEqual(result, { kind: 'created', file: `${folder}/2026-11-24.md` });
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${folder}/2026-11-24.md`));
    await waitFor(() => JSON.stringify(diagnosticsOf(profile)) === JSON.stringify(['meeting-gap Warning 0:0-0:3']), 'agenda-not-written to go once the agenda is written');
  });
});
