import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Clock } from '../core/clock';
import type { Settings } from '../core/settings';
import { VaultIndex } from '../core/vaultIndex';
import { readNoteFile, type SkipNotice } from './noteFile';

/**
 * Reads a vault folder from disk into a `VaultIndex` (the CLI and the benchmark; the extension
 * reads through the workspace instead). Paths in the index are relative to the folder's parent,
 * so `check` prints `1on1/dana/2026-11-24.md`.
 */
export interface LoadedVault {
  index: VaultIndex;
  /** Files that were not read (binary, too large, unreadable), each with the reason. */
  skipped: SkipNotice[];
  /** Absolute path of the folder's parent: vault paths are relative to it. */
  root: string;
}

export function loadVault(folder: string, options: { settings: Settings; clock: Clock }): LoadedVault {
  const absolute = path.resolve(folder);
  const root = path.dirname(absolute);
  // The folder given is the vault, whatever `oneOnOne.folder` says.
  const settings = { ...options.settings, folder: path.basename(absolute) };
  const index = new VaultIndex({ settings, clock: options.clock });
  const skipped: SkipNotice[] = [];
  // Each file is read as the walk finds it: a list of every path first would keep 10,000 paths
  // alive for the whole load, to be copied by the garbage collector along with the index.
  walkMarkdownFiles(absolute, path.basename(absolute), (file, relative) => {
    const read = readNoteFile(file);
    if (read.kind === 'skipped') skipped.push({ file: relative, reason: read.reason });
    else index.setFile(relative, read.text);
  });
  return { index, skipped, root };
}

/** Every `*.md` below `dir`, in a stable order; hidden folders (`.obsidian`, `.git`, `.trash`) are not entered. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  walkMarkdownFiles(dir, undefined, (file) => out.push(file));
  return out;
}

/**
 * Calls `visit` with each `*.md` below `dir`, in the order of `markdownFiles`, and, when `relative`
 * names `dir` relative to some folder, with the file's path relative to that folder, `/`-separated
 * (vault paths are relative to the vault folder's parent).
 */
function walkMarkdownFiles(dir: string, relative: string | undefined, visit: (file: string, relative: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    const inside = relative === undefined ? '' : relative === '' ? e.name : relative + '/' + e.name;
    if (e.isDirectory()) walkMarkdownFiles(full, relative === undefined ? undefined : inside, visit);
    else if (e.isFile() && /\.md$/i.test(e.name)) visit(full, inside);
  }
}
