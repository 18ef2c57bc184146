import type { Fix } from '../findings';
import { markCanceled, markDone, setDueDate } from '../itemEdits';
import type { ItemRef } from '../model';
import type { SeriesState } from '../seriesState';

/** The quick fixes shared by the commitment rules, on the lineage's live item. */
export function markDoneFix(series: SeriesState, ref: ItemRef): Fix {
  return { title: 'Mark done', edits: () => markDone(ref.note.file, ref.item, series.now.date, series.settings.dateStyle) };
}

export function cancelFix(ref: ItemRef): Fix {
  return { title: 'Cancel it (drop on purpose)', edits: () => markCanceled(ref.note.file, ref.item) };
}

export function moveDueDateFix(series: SeriesState, ref: ItemRef): Fix | undefined {
  const next = series.nextMeetingAfter(series.now.date);
  if (!next) return undefined;
  return { title: `Move the due date to the next 1x1 (${next})`, edits: () => setDueDate(ref.note.file, ref.item, next, series.settings.dateStyle) };
}
