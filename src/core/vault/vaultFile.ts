import { parseNote } from '../../parsing/parseNote';
import { compactNote } from '../model/compactNote';
import { readMeetingNote } from '../model/meetingNote';
import type { MeetingNote, Profile } from '../model/model';
import { readProfile } from '../model/profile';
import type { Settings } from '../settings/settings';
import { slugify, type VaultFileKind } from './vaultPaths';

/** A file of the vault once read: a meeting note, a series' profile, or a template (kept by path only). */
export type VaultEntry = { kind: 'note'; note: MeetingNote } | { kind: 'profile'; profile: Profile } | { kind: 'template'; series?: string };

/**
 * Reads one file as the vault sees it, from where it lies (`classifyPath`, not `ignored`) and its
 * text: undefined when it is not part of the vault — a Markdown file outside a series folder is a
 * note only when its front matter says `type: 1x1` and names the person (SPEC §1). Notes and
 * profiles are kept compact (`compactNote`). `today` is the day a note without `status:` takes its
 * default status for (`StatusDay`).
 */
export function readVaultFile(file: string, place: Exclude<VaultFileKind, { kind: 'ignored' }>, text: string, settings: Settings, today: string): VaultEntry | undefined {
  if (place.kind === 'template') return { kind: 'template', series: place.series };
  // Most Markdown files of a workspace are not notes: a look at the top spares parsing them.
  if (place.kind === 'other-markdown' && !/^type:\s*["']?1x1/m.test(text.slice(0, 2000))) return undefined;
  const parsed = parseNote(text, { sections: settings.sections, keepHeadings: false, closedItemText: false });
  if (place.kind === 'profile') {
    const profile = readProfile(file, place.series, parsed);
    profile.parsed = compactNote(parsed);
    return { kind: 'profile', profile };
  }
  let series: string;
  if (place.kind === 'series-note') series = place.series;
  else {
    const data = parsed.frontMatter.data;
    const withName = typeof data.with === 'string' ? data.with : undefined;
    if (String(data.type ?? '').trim() !== '1x1' || !withName || slugify(withName) === '') return undefined;
    series = slugify(withName);
  }
  const note = readMeetingNote(file, series, parsed, today);
  note.parsed = compactNote(parsed);
  return { kind: 'note', note };
}
