import * as vscode from 'vscode';
import { workspaceRoot } from './helpers';

/**
 * Notes the sidebar suites (Meetings, Commitments, note status) write at run time in the throwaway
 * workspace, each suite in a series folder of its own under `1on1/zz-sidebar-…/`, removed
 * afterwards. Never the same folder twice: a folder deleted and made again at once can lose the
 * file watcher's events for its new files.
 */

export interface SidebarSeries {
  series: string;
  folder: string;
}

export function sidebarSeries(suite: string): SidebarSeries {
  const series = `zz-sidebar-${suite}`;
  return { series, folder: `1on1/${series}` };
}

export function uriOf(file: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...file.split('/'));
}

/** Writes a file as another program would (no editor involved). */
export async function writeFile(file: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uriOf(file), new TextEncoder().encode(text));
}

export async function readDisk(file: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf(file)));
}

/** The note's current text as VS Code holds it (an edit may not be saved). */
export async function readDocument(file: string): Promise<string> {
  return (await vscode.workspace.openTextDocument(uriOf(file))).getText();
}

/** Closes the editors and removes the suite's folder, leaving no unsaved copy behind. */
export async function removeSidebarNotes({ folder }: SidebarSeries): Promise<void> {
  // Unsaved changes first (closing a dirty editor would ask), then the editors, then the files.
  for (const document of vscode.workspace.textDocuments)
    if (document.isDirty && document.uri.path.includes(`/${folder}/`)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  try {
    await vscode.workspace.fs.delete(uriOf(folder), { recursive: true, useTrash: false });
  } catch {
    // not there: nothing to remove
  }
}

/** Resolves with the next event, or rejects after `timeoutMs` — a test waits for the refresh, never sleeps. */
export function nextEvent<T>(event: vscode.Event<T>, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = event((value) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(value);
    });
  });
}

/** `viewItem =~ /…/` or `viewItem == …` of a contributed view/item/context menu entry, as a test on a context value. */
export function menuMatches(command: string, view: string, contextValue: string): boolean {
  const pkg = vscode.extensions.getExtension('one-on-one.one-on-one-meetings')!.packageJSON;
  const entries: { command: string; when: string }[] = pkg.contributes.menus['view/item/context'];
  return entries.some((e) => {
    if (e.command !== command || !e.when.includes(`view == ${view}`)) return false;
    const regex = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(e.when);
    if (regex) return new RegExp(regex[1]).test(contextValue);
    const equal = /viewItem == ([\w.-]+)/.exec(e.when);
    return equal !== null && equal[1] === contextValue;
  });
}

/** A tooltip's text without the escapes MarkdownString.appendText adds. */
export function plainTooltip(item: { tooltip?: string | vscode.MarkdownString }): string {
  return (item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!~|])/g, '$1');
}
