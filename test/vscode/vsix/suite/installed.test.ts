import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { OneOnOneApi } from '../../../../src/extension';

// The extension here comes from the .vsix that scripts/vscode/test-vsix.mjs packed and installed
// with `code-server --install-extension`: what a user gets, not the development folder.
const EXTENSION_ID = 'one-on-one.one-on-one-meetings';

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the installed .vsix', () => {
  it('is loaded from the extensions folder it was installed into', () => {
    const ext = vscode.extensions.getExtension<OneOnOneApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const installedInto = process.env.ONE_ON_ONE_VSIX_EXTENSIONS_DIR;
    assert.ok(installedInto, 'ONE_ON_ONE_VSIX_EXTENSIONS_DIR is not set by the runner');
    assert.strictEqual(path.dirname(ext.extensionPath), installedInto);
  });

  it('activates by itself on the vault and shows its series', async () => {
    const ext = vscode.extensions.getExtension<OneOnOneApi>(EXTENSION_ID)!;
    await waitFor(() => ext.isActive, 'activation on the vault');
    const series = await ext.exports.meetingsTree.getChildren();
    assert.ok(series.length > 0, 'the Meetings tree lists no series');
  });

  it('registers its command and views', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('oneOnOne.refresh'));
    await vscode.commands.executeCommand('oneOnOne.meetings.focus');
    await vscode.commands.executeCommand('oneOnOne.commitments.focus');
  });
});
