/**
 * Strings in UTF-16 code-unit order, the same on every machine whatever its locale (unlike
 * `localeCompare`): for orders a test, a diff or a file written twice must see alike.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
