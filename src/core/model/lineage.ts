import type { ActionItem } from '../../parsing/types';
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

/**
 * A lineage while it is being linked, with what linking needs to know about it. Kept on the
 * record rather than in per-note sets and maps: this runs on every keystroke for the whole series,
 * and a set per note or a filtered copy per item made it twice as slow.
 */
interface Chain {
  lineage: Lineage;
  /** The block id of its items, when it has one. */
  id: string | undefined;
  /** Number of the last note in which an item continued it (the previous note's text lineages are continued once per note). */
  continuedIn: number;
  /** Number of the last note in which an item with its id continued or started it. */
  takenIn: number;
}

/** `notes` in meeting order (date, then file name). */
export function linkLineages(notes: readonly MeetingNote[]): SeriesLineages {
  const lineages: Lineage[] = [];
  const byNote = new Map<MeetingNote, (Lineage | undefined)[]>();
  // Lineages by block id: usually one; more when a note wrote one id on several items.
  const byId = new Map<string, Chain[]>();
  // Text lineages whose last occurrence is in the previous note, by normalized text, in note
  // order. Keys are the parser's hashes of the normalized text (`ActionItem.textKey`).
  let previousByText = new Map<number, Chain[]>();

  for (let noteNumber = 0; noteNumber < notes.length; noteNumber++) {
    const note = notes[noteNumber];
    const items = note.parsed.items;
    const row: (Lineage | undefined)[] = new Array(items.length);
    const currentByText = new Map<number, Chain[]>();
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      const ref: ItemRef = { note, item, index };
      const key = item.textKey;
      let chain: Chain | undefined;
      if (item.id !== undefined) {
        const withId = byId.get(item.id);
        if (withId) chain = continuedById(withId, key, noteNumber);
        // An id written on a later copy only: it continues the text lineage of the previous note
        // (one without an id of its own), unless this note already wrote the id.
        else if (key !== 0) chain = continuedByText(previousByText.get(key), noteNumber, true);
      } else if (key !== 0) {
        // Two items of one note with the same text are two commitments (one may be done and the
        // other open): the k-th continues the k-th of the previous note, or starts its own.
        chain = continuedByText(previousByText.get(key), noteNumber, false);
      }
      if (chain) {
        chain.continuedIn = noteNumber;
        extend(chain.lineage, ref);
      } else {
        const lineage: Lineage = { occurrences: [ref], raised: note.date!, carried: 0 };
        chain = { lineage, id: undefined, continuedIn: -1, takenIn: -1 };
        lineages.push(lineage);
      }
      if (item.id !== undefined) {
        chain.takenIn = noteNumber;
        if (chain.id === undefined) {
          chain.id = item.id;
          const list = byId.get(item.id);
          if (list) list.push(chain);
          else byId.set(item.id, [chain]);
        }
      }
      if (key !== 0) {
        const same = currentByText.get(key);
        if (same) same.push(chain);
        else currentByText.set(key, [chain]);
      }
      row[index] = chain.lineage;
    }
    byNote.set(note, row);
    // A meeting that did not take place does not break "consecutive": text lineages of the note
    // before it stay open for the next one, whether or not the canceled agenda repeated them.
    if (note.status === 'canceled' || note.status === 'rescheduled') for (const [key, same] of currentByText) previousByText.set(key, same);
    else previousByText = currentByText;
  }

  return {
    lineages,
    of: (note, itemIndex) => byNote.get(note)?.[itemIndex],
  };
}

/**
 * Of the lineages with an item's id that no item of this note took yet: the one whose live item
 * has the item's text, else the first.
 */
function continuedById(withId: readonly Chain[], key: number, noteNumber: number): Chain | undefined {
  let first: Chain | undefined;
  for (const chain of withId) {
    if (chain.takenIn === noteNumber) continue;
    if (key !== 0 && liveItem(chain.lineage).textKey === key) return chain;
    first ??= chain;
  }
  return first;
}

/** The first text lineage of the previous note not yet continued in this note (and, with `withoutId`, with no id of its own). */
function continuedByText(sameText: readonly Chain[] | undefined, noteNumber: number, withoutId: boolean): Chain | undefined {
  if (!sameText) return undefined;
  for (const chain of sameText) if (chain.continuedIn !== noteNumber && !(withoutId && chain.id !== undefined)) return chain;
  return undefined;
}

function extend(lineage: Lineage, ref: ItemRef): void {
  const last = lineage.occurrences[lineage.occurrences.length - 1];
  if (last.note !== ref.note) lineage.carried++;
  lineage.occurrences.push(ref);
}

function liveItem(lineage: Lineage): ActionItem {
  return lineage.occurrences[lineage.occurrences.length - 1].item;
}
