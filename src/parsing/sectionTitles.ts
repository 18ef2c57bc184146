import type { SectionDefinition } from './sections';
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
  /** `position` (optional) is the heading's place among its note's headings, for a quicker answer when it is the same as last time. */
  match(headingText: string, position?: number): SectionMatch | undefined;
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
  return trimPunctuationEnd(
    text
      .toLowerCase()
      .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D]/gu, ' ')
      .replace(/^[\s\p{P}\p{S}]*\d+[.)]\s*/u, '')
      .replace(/^[\s\p{P}\p{S}]+/u, ''),
  )
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ');
}

const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]/u;

/**
 * `text` without white space, punctuation and symbols at its end, read backwards from the end: the
 * pattern `/[\s\p{P}\p{S}]+$/` would try from every such character of the text (quadratic on a
 * heading of `!!!…!a`).
 */
function trimPunctuationEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    const width = code >= 0xdc00 && code <= 0xdfff && end > 1 ? 2 : 1; // a surrogate pair is one character
    if (!PUNCTUATION_OR_SPACE.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

const RECENT_POSITIONS = 32;

/**
 * The section never shared. Its title also matches as the first words of a heading (`Private
 * notes`, `Private (just for me)`): whoever starts a heading with "Private" means it, and a
 * heading taken for something else would be shared.
 */
const PRIVATE = 'private';

function buildMatcher(sections: readonly SectionDefinition[]): SectionMatcher {
  const exact = new Map<string, SectionDefinition>();
  const prefixes: [string, SectionDefinition][] = [];
  const firstWords: [string, SectionDefinition][] = [];
  for (const def of sections) {
    for (const title of [def.title, ...def.aliases]) {
      const key = normalizeSectionTitle(title);
      if (key !== '' && !exact.has(key)) exact.set(key, def);
      if (def.titlePrefix && key !== '') prefixes.push([key, def]);
      if (def.key === PRIVATE && key !== '') firstWords.push([key, def]);
    }
  }
  // The same few headings recur in every note: remember each heading text's answer.
  const seen = new Map<string, SectionMatch | null>();
  // And they come in the same order: the last answer at each position, with its text (a shared
  // copy), is checked first, by comparing the texts rather than by hashing the new one.
  const recentTexts: string[] = [];
  const recentAnswers: (SectionMatch | undefined)[] = [];
  const lookup = (headingText: string, position = -1): SectionMatch | undefined => {
    const remembered = position >= 0 && position < RECENT_POSITIONS;
    if (remembered && recentTexts[position] === headingText) return recentAnswers[position];
    const found = lookupByText(headingText);
    if (remembered) {
      recentTexts[position] = found ? found.title : intern(headingText);
      recentAnswers[position] = found;
    }
    return found;
  };
  return { match: lookup };

  function lookupByText(headingText: string): SectionMatch | undefined {
    const known = seen.get(headingText);
    if (known !== undefined) return known ?? undefined;
    const definition = matchUncached(headingText);
    const found = definition ? { definition, title: intern(headingText) } : undefined;
    if (seen.size < 10_000) seen.set(found ? found.title : intern(headingText), found ?? null);
    return found;
  }

  function matchUncached(headingText: string): SectionDefinition | undefined {
    const key = normalizeSectionTitle(headingText);
    const found = exact.get(key);
    if (found) return found;
    for (const [prefix, def] of prefixes) {
      if (key.startsWith(prefix) && /^\s*[:—–-]/.test(key.slice(prefix.length))) return def;
    }
    for (const [words, def] of firstWords) {
      if (key.startsWith(words) && !/^[\p{L}\p{N}]/u.test(key.slice(words.length))) return def;
    }
    return undefined;
  }
}
