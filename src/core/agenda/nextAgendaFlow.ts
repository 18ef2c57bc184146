import {
  brokenNoteInTheWay,
  brokenNoteMessage,
  buildNextAgenda,
  droppedBeforeAgenda,
  laterNoteMessage,
  planNextAgenda,
  seriesForName,
  unreadableNoteInTheWay,
  unreadableNoteMessage,
  type AgendaPlan,
  type AgendaSeries,
  type NextAgenda,
} from './agenda';
import type { LocalDateTime } from '../schedule/clock';
import type { ItemRef } from '../model/model';
import type { VaultIndex } from '../vault/vaultIndex';
import { isSeriesId } from '../vault/vaultPaths';

/**
 * "New 1x1 agenda" as one flow (SPEC §7), for the CLI and the editor alike: find the series by
 * name, plan the date, refuse where carrying could lose or reopen a commitment, read the notes
 * carried from and the template, build the agenda, and name the dropped commitments. Where the
 * files come from is the caller's: the CLI reads the disk, the editor its open documents and
 * `workspace.fs` (it reads `filesToReadForNextAgenda` first, as it cannot read synchronously).
 * Writing is the caller's too: all or nothing on disk, one `WorkspaceEdit` in the editor.
 */

/** A vault file as the caller could read it. */
export type FileRead = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'unreadable'; reason: string };

export interface AgendaWorkspace {
  index: VaultIndex;
  now: LocalDateTime;
  /** Files the vault reader skipped (binary, too large, unreadable), with the reason. */
  skipped: readonly { file: string; reason: string }[];
  read(file: string): FileRead;
}

export type NextAgendaStep =
  | { kind: 'exists'; file: string; date: string }
  /** Nothing may be written; `message` is one line naming the file and what to do. Exit code 2 is bad usage (an ambiguous name). */
  | { kind: 'refused'; message: string; exitCode: 1 | 2 }
  | {
      kind: 'ready';
      agenda: NextAgenda;
      /** The text each note an item is carried from had when read: the edits are made on it, and it must still be there when written. */
      sourceTexts: ReadonlyMap<string, string>;
      /** Commitments dropped before the previous meeting: named, not carried. */
      dropped: ItemRef[];
      plan: Extract<AgendaPlan, { kind: 'create' }>;
    };

/** The series folder and id a name means, or why it means none. */
function seriesFor(index: VaultIndex, name: string): { id: string; folder: string } | { refused: string; exitCode: 2 } {
  const match = seriesForName(index.seriesStates(), name);
  if (match.kind === 'invalid') return { refused: `"${name}" is not a name a series folder can have; use letters and digits`, exitCode: 2 };
  if (match.kind === 'ambiguous') return { refused: `"${name}" could be ${match.ids.join(' or ')}; give the series' folder name`, exitCode: 2 };
  return { id: match.id, folder: `${index.settings.folder}/${match.id}` };
}

function seriesOf(index: VaultIndex, id: string): AgendaSeries {
  return index.seriesState(id) ?? { id, profile: undefined, notes: [], cadence: undefined, settings: index.settings };
}

function templateFiles(index: VaultIndex, seriesFolder: string): string[] {
  return [`${seriesFolder}/template.md`, `${index.settings.folder}/template.md`];
}

/** The files `prepareNextAgenda` will read for this series: the notes carried from and the templates. */
export function filesToReadForNextAgenda(index: VaultIndex, now: LocalDateTime, seriesName: string, date?: string): string[] {
  const series = seriesFor(index, seriesName);
  if ('refused' in series) return [];
  const plan = planNextAgenda(seriesOf(index, series.id), series.folder, now, date);
  return [...(plan.kind === 'create' ? plan.sources.map((n) => n.file) : []), ...templateFiles(index, series.folder)];
}

/**
 * Everything before the writing. The notes carried from are read once more and the index takes
 * that text (an open editor's may be newer than the index's), then the plan is made again: when
 * it no longer carries from the same notes, the notes changed meanwhile and nothing is made.
 */
export function prepareNextAgenda(workspace: AgendaWorkspace, seriesName: string, options: { date?: string } = {}): NextAgendaStep {
  const { index, now } = workspace;
  const series = seriesFor(index, seriesName);
  if ('refused' in series) return { kind: 'refused', message: series.refused, exitCode: series.exitCode };
  const planNow = () => planNextAgenda(seriesOf(index, series.id), series.folder, now, options.date);
  const first = planNow();
  if (first.kind === 'exists') return first;
  if (first.kind === 'later-note') return { kind: 'refused', message: laterNoteMessage(first), exitCode: 1 };
  const unreadable = unreadableNoteInTheWay(first, series.folder, workspace.skipped);
  if (unreadable) return { kind: 'refused', message: unreadableNoteMessage(unreadable, first.file), exitCode: 1 };
  const broken = brokenNoteInTheWay(first, index.seriesState(series.id) ?? { notes: [] });
  if (broken) return { kind: 'refused', message: brokenNoteMessage(broken), exitCode: 1 };

  const sourceTexts = new Map<string, string>();
  for (const note of first.sources) {
    const read = workspace.read(note.file);
    if (read.kind !== 'text') return { kind: 'refused', message: `${note.file} cannot be read (${read.kind === 'unreadable' ? read.reason : 'it is gone'}); fix or move it, then run new again`, exitCode: 1 };
    sourceTexts.set(note.file, read.text);
    index.setFile(note.file, read.text);
  }
  const plan = planNow();
  if (plan.kind !== 'create' || plan.sources.map((n) => n.file).join('\n') !== first.sources.map((n) => n.file).join('\n'))
    return { kind: 'refused', message: `the notes of ${series.folder} changed while the agenda was being made; nothing was written, run new again`, exitCode: 1 };

  let template: { file: string; text: string } | undefined;
  for (const file of templateFiles(index, series.folder)) {
    const read = workspace.read(file);
    if (read.kind === 'missing') continue;
    if (read.kind === 'unreadable') return { kind: 'refused', message: `${file} cannot be read (${read.reason}); fix or move it, then run new again`, exitCode: 1 };
    template = { file, text: read.text };
    break;
  }
  const state = seriesOf(index, series.id);
  const agenda = buildNextAgenda({
    series: state,
    date: plan.date,
    file: plan.file,
    previous: plan.previous,
    sources: plan.sources.map((note) => ({ note, text: sourceTexts.get(note.file)! })),
    template: template?.text,
    templateFile: template?.file,
    // A folder name given for a series without notes or profile: its words, capitalized ("morgan-lee" → "Morgan Lee").
    personFallback: isSeriesId(seriesName.trim()) ? titleCase(series.id) : seriesName.trim(),
  });
  if (agenda.problem) return { kind: 'refused', message: agenda.problem, exitCode: 1 };
  return { kind: 'ready', agenda, sourceTexts, dropped: droppedBeforeAgenda(state, plan.date), plan };
}

function titleCase(slug: string): string {
  return slug
    .split('-')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
