import * as vscode from 'vscode';
import { noteUri as runtimeNoteUri, removeNotes, writeNotes } from './runtimeNotes';

/**
 * The series the editor-surface suites (hover, CodeLens, decorations, completion) work on, written
 * at run time (`runtimeNotes.ts`) and removed afterwards: Erin, my manager, weekly on
 * Tuesdays at 10:00; with the runner's clock (Mon 23 Nov 2026 17:30) the agenda of Tue 24 Nov was
 * due to be shared at 17:00 today. "Draft the onboarding guide" was raised on 10 Nov, carried into
 * 17 Nov and 24 Nov (2×: stale) and was due on 18 Nov (5 days overdue).
 */

export const SERIES = 'zz-editor';
export const FOLDER = `1on1/${SERIES}`;

const FILES: Record<string, string> = {
  'profile.md': ['---', 'with: Erin Editor', 'role: manager', 'cadence: weekly', 'day: tuesday', 'time: "10:00"', 'since: 2026-09-01', '---', 'Likes short updates.', ''].join('\n'),
  '2026-11-10.md': [
    '---',
    'with: Erin Editor',
    'date: 2026-11-10',
    '---',
    '# 1x1 with Erin — Tue 10 Nov 2026',
    '',
    '## Commitments',
    '- [>] Draft the onboarding guide 📅 2026-11-18 ^zzonb',
    '',
  ].join('\n'),
  '2026-11-17.md': [
    '---',
    'with: Erin Editor',
    'date: 2026-11-17',
    '---',
    '# 1x1 with Erin — Tue 17 Nov 2026',
    '',
    '## Action items from last time',
    '- [>] Draft the onboarding guide 📅 2026-11-18 ^zzonb',
    '- [x] Send the Q4 forecast ✅ 2026-11-16',
    '',
  ].join('\n'),
  '2026-11-24.md': [
    '---',
    'with: Erin Editor',
    'date: 2026-11-24',
    '---',
    '# 1x1 with Erin — Tue 24 Nov 2026',
    '',
    '## Action items from last time',
    '- [ ] Draft the onboarding guide 📅 2026-11-18 ^zzonb',
    '',
    '## Roadblocks',
    '- Waiting for access to the billing dashboard',
    '',
    '## Commitments',
    '- [ ] Book the security review 📅 2026-11-28',
    '- [ ] Introduce me to the data team @erin',
    '',
  ].join('\n'),
};

export function noteUri(name: string): vscode.Uri {
  return runtimeNoteUri(FOLDER, name);
}

export function createEditorNotes(): Promise<void> {
  return writeNotes(FOLDER, FILES);
}

export function removeEditorNotes(): Promise<void> {
  return removeNotes(FOLDER);
}

/** The 0-based line of the first line of `document` containing `needle`. */
export function lineWith(document: vscode.TextDocument, needle: string): number {
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.includes(needle)) return line;
  throw new Error(`"${needle}" is not in ${document.uri.path}`);
}
