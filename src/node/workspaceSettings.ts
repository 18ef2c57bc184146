import * as fs from 'node:fs';
import * as path from 'node:path';
import { configuredValues, settingsWarnings, withDefaults, type Settings } from '../core/settings/settings';

/**
 * The CLI reads the same `oneOnOne.*` settings as the editor, from the workspace's
 * `.vscode/settings.json` next to the vault folder, so a pre-commit hook and the Problems panel
 * agree. The file is JSON with comments (JSONC), as VS Code writes it.
 */
/** `warnings` are one line each: a broken file, or a setting that is dropped or replaced by its default. */
export function readWorkspaceSettings(root: string, folderName: string): { settings: Settings; warnings: string[] } {
  const file = path.join(root, '.vscode', 'settings.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { settings: withDefaults({ folder: folderName }), warnings: [] };
  }
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(stripJsonComments(text)) as Record<string, unknown>;
  } catch (e) {
    return { settings: withDefaults({ folder: folderName }), warnings: [`.vscode/settings.json is not valid JSON (${(e as Error).message}); using the default settings`] };
  }
  const written: Record<string, unknown> = {};
  const nested = data.oneOnOne;
  if (nested && typeof nested === 'object') Object.assign(written, nested);
  for (const [key, value] of Object.entries(data)) if (key.startsWith('oneOnOne.')) written[key.slice('oneOnOne.'.length)] = value;
  // The keys the editor reads too (`configuredValues`): editor-only ones such as itemDecorations are left out.
  const partial = configuredValues((key) => written[key]);
  // The folder is the one given, whatever the file says: its `folder` is not checked here.
  const { folder: _folder, ...checked } = partial;
  return { settings: withDefaults({ ...partial, folder: folderName } as Partial<Settings>), warnings: settingsWarnings(checked).map((w) => `.vscode/settings.json: ${w}`) };
}

/** Removes line and block comments and trailing commas outside strings. */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}
