import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Clock } from '../core/schedule/clock';
import type { Settings } from '../core/settings/settings';
import { VaultIndex } from '../core/vault/vaultIndex';
import { cannotBeRead, CANNOT_BE_READ, readNoteFile, type SkipNotice } from './noteFile';
import { readIndexCache, stampOf, writeIndexCache } from './indexCache';
import { RACY_MS, sameStamp, type FileStamp, type SnapshotFile } from '../core/vault/indexSnapshot';
import { calendarSources, readCalendarFile } from './calendarFiles';

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
  /** What the persisted index did (only with `LoadOptions.cache`). */
  cache?: CacheReport;
}

/** How a load used its cache: files taken from it, files read, and whether it was written again. */
export interface CacheReport {
  file: string;
  /** Why the cache was not used at all (none yet, corrupt, another build, other settings). */
  unused?: string;
  kept: number;
  read: number;
  written: boolean;
  /** The system's reason when the cache could not be written (the command goes on). */
  writeError?: string;
}

/**
 * The file system calls the walk makes, so that a test can make a folder unreadable (tests run as
 * root, where `chmod` does not).
 */
export interface VaultFileSystem {
  readdirSync(dir: string, options: { withFileTypes: true }): fs.Dirent[];
  statSync(file: string): fs.Stats;
  realpathSync(file: string): string;
}

export interface LoadOptions {
  settings: Settings;
  clock: Clock;
  fileSystem?: VaultFileSystem;
  /** Calendar exports to read instead of the default ones (`--calendar`, absolute paths). */
  calendars?: readonly string[];
  /** The zone calendar times are shown in; default the machine's. */
  timeZone?: string;
  /** A persisted index to read notes from when unchanged, and to write back (`--cache`, `indexCache.ts`). */
  cache?: string;
}

export function loadVault(folder: string, options: LoadOptions): LoadedVault {
  const absolute = path.resolve(folder);
  const root = path.dirname(absolute);
  // The folder given is the vault, whatever `oneOnOne.folder` says.
  const settings = { ...options.settings, folder: path.basename(absolute) };
  const index = new VaultIndex({ settings, clock: options.clock, timeZone: options.timeZone });
  const skipped: SkipNotice[] = [];
  const cached = options.cache !== undefined ? new CachedLoad(options.cache, index, skipped) : undefined;
  const batch = new ReadBatch(index);
  // Each file is read as the walk finds it: a list of every path first would keep 10,000 paths
  // alive for the whole load, to be copied by the garbage collector along with the index. (With a
  // cache, every file is stat'ed first and the cache read after: `CachedLoad`.)
  walkMarkdownFiles(
    absolute,
    path.basename(absolute),
    (file, relative) => {
      if (cached) return cached.visit(file, relative);
      const read = readNoteFile(file);
      if (read.kind === 'skipped') skipped.push({ file: relative, reason: read.reason });
      else batch.add(relative, read.text);
    },
    (relative, reason) => (cached ? cached.notWalked(relative, reason) : skipped.push({ file: relative, reason })),
    options.fileSystem,
  );
  batch.flush();
  cached?.load();
  for (const source of calendarSources(absolute, settings, options.calendars)) {
    const read = readCalendarFile(source.path);
    if (read.kind === 'skipped') {
      // A file named on the command line must be there: one line, as for any file the CLI cannot open.
      if (source.given) throw new CalendarNotRead(source.name, read.reason);
      skipped.push({ file: source.name, reason: read.reason });
    } else index.setCalendar(source.name, read.text);
  }
  // What a calendar could not say is a notice on that file, as for a note that could not be read.
  for (const p of index.calendarProblems()) skipped.push({ file: p.line === undefined ? p.file : `${p.file}:${p.line}`, reason: p.message });
  return { index, skipped, root, cache: cached?.finish() };
}

/**
 * Texts read but not yet indexed, indexed a few at a time in the order they were read: a run of
 * reads then a run of parses is ~8% faster than alternating them on 10,000 notes (`npm run bench`,
 * docs/benchmark.md), the system calls and the parser each keeping the processor's caches for
 * longer. A few, so that the texts waiting stay small.
 */
class ReadBatch {
  private readonly files: string[] = [];
  private readonly texts: string[] = [];

  constructor(private readonly index: VaultIndex) {}

  add(file: string, text: string): void {
    this.files.push(file);
    this.texts.push(text);
    if (this.files.length === READ_BATCH) this.flush();
  }

  flush(): void {
    for (let i = 0; i < this.files.length; i++) this.index.setFile(this.files[i], this.texts[i]);
    this.files.length = 0;
    this.texts.length = 0;
  }
}

const READ_BATCH = 16;

/**
 * A load with a persisted index: a file whose size and modification time are the cache's is taken
 * from it without being read; every other file is read (its stamp taken first, so that a write
 * during the read makes it look changed next time, never unchanged). A file the cache knew that the
 * walk does not find is simply not put back: no ghost. The cache is written again when anything
 * differed.
 *
 * Every file is stat'ed as the walk finds it, before the cache is read: with the heap still small,
 * the garbage of 10,000 stats is collected in a fraction of the time it takes once the cache's
 * records are alive (`check --cache`, docs/benchmark.md).
 */
class CachedLoad {
  private recorded: Map<string, SnapshotFile> | undefined;
  private unused: string | undefined;
  /** What the walk found, in its order: a file and its stamp, or a file or folder it could not enter and why. */
  private readonly found: ({ file: string; relative: string; stamp: FileStamp | undefined } | SkipNotice)[] = [];
  private readonly files: SnapshotFile[] = [];
  private kept = 0;
  private read = 0;

  constructor(
    private readonly cacheFile: string,
    private readonly index: VaultIndex,
    private readonly skipped: SkipNotice[],
  ) {}

  /** A file the walk found: its stamp taken now, before anything is read. */
  visit(file: string, relative: string): void {
    let stamp: FileStamp | undefined;
    try {
      stamp = stampOf(fs.statSync(file));
    } catch {
      stamp = undefined; // the read says why
    }
    this.found.push({ file, relative, stamp });
  }

  /** What the walk could not go into: said in its place among the files, as a load without cache says it. */
  notWalked(relative: string, reason: string): void {
    this.found.push({ file: relative, reason });
  }

  /** Once the walk is done: the cache read, and each file found taken from it or read. */
  load(): void {
    const cache = readIndexCache(this.cacheFile, this.index.settings, this.index.statusDate);
    this.recorded = cache.files;
    this.unused = cache.files === undefined ? cache.reason : undefined;
    for (const found of this.found) {
      if ('reason' in found) this.skipped.push(found);
      else this.take(found.file, found.relative, found.stamp);
    }
    this.found.length = 0;
  }

  private take(file: string, relative: string, stamp: FileStamp | undefined): void {
    const known = this.recorded?.get(relative);
    if (stamp && known && sameStamp(known.stamp, stamp)) {
      this.kept++;
      const record = known.record;
      if (record.kind === 'unreadable') this.skipped.push({ file: relative, reason: record.reason });
      else if (record.kind !== 'other') this.index.restoreFile(relative, record);
      this.files.push(known);
      return;
    }
    this.read++;
    const read = readNoteFile(file);
    if (read.kind === 'skipped') {
      this.skipped.push({ file: relative, reason: read.reason });
      // A file that could not be opened is tried again next time; one that is binary or too large is remembered.
      if (stamp && !read.reason.startsWith(CANNOT_BE_READ)) this.files.push({ file: relative, stamp, record: { kind: 'unreadable', reason: read.reason } });
      return;
    }
    this.index.setFile(relative, read.text);
    if (stamp) this.files.push({ file: relative, stamp, record: this.index.entry(relative) ?? { kind: 'other' } });
  }

  finish(): CacheReport {
    const report: CacheReport = { file: this.cacheFile, unused: this.unused, kept: this.kept, read: this.read, written: false };
    const gone = this.recorded !== undefined && this.recorded.size !== this.kept;
    if (this.read === 0 && !gone && this.recorded !== undefined) return report;
    const writtenAt = Date.now();
    try {
      writeIndexCache(this.cacheFile, this.index.settings, this.files.filter((f) => f.stamp.mtime < writtenAt - RACY_MS));
      report.written = true;
    } catch (e) {
      report.writeError = cannotBeWritten(e);
    }
    return report;
  }
}

function cannotBeWritten(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return `cannot be written (${code ?? (e as Error).message})${code === 'ENOSPC' ? ': the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? ': check its permissions' : ''}`;
}

/** A `--calendar` file that could not be read: the command stops with one line naming it. */
export class CalendarNotRead extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Every `*.md` below `dir`, in a stable order; hidden folders (`.obsidian`, `.git`, `.trash`) are not entered. */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  walkMarkdownFiles(dir, undefined, (file) => out.push(file), () => undefined);
  return out;
}

/**
 * Calls `visit` with each `*.md` below `dir`, in the order of `markdownFiles`, and, when `relative`
 * names `dir` relative to some folder, with the file's path relative to that folder, `/`-separated
 * (vault paths are relative to the vault folder's parent). A folder that cannot be listed goes to
 * `unreadable` with the reason.
 *
 * Symbolic links to notes and to folders are followed, wherever they point; each real folder is
 * entered once (a link back up the tree is no loop) and each real file is read once, under the
 * first path the walk, in name order, finds it by.
 */
function walkMarkdownFiles(
  dir: string,
  relative: string | undefined,
  visit: (file: string, relative: string) => void,
  unreadable: (relative: string, reason: string) => void,
  fileSystem: VaultFileSystem = fs,
): void {
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();
  const walk = (dir: string, relative: string | undefined, shown: string): void => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fileSystem.realpathSync(dir);
      if (seenFolders.has(real)) return;
      seenFolders.add(real);
      entries = fileSystem.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      unreadable(shown, cannotBeRead(e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      const inside = relative === undefined ? '' : relative === '' ? e.name : relative + '/' + e.name;
      const insideShown = relative === undefined ? full : inside;
      let isFolder = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = fileSystem.statSync(full);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          // A dangling link to a note (or to a folder: no extension) is a note the user meant to
          // have: say so, as for any file that cannot be read. Links to other files stay ignored.
          if (/\.md$/i.test(e.name) || !e.name.includes('.')) unreadable(insideShown, `${cannotBeRead(error)} (a link to something that does not exist)`);
          continue;
        }
      }
      if (isFolder) walk(full, relative === undefined ? undefined : inside, insideShown);
      else if (isFile && /\.md$/i.test(e.name)) {
        // A plain file's real path is its folder's plus its name: only links need a system call.
        let realFile = real + path.sep + e.name;
        if (e.isSymbolicLink()) {
          try {
            realFile = fileSystem.realpathSync(full);
          } catch {
            continue;
          }
        }
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        visit(full, inside);
      }
    }
  };
  walk(dir, relative, relative ?? dir);
}
