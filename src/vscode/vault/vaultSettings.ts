import * as vscode from 'vscode';
import { configuredValues, withDefaults, type Settings } from '../../core/settings/settings';

/** The vault's settings: what the user wrote in `oneOnOne.*`, repaired by the core's defaults. */
export function settingsFromConfiguration(scope?: vscode.Uri): Settings {
  return withDefaults(configuredSettings(scope) as Partial<Settings>);
}

/** What the user wrote in `oneOnOne.*`, unchecked: `withDefaults` repairs it, `settingsWarnings` says what it repaired. */
export function configuredSettings(scope?: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('oneOnOne', scope);
  return configuredValues((key) => config.get(key));
}

/** Calls `listener` whenever a `oneOnOne.*` setting changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('oneOnOne')) listener();
  });
}
