import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A throwaway workspace on disk for CLI tests: `files` maps paths relative to the workspace
 * (e.g. `1on1/dana/2026-11-17.md`, `.vscode/settings.json`) to their content.
 */
export function makeTempWorkspace(files: Record<string, string | Uint8Array>, prefix = 'one-on-one-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  writeFiles(dir, files);
  return dir;
}

/**
 * A throwaway workspace whose `1on1/` vault holds `files`, named relative to the vault (e.g.
 * `dana/2026-11-17.md`): most CLI tests set up notes only, and run from the workspace as a user
 * would (`one-on-one check 1on1`). The vault folder exists even when `files` is empty.
 */
export function makeTempVault(files: Record<string, string | Uint8Array>, prefix = 'one-on-one-'): string {
  const dir = makeTempWorkspace(Object.fromEntries(Object.entries(files).map(([name, content]) => [path.join('1on1', name), content])), prefix);
  fs.mkdirSync(path.join(dir, '1on1'), { recursive: true });
  return dir;
}

/** What `tempFoldersForSuite` hands out: each call makes one more folder, removed with the others. */
export interface SuiteTempFolders {
  workspace(files?: Record<string, string | Uint8Array>): string;
  vault(files?: Record<string, string | Uint8Array>): string;
}

/**
 * Temp workspaces and vaults for one suite, all removed by the one `after` hook this registers:
 * for suites that make several (one per test, or several in one test) and should not each clean
 * up their own. Call it inside the `describe`, or at the top of a file for all of its suites.
 */
export function tempFoldersForSuite(prefix: string): SuiteTempFolders {
  const made: string[] = [];
  after(() => {
    for (const dir of made.splice(0)) removeTree(dir);
  });
  const keep = (dir: string) => {
    made.push(dir);
    return dir;
  };
  return {
    workspace: (files = {}) => keep(makeTempWorkspace(files, prefix)),
    vault: (files = {}) => keep(makeTempVault(files, prefix)),
  };
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
}

/** One entry of a tree snapshot: enough to tell that a file was written, even with the same bytes. */
interface SnapshotEntry {
  kind: 'file' | 'dir' | 'link';
  mode: number;
  mtimeMs: number;
  /** File bytes as hex, or a link's target. */
  content: string;
}

/**
 * Everything below `dir` (links not followed): kind, mode, mtime and content per path. Two equal
 * snapshots mean nothing was created, deleted, rewritten or re-permissioned.
 */
export function snapshotTree(dir: string): Map<string, SnapshotEntry> {
  const out = new Map<string, SnapshotEntry>();
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const stat = fs.lstatSync(full);
      const rel = path.relative(dir, full);
      if (stat.isSymbolicLink()) out.set(rel, { kind: 'link', mode: 0, mtimeMs: 0, content: fs.readlinkSync(full) });
      else if (stat.isDirectory()) {
        out.set(rel, { kind: 'dir', mode: stat.mode, mtimeMs: 0, content: '' });
        walk(full);
      } else out.set(rel, { kind: 'file', mode: stat.mode, mtimeMs: stat.mtimeMs, content: fs.readFileSync(full).toString('hex') });
    }
  };
  walk(dir);
  return out;
}

/** The paths whose entry differs between two snapshots (added, removed or changed), sorted. */
export function changedPaths(before: Map<string, SnapshotEntry>, after: Map<string, SnapshotEntry>): string[] {
  const changed = new Set<string>();
  for (const [p, e] of before) {
    const a = after.get(p);
    if (!a || a.kind !== e.kind || a.mode !== e.mode || a.mtimeMs !== e.mtimeMs || a.content !== e.content) changed.add(p);
  }
  for (const p of after.keys()) if (!before.has(p)) changed.add(p);
  return [...changed].sort();
}

/**
 * One value for `snapshotTree(dir)`, for a test that only asks "was anything written?" and keeps
 * the answer in a string. Built on the snapshot so that there is one idea of "changed"; compare
 * snapshots with `changedPaths` instead where the failure should name the paths.
 */
export function hashTree(dir: string): string {
  return crypto.createHash('sha256').update(JSON.stringify([...snapshotTree(dir)])).digest('hex');
}

export function removeTree(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
