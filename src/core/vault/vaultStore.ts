import type { MeetingNote, Profile } from '../model/model';
import type { VaultEntry } from './vaultFile';

/** One series' files: its notes (any order) and its profile. */
export interface SeriesFiles {
  readonly notes: Set<MeetingNote>;
  profile: Profile | undefined;
}

/**
 * The files of the vault by path, and their notes and profiles grouped by series. Storage only:
 * what a file is comes from `readVaultFile`, what the rules make of a series from `SeriesFindings`.
 * `add` and `remove` return the series whose notes or profile changed, so that the caller can
 * forget what it knew of it (a template belongs to no series' findings: undefined).
 */
export class VaultStore {
  private readonly files = new Map<string, VaultEntry>();
  private readonly seriesById = new Map<string, SeriesFiles>();

  /** Stores a file under a path that holds none (`remove` it first). */
  add(file: string, entry: VaultEntry): string | undefined {
    this.files.set(file, entry);
    if (entry.kind === 'note') {
      this.seriesFiles(entry.note.series).notes.add(entry.note);
      return entry.note.series;
    }
    if (entry.kind === 'profile') {
      this.seriesFiles(entry.profile.series).profile = entry.profile;
      return entry.profile.series;
    }
    return undefined;
  }

  remove(file: string): string | undefined {
    const entry = this.files.get(file);
    if (!entry) return undefined;
    this.files.delete(file);
    if (entry.kind === 'note') {
      this.seriesById.get(entry.note.series)?.notes.delete(entry.note);
      this.dropIfEmpty(entry.note.series);
      return entry.note.series;
    }
    if (entry.kind === 'profile') {
      const series = this.seriesById.get(entry.profile.series);
      if (series?.profile === entry.profile) series.profile = undefined;
      this.dropIfEmpty(entry.profile.series);
      return entry.profile.series;
    }
    return undefined;
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  entry(file: string): VaultEntry | undefined {
    return this.files.get(file);
  }

  note(file: string): MeetingNote | undefined {
    const entry = this.files.get(file);
    return entry?.kind === 'note' ? entry.note : undefined;
  }

  /** Every meeting note, in no particular order. */
  *notes(): IterableIterator<MeetingNote> {
    for (const entry of this.files.values()) if (entry.kind === 'note') yield entry.note;
  }

  series(id: string): SeriesFiles | undefined {
    return this.seriesById.get(id);
  }

  /** Series ids, sorted. */
  seriesIds(): string[] {
    return [...this.seriesById.keys()].sort();
  }

  /** The series a file belongs to (a note, a profile, a series' template). */
  seriesOf(file: string): string | undefined {
    const entry = this.files.get(file);
    if (!entry) return undefined;
    return entry.kind === 'note' ? entry.note.series : entry.kind === 'profile' ? entry.profile.series : entry.series;
  }

  templateFiles(): string[] {
    return [...this.files].filter(([, e]) => e.kind === 'template').map(([f]) => f);
  }

  /** Every stored path, sorted. */
  allFiles(): string[] {
    return [...this.files.keys()].sort();
  }

  private seriesFiles(id: string): SeriesFiles {
    let entry = this.seriesById.get(id);
    if (!entry) {
      entry = { notes: new Set(), profile: undefined };
      this.seriesById.set(id, entry);
    }
    return entry;
  }

  private dropIfEmpty(id: string): void {
    const entry = this.seriesById.get(id);
    if (entry && entry.notes.size === 0 && !entry.profile) this.seriesById.delete(id);
  }
}
