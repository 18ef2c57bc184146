import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUILD_ID } from '../core/vault/buildId';
import { decodeSnapshot, encodeSnapshot, SnapshotRejected, type FileStamp, type SnapshotFile } from '../core/vault/indexSnapshot';
import type { Settings } from '../core/settings/settings';

/**
 * The CLI's persisted index (`--cache [FILE]`, issue 16): the snapshot of `core/vault/indexSnapshot.ts`
 * in a file, by default beside the vault folder. Reading it never fails a command: a missing,
 * corrupt or outdated cache is simply not used, and a cache that cannot be written is said once.
 */

/** The default cache file of a vault folder: beside it, hidden, named for the product (git-ignorable). */
export function defaultCacheFile(vaultFolder: string): string {
  return path.join(path.dirname(path.resolve(vaultFolder)), '.one-on-one-cache.json');
}

/** The files a cache recorded, by vault path; undefined when it is absent or not usable (`reason` says why). */
export function readIndexCache(file: string, settings: Settings, today: string): { files: Map<string, SnapshotFile> } | { files: undefined; reason: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { files: undefined, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'none yet' : `cannot be read (${(e as NodeJS.ErrnoException).code})` };
  }
  try {
    return { files: new Map(decodeSnapshot(text, { build: BUILD_ID, settings }, today).map((f) => [f.file, f])) };
  } catch (e) {
    if (e instanceof SnapshotRejected) return { files: undefined, reason: e.message };
    throw e;
  }
}

/**
 * Writes the cache atomically (a temporary file renamed over it): a command stopped half way, or
 * a full disk, leaves the old cache or none, never half a cache. Throws the system error.
 */
export function writeIndexCache(file: string, settings: Settings, files: readonly SnapshotFile[]): void {
  const text = encodeSnapshot({ build: BUILD_ID, settings }, files);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw e;
  }
}

export function stampOf(stats: fs.Stats): FileStamp {
  return { size: stats.size, mtime: stats.mtimeMs };
}
