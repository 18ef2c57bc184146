import { splitLines } from '../../parsing/parseNote';
import type { Fix } from './finding';
import { markCanceled, markDone, setDueDate } from '../edits/itemEdits';
import type { ItemRef } from '../model/model';
import type { SeriesState } from '../model/seriesState';

/** The quick fixes shared by the commitment rules, on the lineage's live item. */
// Fixes live as long as their finding, so they capture only what they need, never the series
// state (which holds every lineage of the series).

export function markDoneFix(series: SeriesState, ref: ItemRef): Fix {
  const today = series.now.date;
  const style = series.settings.dateStyle;
  const { file } = ref.note;
  const { item } = ref;
  return { title: 'Mark done', edits: () => markDone(file, item, today, style) };
}

export function cancelFix(ref: ItemRef): Fix {
  const { file } = ref.note;
  const { item } = ref;
  return { title: 'Cancel it (drop on purpose)', edits: () => markCanceled(file, item) };
}

export function moveDueDateFix(series: SeriesState, ref: ItemRef): Fix | undefined {
  const next = series.nextMeetingAfter(series.now.date);
  if (!next) return undefined;
  const { file } = ref.note;
  const { item } = ref;
  const style = series.settings.dateStyle;
  return {
    title: `Move the due date to the next 1x1 (${next})`,
    edits: (read) => {
      const text = read(file);
      return text === undefined ? [] : setDueDate(file, item, next, style, lineOf(text, item.line));
    },
  };
}

/** One line of a text (CRLF and a BOM allowed). */
function lineOf(text: string, line: number): string {
  return splitLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)[line] ?? '';
}
