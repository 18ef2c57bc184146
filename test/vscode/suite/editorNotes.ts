import * as vscode from 'vscode';
import { api, waitFor, workspaceRoot } from './helpers';

/**
 * The series the editor-surface suites (hover, CodeLens, decorations, completion) work on, written
 * at run time into the throwaway workspace and removed afterwards: Erin, my manager, weekly on
 * Tuesdays at 10:00; with the runner's clock (Mon 23 Nov 2026 17:30) the agenda of Tue 24 Nov was
 * due to be shared at 17:00 today. "Draft the onboarding guide" was raised on 10 Nov, carried into
 * 17 Nov and 24 Nov (2×: stale) and was due on 18 Nov (5 days overdue).
 */

export const SERIES = 'zz-editor';
export const FOLDER = `1on1/${SERIES}`;

const FILES: Record<string, string> = {
  'profile.md': ['---', 'with: Erin Editor', 'role: manager', 'cadence: weekly', 'day: tuesday', 'time: "10:00"', 'since: 2026-09-01', '---', 'Likes short updates.', ''].join('\n'),
  '2026-11-10.md': [
    '---',
    'with: Erin Editor',
    'date: 2026-11-10',
    '---',
    '# 1x1 with Erin — Tue 10 Nov 2026',
    '',
    '## Commitments',
    '- [>] Draft the onboarding guide 📅 2026-11-18 ^zzonb',
    '',
  ].join('\n'),
  '2026-11-17.md': [
    '---',
    'with: Erin Editor',
    'date: 2026-11-17',
    '---',
    '# 1x1 with Erin — Tue 17 Nov 2026',
    '',
    '## Action items from last time',
    '- [>] Draft the onboarding guide 📅 2026-11-18 ^zzonb',
    '- [x] Send the Q4 forecast ✅ 2026-11-16',
    '',
  ].join('\n'),
  '2026-11-24.md': [
    '---',
    'with: Erin Editor',
    'date: 2026-11-24',
    '---',
    '# 1x1 with Erin — Tue 24 Nov 2026',
    '',
    '## Action items from last time',
    '- [ ] Draft the onboarding guide 📅 2026-11-18 ^zzonb',
    '',
    '## Roadblocks',
    '- Waiting for access to the billing dashboard',
    '',
    '## Commitments',
    '- [ ] Book the security review 📅 2026-11-28',
    '- [ ] Introduce me to the data team @erin',
    '',
  ].join('\n'),
};

export function noteUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), FOLDER, name);
}

/** Writes the series and waits until the vault has indexed every note. */
export async function createEditorNotes(): Promise<void> {
  const { vault } = await api();
  await vault.ready();
  for (const [name, text] of Object.entries(FILES)) await vscode.workspace.fs.writeFile(noteUri(name), new TextEncoder().encode(text));
  await waitFor(() => Object.keys(FILES).every((name) => name === 'profile.md' || vault.index.note(`${FOLDER}/${name}`)) && vault.index.seriesState(SERIES)?.profile, 'the vault to index the zz-editor notes');
}

/** Reverts and closes the editors, removes the series and waits until the vault has dropped it. */
export async function removeEditorNotes(): Promise<void> {
  for (const document of vscode.workspace.textDocuments)
    if (document.isDirty && document.uri.path.includes(`/${FOLDER}/`)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  // File by file, and the folder only once they are gone: the file watcher folds the deletes
  // of a folder's files into the folder's own, which the `*.md` watcher does not see.
  const folder = vscode.Uri.joinPath(workspaceRoot(), FOLDER);
  for (const [name] of await vscode.workspace.fs.readDirectory(folder)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name), { useTrash: false });
  const { vault } = await api();
  await waitFor(() => !vault.index.seriesIds().includes(SERIES), 'the vault to drop the zz-editor series');
  await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
}

/** The 0-based line of the first line of `document` containing `needle`. */
export function lineWith(document: vscode.TextDocument, needle: string): number {
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.includes(needle)) return line;
  throw new Error(`"${needle}" is not in ${document.uri.path}`);
}
