import type { FileStamp } from '../../core/vault/indexSnapshot';

/**
 * What the persisted index may say of each file: its stamp (size and modification time) when the
 * index holds exactly what the disk held at that stamp — checked against the disk, or read back
 * from the snapshot — or the moment it was read from disk, when its stamp is still to be taken.
 * A file the index took from an editor's unsaved text has neither: it is read again next time.
 */
export class DiskStamps {
  private readonly stamps = new Map<string, FileStamp | number>();

  /** The file as the index holds it was read from disk at `time` (ms, `Date.now()`, taken before the read). */
  readAt(file: string, time: number): void {
    this.stamps.set(file, time);
  }

  /** The index holds what the disk holds at `stamp`. */
  stamped(file: string, stamp: FileStamp): void {
    this.stamps.set(file, stamp);
  }

  stampOf(file: string): FileStamp | undefined {
    const known = this.stamps.get(file);
    return typeof known === 'object' ? known : undefined;
  }

  forget(file: string): void {
    this.stamps.delete(file);
  }

  forgetAll(): void {
    this.stamps.clear();
  }

  files(): string[] {
    return [...this.stamps.keys()];
  }

  /** A file's stamp, or when it was read. */
  get(file: string): FileStamp | number | undefined {
    return this.stamps.get(file);
  }
}
