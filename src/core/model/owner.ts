import type { Profile } from './model';

/**
 * Who owes a commitment, seen from one series (SPEC §10): **theirs** when its `@owner` is the
 * series id, the first word of `with`, or one of the profile's `aliases:`; **mine** when it has no
 * owner or its owner is `oneOnOne.me`; **others'** otherwise (`@finance`). Every count and list
 * that splits commitments by side asks here, so they agree.
 *
 * Edges, as decided (docs/decisions.md):
 * - Every comparison ignores case (`@Dana`, `@DANA` and `@dana` are one handle), and a handle
 *   written with its `@` in `aliases:` or `oneOnOne.me` counts without it.
 * - `@me` is always mine, whatever `oneOnOne.me` says (its default is `me`, so unset is the same).
 * - A handle that is both theirs and mine (`oneOnOne.me: dana` in Dana's series) is theirs: in
 *   their series, their name means them.
 */

export type Side = 'mine' | 'theirs' | 'others';

/** The order sides are shown in: mine first (SPEC §10). */
export const SIDES: readonly Side[] = ['mine', 'theirs', 'others'];

/** The handles that mean the other person of one series, and the one that means me. */
export interface OwnerHandles {
  /** Lowercase handles without `@`. */
  theirs: ReadonlySet<string>;
  me: string;
}

/** What `ownerHandles` needs of a series: its id, the person's name, the profile's aliases. */
export interface SeriesPeople {
  id: string;
  /** The other person's display name (`seriesName`), when known. */
  name: string | undefined;
  profile: Pick<Profile, 'aliases'> | undefined;
}

export function ownerHandles(series: SeriesPeople, me: string): OwnerHandles {
  const theirs = new Set<string>([normalHandle(series.id)]);
  const first = series.name?.trim().split(/\s+/)[0];
  if (first) theirs.add(normalHandle(first));
  for (const alias of series.profile?.aliases ?? []) theirs.add(normalHandle(alias));
  theirs.delete('');
  return { theirs, me: normalHandle(me) };
}

/** The handles of one series as its state knows them: its id, its person's name, its profile's aliases, and `oneOnOne.me`. */
export function seriesOwnerHandles(state: { id: string; profile: Pick<Profile, 'aliases'> | undefined; settings: { me: string } }, name: string | undefined): OwnerHandles {
  return ownerHandles({ id: state.id, name, profile: state.profile }, state.settings.me);
}

/** The side of an item whose `@owner` is `owner` (undefined: no owner written). */
export function sideOf(owner: string | undefined, handles: OwnerHandles): Side {
  if (owner === undefined) return 'mine';
  const handle = normalHandle(owner);
  if (handles.theirs.has(handle)) return 'theirs';
  if (handle === handles.me || handle === 'me' || handle === '') return 'mine';
  return 'others';
}

/** `@Dana` → `dana`. */
export function normalHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}
