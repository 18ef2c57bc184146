import * as vscode from 'vscode';
import { listMarkdownFiles } from './localFiles';

/**
 * Which files of the workspace the vault reads, and hearing about them on disk: the notes
 * (`**\/*.md`) outside the folders no note lives in, and the folders created or deleted.
 */

/** Folders no note lives in; skipping them keeps the first read short in big workspaces. */
const EXCLUDED = '**/{node_modules,.git,.obsidian,.trash}/**';
const EXCLUDED_FOLDERS = new Set(['node_modules', '.git', '.obsidian', '.trash']);

/** The notes under `base` (the workspace folder, or a folder just created in it): listed through Node on a `file:` folder (`localFiles.ts`), else found by the search service. */
export async function findNotes(base: vscode.Uri): Promise<vscode.Uri[]> {
  return (await listMarkdownFiles(base, EXCLUDED_FOLDERS)) ?? vscode.workspace.findFiles(new vscode.RelativePattern(base, '**/*.md'), EXCLUDED);
}

/** A vault path in one of the folders no note lives in. */
export function inExcludedFolder(path: string): boolean {
  return path.split('/').some((s) => EXCLUDED_FOLDERS.has(s));
}

/** A path whose last segment has an extension (images, attachments): a file, not a folder. */
export function looksLikeFile(path: string): boolean {
  const segments = path.split('/');
  return /\.[A-Za-z0-9]{1,8}$/.test(segments[segments.length - 1]);
}

export interface FileEvents {
  /** A note created or changed on disk. */
  noteWritten(uri: vscode.Uri): void;
  /** Something deleted: a note, a folder, or any other file. */
  deleted(uri: vscode.Uri): void;
  /** Something created that may be a folder. */
  created(uri: vscode.Uri): void;
}

/** Watches the notes and the folders of `root`. */
export function watchFiles(root: vscode.Uri, events: FileEvents): vscode.Disposable {
  const notes = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*.md'));
  notes.onDidCreate((uri) => events.noteWritten(uri));
  notes.onDidChange((uri) => events.noteWritten(uri));
  // Folders: a deleted folder is reported for the folder only, never for the notes in it; and the
  // notes written into a new folder before its watch was set up are never reported at all.
  const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**'), false, true, false);
  folders.onDidDelete((uri) => events.deleted(uri));
  folders.onDidCreate((uri) => events.created(uri));
  return vscode.Disposable.from(notes, folders);
}
