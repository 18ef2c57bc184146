import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildNextAgenda, planNextAgenda, type AgendaSeries } from '../core/agenda';
import type { Clock } from '../core/clock';
import type { Settings } from '../core/settings';
import { applyEdits } from '../core/textEdit';
import { isSeriesId, slugify } from '../core/vaultPaths';
import { loadVault } from './loadVault';
import { readNoteFile } from './noteFile';

/** What `one-on-one new` did. Paths are relative to the vault folder's parent. */
export type NewAgendaOutcome =
  | { kind: 'created'; file: string; date: string; carried: number; previous: string | undefined }
  | { kind: 'exists'; file: string; date: string };

export class AgendaError extends Error {}

/**
 * Makes the next agenda of a series on disk (SPEC §7): the new note, written only if no file is
 * there (`wx`: a file that appeared meanwhile is never overwritten), then the carried markers in
 * the previous note, written only if that note did not change in between.
 */
export function writeNextAgenda(folder: string, seriesName: string, options: { settings: Settings; clock: Clock; date?: string }): NewAgendaOutcome {
  const { index, root } = loadVault(folder, options);
  const folderName = path.basename(path.resolve(folder));
  const id = isSeriesId(seriesName) ? seriesName : slugify(seriesName);
  if (id === '') throw new AgendaError(`"${seriesName}" is not a name a series folder can have; use letters and digits`);
  const state = index.seriesState(id);
  const series: AgendaSeries = state ?? { id, profile: undefined, notes: [], cadence: undefined, settings: index.settings };
  const now = options.clock.now();
  const plan = planNextAgenda(series, `${folderName}/${id}`, now, options.date);
  if (plan.kind === 'exists') return plan;

  const readText = (file: string): string => {
    const read = readNoteFile(path.join(root, file));
    if (read.kind === 'skipped') throw new AgendaError(`${file}: ${read.reason}`);
    return read.text;
  };
  const previousText = plan.previous ? readText(plan.previous.file) : undefined;
  const templateFile = [`${folderName}/${id}/template.md`, `${folderName}/template.md`].find((f) => fs.existsSync(path.join(root, f)));
  const agenda = buildNextAgenda({
    series,
    date: plan.date,
    file: plan.file,
    previous: plan.previous && previousText !== undefined ? { note: plan.previous, text: previousText } : undefined,
    template: templateFile ? readText(templateFile) : undefined,
    personFallback: isSeriesId(seriesName) ? titleCase(id) : seriesName,
  });

  const target = path.join(root, agenda.file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    fs.writeFileSync(target, agenda.text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new AgendaError(`${agenda.file} appeared while the agenda was being made; it was not overwritten`);
    throw e;
  }
  if (plan.previous && previousText !== undefined && agenda.previousEdits.length > 0) {
    const previousPath = path.join(root, plan.previous.file);
    if (fs.readFileSync(previousPath, 'utf8') !== previousText)
      throw new AgendaError(`${agenda.file} was written, but ${plan.previous.file} changed meanwhile: its carried items were not marked [>]`);
    fs.writeFileSync(previousPath, applyEdits(previousText, agenda.previousEdits));
  }
  return { kind: 'created', file: agenda.file, date: agenda.date, carried: agenda.carried, previous: plan.previous?.file };
}

function titleCase(slug: string): string {
  return slug
    .split('-')
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
