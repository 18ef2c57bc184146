import { classifyPath, dateFromFileName } from './vaultPaths';

/** Notes of each series read in the first pass: the next meeting's, the last ones held, what their rows show. */
export const FIRST_PASS_NOTES = 4;

/**
 * The order a cold start reads the vault in (issue 16): first what the Meetings view and the status
 * bar show — every profile and template, and each series' newest notes by the date in their file
 * name — so that the people and their next meetings appear after a small part of the vault is
 * read; then everything else, newest first. Files outside the series folders (a note anywhere that
 * says `type: 1x1`) come in the second pass. Pure; paths are vault paths.
 */
export function readOrder(files: readonly string[], folder: string, perSeries = FIRST_PASS_NOTES): { first: number[]; rest: number[] } {
  const steps = readOrderSteps(files, folder, perSeries);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Files classified between two steps of `readOrderSteps`. */
const FILES_PER_STEP = 500;

/**
 * `readOrder` a step at a time (a step is ~0.5 ms): at 10,000 files the whole order takes 7–25 ms,
 * too long for one task of the extension host while the user types (the persisted index's writer
 * takes the steps between other work). Returns what `readOrder` returns.
 */
export function* readOrderSteps(files: readonly string[], folder: string, perSeries = FIRST_PASS_NOTES): Generator<void, { first: number[]; rest: number[] }> {
  const bySeries = new Map<string, { index: number; date: string }[]>();
  const first: number[] = [];
  const rest: { index: number; date: string }[] = [];
  for (let index = 0; index < files.length; index++) {
    if (index > 0 && index % FILES_PER_STEP === 0) yield;
    const file = files[index];
    const place = classifyPath(file, folder);
    if (place.kind === 'profile' || place.kind === 'template') first.push(index);
    else if (place.kind === 'series-note') {
      let notes = bySeries.get(place.series);
      if (!notes) bySeries.set(place.series, (notes = []));
      notes.push({ index, date: dateFromFileName(file) ?? '' });
    } else rest.push({ index, date: '' });
  }
  yield;
  const newestFirst = (a: { date: string }, b: { date: string }) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  for (const notes of bySeries.values()) {
    notes.sort(newestFirst);
    notes.forEach((note, i) => (i < perSeries ? first.push(note.index) : rest.push(note)));
  }
  yield;
  rest.sort(newestFirst);
  return { first, rest: rest.map((r) => r.index) };
}
