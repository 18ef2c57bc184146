import * as vscode from 'vscode';
import { api, waitFor, workspaceRoot } from './helpers';

/**
 * Notes the in-host suites write at run time into the throwaway workspace, each suite under a
 * folder of its own (`1on1/zz-…/`), and remove afterwards. Files are written and deleted through
 * `vscode.workspace.fs`, as another program would (no editor involved), so the vault learns of
 * them from the file watcher, as it does in use. Paths are workspace-relative (`1on1/zz-x/a.md`).
 */

export function uriOf(file: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...file.split('/'));
}

export function noteUri(folder: string, name: string): vscode.Uri {
  return uriOf(`${folder}/${name}`);
}

/** Writes one file and returns at once: the caller waits for whatever it expects to follow. */
export async function writeFile(file: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uriOf(file), new TextEncoder().encode(text));
}

export async function readDisk(file: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(file)));
}

/** Writes the files into `folder` (never opening them) and waits until the vault has indexed every one. */
export async function writeNotes(folder: string, files: Record<string, string>): Promise<void> {
  const { vault } = await api();
  await vault.ready();
  for (const [name, text] of Object.entries(files)) await writeFile(`${folder}/${name}`, text);
  const missing = () => Object.keys(files).filter((name) => !vault.index.has(`${folder}/${name}`));
  await waitFor(() => missing().length === 0, `the vault to index ${folder}`).catch((e) => {
    throw new Error(`${e} (missing: ${missing().join(', ')})`);
  });
}

/** Reverts the edited documents of `folder` and closes the editors (an unsaved editor keeps its note in the vault). */
export async function closeNotes(folder: string): Promise<void> {
  // Unsaved changes first: closing a dirty editor would ask.
  for (const document of vscode.workspace.textDocuments)
    if (document.isDirty && document.uri.path.includes(`/${folder}/`)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Closes the notes of `folder`, deletes the folder and waits until the vault has dropped its
 * files, so that the next suite starts from the example vault alone.
 */
export async function removeNotes(folder: string): Promise<void> {
  await closeNotes(folder);
  try {
    await vscode.workspace.fs.delete(uriOf(folder), { recursive: true, useTrash: false });
  } catch {
    // Already gone (a test deleted it).
  }
  const { vault } = await api();
  await waitFor(() => !vault.index.allFiles().some((f) => f.startsWith(`${folder}/`)), `the vault to drop ${folder}`);
}
