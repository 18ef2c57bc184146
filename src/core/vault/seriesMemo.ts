import type { SeriesState } from '../model/seriesState';

/**
 * How long a surface's value of a series holds when nothing in the vault changes: until the
 * minute turns (a deadline's minutes left, the next meeting), or until the day does (counts of
 * overdue commitments, the Meetings rows, which the views redraw at midnight).
 */
export type MemoSpan = 'minute' | 'day';

/**
 * One small value per series that a surface shows (the next meeting, a Meetings row, This week's
 * entries, the open commitments), kept while what it was computed from holds: the series' files,
 * the vault's calendars and settings, the minute or the day (`VaultIndex.seriesValues` makes the
 * key). An edit of one note then recomputes one series, not the vault. Only the surface's result
 * is kept — never the series state, whose lineages are the bulk of it.
 */
export class SeriesMemo<T> {
  private readonly kept = new Map<string, { key: string; value: T }>();
  /** The index the kept values came from: another (a reload) starts its revisions afresh. */
  private owner: object | undefined;

  constructor(
    private readonly compute: (state: SeriesState) => T,
    readonly span: MemoSpan = 'minute',
  ) {}

  /** The value of series `id` under `key`: the kept one, else computed from `state()` and kept. */
  get(id: string, key: string, state: () => SeriesState): T {
    const kept = this.kept.get(id);
    if (kept && kept.key === key) return kept.value;
    const value = this.compute(state());
    this.kept.set(id, { key, value });
    return value;
  }

  /** Keeps values of `owner`'s series only, and of those in `ids` (a series gone is forgotten). */
  keepFor(owner: object, ids: readonly string[]): void {
    if (owner !== this.owner) {
      this.owner = owner;
      this.kept.clear();
      return;
    }
    if (this.kept.size <= ids.length) return;
    const live = new Set(ids);
    for (const id of [...this.kept.keys()]) if (!live.has(id)) this.kept.delete(id);
  }
}
