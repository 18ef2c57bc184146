import type { LocalDateTime } from '../schedule/clock';
import { setFrontMatterValues } from './frontMatterEdit';
import type { TextEdit } from './textEdit';

/**
 * The `shared:` stamp (SPEC §3, §7): when the agenda was shared, as local `YYYY-MM-DDTHH:MM`.
 * One writer for the Share command and the `agenda-not-shared` quick fix, so both stamp alike.
 */
export function sharedStamp(now: LocalDateTime): string {
  return `${now.date}T${now.time}`;
}

/** The edits that set `shared:` to `now` in a note's front matter; undefined when its YAML is broken (nothing is touched then). */
export function stampSharedEdits(file: string, text: string, now: LocalDateTime): TextEdit[] | undefined {
  return setFrontMatterValues(file, text, { shared: sharedStamp(now) });
}
