import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, waitFor } from './helpers';

/** Settings that are not taken as written are said, once, as the CLI says them (issue 10). */
describe('Settings warnings', () => {
  const config = () => vscode.workspace.getConfiguration('oneOnOne');
  afterEach(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('shareBy', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('names a severity that is none and a share time that is no time, and forgets them once fixed', async () => {
    const { settingsWarnings, vault } = await api();
    assert.deepEqual(settingsWarnings.lastShown(), []);
    await config().update('rules', { 'overdue-commitment': 'fatal' }, vscode.ConfigurationTarget.Workspace);
    await config().update('shareBy', '25:00', vscode.ConfigurationTarget.Workspace);
    await waitFor(() => settingsWarnings.lastShown().length === 2, 'two settings warnings');
    const shown = settingsWarnings.lastShown();
    assert.match(shown[0], /oneOnOne\.rules\.overdue-commitment: "fatal" is not a severity/);
    assert.match(shown[1], /oneOnOne\.shareBy: "25:00" is not a time of day/);
    // The repaired settings are what the rules use: the default severity and deadline.
    await waitFor(() => vault.index.settings.shareBy === '17:00' && vault.index.settings.rules['overdue-commitment'] === undefined, 'the vault to use the repaired settings');
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('shareBy', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => settingsWarnings.lastShown().length === 0, 'the warnings to clear');
  });
});
