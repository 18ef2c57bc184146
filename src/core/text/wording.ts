/** Words for messages and labels that count or quote something. */

/** `1 day`, `3 days`; `plural(2, 'person', 'people')` for a word whose plural is not its singular plus s. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Short quote of an item for messages. */
export function quote(text: string): string {
  const t = text.length > 60 ? text.slice(0, 57).trimEnd() + '…' : text;
  return `"${t}"`;
}

/** A span of time as messages give it: `2 h 5 min`, `45 min`. */
export function hoursAndMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}
