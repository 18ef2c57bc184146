import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RescheduleResult } from '../../../src/providers/rescheduleCommand';
import { api, waitFor } from './helpers';
import type { MeetingNode, SeriesNode } from '../../../src/providers/meetingsView';
import { readDisk, removeNotes, uriOf, writeNotes } from './runtimeNotes';

// "Mark meeting rescheduled…" in a real VS Code: the new note, the old note, one undo, no overwrite.

const FOLDER = '1on1/zz-reschedule';

const NOTE = [
  '---',
  '# written by hand',
  'with: Zed Reschedule   # display name',
  'date: 2026-11-24',
  'time: "10:00"',
  'status: planned       # until we meet',
  '---',
  '# 1x1 with Zed — Tue 24 Nov 2026',
  '',
  '## Action items from last time',
  '- [ ] Draft the onboarding guide 📅 2026-11-27 ^zr0001',
  '',
  '## Private',
  'Ask about the team lead role.',
  '',
].join('\n');

/** A copy of NOTE for one test, on its own date (VS Code may keep a closed note's text a while: no file is reused). */
function noteOn(date: string): string {
  return NOTE.replace('date: 2026-11-24', `date: ${date}`);
}

/** The note's node in the Meetings view, as an inline action passes it. */
async function meetingNode(file: string): Promise<MeetingNode> {
  const tree = (await api()).meetingsTree;
  const node = await waitFor(async () => {
    const series = ((await tree.getChildren()) as SeriesNode[]).find((s) => s.series === 'zz-reschedule');
    return series && ((await tree.getChildren(series)) as MeetingNode[]).find((m) => m.file === file);
  }, `${file} in the Meetings view`);
  return node!;
}

async function exists(file: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uriOf(file));
    return true;
  } catch {
    return false;
  }
}

describe('Mark meeting rescheduled', () => {
  before(async () => {
    await (await api()).vault.ready();
  });

  after(() => removeNotes(FOLDER));

  it('writes the agenda to the new date, leaves a pointer in the old note, opens the new one; one undo takes both back', async () => {
    const old = `${FOLDER}/2026-11-24.md`;
    await writeNotes(FOLDER, { '2026-11-24.md': NOTE });
    const result = await vscode.commands.executeCommand<RescheduleResult>('oneOnOne.markRescheduled', uriOf(old), '2026-11-26');
    assert.deepStrictEqual(result, { file: old, movedTo: '2026-11-26', newFile: `${FOLDER}/2026-11-26.md` });

    const expectedNew = [
      '---',
      '# written by hand',
      'with: Zed Reschedule   # display name',
      'date: 2026-11-26',
      'time: "10:00"',
      'status: planned       # until we meet',
      '---',
      '# 1x1 with Zed — Thu 26 Nov 2026',
      '',
      '## Action items from last time',
      '- [ ] Draft the onboarding guide 📅 2026-11-27 ^zr0001',
      '',
      '## Private',
      'Ask about the team lead role.',
      '',
    ].join('\n');
    const expectedOld = [
      '---',
      '# written by hand',
      'with: Zed Reschedule   # display name',
      'date: 2026-11-24',
      'time: "10:00"',
      'status: rescheduled       # until we meet',
      'moved_to: 2026-11-26',
      '---',
      '# 1x1 with Zed — Tue 24 Nov 2026',
      '',
      'Moved to Thu 26 Nov 2026: the agenda is in [2026-11-26.md](2026-11-26.md).',
      '',
    ].join('\n');
    assert.strictEqual(await readDisk(`${FOLDER}/2026-11-26.md`), expectedNew);
    assert.strictEqual(await readDisk(old), expectedOld, 'the old note is edited and saved');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor?.document.uri.path.endsWith(`/${FOLDER}/2026-11-26.md`), 'the new note is open');

    const { vault } = await api();
    await waitFor(() => vault.index.note(old)?.status === 'rescheduled', 'the vault to see the old note rescheduled');
    assert.strictEqual(vault.index.note(old)!.movedTo, '2026-11-26');
    assert.strictEqual(vault.index.note(`${FOLDER}/2026-11-26.md`)?.status, 'planned');

    const oldDocument = await vscode.workspace.openTextDocument(uriOf(old));
    await vscode.window.showTextDocument(oldDocument);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => oldDocument.getText() === NOTE, 'one undo to restore the old note');
    await waitFor(async () => !(await exists(`${FOLDER}/2026-11-26.md`)), 'the same undo to remove the new note');
    await oldDocument.save();
  });

  it('from a Meetings node: a day that has a note gets <date>-2.md; the note there is left byte for byte', async () => {
    const other = ['---', 'with: Zed Reschedule', 'date: 2026-12-03', 'status: planned', '---', '# Another 1x1 that day', ''].join('\n');
    await writeNotes(FOLDER, { '2026-12-01.md': noteOn('2026-12-01'), '2026-12-03.md': other });
    const node = await meetingNode(`${FOLDER}/2026-12-01.md`);
    const result = await vscode.commands.executeCommand<RescheduleResult>('oneOnOne.markRescheduled', node, '2026-12-03');
    assert.strictEqual(result?.newFile, `${FOLDER}/2026-12-03-2.md`);
    assert.strictEqual(await readDisk(`${FOLDER}/2026-12-03.md`), other);
    assert.match(await readDisk(`${FOLDER}/2026-12-03-2.md`), /^date: 2026-12-03$/m);
    assert.match(await readDisk(`${FOLDER}/2026-12-01.md`), /the agenda is in \[2026-12-03-2\.md\]/);
  });

  it('never overwrites a file at the target path that the vault does not know: nothing changes', async () => {
    await writeNotes(FOLDER, { '2026-12-08.md': noteOn('2026-12-08') });
    // A binary file with a note's name is skipped by the vault, so only the edit's own guard stops the overwrite.
    const binary = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]);
    await vscode.workspace.fs.writeFile(uriOf(`${FOLDER}/2026-12-10.md`), binary);
    const { vault } = await api();
    assert.ok(!vault.index.has(`${FOLDER}/2026-12-10.md`));
    const result = await vscode.commands.executeCommand<RescheduleResult>('oneOnOne.markRescheduled', uriOf(`${FOLDER}/2026-12-08.md`), '2026-12-10');
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(uriOf(`${FOLDER}/2026-12-10.md`)))], [...binary]);
    assert.strictEqual(await readDisk(`${FOLDER}/2026-12-08.md`), noteOn('2026-12-08'));
    const open = vscode.workspace.textDocuments.find((d) => d.uri.path.endsWith(`/${FOLDER}/2026-12-08.md`));
    assert.ok(!open?.isDirty, 'the old note has no unsaved change either');
  });

  it('refuses a day in the past (today is Mon 23 Nov), changing nothing', async () => {
    await writeNotes(FOLDER, { '2026-12-29.md': noteOn('2026-12-29') });
    assert.strictEqual(await vscode.commands.executeCommand<RescheduleResult>('oneOnOne.markRescheduled', uriOf(`${FOLDER}/2026-12-29.md`), '2026-11-20'), undefined);
    assert.strictEqual(await readDisk(`${FOLDER}/2026-12-29.md`), noteOn('2026-12-29'));
    assert.ok(!(await exists(`${FOLDER}/2026-11-20.md`)));
  });

  it('proposes the next working day after the meeting, not the next regular one', async () => {
    // Weekly on Tuesdays: Tue 22 Dec → Wed 23 Dec, not Tue 29 Dec (two meetings in one).
    const weekly = `${FOLDER}-weekly`;
    const profile = ['---', 'with: Zed Reschedule', 'cadence: weekly', 'day: tuesday', 'since: 2026-11-03', '---', ''].join('\n');
    await writeNotes(weekly, { 'profile.md': profile, '2026-12-22.md': noteOn('2026-12-22') });
    const running = vscode.commands.executeCommand<RescheduleResult>('oneOnOne.markRescheduled', uriOf(`${weekly}/2026-12-22.md`));
    // Enter in the input box, as proposed.
    const done: { result?: RescheduleResult } = {};
    void running.then((result) => (done.result = result ?? { file: '', movedTo: 'nothing', newFile: '' }));
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done.result !== undefined;
    }, 'the input box to take the proposed date');
    await removeNotes(weekly);
    assert.strictEqual(done.result?.movedTo, '2026-12-23');
  });

  it('refuses an impossible or unchanged date, changing nothing', async () => {
    await writeNotes(FOLDER, { '2026-12-15.md': noteOn('2026-12-15') });
    for (const date of ['2026-02-30', '2026-12-15', 'next week'])
      assert.strictEqual(await vscode.commands.executeCommand<RescheduleResult>('oneOnOne.markRescheduled', uriOf(`${FOLDER}/2026-12-15.md`), date), undefined, date);
    assert.strictEqual(await readDisk(`${FOLDER}/2026-12-15.md`), noteOn('2026-12-15'));
  });
});
