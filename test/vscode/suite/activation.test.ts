import * as assert from 'assert';
import * as vscode from 'vscode';
import { extension, waitFor, workspaceRoot } from './helpers';

describe('activation', () => {
  it('activates by itself on a folder holding a vault (workspaceContains)', async () => {
    // No activate() call here: this checks the declared activation events, not our test's request.
    const ext = extension();
    await waitFor(() => ext.isActive, 'the extension to activate on its own', 15_000);
    assert.ok(ext.exports?.meetingsTree, 'activate() returns the API the tests use');
  });

  it('runs on the throwaway copy of the fixture vault', async () => {
    const root = workspaceRoot();
    const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, '1on1'));
    assert.strictEqual(stat.type & vscode.FileType.Directory, vscode.FileType.Directory);
    assert.match(root.fsPath, /1x1-vscode-/, 'the workspace must be a temp copy, never the repository');
  });

  it('never asks to be activated on startup (no `*` activation event)', () => {
    const events: string[] = extension().packageJSON.activationEvents ?? [];
    assert.ok(!events.includes('*'), `activationEvents: ${events.join(', ')}`);
    assert.ok(events.includes('workspaceContains:1on1/**/*.md'));
  });
});

describe('commands', () => {
  it('registers oneOnOne.refresh', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('oneOnOne.refresh'), 'oneOnOne.refresh is not registered');
  });

  it('runs oneOnOne.refresh', async () => {
    await vscode.commands.executeCommand('oneOnOne.refresh');
  });
});

describe('views', () => {
  // Each of these commands exists only when the view container / view is contributed;
  // executeCommand rejects with "command not found" otherwise.
  it('opens the 1x1 view container in the activity bar', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.oneOnOne');
  });

  it('focuses the Meetings view', async () => {
    await vscode.commands.executeCommand('oneOnOne.meetings.focus');
  });

  it('focuses the Commitments view', async () => {
    await vscode.commands.executeCommand('oneOnOne.commitments.focus');
  });
});
