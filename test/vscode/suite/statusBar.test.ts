import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewAgendaResult } from '../../../src/vscode/openAgenda';
import type { NextMeetingStatusBar } from '../../../src/providers/statusBar';
import { api, waitFor } from './helpers';
import { readDisk, uriOf, writeFile } from './runtimeNotes';
import { plainTooltip } from './sidebarNotes';

// The status bar speaks for the whole vault, so this suite points oneOnOne.folder at a vault of its
// own, written at run time: Dana (my manager, weekly on Tuesdays at 10:00, the agenda for Tue 24
// Nov written and not shared) and Sam (reports to me, biweekly on Thursdays at 15:00). Pinned now:
// Mon 23 Nov 2026, 17:30 — Dana's share-by deadline, 17:00 today, has passed.

const VAULT = 'zz-sidebar-vault';
const DANA_NEXT = `${VAULT}/dana/2026-11-24.md`;
const DANA_NEXT_TEXT = '---\nwith: Dana Whitfield\ndate: 2026-11-24\ntime: "10:00"\nstatus: planned\n---\n# 1x1 with Dana\n';

async function useFolder(folder: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('oneOnOne').update('folder', folder, vscode.ConfigurationTarget.Workspace);
}

describe('Next 1x1 status bar item', () => {
  let bar: NextMeetingStatusBar;

  before(async () => {
    const extension = await api();
    bar = extension.statusBar;
    await writeFile(`${VAULT}/dana/profile.md`, '---\nwith: Dana Whitfield\nrole: manager\ncadence: weekly\nday: tuesday\ntime: "10:00"\nsince: 2026-09-01\n---\n');
    await writeFile(`${VAULT}/dana/2026-11-17.md`, '---\nwith: Dana Whitfield\ndate: 2026-11-17\nstatus: held\n---\n');
    await writeFile(DANA_NEXT, DANA_NEXT_TEXT);
    await writeFile(`${VAULT}/sam/profile.md`, '---\nwith: Sam Okafor\nrole: report\ncadence: biweekly\nday: thursday\ntime: "15:00"\nsince: 2026-09-03\n---\n');
    await useFolder(VAULT);
    // The example vault has a Dana too: only her agenda's path tells the suite vault is read.
    await waitFor(() => plainTooltip(bar.item).includes(`Agenda: ${DANA_NEXT}`), 'the status bar on the suite vault');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await useFolder(undefined);
    await vscode.workspace.fs.delete(uriOf(VAULT), { recursive: true, useTrash: false });
    const { vault } = await api();
    await waitFor(() => !vault.index.allFiles().some((f) => f.startsWith(`${VAULT}/`)), 'the vault to be the example vault again');
  });

  it("shows the vault's next 1x1, on the warning background when the agenda for my manager is late", () => {
    assert.strictEqual(bar.item.text, '$(calendar) 1x1 Dana · Tue 10:00');
    assert.strictEqual(bar.item.command, 'oneOnOne.openNextAgenda');
    assert.ok(bar.visible);
    assert.strictEqual((bar.item.backgroundColor as vscode.ThemeColor | undefined)?.id, 'statusBarItem.warningBackground');
    const tooltip = plainTooltip(bar.item);
    assert.match(tooltip, /Next 1x1: Dana Whitfield/);
    assert.match(tooltip, /Tue 24 Nov 2026, 10:00 \(tomorrow\)/);
    assert.match(tooltip, /Agenda: zz-sidebar-vault\/dana\/2026-11-24\.md/);
    assert.match(tooltip, /Share by 17:00 on Mon 23 Nov: the deadline has passed — share it now/);
  });

  it('drops the warning once the agenda is shared (even unsaved), and brings it back when that is undone', async () => {
    const document = await vscode.workspace.openTextDocument(uriOf(DANA_NEXT));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(5, 0), 'shared: 2026-11-23T16:40\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => bar.item.backgroundColor === undefined, 'the warning to go');
    assert.match(plainTooltip(bar.item), /Shared 2026-11-23 16:40 \(share by 17:00 on Mon 23 Nov\)/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => bar.item.backgroundColor !== undefined, 'the warning to come back');
    assert.strictEqual(document.getText(), DANA_NEXT_TEXT);
    await document.save();
  });

  it('opens the next agenda when it is written', async () => {
    const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.openNextAgenda');
    assert.deepStrictEqual(result, { kind: 'opened', file: DANA_NEXT });
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${DANA_NEXT}`));
  });

  it("writes a series' next agenda when it is not written yet", async () => {
    const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.openNextAgenda', 'sam');
    assert.deepStrictEqual(result, { kind: 'created', file: `${VAULT}/sam/2026-11-26.md` });
    assert.match(await readDisk(`${VAULT}/sam/2026-11-26.md`), /^date: 2026-11-26$/m);
    assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${VAULT}/sam/2026-11-26.md`));
  });

  it('follows the soonest meeting: no share deadline with a report', async () => {
    // Zed reports to me, on Tuesdays at 09:00: an hour before Dana.
    await writeFile(`${VAULT}/zed/profile.md`, '---\nwith: Zed Sidebar\nrole: report\ncadence: weekly\nday: tuesday\ntime: "09:00"\nsince: 2026-09-01\n---\n');
    await waitFor(() => bar.item.text === '$(calendar) 1x1 Zed · Tue 09:00', 'the status bar to show Zed');
    assert.strictEqual(bar.item.backgroundColor, undefined);
    assert.match(plainTooltip(bar.item), /No agenda yet/);
    assert.doesNotMatch(plainTooltip(bar.item), /Share by/);
    const result = await vscode.commands.executeCommand<NewAgendaResult>('oneOnOne.openNextAgenda');
    assert.deepStrictEqual(result, { kind: 'created', file: `${VAULT}/zed/2026-11-24.md` });
    await waitFor(() => /Agenda: zz-sidebar-vault\/zed\/2026-11-24\.md/.test(plainTooltip(bar.item)), 'the tooltip to name the new agenda');
  });

  it('hides when the vault has no series', async () => {
    await useFolder('zz-no-such-folder');
    await waitFor(() => !bar.visible, 'the item to hide');
    await useFolder(VAULT);
    await waitFor(() => bar.visible && bar.item.text.includes('Zed'), 'the item to come back');
  });
});
