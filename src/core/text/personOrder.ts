import { compareStrings } from './stringOrder';

/**
 * People in alphabetical order, ignoring case and accents ("Émile" among the e's), then by the
 * name as written: the same order on every machine. Not `localeCompare`: a process's first use of
 * `Intl` loads ICU's collation data (10–13 ms measured in the extension host), and the Meetings
 * view's first answer waited on it at every start; a locale's own rules would also order one team
 * differently on two machines (Danish puts "Aaron" after "Zoe").
 */
export function comparePersonNames(a: string, b: string): number {
  return compareStrings(foldedName(a), foldedName(b)) || compareStrings(a, b);
}

/** Lower case, accents taken off (NFD, then the combining marks U+0300–U+036F dropped). */
export function foldedName(name: string): string {
  const lower = name.toLowerCase();
  return ASCII_ONLY.test(lower) ? lower : lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
