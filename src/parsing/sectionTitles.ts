import type { SectionDefinition } from '../core/settings';
import { intern } from './intern';

/**
 * Matches a `##` heading's text to a section (SPEC §4): case, surrounding punctuation, emoji and a
 * leading number (`3.` / `3)`) are ignored; the rotating topic may be followed by `: anything`.
 */

export interface SectionMatch {
  definition: SectionDefinition;
  /** The heading's text, one shared copy per distinct heading. */
  title: string;
}

export interface SectionMatcher {
  match(headingText: string): SectionMatch | undefined;
}

const cache = new WeakMap<readonly SectionDefinition[], SectionMatcher>();

export function sectionMatcher(sections: readonly SectionDefinition[]): SectionMatcher {
  let matcher = cache.get(sections);
  if (!matcher) {
    matcher = buildMatcher(sections);
    cache.set(sections, matcher);
  }
  return matcher;
}

export function normalizeSectionTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]*\d+[.)]\s*/u, '')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ');
}

function buildMatcher(sections: readonly SectionDefinition[]): SectionMatcher {
  const exact = new Map<string, SectionDefinition>();
  const prefixes: [string, SectionDefinition][] = [];
  for (const def of sections) {
    for (const title of [def.title, ...def.aliases]) {
      const key = normalizeSectionTitle(title);
      if (key !== '' && !exact.has(key)) exact.set(key, def);
      if (def.titlePrefix && key !== '') prefixes.push([key, def]);
    }
  }
  // The same few headings recur in every note: remember each heading text's answer.
  const seen = new Map<string, SectionMatch | null>();
  const lookup = (headingText: string): SectionMatch | undefined => {
    const known = seen.get(headingText);
    if (known !== undefined) return known ?? undefined;
    const definition = matchUncached(headingText);
    const found = definition ? { definition, title: intern(headingText) } : undefined;
    if (seen.size < 10_000) seen.set(found ? found.title : intern(headingText), found ?? null);
    return found;
  };
  return { match: lookup };

  function matchUncached(headingText: string): SectionDefinition | undefined {
    const key = normalizeSectionTitle(headingText);
    const found = exact.get(key);
    if (found) return found;
    for (const [prefix, def] of prefixes) {
      if (key.startsWith(prefix) && /^\s*[:—–-]/.test(key.slice(prefix.length))) return def;
    }
    return undefined;
  }
}
