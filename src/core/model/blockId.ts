/**
 * Obsidian block ids for carried items (`^k3f9x2`): six base-36 characters derived from a seed
 * (the item's note and text), so the same input gives the same id and tests can expect it.
 */
export function blockIdFor(seed: string, taken: ReadonlySet<string>): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  for (let attempt = 0; ; attempt++) {
    const id = ((hash + attempt * 0x9e3779b1) >>> 0).toString(36).padStart(6, '0').slice(-6);
    // An id must not look like a number only: Obsidian accepts it, but readers may not.
    const candidate = /^[0-9]/.test(id) ? 'k' + id.slice(1) : id;
    if (!taken.has(candidate)) return candidate;
  }
}
