/**
 * What the Settings editor lists for a search, as VS Code's local settings search decides it
 * (`LocalSearchProvider` and `SettingMatches`, vs/workbench/contrib/preferences/browser/
 * preferencesSearch.ts, VS Code 1.100 as code-server 4.100 ships it). A setting is found when:
 * every word of the query starts a word of its key's label (`oneOnOne.staleAfterDays` reads
 * "one on one stale after days"), or the query (letters and digits only) is a substring of the
 * key; else when every word appears in its description, or in one of its enum values. The
 * configuration's `title` is not enough: a setting found only by its group is dropped.
 */

export interface ContributedSetting {
  markdownDescription?: string;
  description?: string;
  enum?: unknown[];
}

export type SettingMatch = 'key' | 'description' | 'value' | undefined;

export function settingMatch(query: string, key: string, setting: ContributedSetting): SettingMatch {
  const cleaned = query.replace(/[":]/g, ' ').replace(/ {2}/g, ' ').trim().toLowerCase();
  if (cleaned === '') return undefined;
  const words = [...new Set(cleaned.split(' '))];
  const labelWords = keyLabel(key).split(' ');
  if (words.every((w) => labelWords.some((l) => l.startsWith(w)))) return 'key';
  const lettersAndDigits = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
  if (lettersAndDigits(key).includes(lettersAndDigits(cleaned))) return 'key';
  const description = (setting.markdownDescription ?? setting.description ?? '').toLowerCase().split('\n');
  if (words.every((w) => description.some((line) => line.includes(w)))) return 'description';
  for (const value of setting.enum ?? []) if (typeof value === 'string' && words.every((w) => value.toLowerCase().includes(w))) return 'value';
  return undefined;
}

/** The settings a search lists. */
export function settingsFound(query: string, settings: Record<string, ContributedSetting>): string[] {
  return Object.entries(settings)
    .filter(([key, setting]) => settingMatch(query, key, setting) !== undefined)
    .map(([key]) => key);
}

/** `oneOnOne.staleAfterDays` → `one on one stale after days`, as the Settings editor splits a key. */
function keyLabel(key: string): string {
  return key
    .replace(/[-._]/g, ' ')
    .replace(/([a-z]+)([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z]+)(\d+)/g, '$1 $2')
    .replace(/(\d+)([A-Za-z]+)/g, '$1 $2')
    .toLowerCase();
}
