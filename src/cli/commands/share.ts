import * as fs from 'node:fs';
import * as path from 'node:path';
import { shareableAgenda } from '../../core/render/shareableAgenda';
import type { Settings } from '../../core/settings/settings';
import { dateFromFileName, slugify } from '../../core/vault/vaultPaths';
import { shareReaders, type ShareReaders } from '../../core/render/personWords';
import { readProfile } from '../../core/model/profile';
import { stringValue } from '../../core/model/meetingNote';
import { readNoteFile } from '../../node/noteFile';
import { readWorkspaceSettings } from '../../node/workspaceSettings';
import { parseNote } from '../../parsing/parseNote';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs } from '../options';

/**
 * `one-on-one share <note>`: prints the agenda as the Share command copies it (SPEC §7) — no front
 * matter, no block ids, no `private` section, no empty section, dates and handles in words;
 * `--today`/`--now` stand in for the date of a note that says none — for a pipe (`| pbcopy`, `| mail`). It does not
 * stamp `shared:`: the CLI writes nothing but the notes `new` makes. A missing file, or a file
 * that is not a meeting note, is exit 2 with the reason on stderr.
 */
export function runShare(args: ParsedArgs, io: CliIO): ExitCode {
  if (args.positional.length !== 1) throw new UsageError('share needs exactly one note, e.g. `one-on-one share 1on1/dana/2026-11-24.md`');
  const given = args.positional[0];
  const file = path.resolve(io.cwd, given);
  const refuse = (reason: string): ExitCode => {
    io.err(`one-on-one: ${given}: ${reason}\n`);
    return 2;
  };
  if (!fs.existsSync(file)) return refuse('no such file');
  const name = path.basename(file).toLowerCase();
  if (!name.endsWith('.md')) return refuse('not a Markdown note (a meeting note is a .md file)');
  if (name === 'profile.md' || name === 'template.md') return refuse(`a ${name.slice(0, -3)}, not a meeting note`);
  const read = readNoteFile(file);
  if (read.kind === 'skipped') return refuse(read.reason);
  if (!looksLikeMeetingNote(file, read.text)) return refuse('not a 1x1 meeting note: no `date:` or `type: 1x1` in its front matter and no YYYY-MM-DD in its name');
  const settings = settingsNear(file, io);
  const today = clockFromArgs(args, io).now().date;
  const text = shareableAgenda(read.text, { ...readersOf(file, read.text, settings.me, today), sections: settings.sections });
  if (text === '') io.err(`one-on-one: ${given}: the agenda has nothing written in it yet (only empty sections, front matter or a Private section)\n`);
  io.out(text);
  return 0;
}

/**
 * Whose agenda it is, as the editor's vault would say: a note elsewhere with `type: 1x1` belongs
 * to the slug of its `with:`, any other to its folder; the name is the note's `with:`, else its
 * folder's profile's, else the series id.
 */
function readersOf(file: string, text: string, me: string, today: string): ShareReaders {
  const data = parseNote(text, { keepHeadings: false }).frontMatter.data;
  const folder = path.basename(path.dirname(file));
  const profile = path.join(path.dirname(file), 'profile.md');
  const read = fs.existsSync(profile) ? readNoteFile(profile) : undefined;
  const profileParsed = read?.kind === 'skipped' || !read ? undefined : parseNote(read.text, { keepHeadings: false });
  const profileName = profileParsed && stringValue(profileParsed.frontMatter.data.with);
  const withName = stringValue(data.with);
  const series = data.type === '1x1' && withName ? slugify(withName) : folder;
  // The profile's aliases count only for the notes of its folder's series (SPEC §10).
  const aliases = profileParsed && series === folder ? readProfile(profile, series, profileParsed).aliases : undefined;
  return shareReaders(series, withName ?? profileName ?? series, me, today, { aliases });
}

/** A meeting note says so by its date (front matter or file name, SPEC §3) or by `type: 1x1`. */
function looksLikeMeetingNote(file: string, text: string): boolean {
  const data = parseNote(text, { keepHeadings: false }).frontMatter.data;
  return data.date !== undefined || data.with !== undefined || data.type === '1x1' || dateFromFileName(file.split(path.sep).join('/')) !== undefined;
}

/**
 * The sections (which one is `private`) from the nearest `.vscode/settings.json` above the note,
 * as the editor would read them for the workspace that holds it; the defaults when there is none.
 */
function settingsNear(file: string, io: CliIO): Settings {
  let dir = path.dirname(file);
  for (;;) {
    const parent = path.dirname(dir);
    if (fs.existsSync(path.join(dir, '.vscode', 'settings.json')) || parent === dir) {
      const { settings, warnings } = readWorkspaceSettings(dir, path.basename(path.dirname(file)));
      for (const warning of warnings) io.err(`one-on-one: ${warning}\n`);
      return settings;
    }
    dir = parent;
  }
}
