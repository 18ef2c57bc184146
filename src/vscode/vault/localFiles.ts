import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TimeSlices } from '../timeSlices';

/**
 * Reading the workspace's files in a Node extension host. For `file:` URIs Node's `fs` is used
 * directly: measured in the real VS Code on 10,000 notes (`npm run bench`, docs/benchmark.md),
 * reading every note 32 at a time took 0.4 s through Node's `fs.promises` against 2.0 s through
 * `vscode.workspace.fs` (each call a round trip through the host's file service), and stat'ing
 * them 0.1 s against 1.3 s. The callback API is used rather than `fs.promises`: `readFile` with a
 * callback is one call into libuv, the promise one four (open, fstat, read, close, each with its
 * own turn of the event loop) — 10,000 notes read in 0.08 s against 0.3 s in plain Node. Every other scheme (a remote or virtual file system) goes through
 * `vscode.workspace.fs` as before. The one module of the editor that touches Node's `fs`
 * (test/unit/architecture/layers.test.ts names it). Notes are still written only through
 * `WorkspaceEdit`s and `workspace.fs`, so that every write is undoable and seen by every editor;
 * Node's `fs` writes only the extension's own files (`writeFileAtomically`: its storage).
 */

/** Why a read failed, in `vscode.FileSystemError`'s terms, whichever way the file was read. */
export type ReadFailure = 'FileNotFound' | 'NoPermissions' | 'FileIsADirectory' | string;

export class LocalReadError extends Error {
  constructor(readonly code: ReadFailure) {
    super(code);
  }
}

export async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri).then(undefined, (e) => Promise.reject(new LocalReadError(codeOfFileSystemError(e))));
  return new Promise((resolve, reject) => fs.readFile(uri.fsPath, (e, bytes) => (e ? reject(new LocalReadError(codeOfNodeError(e))) : resolve(bytes))));
}

/**
 * Reads a `file:` URI at once, blocking the host for that one read: for the cold start's bulk read
 * while reads are quick (`bulkRead.ts` reads in slices and turns to `readBytes` when a read is
 * slow). In the real host, 10,000 notes took 0.07 s so against 0.23 s (wall) and 0.4 s of the
 * host's own time through callbacks. Undefined for other schemes.
 */
export function readBytesNow(uri: vscode.Uri): Uint8Array | undefined {
  if (uri.scheme !== 'file') return undefined;
  try {
    return fs.readFileSync(uri.fsPath);
  } catch (e) {
    throw new LocalReadError(codeOfNodeError(e));
  }
}

/** A file read a line at a time: its first line at once, the rest when asked. */
export interface FirstLineRead {
  /** The bytes before the first line break (the whole file when it has none). */
  firstLine: Uint8Array;
  /** False when the file has no line break: there is no rest, not even an empty one. */
  hasRest: boolean;
  /** The bytes after that line break; closes the file. */
  rest(): Uint8Array;
  /** Closes the file without reading the rest. */
  close(): void;
}

/** The first read of `readFirstLineNow`; doubled until a line break is in. */
const FIRST_LINE_CHUNK = 512 * 1024;

/**
 * A `file:` URI's first line at once, and the rest only when asked — from the same open file, so
 * that a file renamed over it meanwhile is never mixed in. The persisted index's first line (what
 * the views show first) is ~5% of its bytes at 10,000 notes. Undefined for other schemes.
 */
export function readFirstLineNow(uri: vscode.Uri): FirstLineRead | undefined {
  if (uri.scheme !== 'file') return undefined;
  let fd: number | undefined;
  try {
    fd = fs.openSync(uri.fsPath, 'r');
    const size = fs.fstatSync(fd).size;
    let bytes: Uint8Array = new Uint8Array(0);
    let lineBreak = -1;
    for (let chunk = FIRST_LINE_CHUNK; lineBreak < 0 && bytes.byteLength < size; chunk *= 2) {
      const more = new Uint8Array(Math.min(chunk, size - bytes.byteLength));
      const got = fs.readSync(fd, more, 0, more.byteLength, bytes.byteLength);
      if (got === 0) break;
      const found = more.subarray(0, got).indexOf(0x0a);
      if (found >= 0) lineBreak = bytes.byteLength + found;
      bytes = bytes.byteLength === 0 ? more.subarray(0, got) : concat(bytes, more.subarray(0, got));
    }
    const open = fd;
    fd = undefined;
    let closed = false;
    const close = () => {
      if (!closed) fs.closeSync(open);
      closed = true;
    };
    if (lineBreak < 0) {
      close();
      return { firstLine: bytes, hasRest: false, rest: () => new Uint8Array(0), close };
    }
    return {
      firstLine: bytes.subarray(0, lineBreak),
      hasRest: true,
      rest: () => {
        try {
          const end = fs.fstatSync(open).size;
          const restBytes = new Uint8Array(Math.max(0, end - lineBreak - 1));
          const inHand = bytes.subarray(lineBreak + 1);
          restBytes.set(inHand.subarray(0, restBytes.byteLength));
          for (let at = inHand.byteLength; at < restBytes.byteLength; ) {
            const got = fs.readSync(open, restBytes, at, restBytes.byteLength - at, lineBreak + 1 + at);
            if (got === 0) return restBytes.subarray(0, at);
            at += got;
          }
          return restBytes;
        } catch (e) {
          throw new LocalReadError(codeOfNodeError(e));
        } finally {
          close();
        }
      },
      close,
    };
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    throw new LocalReadError(codeOfNodeError(e));
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.byteLength + b.byteLength);
  both.set(a, 0);
  both.set(b, a.byteLength);
  return both;
}

/** The listing's slice of the event loop. */
const LISTING_SLICE_MS = 30;

/**
 * Every `*.md` file below a `file:` folder, as `findNotes` asks `vscode.workspace.findFiles` for
 * them: hidden files included, the `excluded` folders skipped, links to folders followed — but
 * each real folder once, under the first path in name order, as the CLI reads (the search service
 * would list a folder linked into the vault twice, and its notes would be two meetings each). A
 * slice of ~30 ms per turn of the event loop. Undefined for other schemes. At the start of a
 * window `findFiles` waits for the search service: 0.2–0.6 s for 10,000 notes where this takes a
 * few tens of milliseconds (docs/benchmark.md).
 */
export async function listMarkdownFiles(base: vscode.Uri, excluded: ReadonlySet<string>): Promise<vscode.Uri[] | undefined> {
  if (base.scheme !== 'file') return undefined;
  const found: vscode.Uri[] = [];
  const seen = new Set<string>();
  const folders = [base.fsPath];
  const slices = new TimeSlices(LISTING_SLICE_MS);
  while (folders.length > 0) {
    const folder = folders.pop()!;
    let entries: fs.Dirent[];
    try {
      const real = fs.realpathSync(folder);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      continue; // gone, or not readable: as the search service, skipped
    }
    // Folders are taken from the end of the list: pushed in reverse name order, they come in name order.
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = fs.statSync(full);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isFolder) {
        if (!excluded.has(entry.name)) folders.push(full);
      } else if (isFile && entry.name.endsWith('.md')) found.push(vscode.Uri.file(full));
    }
    await slices.pause();
  }
  return found;
}

/**
 * Writes `bytes` to `file` atomically: to `temporary` first, then renamed over it, so that a window
 * closed mid-write leaves the old file or the new one, never half of one. For the extension's own
 * files (its storage), never a note: notes are written through `WorkspaceEdit`s. A `file:` URI is
 * written through Node's `fs` — through `workspace.fs` the persisted index's 7 MB went through the
 * host's file service in one task (~100 ms of the host's time at 10,000 notes).
 */
export async function writeFileAtomically(file: vscode.Uri, temporary: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (file.scheme !== 'file' || temporary.scheme !== 'file') {
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await vscode.workspace.fs.writeFile(temporary, bytes);
      await vscode.workspace.fs.rename(temporary, file, { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
      throw e;
    }
    return;
  }
  try {
    await fs.promises.mkdir(path.dirname(file.fsPath), { recursive: true });
    await new Promise<void>((resolve, reject) => fs.writeFile(temporary.fsPath, bytes, (e) => (e ? reject(e) : resolve())));
    await fs.promises.rename(temporary.fsPath, file.fsPath);
  } catch (e) {
    // A full disk leaves no half-written temporary file behind.
    await fs.promises.rm(temporary.fsPath, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** A file's size and modification time (ms), undefined when it cannot be stat'ed (gone, no permission). */
export async function statFile(uri: vscode.Uri): Promise<{ size: number; mtime: number } | undefined> {
  try {
    if (uri.scheme !== 'file') {
      const stat = await vscode.workspace.fs.stat(uri);
      return { size: stat.size, mtime: stat.mtime };
    }
    const stat = await new Promise<fs.Stats>((resolve, reject) => fs.stat(uri.fsPath, (e, stats) => (e ? reject(e) : resolve(stats))));
    return { size: stat.size, mtime: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

function codeOfFileSystemError(e: unknown): ReadFailure {
  return e instanceof vscode.FileSystemError ? e.code : 'unknown error';
}

function codeOfNodeError(e: unknown): ReadFailure {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'FileNotFound';
  if (code === 'EACCES' || code === 'EPERM') return 'NoPermissions';
  if (code === 'EISDIR') return 'FileIsADirectory';
  return code ?? 'unknown error';
}
