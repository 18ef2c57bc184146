import type { Range } from '../../parsing/types';
import { commandFix, type Fix } from './finding';
import type { SeriesState } from '../model/seriesState';

/**
 * What the three rules about a whole series (SPEC §11: `agenda-not-written`, `meeting-gap`,
 * `rotation-gap`) share: where their finding sits, and the "New 1x1 agenda" fix.
 */

/** The extension's New 1x1 agenda command (SPEC §7); a unit test keeps it equal to the editor's id. */
export const NEW_AGENDA_COMMAND = 'oneOnOne.newAgenda';

/**
 * Where a finding about the series sits: its `profile.md` when it has one, else its latest note
 * (in meeting order); on the file's first line — the opening `---` of the front matter, the
 * series as a whole rather than any one key or section. Undefined for a series with neither.
 */
export function seriesPlace(series: SeriesState): { file: string; range: Range } | undefined {
  const parsed = series.profile?.parsed ?? series.notes[series.notes.length - 1]?.parsed;
  const file = series.profile?.file ?? series.notes[series.notes.length - 1]?.file;
  if (!parsed || file === undefined) return undefined;
  const width = parsed.frontMatter.present ? 3 : 1;
  return { file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: width } } };
}

/** "New 1x1 agenda" for this series: the editor's command, which writes the next note (or opens it when written). */
export function newAgendaFix(series: SeriesState): Fix {
  return commandFix('New 1x1 agenda', NEW_AGENDA_COMMAND, [series.id]);
}
