import { sameStamp, type FileStamp } from '../../core/vault/indexSnapshot';

/** A slot's size when it holds the moment a file was read, not a stamp (a real size is never negative). */
const READ_AT = -1;

/**
 * What the persisted index may say of each file: its stamp (size and modification time) when the
 * index holds exactly what the disk held at that stamp — checked against the disk, or read back
 * from the snapshot — or the moment it was read from disk, when its stamp is still to be taken.
 * A file the index took from an editor's unsaved text has neither: it is read again next time.
 *
 * Kept as numbers in two typed arrays, a slot per file: an object per stamp (and a boxed number
 * per time) held 0.6 MB of the extension host's heap at 10,000 notes. So a stamp read back is a
 * new object each time: compare stamps by value (`sameStamp`, `sameKnown`), never by identity.
 */
export class DiskStamps {
  private readonly slots = new Map<string, number>();
  /** Per slot: the file's size, or `READ_AT`. */
  private sizes = new Float64Array(64);
  /** Per slot: the file's modification time, or the moment it was read. */
  private times = new Float64Array(64);
  /** Slots of forgotten files, to be used again. */
  private readonly free: number[] = [];

  /** The file as the index holds it was read from disk at `time` (ms, `Date.now()`, taken before the read). */
  readAt(file: string, time: number): void {
    this.put(file, READ_AT, time);
  }

  /** The index holds what the disk holds at `stamp`. */
  stamped(file: string, stamp: FileStamp): void {
    this.put(file, stamp.size, stamp.mtime);
  }

  stampOf(file: string): FileStamp | undefined {
    const known = this.get(file);
    return typeof known === 'object' ? known : undefined;
  }

  forget(file: string): void {
    const slot = this.slots.get(file);
    if (slot === undefined) return;
    this.slots.delete(file);
    this.free.push(slot);
  }

  forgetAll(): void {
    this.slots.clear();
    this.free.length = 0;
    this.sizes = new Float64Array(64);
    this.times = new Float64Array(64);
  }

  files(): string[] {
    return [...this.slots.keys()];
  }

  /** A file's stamp, or when it was read. */
  get(file: string): FileStamp | number | undefined {
    const slot = this.slots.get(file);
    if (slot === undefined) return undefined;
    const size = this.sizes[slot];
    return size === READ_AT ? this.times[slot] : { size, mtime: this.times[slot] };
  }

  private put(file: string, size: number, time: number): void {
    let slot = this.slots.get(file);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.slots.size;
      if (slot >= this.sizes.length) this.grow();
      this.slots.set(file, slot);
    }
    this.sizes[slot] = size;
    this.times[slot] = time;
  }

  private grow(): void {
    const sizes = new Float64Array(this.sizes.length * 2);
    const times = new Float64Array(this.times.length * 2);
    sizes.set(this.sizes);
    times.set(this.times);
    this.sizes = sizes;
    this.times = times;
  }
}

/** The same answer of `DiskStamps.get`: the same moment of a read, or the same stamp. */
export function sameKnown(a: FileStamp | number | undefined, b: FileStamp | number | undefined): boolean {
  if (typeof a === 'object' && typeof b === 'object') return sameStamp(a, b);
  return a === b;
}
