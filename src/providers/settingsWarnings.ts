import * as vscode from 'vscode';
import { settingsWarnings as warningsOf } from '../core/settings/settings';
import { configuredSettings } from '../vscode/vault/vaultSettings';
import type { Feature } from './feature';

/**
 * Says once, when the extension starts and whenever `oneOnOne.*` changes, which settings were not
 * taken as written (a severity `"fatal"`, `shareBy: "25:00"`): the same lines the CLI prints on
 * stderr. The same warnings are not repeated until the settings change again.
 */
export const settingsWarnings: Feature = (context) => {
  let shown: readonly string[] = [];
  const check = () => {
    const warnings = warningsOf(configuredSettings());
    if (warnings.join('\n') === shown.join('\n')) return;
    shown = warnings;
    if (warnings.length === 0) return;
    const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
    void vscode.window.showWarningMessage(`1x1 settings: ${warnings[0]}${more}`, 'Open Settings').then((choice) => {
      if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'oneOnOne');
    });
  };
  check();
  const subscription = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('oneOnOne')) check();
  });
  context.subscriptions.push(subscription);
  return { settingsWarnings: { lastShown: () => shown } };
};
