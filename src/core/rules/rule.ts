import type { ActionItem, Range } from '../../parsing/types';
import type { RuleFinding } from './finding';
import type { RuleId } from '../settings/settings';
import type { SeriesState } from '../model/seriesState';

/** A rule of SPEC §8: looks at one series and returns its findings, severity not yet applied. */
export interface Rule {
  id: RuleId;
  check(series: SeriesState): RuleFinding[];
}

/** The item's line from the list marker to the end of its content. */
export function itemRange(item: ActionItem): Range {
  return { start: { line: item.line, character: item.listColumn }, end: { line: item.line, character: item.contentEnd } };
}

export function headingRange(line: number, length: number): Range {
  return { start: { line, character: 0 }, end: { line, character: length } };
}

/** Short quote of an item for messages. */
export function quote(text: string): string {
  const t = text.length > 60 ? text.slice(0, 57).trimEnd() + '…' : text;
  return `"${t}"`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
