import { blockIdFor } from '../model/blockId';
import { idsInNotes } from '../edits/carryEdits';
import type { RuleFinding } from './finding';
import { replaceBlockId } from '../edits/itemEdits';
import type { MeetingNote } from '../model/model';
import { itemRange } from '../model/noteRanges';
import { defineRule } from './rule';

/**
 * `duplicate-id`: one block id on two items of one note. Lineage keeps them apart (the later one
 * starts a lineage of its own, docs/decisions.md), but Obsidian's links and every later carry
 * would not: reported on the later item, fixed by giving it an id unused anywhere in the series.
 */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  defaultSeverity: 'warning',
  check(series) {
    const findings: RuleFinding[] = [];
    const allNotes: readonly MeetingNote[] = [...series.notes, ...series.undatedNotes];
    for (const note of allNotes) {
      if (!note.duplicateIds) continue;
      const firstLine = new Map<string, number>();
      for (const item of note.parsed.items) {
        if (item.id === undefined) continue;
        const earlier = firstLine.get(item.id);
        if (earlier === undefined) {
          firstLine.set(item.id, item.line);
          continue;
        }
        const { file } = note;
        findings.push({
          rule: this.id,
          file,
          range: itemRange(item),
          message: `^${item.id} is also the id of the item on line ${earlier + 1}. Give this item a new id: one id, one commitment.`,
          fixes: [
            {
              title: 'Give it a new id',
              edits: () => {
                // Seeded by the item, not its path, so the id is the same wherever the vault lives.
                const id = blockIdFor(`${item.id}\n${item.line}\n${item.text}`, idsInNotes(allNotes));
                const edit = replaceBlockId(file, item, id);
                return edit ? [edit] : [];
              },
            },
          ],
        });
      }
    }
    return findings;
  },
});
