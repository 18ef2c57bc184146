import type { ActionItem } from '../parsing/types';
import type { ItemRef, Lineage, MeetingNote } from './model';

/**
 * Links the same commitment across the meetings of one series (SPEC §6): items with the same
 * block id, or — for items without one — the same normalized text in consecutive notes, where a
 * canceled or rescheduled meeting in between does not count.
 */

export interface SeriesLineages {
  lineages: Lineage[];
  /** The lineage of each item, by note file and item index. */
  of(note: MeetingNote, itemIndex: number): Lineage | undefined;
}

/** `notes` in meeting order (date, then file name). */
export function linkLineages(notes: readonly MeetingNote[]): SeriesLineages {
  const lineages: Lineage[] = [];
  const byNote = new Map<MeetingNote, (Lineage | undefined)[]>();
  const byId = new Map<string, Lineage>();
  // Text lineages whose last occurrence is in the previous note, by normalized text.
  // Keys are the parser's hashes of the normalized text (`ActionItem.textKey`).
  let previousByText = new Map<number, Lineage>();

  notes.forEach((note) => {
    const items = note.parsed.items;
    const row: (Lineage | undefined)[] = new Array(items.length);
    const currentByText = new Map<number, Lineage>();
    items.forEach((item, index) => {
      const ref: ItemRef = { note, item, index };
      const key = item.textKey;
      let lineage: Lineage | undefined;
      if (item.id !== undefined) {
        lineage = byId.get(item.id);
        // An id written on a later copy only: it continues the text lineage of the previous note.
        if (!lineage && key !== 0) {
          const candidate = previousByText.get(key);
          if (candidate && liveItem(candidate).id === undefined) lineage = candidate;
        }
      } else if (key !== 0) {
        lineage = currentByText.get(key) ?? previousByText.get(key);
      }
      if (lineage) extend(lineage, ref);
      else {
        lineage = { occurrences: [ref], raised: note.date!, carried: 0 };
        lineages.push(lineage);
      }
      if (item.id !== undefined) byId.set(item.id, lineage);
      if (key !== 0) currentByText.set(key, lineage);
      row[index] = lineage;
    });
    byNote.set(note, row);
    // A meeting that did not take place does not break "consecutive": text lineages of the note
    // before it stay open for the next one, whether or not the canceled agenda repeated them.
    if (note.status === 'canceled' || note.status === 'rescheduled') for (const [key, lineage] of currentByText) previousByText.set(key, lineage);
    else previousByText = currentByText;
  });

  return {
    lineages,
    of: (note, itemIndex) => byNote.get(note)?.[itemIndex],
  };
}

function extend(lineage: Lineage, ref: ItemRef): void {
  const last = lineage.occurrences[lineage.occurrences.length - 1];
  if (last.note !== ref.note) lineage.carried++;
  lineage.occurrences.push(ref);
}

function liveItem(lineage: Lineage): ActionItem {
  return lineage.occurrences[lineage.occurrences.length - 1].item;
}
