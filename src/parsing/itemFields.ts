import { isValidIsoDate } from '../core/calendarDate';
import type { ItemState } from './types';
import { detach } from './detach';

/**
 * The fields written on an action item's line after the checkbox (SPEC §6): due and done dates in
 * Obsidian Tasks' emoji style or Dataview's inline-field style, an `@owner`, a trailing `^block-id`.
 */

export interface ItemFields {
  text: string;
  due: string | undefined;
  dueStart: number;
  dueEnd: number;
  dueDataview: boolean;
  done: string | undefined;
  doneStart: number;
  doneEnd: number;
  owner: string | undefined;
  id: string | undefined;
  idStart: number;
  /** Dates that are written but are not real ISO dates: `[start, end)` columns and the text. */
  badDates: { start: number; end: number; text: string; field: 'due' | 'done' }[];
}

export function stateOfMarker(marker: string): ItemState {
  switch (marker) {
    case 'x':
    case 'X':
      return 'done';
    case '-':
      return 'canceled';
    case '>':
      return 'carried';
    default:
      return 'open';
  }
}

// 📅 📆 🗓 (with or without the variation selector) for due; ✅ for done.
const EMOJI_DATE = /(📅|📆|🗓\uFE0F?|✅)[ \t]*([^\s[\]]*)/gu;
const DATAVIEW_DATE = /\[(due|completion)::[ \t]*([^\]]*)\]/g;
const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
const OWNER = /(?:^|[ \t(])@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u;
// Obsidian Tasks' other signifiers (start, scheduled, created, priority, recurrence) are not part of the description.
const OTHER_TASK_FIELDS = /[🛫⏳➕⏫🔼🔽🔺⏬🔁🆔⛔❌](?:\uFE0F)?(?:[ \t]*\d{4}-\d{2}-\d{2})?/gu;
const OBSIDIAN_COMMENT = /%%.*?(%%|$)/g;

/**
 * Reads the fields of `line` from column `from` (just after the checkbox). Columns are
 * positions in `line` (UTF-16 code units, as editors count them).
 */
export function readItemFields(line: string, from: number, end: number): ItemFields {
  const content = line.slice(from, end);
  const fields: ItemFields = {
    text: '',
    due: undefined,
    dueStart: -1,
    dueEnd: -1,
    dueDataview: false,
    done: undefined,
    doneStart: -1,
    doneEnd: -1,
    owner: undefined,
    id: undefined,
    idStart: -1,
    badDates: [],
  };
  let description = content;
  const hasEmoji = /[\u{1F4C5}\u{1F4C6}\u{1F5D3}\u2705]/u.test(content);
  if (hasEmoji) {
    EMOJI_DATE.lastIndex = 0;
    for (let m = EMOJI_DATE.exec(content); m; m = EMOJI_DATE.exec(content)) {
      const field = m[1] === '✅' ? 'done' : 'due';
      recordDate(line, fields, field, m[2], from + m.index, from + m.index + m[0].length, from + m.index + m[0].length - m[2].length);
    }
    description = description.replace(EMOJI_DATE, ' ');
  }
  if (content.includes('::')) {
    DATAVIEW_DATE.lastIndex = 0;
    for (let m = DATAVIEW_DATE.exec(content); m; m = DATAVIEW_DATE.exec(content)) {
      const field = m[1] === 'due' ? 'due' : 'done';
      const value = m[2].trim();
      const valueStart = from + m.index + m[0].indexOf(m[2]) + (m[2].length - m[2].trimStart().length);
      recordDate(line, fields, field, value, from + m.index, from + m.index + m[0].length, valueStart);
    }
    description = description.replace(DATAVIEW_DATE, ' ');
  }
  const id = BLOCK_ID.exec(content);
  if (id) {
    fields.id = id[1];
    fields.idStart = from + content.lastIndexOf('^' + id[1]);
    description = description.replace(BLOCK_ID, '');
  }
  if (content.includes('@')) {
    const owner = OWNER.exec(description);
    if (owner) {
      fields.owner = owner[1].replace(/[.-]+$/, '');
      description = description.replace(OWNER, (whole) => (whole.startsWith('@') ? '' : whole[0]));
    }
  }
  if (content.includes('%%')) description = description.replace(OBSIDIAN_COMMENT, ' ');
  description = description.replace(OTHER_TASK_FIELDS, ' ');
  fields.text = detach(description.replace(/[ \t]+/g, ' ').trim());
  return fields;
}

function recordDate(line: string, fields: ItemFields, field: 'due' | 'done', value: string, start: number, end: number, valueStart: number): void {
  if (!isValidIsoDate(value)) {
    fields.badDates.push({ start: value === '' ? start : valueStart, end: value === '' ? end : valueStart + value.length, text: value, field });
    return;
  }
  // The first valid date of a kind wins, as Obsidian Tasks reads it.
  if (field === 'due' && fields.due === undefined) {
    fields.due = value;
    fields.dueStart = start;
    fields.dueEnd = end;
    fields.dueDataview = line.charCodeAt(start) === 91; // `[`
  } else if (field === 'done' && fields.done === undefined) {
    fields.done = value;
    fields.doneStart = start;
    fields.doneEnd = end;
  }
}
