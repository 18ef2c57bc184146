import * as vscode from 'vscode';
import { say } from '../../taggedReporter';
import { api } from '../../suite/helpers';

/**
 * A probe, not a test: on a generated vault, opens notes of several series and times each edit
 * → its diagnostics changed, and the longest stall of the extension host (a 1 ms timer's lateness)
 * meanwhile; the first edit after opening a note against the next ones. Prints `@@probe {json}`.
 */
describe('first edit probe', () => {
  it('times edit → diagnostics changed after opening a note', async function () {
    this.timeout(600_000);
    const extension = await api();
    await extension.vault.ready();
    await pause(3000);
    const index = extension.vault.index;
    const ids = index.seriesIds();
    const results: { series: string; edit: number; ms: number; stallMs: number }[] = [];
    for (const series of [ids[1], ids[Math.floor(ids.length / 2)], ids[ids.length - 2]]) {
      const file = index.allFiles().filter((f) => index.seriesOf(f) === series && index.note(f)).pop()!;
      const uri = extension.vault.uriOf(file);
      const editor = await vscode.window.showTextDocument(uri);
      await pause(2000);
      for (let edit = 0; edit < 6; edit++) {
        const line = editor.document.lineCount;
        const changed = new Promise<number>((resolve) => {
          const sub = vscode.languages.onDidChangeDiagnostics((e) => {
            const hasProbe = vscode.languages.getDiagnostics(uri).some((d) => d.range.start.line >= line - 2);
            if (e.uris.some((u) => u.toString() === uri.toString()) && hasProbe === (edit % 2 === 0)) {
              sub.dispose();
              resolve(performance.now());
            }
          });
        });
        let stallMs = 0;
        let last = performance.now();
        const timer = setInterval(() => {
          const at = performance.now();
          stallMs = Math.max(stallMs, at - last - 1);
          last = at;
        }, 1);
        const started = performance.now();
        const we = new vscode.WorkspaceEdit();
        // Odd edits add a line with an invalid date (a finding), even ones take it away again.
        if (edit % 2 === 0) we.insert(uri, new vscode.Position(line, 0), '\n- [ ] probe 📅 2026-13-45\n');
        else we.delete(uri, new vscode.Range(line - 3, editor.document.lineAt(line - 3).text.length, line - 1, 0));
        await vscode.workspace.applyEdit(we);
        const ms = (await Promise.race([changed, pause(5000).then(() => NaN)])) - started;
        // The stall: over the edit and everything the vault's notice (100 ms later) sets off.
        await pause(Math.max(0, 600 - (performance.now() - started)));
        clearInterval(timer);
        results.push({ series, edit, ms, stallMs });
        await pause(800);
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    say('@@probe ' + JSON.stringify(results));
  });
});

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
