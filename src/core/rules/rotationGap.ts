import type { RuleFinding } from './finding';
import { DEFAULT_TOPICS } from '../model/profile';
import { isFutureHeld, seriesName } from '../model/seriesState';
import { topicTitle } from '../schedule/rotation';
import { defineRule } from './rule';
import { seriesPlace } from './seriesLevel';

/**
 * `rotation-gap` (SPEC §11): once the series has held at least twice as many meetings as its
 * rotation has topics, every topic must have been the rotating topic of one of that many latest
 * held notes — else "the manager brings one thing" (or any topic) can silently never happen. One
 * finding per series, naming every topic left out. On the series' profile (else its latest note).
 */
export const rotationGap = defineRule({
  id: 'rotation-gap',
  defaultSeverity: 'info',
  check(series) {
    const topics = series.profile?.topics ?? DEFAULT_TOPICS;
    const window = 2 * topics.length;
    const held = series.notes.filter((n) => n.status === 'held' && !isFutureHeld(n, series.now.date));
    if (held.length < window) return [];
    const seen = new Set(held.slice(-window).map((n) => n.rotation));
    const missing = topics.filter((t) => !seen.has(t));
    if (missing.length === 0) return [];
    const place = seriesPlace(series);
    if (!place) return [];
    const named = missing.map((t) => `\`${t}\` (${topicTitle(t)})`).join(', ');
    const finding: RuleFinding = {
      rule: this.id,
      ...place,
      message: `None of the last ${window} held 1x1s with ${seriesName(series, series.id)} had ${missing.length === 1 ? 'the rotating topic' : 'any of the rotating topics'} ${named}. Give it to the next agenda: \`rotation: ${missing[0]}\`.`,
      fixes: [],
    };
    return [finding];
  },
});
