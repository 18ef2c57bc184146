import * as vscode from 'vscode';
import { formatLongDate } from '../core/schedule/calendarDate';
import type { MeetingNote } from '../core/model/model';
import { seriesName } from '../core/model/seriesState';
import type { WorkspaceVault } from './vault/workspaceVault';

/**
 * What a command acts on, from the argument it was given (a view node, a URI, a series id), and
 * how its messages name that meeting.
 */

/**
 * The note a command that acts on one note was given (mark held/canceled, share, export): a
 * Meetings view node (it has a `file`), a URI (explorer, editor title), or else the active
 * editor's document. Vault-relative, or undefined when there is none.
 */
export function noteFileOf(vault: WorkspaceVault, target: unknown): string | undefined {
  if (target instanceof vscode.Uri) return vault.fileOf(target);
  if (typeof target === 'object' && target !== null && 'file' in target) {
    const file = (target as { file: unknown }).file;
    return typeof file === 'string' ? file : undefined;
  }
  const document = vscode.window.activeTextEditor?.document;
  return document ? vault.fileOf(document.uri) : undefined;
}

/** The other person of a note's series; when the series cannot be read, the note's own `with:`, else the series id. */
export function personOfNote(vault: WorkspaceVault, note: MeetingNote): string {
  return seriesName(vault.index.seriesState(note.series) ?? { profile: undefined, notes: [note] }, note.series);
}

/** `the 1x1 with Dana Whitfield on Tue 24 Nov 2026`: how the commands' messages name the meeting a note is for. */
export function meetingOfNote(vault: WorkspaceVault, note: MeetingNote): string {
  return `the 1x1 with ${personOfNote(vault, note)}${note.date ? ` on ${formatLongDate(note.date)}` : ''}`;
}

/** The series a command was given: its id, or a Meetings view node (an inline action passes the node itself, which names its series). */
export function seriesIdOf(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  if (typeof argument === 'object' && argument !== null && 'series' in argument && typeof argument.series === 'string') return argument.series;
  return undefined;
}
