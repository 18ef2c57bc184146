import type { ActionItem } from '../parsing/types';
import type { ItemRef, Lineage, MeetingNote } from './model';

/**
 * Links the same commitment across the meetings of one series (SPEC §6): items with the same
 * block id, or — for items without one — the same normalized text in consecutive notes, where a
 * canceled or rescheduled meeting in between does not count.
 *
 * Two items whose ids differ are never one lineage, and neither are two items of one note that
 * share an id (`duplicate-id`): the later one starts a lineage of its own, so both stay open
 * commitments. In a later note, the k-th item with that id continues the lineage whose live item
 * has its text, else the first one not yet continued in that note (docs/decisions.md).
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
  // Lineages by block id: usually one; more when a note wrote one id on several items.
  const byId = new Map<string, Lineage[]>();
  // The block id of each lineage that has one (the id of its items).
  const idOf = new Map<Lineage, string>();
  // Text lineages whose last occurrence is in the previous note, by normalized text, in note
  // order. Keys are the parser's hashes of the normalized text (`ActionItem.textKey`).
  let previousByText = new Map<number, Lineage[]>();

  notes.forEach((note) => {
    const items = note.parsed.items;
    const row: (Lineage | undefined)[] = new Array(items.length);
    const currentByText = new Map<number, Lineage[]>();
    // Text lineages of the previous note an item of this note already continued.
    const continuedHere = new Set<Lineage>();
    // Lineages with an id that an item of this note already continued or started.
    const takenHere = new Set<Lineage>();
    items.forEach((item, index) => {
      const ref: ItemRef = { note, item, index };
      const key = item.textKey;
      let lineage: Lineage | undefined;
      if (item.id !== undefined) {
        const withId = (byId.get(item.id) ?? []).filter((l) => !takenHere.has(l));
        lineage = withId.find((l) => key !== 0 && liveItem(l).textKey === key) ?? withId[0];
        // An id written on a later copy only: it continues the text lineage of the previous note
        // (one without an id of its own), unless this note already wrote the id.
        if (!lineage && !byId.has(item.id) && key !== 0) lineage = previousByText.get(key)?.find((l) => !idOf.has(l) && !continuedHere.has(l));
      } else if (key !== 0) {
        // Two items of one note with the same text are two commitments (one may be done and the
        // other open): the k-th continues the k-th of the previous note, or starts its own.
        lineage = previousByText.get(key)?.find((l) => !continuedHere.has(l));
      }
      if (lineage) continuedHere.add(lineage);
      if (lineage) extend(lineage, ref);
      else {
        lineage = { occurrences: [ref], raised: note.date!, carried: 0 };
        lineages.push(lineage);
      }
      if (item.id !== undefined) {
        takenHere.add(lineage);
        if (!idOf.has(lineage)) {
          idOf.set(lineage, item.id);
          const list = byId.get(item.id);
          if (list) list.push(lineage);
          else byId.set(item.id, [lineage]);
        }
      }
      if (key !== 0) {
        const same = currentByText.get(key);
        if (same) same.push(lineage);
        else currentByText.set(key, [lineage]);
      }
      row[index] = lineage;
    });
    byNote.set(note, row);
    // A meeting that did not take place does not break "consecutive": text lineages of the note
    // before it stay open for the next one, whether or not the canceled agenda repeated them.
    if (note.status === 'canceled' || note.status === 'rescheduled') for (const [key, same] of currentByText) previousByText.set(key, same);
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
