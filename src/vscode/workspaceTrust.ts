import * as vscode from 'vscode';

/**
 * Restricted Mode (an untrusted workspace) only reads notes: views, diagnostics, hovers and
 * completion work, everything that writes a file stays off (package.json declares `limited`
 * support). Commands that write ask here first; the message says what to do.
 */
export function trustedOrExplain(action: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(`1x1: trust this folder to ${action} (Restricted Mode only reads notes).`);
  return false;
}
