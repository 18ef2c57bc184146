import { checkProblems, decodeCompactNote, encodeCompactNote, SnapshotShapeError } from '../model/compactNote';
import { defaultStatus } from '../model/meetingNote';
import { MEETING_STATUSES, type MeetingNote, type Profile } from '../model/model';
import type { Settings } from '../settings/settings';
import type { VaultEntry } from './vaultFile';
import { readOrder } from './readOrder';

/**
 * The persisted index (issue 16): what the index made of each file, with the file's size and
 * modification time, so that the next start shows the vault at once and reads only the files that
 * changed since. Pure: the editor keeps it in its workspace storage, the CLI beside the vault
 * (`--cache`); both check every file's stamp against the disk before trusting its record.
 *
 * A snapshot is JSON: a header (format, the build that wrote it, the settings that decide what a
 * file's record is) then one array per file, strings by number in one table — dates, owners and
 * section titles repeat across thousands of notes, and numbers parse fastest. A snapshot of another
 * format or build, for other settings, or that does not read back whole is rejected as a whole
 * (`SnapshotRejected`), never half used.
 */

/** Bumped when the record layout changes (the build id changes with any source change anyway). 2: each part has its own strings. */
export const SNAPSHOT_FORMAT = 2;

/** What a file was, as of its stamp. */
export type SnapshotRecord = VaultEntry | { kind: 'other' } | { kind: 'unreadable'; reason: string };

/** A file's size in bytes and modification time in milliseconds, as the disk said before it was read. */
export interface FileStamp {
  size: number;
  mtime: number;
}

/** The file has not changed since `recorded`, as far as its size and time can say. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtime === b.mtime;
}

/**
 * A file's stamp is trusted only when its last write is at least this much older than the moment
 * it was read: a file written again within the same tick of its file system's clock, with the same
 * size, would look unchanged ("racily clean", as git calls it). Such a file is read again next
 * time (the CLI) or once the window has passed (the editor), never recorded as it is.
 */
export const RACY_MS = 2000;

export interface SnapshotFile {
  file: string;
  stamp: FileStamp;
  record: SnapshotRecord;
}

/** What a snapshot must match to be used. */
export interface SnapshotIdentity {
  /** The build of the product (a new build may read files differently). */
  build: string;
  settings: Settings;
}

export class SnapshotRejected extends Error {}

/** The settings that decide a file's record: where the vault is and how sections parse. Rules are run afresh from the records, so their settings do not count. */
function settingsKey(settings: Settings): string {
  return JSON.stringify([settings.folder, settings.sections]);
}

class StringTable {
  /** Each string as JSON text, made as it is added: the table's text is then a join, not one long stringify at the end. */
  private readonly json: string[] = [];
  private readonly numbers = new Map<string, number>();

  numberOf(s: string | undefined): number {
    if (s === undefined) return -1;
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.json.length;
      this.json.push(JSON.stringify(s));
      this.numbers.set(s, n);
    }
    return n;
  }

  get size(): number {
    return this.json.length;
  }

  /** The strings numbered `from` to `to` (excluded), as a JSON array. */
  text(from: number, to: number): string {
    return `[${this.json.slice(from, to).join(',')}]`;
  }
}

const KIND = { other: 0, unreadable: 1, template: 2, note: 3, profile: 4 } as const;

/**
 * Writes a snapshot a file at a time, so that an editor can spread the work over several turns of
 * its event loop (a vault of 10,000 notes takes ~100 ms to encode): each file's record is made into
 * JSON text as it is added, and `text()` only joins them.
 */
export class SnapshotEncoder {
  private readonly table = new StringTable();
  /** How many strings the first part's records use (numbered first): the first line carries only those. */
  private firstPartStrings: number | undefined;

  constructor(private readonly identity: SnapshotIdentity) {}

  /**
   * Adds a file's strings to the table and returns its record as JSON text: the caller keeps the
   * records (the editor turns each into bytes as it comes), the encoder only the table.
   */
  add(file: SnapshotFile): string {
    return encodeRecord(file, this.table);
  }

  /** Called once the first part's records are added (before the rest's): the strings so far go in the first line. */
  endFirstPart(): void {
    this.firstPartStrings ??= this.table.size;
  }

  /**
   * What comes before the records, once every file is added: the header and the first part's
   * strings. The first part's records follow, separated by `,`, then `partBreak()`, the rest's
   * records, and `SNAPSHOT_END`.
   */
  head(): string {
    const header = JSON.stringify({ format: SNAPSHOT_FORMAT, build: this.identity.build, settings: settingsKey(this.identity.settings) });
    return `${header.slice(0, -1)},"strings":${this.table.text(0, this.firstPartStrings ?? this.table.size)},"files":[`;
  }

  /** Between the two parts, once every file is added: the end of the first line, and the second's strings (numbered on from the first's). */
  partBreak(): string {
    return `]}\n{"strings":${this.table.text(this.firstPartStrings ?? this.table.size, this.table.size)},"files":[`;
  }
}

/** A file's record as JSON text, its strings numbered in `table`. */
function encodeRecord({ file, stamp, record }: SnapshotFile, table: StringTable): string {
  const head = [table.numberOf(file), stamp.size, stamp.mtime];
  let encoded: unknown[];
  switch (record.kind) {
    case 'other':
      encoded = [...head, KIND.other];
      break;
    case 'unreadable':
      encoded = [...head, KIND.unreadable, table.numberOf(record.reason)];
      break;
    case 'template':
      encoded = [...head, KIND.template, table.numberOf(record.series)];
      break;
    case 'note':
      encoded = [...head, KIND.note, ...encodeNote(record.note, table)];
      break;
    case 'profile':
      encoded = [...head, KIND.profile, encodeProfile(record.profile, table)];
      break;
  }
  return JSON.stringify(encoded);
}

const NO_STAMP: FileStamp = { size: 0, mtime: 0 };

/**
 * Whether two records say the same of a file: the same record with the same strings, as the
 * persisted index would keep them — what reading the file again could tell apart, and nothing more.
 */
export function sameRecord(a: SnapshotRecord, b: SnapshotRecord): boolean {
  return recordText(a) === recordText(b);
}

function recordText(record: SnapshotRecord): string {
  const table = new StringTable();
  const text = encodeRecord({ file: '', stamp: NO_STAMP, record }, table);
  return text + table.text(0, table.size);
}

/**
 * A snapshot is two JSON documents on two lines: the header, the strings of the first part and its
 * records (every profile and each series' newest notes, `readOrder`: what the Meetings view
 * shows), then the other strings and the rest's records. A start reads the first line, shows it,
 * then the second: the first line is ~5% of the bytes (350 KB of 7.4 MB at 10,000 notes).
 */
export const SNAPSHOT_END = ']}';

/** The snapshot of `files` as JSON text, at once, in the order `readOrder` gives. */
export function encodeSnapshot(identity: SnapshotIdentity, files: readonly SnapshotFile[]): string {
  const encoder = new SnapshotEncoder(identity);
  const { first, rest } = readOrder(files.map((f) => f.file), identity.settings.folder);
  const firstPart = first.map((i) => encoder.add(files[i])).join(',');
  encoder.endFirstPart();
  const secondPart = rest.map((i) => encoder.add(files[i])).join(',');
  return encoder.head() + firstPart + encoder.partBreak() + secondPart + SNAPSHOT_END;
}

/**
 * The files of a snapshot, when it was written by this build for these settings; `today` is the day
 * notes without `status:` take their default status for. Throws `SnapshotRejected` with the reason otherwise.
 */
export function decodeSnapshot(text: string, identity: SnapshotIdentity, today: string): SnapshotFile[] {
  const lineBreak = text.indexOf('\n');
  if (lineBreak < 0) throw new SnapshotRejected('it is not whole (one part)');
  const opened = openSnapshot(text.slice(0, lineBreak), () => text.slice(lineBreak + 1), identity, today);
  return [...opened.first, ...opened.rest()];
}

/**
 * A snapshot read in its two parts (its two lines): the first (header, its strings, what the views
 * show first) at once, the second when asked — both checked as `decodeSnapshot` checks them. A start shows the
 * first part before it decodes the rest.
 */
export function openSnapshot(firstLine: string, secondLine: () => string, identity: SnapshotIdentity, today: string): { first: SnapshotFile[]; rest(): Iterable<SnapshotFile> } {
  let data: { format?: unknown; build?: unknown; settings?: unknown; strings?: unknown; files?: unknown };
  try {
    data = JSON.parse(firstLine);
  } catch {
    throw new SnapshotRejected('it is not whole (not JSON)');
  }
  if (data === null || typeof data !== 'object') throw new SnapshotRejected('it is not a snapshot');
  if (data.format !== SNAPSHOT_FORMAT) throw new SnapshotRejected(`it has format ${String(data.format)}, not ${SNAPSHOT_FORMAT}`);
  if (data.build !== identity.build) throw new SnapshotRejected('another build wrote it');
  if (data.settings !== settingsKey(identity.settings)) throw new SnapshotRejected('it was written for other settings');
  if (!Array.isArray(data.strings)) throw new SnapshotRejected('it is not a snapshot');
  // Not checked one by one here: `stringAt` checks each string a record uses.
  const strings = data.strings as string[];
  // One record at a time: a start can put each back as it is decoded, a slice per turn of its event loop.
  function* decodeEach(records: unknown, strings: string[]): Generator<SnapshotFile> {
    if (!Array.isArray(records)) throw new SnapshotRejected('it is not a snapshot');
    for (const r of records) {
      try {
        yield decodeRecord(r, strings, today);
      } catch (e) {
        if (e instanceof SnapshotShapeError || e instanceof TypeError || e instanceof RangeError) throw new SnapshotRejected(e.message);
        throw e;
      }
    }
  }
  const first = [...decodeEach(data.files, strings)];
  return {
    first,
    *rest() {
      let second: { strings?: unknown; files?: unknown };
      try {
        second = JSON.parse(secondLine());
      } catch {
        throw new SnapshotRejected('it is not whole (not JSON)');
      }
      if (second === null || typeof second !== 'object' || !Array.isArray(second.strings)) throw new SnapshotRejected('it is not a snapshot');
      // Its strings are numbered on from the first part's.
      yield* decodeEach(second.files, strings.concat(second.strings));
    },
  };
}

function decodeRecord(r: unknown, strings: string[], today: string): SnapshotFile {
  if (!Array.isArray(r) || r.length < 4) throw new SnapshotShapeError('file');
  const file = stringAt(strings, r[0]);
  const stamp = { size: count(r[1]), mtime: count(r[2]) };
  switch (r[3]) {
    case KIND.other:
      return { file, stamp, record: { kind: 'other' } };
    case KIND.unreadable:
      return { file, stamp, record: { kind: 'unreadable', reason: stringAt(strings, r[4]) } };
    case KIND.template:
      return { file, stamp, record: { kind: 'template', series: r[4] === -1 ? undefined : stringAt(strings, r[4]) } };
    case KIND.note:
      return { file, stamp, record: { kind: 'note', note: decodeNote(file, r, strings, today) } };
    case KIND.profile:
      return { file, stamp, record: { kind: 'profile', profile: decodeProfile(file, r[4], strings) } };
    default:
      throw new SnapshotShapeError('file kind');
  }
}

function encodeNote(note: MeetingNote, t: StringTable): unknown[] {
  return [
    t.numberOf(note.series), t.numberOf(note.date), t.numberOf(note.time), MEETING_STATUSES.indexOf(note.status), note.statusWritten ? 1 : 0,
    t.numberOf(note.rotation), t.numberOf(note.shared), t.numberOf(note.movedTo), t.numberOf(note.withName),
    note.frontMatterProblems.length === 0 ? 0 : note.frontMatterProblems, t.numberOf(note.latestDone), note.duplicateIds ? 1 : 0, encodeCompactNote(note.parsed, t),
  ];
}

const NO_PROBLEMS: MeetingNote['frontMatterProblems'] = [];

function decodeNote(file: string, r: unknown[], strings: string[], today: string): MeetingNote {
  if (r.length !== 17) throw new SnapshotShapeError('note');
  const text = (n: unknown) => (n === -1 ? undefined : stringAt(strings, n));
  const date = text(r[5]);
  const statusWritten = r[8] === 1;
  const written = MEETING_STATUSES[r[7] as number];
  if (written === undefined) throw new SnapshotShapeError('status');
  const problems = r[13];
  if (problems !== 0) checkProblems(problems);
  // The field order of `readMeetingNote`'s literal: one hidden class for every note.
  return {
    file,
    series: stringAt(strings, r[4]),
    date,
    time: text(r[6]),
    // A default status is the day's, not the snapshot's: the note may have been held since.
    status: statusWritten ? written : defaultStatus(date, today),
    statusWritten,
    rotation: text(r[9]),
    shared: text(r[10]),
    movedTo: text(r[11]),
    withName: text(r[12]),
    parsed: decodeCompactNote(r[16], strings),
    frontMatterProblems: problems === 0 ? NO_PROBLEMS : (problems as MeetingNote['frontMatterProblems']),
    latestDone: text(r[14]),
    duplicateIds: r[15] === 1,
  };
}

/** A profile is one per series: kept as its own JSON, its strings as written. */
function encodeProfile(profile: Profile, t: StringTable): unknown {
  const { parsed, file: _file, ...rest } = profile;
  return { ...rest, parsed: encodeCompactNote(parsed, t) };
}

function decodeProfile(file: string, value: unknown, strings: string[]): Profile {
  if (value === null || typeof value !== 'object') throw new SnapshotShapeError('profile');
  const p = value as Omit<Profile, 'file'>;
  // Every value as `readProfile` makes it: a rule or a view would otherwise trip over a wrong type.
  if (typeof p.series !== 'string' || (p.role !== 'manager' && p.role !== 'report')) throw new SnapshotShapeError('profile');
  for (const key of ['withName', 'time', 'since'] as const) if (p[key] !== undefined && typeof p[key] !== 'string') throw new SnapshotShapeError(`profile ${key}`);
  for (const key of ['day', 'duration'] as const) if (p[key] !== undefined && !Number.isFinite(p[key])) throw new SnapshotShapeError(`profile ${key}`);
  for (const key of ['topics', 'aliases', 'calendarTexts'] as const) {
    const list = p[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((t) => typeof t === 'string'))) throw new SnapshotShapeError(`profile ${key}`);
  }
  const cadence = p.cadence as { kind?: unknown; weeks?: unknown } | undefined;
  if (cadence !== undefined && !(cadence !== null && ['weekly', 'biweekly', 'monthly', 'every-n-weeks'].includes(cadence.kind as string) && (cadence.kind !== 'every-n-weeks' || (Number.isInteger(cadence.weeks) && (cadence.weeks as number) > 0))))
    throw new SnapshotShapeError('profile cadence');
  checkProblems(p.problems);
  return {
    file,
    series: p.series,
    withName: p.withName,
    role: p.role,
    cadence: p.cadence,
    day: p.day,
    time: p.time,
    duration: p.duration,
    since: p.since,
    topics: p.topics,
    aliases: p.aliases,
    calendarTexts: p.calendarTexts,
    parsed: decodeCompactNote(p.parsed, strings),
    problems: p.problems,
  };
}

function stringAt(strings: readonly string[], n: unknown): string {
  const s = typeof n === 'number' ? strings[n] : undefined;
  if (typeof s !== 'string') throw new SnapshotShapeError('string number');
  return s;
}

function count(n: unknown): number {
  if (typeof n !== 'number' || !(n >= 0)) throw new SnapshotShapeError('stamp');
  return n;
}
