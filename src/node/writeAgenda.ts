import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareNextAgenda, type FileRead } from '../core/agenda/nextAgendaFlow';
import type { Clock } from '../core/schedule/clock';
import type { Settings } from '../core/settings/settings';
import { applyEdits, type TextEdit } from '../core/edits/textEdit';
import { loadVault } from './loadVault';
import { decodeNote, encodeNote, noteEncoding, type NoteEncoding } from '../parsing/noteBytes';

/** A commitment `new` did not carry because it was dropped before the previous meeting. */
export interface DroppedCommitment {
  text: string;
  /** Vault-relative path of the note its live item is in. */
  file: string;
}

/** What `one-on-one new` did. Paths are relative to the vault folder's parent. */
export type NewAgendaOutcome =
  | { kind: 'created'; file: string; date: string; carried: number; previous: string | undefined; carriedFrom: string[]; dropped: DroppedCommitment[] }
  | { kind: 'exists'; file: string; date: string };

/** Why `new` made nothing: one line naming the file and what to do. `exitCode` 2 is bad usage (an ambiguous name). */
export class AgendaError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/**
 * The file-system calls `new` writes with: the real ones by default, a faulty one in the fault
 * tests (which throw at each step in turn and check that the vault is as before).
 */
export interface AgendaFileSystem {
  /** Opens for writing: `wx` creates a file that must not exist (with `mode`, umask aside); `r+` only proves the file is writable. */
  open(file: string, flags: 'wx' | 'r+', mode?: number): number;
  /** Writes all of `bytes` and flushes them to the disk. */
  write(fd: number, bytes: Uint8Array): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  unlink(file: string): void;
  readFile(file: string): Uint8Array;
  /** Permission bits of a file. */
  mode(file: string): number;
  /** Creates a folder and its parents; the first one created, if any. */
  mkdir(dir: string): string | undefined;
  /** Removes an empty folder. */
  rmdir(dir: string): void;
  /** The file a path names once every symbolic link is followed. */
  realPath(file: string): string;
}

export const nodeAgendaFileSystem: AgendaFileSystem = {
  open(file, flags, mode) {
    const fd = fs.openSync(file, flags, mode);
    // The umask would narrow the mode of the copy that replaces a note: keep the note's own.
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    return fd;
  },
  write(fd, bytes) {
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
  },
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (file) => fs.unlinkSync(file),
  readFile: (file) => fs.readFileSync(file),
  mode: (file) => fs.statSync(file).mode & 0o7777,
  mkdir: (dir) => fs.mkdirSync(dir, { recursive: true }),
  rmdir: (dir) => fs.rmdirSync(dir),
  realPath: (file) => fs.realpathSync(file),
};

/**
 * Makes the next agenda of a series on disk (SPEC §7), all or nothing: the new note is written
 * exclusively (`wx`: a file that appeared meanwhile is never overwritten), then each note an item
 * was carried from is replaced atomically (a copy in the same folder, renamed over it), each only
 * if it did not change since it was read. When any step fails, what was written is undone, so the
 * vault is as before, and the error says which file and what to do.
 */
export function writeNextAgenda(
  folder: string,
  seriesName: string,
  options: { settings: Settings; clock: Clock; date?: string; fileSystem?: AgendaFileSystem; calendars?: readonly string[] },
): NewAgendaOutcome {
  const fsx = options.fileSystem ?? nodeAgendaFileSystem;
  const { index, root, skipped } = loadVault(folder, { settings: options.settings, clock: options.clock, calendars: options.calendars });
  // How each note read was encoded: it is written back the same way.
  const encodings = new Map<string, NoteEncoding>();
  const step = prepareNextAgenda({ index, now: options.clock.now(), skipped, read: (file) => readForAgenda(fsx, root, file, encodings) }, seriesName, { date: options.date });
  if (step.kind === 'exists') return step;
  if (step.kind === 'refused') throw new AgendaError(step.message, step.exitCode);
  const { agenda, sourceTexts, plan } = step;
  const replacements = [...groupByFile(agenda.previousEdits)].map(([file, edits]) => {
    const text = sourceTexts.get(file)!;
    return { file, before: text, after: applyEdits(text, edits), encoding: encodings.get(file) ?? 'utf8' };
  });
  writeAllOrNothing(fsx, root, { file: agenda.file, text: agenda.text }, replacements);
  const dropped = step.dropped.map((ref) => ({ text: ref.item.text, file: ref.note.file }));
  return { kind: 'created', file: agenda.file, date: agenda.date, carried: agenda.carried, previous: plan.previous?.file, carriedFrom: agenda.carriedFrom, dropped };
}

/** Reads a vault file as the vault does (UTF-8, or UTF-16 with a byte order mark); what the vault would skip is unreadable. */
function readForAgenda(fsx: AgendaFileSystem, root: string, file: string, encodings: Map<string, NoteEncoding>): FileRead {
  let bytes: Uint8Array;
  try {
    bytes = fsx.readFile(path.join(root, file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: reasonOf(e) };
  }
  const read = decodeNote(bytes);
  if (read.kind === 'skipped') return { kind: 'unreadable', reason: read.reason.replace(/^skipped:\s*/, '') };
  encodings.set(file, noteEncoding(bytes));
  return { kind: 'text', text: read.text };
}

/** The text of bytes read back before replacing a note, or undefined when they are no note any more. */
function textOf(bytes: Uint8Array): string | undefined {
  const read = decodeNote(bytes);
  return read.kind === 'text' ? read.text : undefined;
}

function groupByFile(edits: readonly TextEdit[]): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byFile.get(e.file);
    if (list) list.push(e);
    else byFile.set(e.file, [e]);
  }
  return byFile;
}

/** A previous note's change: its text as read, and as it must become. */
interface Replacement {
  file: string;
  before: string;
  after: string;
  encoding: NoteEncoding;
}

/** One step failed: what to say, after the steps before it were undone. */
class WriteFailure extends Error {}

/**
 * Writes the new note, then replaces each previous note; on any failure undoes what was done, in
 * reverse order, and throws an `AgendaError` saying which file and what to do.
 */
function writeAllOrNothing(fsx: AgendaFileSystem, root: string, created: { file: string; text: string }, replacements: readonly Replacement[]): void {
  const undo: { what: string; run: () => void }[] = [];
  try {
    const target = path.join(root, created.file);
    const madeFolder = attempt(() => fsx.mkdir(path.dirname(target)), created.file, `make ${path.dirname(created.file)} writable`);
    if (madeFolder !== undefined) undo.push({ what: path.relative(root, madeFolder), run: () => removeFolders(fsx, path.dirname(target), madeFolder) });
    writeExclusive(fsx, target, encodeNote(created.text, 'utf8'), created.file, undo, root);
    for (const r of replacements) replaceAtomically(fsx, root, r, undo);
  } catch (e) {
    const unrestored: string[] = [];
    for (const step of undo.reverse()) {
      try {
        step.run();
      } catch {
        unrestored.push(step.what);
      }
    }
    const message = e instanceof WriteFailure || e instanceof AgendaError ? e.message : `cannot write ${created.file} (${reasonOf(e)}): nothing was changed`;
    if (unrestored.length > 0) throw new AgendaError(`${message.replace(/: nothing was changed$|; nothing was written, run new again$/, '')} — and ${unrestored.join(', ')} could not be put back as it was: check ${unrestored.length === 1 ? 'it' : 'them'} by hand`);
    throw new AgendaError(message);
  }
}

function writeExclusive(fsx: AgendaFileSystem, target: string, bytes: Uint8Array, file: string, undo: { what: string; run: () => void }[], root: string, mode?: number): void {
  let fd: number;
  try {
    fd = fsx.open(target, 'wx', mode);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new WriteFailure(`${file} appeared while the agenda was being made; it was not overwritten`);
    throw new WriteFailure(failureMessage(e, file, `make ${path.relative(root, path.dirname(target)).split(path.sep).join('/')} writable`));
  }
  undo.push({ what: file, run: () => fsx.unlink(target) });
  try {
    fsx.write(fd, bytes);
  } catch (e) {
    try {
      fsx.close(fd);
    } catch {
      // the write's error is the one to report
    }
    throw new WriteFailure(failureMessage(e, file, 'make it writable'));
  }
  attempt(() => fsx.close(fd), file, 'make it writable');
}

/** Replaces a previous note by a copy renamed over it, once its text is still the one read. */
function replaceAtomically(fsx: AgendaFileSystem, root: string, r: Replacement, undo: { what: string; run: () => void }[]): void {
  // A note that is a symbolic link is replaced where it really is: renaming over the link would
  // turn it into a copy and leave the file it points to unmarked.
  const target = attempt(() => fsx.realPath(path.join(root, r.file)), r.file, 'make it readable', 'read');
  const current = textOf(attempt(() => fsx.readFile(target), r.file, 'make it readable', 'read'));
  if (current !== r.before) throw new WriteFailure(`${r.file} changed while the agenda was being made; nothing was written, run new again`);
  const mode = attempt(() => fsx.mode(target), r.file, 'make it readable', 'read');
  // A read-only note stays as it is: renaming over it would need only the folder to be writable.
  const probe = attempt(() => fsx.open(target, 'r+'), r.file, 'make it writable');
  attempt(() => fsx.close(probe), r.file, 'make it writable');
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.one-on-one-${process.pid}.tmp`);
  // Until the rename, undoing means removing the copy; after it, putting the note's text back.
  writeExclusive(fsx, temp, encodeNote(r.after, r.encoding), r.file, undo, root, mode);
  attempt(() => fsx.rename(temp, target), r.file, 'make it writable');
  undo.pop();
  undo.push({ what: r.file, run: () => restore(fsx, target, encodeNote(r.before, r.encoding), mode, temp) });
}

/** Removes the folders `mkdir` made, from `dir` up to `top`: only while empty. */
function removeFolders(fsx: AgendaFileSystem, dir: string, top: string): void {
  for (let current = dir; ; current = path.dirname(current)) {
    fsx.rmdir(current);
    if (current === top || path.dirname(current) === current) return;
  }
}

/** Puts a replaced note's text back, atomically too. */
function restore(fsx: AgendaFileSystem, target: string, bytes: Uint8Array, mode: number, temp: string): void {
  const fd = fsx.open(temp, 'wx', mode);
  try {
    fsx.write(fd, bytes);
  } finally {
    fsx.close(fd);
  }
  fsx.rename(temp, target);
}

function attempt<T>(step: () => T, file: string, remedy: string, verb: 'read' | 'write' = 'write'): T {
  try {
    return step();
  } catch (e) {
    throw new WriteFailure(failureMessage(e, file, remedy, verb));
  }
}

/** One line: which file, what happened, what to do. */
function failureMessage(e: unknown, file: string, remedy: string, verb: 'read' | 'write' = 'write'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `cannot ${verb} ${file} (permission denied): ${remedy}, then run new again`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `disk full while writing ${file}: nothing was changed`;
  if (code === 'EROFS') return `cannot write ${file} (read-only file system): nothing was changed`;
  return `cannot ${verb} ${file} (${reasonOf(e)}): nothing was changed`;
}

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it is not there';
  return code ?? (e instanceof Error ? e.message : String(e));
}
