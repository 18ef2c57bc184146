import { intern } from '../parsing/intern';

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
  if (!/\.md$/i.test(file)) return { kind: 'ignored' };
  const prefix = folder === '' ? '' : folder + '/';
  if (!file.startsWith(prefix)) return { kind: 'other-markdown' };
  const parts = file.slice(prefix.length).split('/');
  if (parts.length === 1) return parts[0].toLowerCase() === 'template.md' ? { kind: 'template' } : { kind: 'other-markdown' };
  const series = intern(parts[0]); // one copy per series, not one per note
  if (!isSeriesId(series)) return { kind: 'other-markdown' };
  if (parts.length === 2) {
    const name = parts[1].toLowerCase();
    if (name === 'profile.md') return { kind: 'profile', series };
    if (name === 'template.md') return { kind: 'template', series };
  }
  return { kind: 'series-note', series };
}

/** A series id is a slug: lowercase letters, digits and `-`. */
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
