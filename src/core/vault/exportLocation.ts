/**
 * Where an export (the agenda as HTML, the calendar) is offered to be saved (SPEC §7): a file for
 * a person to send or import, so never by default into the notes, where it would sit among the
 * notes and travel with their repository. Paths are URI paths (`/home/ana/Downloads`), `/`-separated.
 */

/** The first candidate folder that is not inside (nor equal to) one of the notes folders. */
export function exportFolder(candidates: readonly (string | undefined)[], notesFolders: readonly string[]): string | undefined {
  return candidates.find((folder) => folder !== undefined && folder !== '' && !notesFolders.some((notes) => isInside(folder, notes)));
}

/** True when `path` is `folder` or lies under it. */
export function isInside(path: string, folder: string): boolean {
  const trimmed = folder.replace(/\/+$/, '');
  return path === trimmed || path.startsWith(trimmed + '/');
}

/** A file name any file system takes: `/ \ : * ? " < > |` and control characters become `-`. */
export function safeFileName(name: string): string {
  return name.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-').trim();
}
