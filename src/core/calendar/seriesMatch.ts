/**
 * Which series a calendar event belongs to (SPEC §12): the series whose profile `calendar:` text
 * appears in the event's SUMMARY (case-insensitive), else the series whose person's name does.
 * Events of no series are ignored.
 *
 * Two choices the spec leaves open (docs/decisions.md): a name counts only as a whole word
 * ("Ann" is not in "Annual planning"), and an all-day event is matched only by a `calendar:` text
 * — "Dana's birthday" or "Offsite, Dana presenting" is not a 1x1 with Dana. When several series
 * match, the longest matching text wins (`Dana Lee` over `Dana`); a tie goes to the first series
 * in id order.
 */

export interface SeriesCalendarKey {
  id: string;
  /** The profile's `calendar:` texts, as written. */
  calendarTexts: readonly string[];
  /** The other person's name (the profile's `with:`, else the notes'), else the series id. */
  name: string;
}

export interface SeriesMatcher {
  /** The series id the event belongs to, or undefined. */
  seriesOf(summary: string, allDay: boolean): string | undefined;
}

export function seriesMatcher(keys: readonly SeriesCalendarKey[]): SeriesMatcher {
  const sorted = [...keys].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const texts = sorted.flatMap((k) => k.calendarTexts.map((t) => ({ id: k.id, text: t.trim().toLowerCase() }))).filter((t) => t.text !== '');
  const names = sorted.map((k) => ({ id: k.id, pattern: wholeWord(k.name.trim().toLowerCase()), length: k.name.trim().length })).filter((n) => n.length > 0);
  return {
    seriesOf(summary, allDay) {
      const lower = summary.toLowerCase();
      let best: { id: string; length: number } | undefined;
      for (const t of texts) if (lower.includes(t.text) && (!best || t.text.length > best.length)) best = { id: t.id, length: t.text.length };
      if (best || allDay) return best?.id;
      for (const n of names) if (n.pattern.test(lower) && (!best || n.length > best.length)) best = { id: n.id, length: n.length };
      return best?.id;
    },
  };
}

/** The name between non-letters (or the ends): Unicode-aware, so `Zoë` and `Jürgen` count as words. */
function wholeWord(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}
