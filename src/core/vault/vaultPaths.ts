import { intern } from '../../parsing/intern';

/**
 * Where a file sits in the vault (SPEC §1). Paths are relative to the vault folder's parent (the
 * workspace root in the editor) and use `/`.
 */

export type VaultFileKind =
  /** `<folder>/<series>/**.md` other than the series' profile and template. */
  | { kind: 'series-note'; series: string }
  | { kind: 'profile'; series: string }
  | { kind: 'template'; series?: string }
  /** Any other Markdown file: a note only when its front matter says `type: 1x1` and `with:`. */
  | { kind: 'other-markdown' }
  /** Not Markdown: never read, never touched. */
  | { kind: 'ignored' };

export function classifyPath(file: string, folder: string): VaultFileKind {
  if (!isMarkdownName(file)) return { kind: 'ignored' };
  // Read by position rather than split: this runs for every file of the vault.
  const start = folder === '' ? 0 : folder.length + 1;
  if (folder !== '' && !(file.startsWith(folder) && file.charCodeAt(folder.length) === 47 /* / */)) return { kind: 'other-markdown' };
  const slash = file.indexOf('/', start);
  if (slash < 0) return file.slice(start).toLowerCase() === 'template.md' ? { kind: 'template' } : { kind: 'other-markdown' };
  const series = seriesAt(file, start, slash);
  if (series === undefined) return { kind: 'other-markdown' };
  if (file.indexOf('/', slash + 1) < 0) {
    const name = file.slice(slash + 1);
    // Only names of these lengths can be `profile.md` or `template.md`: most notes need no lowercase copy.
    if (name.length === 10 && name.toLowerCase() === 'profile.md') return { kind: 'profile', series };
    if (name.length === 11 && name.toLowerCase() === 'template.md') return { kind: 'template', series };
  }
  return { kind: 'series-note', series };
}

function isMarkdownName(file: string): boolean {
  const n = file.length;
  return n >= 3 && file.charCodeAt(n - 3) === 46 /* . */ && (file.charCodeAt(n - 2) | 32) === 109 /* m */ && (file.charCodeAt(n - 1) | 32) === 100 /* d */;
}

/** The last folder name read as a series: files arrive folder by folder, so most files find it here. */
let lastSeries: { name: string; id: string | undefined } = { name: '', id: undefined };

/** The series id of the folder name `file[start, end)`, one shared copy per series, or undefined when it is not a series folder. */
function seriesAt(file: string, start: number, end: number): string | undefined {
  const last = lastSeries;
  if (last.name.length === end - start && last.name !== '' && file.startsWith(last.name, start)) return last.id;
  const name = intern(file.slice(start, end)); // one copy per series, not one per note
  lastSeries = { name, id: isSeriesFolderName(name) ? name : undefined };
  return lastSeries.id;
}

/**
 * Any folder directly in the vault is a series, its id the folder's name as written (`dana`,
 * `jürgen`, `Ana Lucía`): people name folders after people. Only hidden folders (`.trash`) are not.
 */
function isSeriesFolderName(name: string): boolean {
  return name !== '' && name.charCodeAt(0) !== 46 /* . */;
}

/** A slug: lowercase letters, digits and `-` (what `new` makes of a person's name; a folder found may be named otherwise). */
export function isSeriesId(name: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(name);
}

/** `Dana Whitfield` → `dana-whitfield`; accents are folded, anything else becomes `-`. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `YYYY-MM-DD` at the start of a file name (`2026-11-24.md`, `2026-11-24-2.md`). */
export function dateFromFileName(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const m = /^(\d{4}-\d{2}-\d{2})(?:[-_ ].*)?\.md$/i.exec(name);
  return m ? m[1] : undefined;
}

/**
 * Whether a file is one of the calendar exports the vault reads (SPEC §12): one listed in
 * `oneOnOne.calendars` (paths relative to the workspace folder, as `file` is), or, when none is
 * listed, any `*.ics` directly in the vault folder.
 */
export function isCalendarPath(file: string, settings: { folder: string; calendars: readonly string[] }): boolean {
  if (settings.calendars.length > 0) return settings.calendars.includes(file);
  if (!/\.ics$/i.test(file)) return false;
  const folder = settings.folder;
  if (folder === '') return !file.includes('/');
  return file.startsWith(folder + '/') && !file.includes('/', folder.length + 1);
}
