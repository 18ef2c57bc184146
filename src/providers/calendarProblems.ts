import * as vscode from 'vscode';
import type { CalendarProblem } from '../core/calendar/occurrence';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * What a calendar export could not say (SPEC §12: a broken `.ics` is a clear message on that
 * file, never a crash): one warning per problem on the `.ics` file, on its line when known, in
 * the Problems panel. The meetings of what could be read still count, and the cadence plans the
 * rest. Republished whenever the vault changes (a new export dropped in, the settings).
 */
export const calendarProblems: Feature = (context, { vault }) => {
  const collection = vscode.languages.createDiagnosticCollection('oneOnOne.calendar');
  let shown = '';
  // Every change of the vault asks; only a change of the problems publishes (an edit of a note changes none).
  const publish = () => {
    const problems = vault.root() ? vault.index.calendarProblems() : [];
    const fingerprint = JSON.stringify(problems);
    if (fingerprint === shown) return;
    shown = fingerprint;
    publishCalendarProblems(vault, collection, problems);
  };
  context.subscriptions.push(collection, vault.onDidChange(publish));
  void vault.calendarsReady().then(publish);
};

function publishCalendarProblems(vault: WorkspaceVault, collection: vscode.DiagnosticCollection, problems: readonly CalendarProblem[]): void {
  const byFile = new Map<string, CalendarProblem[]>();
  for (const problem of problems) {
    let list = byFile.get(problem.file);
    if (!list) byFile.set(problem.file, (list = []));
    list.push(problem);
  }
  collection.clear();
  for (const [file, problems] of byFile)
    collection.set(
      vault.uriOf(file),
      problems.map((p) => {
        const line = Math.max(0, (p.line ?? 1) - 1);
        const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), p.message, vscode.DiagnosticSeverity.Warning);
        diagnostic.source = '1x1 calendar';
        return diagnostic;
      }),
    );
}
