import * as vscode from 'vscode';
import { seriesForName } from '../core/agenda/agenda';
import { filesToReadForNextAgenda, prepareNextAgenda } from '../core/agenda/nextAgendaFlow';
import type { ItemRef } from '../core/model/model';
import { formatLongDate, WEEKDAY_NAMES } from '../core/schedule/calendarDate';
import { describeCadence } from '../core/model/profile';
import { upcomingMeetings } from '../core/schedule/schedule';
import { seriesName } from '../core/model/seriesState';
import type { SectionDefinition } from '../core/settings/settings';
import { parseNote } from '../parsing/parseNote';
import { slugify } from '../core/vault/vaultPaths';
import type { WorkspaceVault } from './workspaceVault';
import { workspaceEditOf } from './workspaceEdits';
import { trustedOrExplain } from './workspaceTrust';

/**
 * "1x1: New 1x1 agenda" (SPEC §7): pick a person (or add one), then the next meeting's note is
 * created from the template with the carried items and opened, the cursor in the first section to
 * fill in. The new note and the `[>]` markers in the previous note are one `WorkspaceEdit`, so
 * one undo takes both back; a note that exists for that date is opened, never overwritten.
 */

export const NEW_AGENDA_COMMAND = 'oneOnOne.newAgenda';

/** What the command did, for its callers and the tests. */
export type NewAgendaResult = { kind: 'created' | 'opened'; file: string } | undefined;

interface PersonPick extends vscode.QuickPickItem {
  series?: string;
  newPerson?: boolean;
}

/** The series a command was given: its id, or a Meetings view node (an inline action passes the node itself, which names its series). */
export function seriesIdOf(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  if (typeof argument === 'object' && argument !== null && 'series' in argument && typeof argument.series === 'string') return argument.series;
  return undefined;
}

export function registerNewAgendaCommand(vault: WorkspaceVault): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_AGENDA_COMMAND, async (seriesArgument?: unknown): Promise<NewAgendaResult> => {
    if (!trustedOrExplain('create agendas')) return undefined;
    await vault.ready();
    const series = seriesIdOf(seriesArgument) ?? (await pickSeries(vault));
    if (!series) return undefined;
    return openOrCreateAgenda(vault, series);
  });
}

async function pickSeries(vault: WorkspaceVault): Promise<string | undefined> {
  const now = vault.clock.now();
  const items: PersonPick[] = vault.index.seriesIds().map((id) => {
    const state = vault.index.seriesState(id)!;
    const next = upcomingMeetings(state, now, 1)[0];
    const name = seriesName(state, id);
    const cadence = state.cadence ? `${describeCadence(state.cadence.cadence)}${state.cadence.inferred ? ' (inferred)' : ''}` : 'no cadence yet';
    return {
      label: name,
      description: next ? `next: ${formatLongDate(next.date)}${next.note ? ' — agenda exists' : ''}` : 'next: today',
      detail: `${state.role === 'manager' ? 'my manager' : 'reports to me'} · ${cadence}`,
      series: id,
    };
  });
  items.push({ label: '$(add) New person…', newPerson: true, alwaysShow: true });
  const picked = await vscode.window.showQuickPick(items, { title: 'New 1x1 agenda', placeHolder: 'Whose 1x1?', matchOnDescription: true });
  if (!picked) return undefined;
  return picked.newPerson ? createPerson(vault) : picked.series;
}

/** Asks name, role, cadence, day and time, and writes `profile.md` (SPEC §2). */
async function createPerson(vault: WorkspaceVault): Promise<string | undefined> {
  const known = new Set(vault.index.seriesIds());
  const name = await vscode.window.showInputBox({
    title: 'New person (1/5)',
    prompt: 'Their name, as the notes should say it',
    validateInput: (value) => {
      const slug = slugify(value);
      if (value.trim() === '' || slug === '') return 'A name with at least one letter or digit';
      if (known.has(slug)) return `There is a series "${slug}" already`;
      const match = seriesForName(vault.index.seriesStates(), value);
      return match.kind === 'found' || match.kind === 'ambiguous' ? `${value.trim()} has a series already (${match.kind === 'found' ? match.id : match.ids.join(', ')}): pick it instead` : undefined;
    },
  });
  if (!name) return undefined;
  const role = await vscode.window.showQuickPick(
    [
      { label: 'manager', description: 'they are my manager — I set the agenda' },
      { label: 'report', description: 'they report to me' },
    ],
    { title: 'New person (2/5)', placeHolder: 'Their role' },
  );
  if (!role) return undefined;
  const cadence = await vscode.window.showQuickPick(['weekly', 'biweekly', 'monthly', 'every 3 weeks', 'every 4 weeks'], { title: 'New person (3/5)', placeHolder: 'How often you meet' });
  if (!cadence) return undefined;
  const day = await vscode.window.showQuickPick(WEEKDAY_NAMES.slice(1).concat(WEEKDAY_NAMES[0]), { title: 'New person (4/5)', placeHolder: 'The weekday of the meeting' });
  if (!day) return undefined;
  const time = await vscode.window.showInputBox({
    title: 'New person (5/5)',
    prompt: 'The time of the meeting, 24 h',
    value: '10:00',
    validateInput: (value) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(value.trim()) ? undefined : 'Write it as HH:MM, e.g. 09:30'),
  });
  if (!time) return undefined;
  const id = slugify(name);
  const since = vault.clock.now().date;
  const profile = ['---', `with: ${name.trim()}`, `role: ${role.label}`, `cadence: ${cadence}`, `day: ${day}`, `time: "${time.trim()}"`, 'duration: 30', `since: ${since}`, '---', '', `How ${name.trim().split(/\s+/)[0]} likes to receive information, what they care about:`, ''].join('\n');
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(vault.uriOf(`${vault.index.settings.folder}/${id}/profile.md`), { contents: new TextEncoder().encode(profile) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`1x1: could not create ${vault.index.settings.folder}/${id}/profile.md (does it exist already?)`);
    return undefined;
  }
  vault.index.setFile(`${vault.index.settings.folder}/${id}/profile.md`, profile);
  return id;
}

export async function openOrCreateAgenda(vault: WorkspaceVault, seriesName: string): Promise<NewAgendaResult> {
  const settings = vault.index.settings;
  const now = vault.clock.now();
  // The flow reads synchronously: the files it will ask for are read first (open editors win).
  const texts = new Map<string, string | undefined>();
  for (const file of filesToReadForNextAgenda(vault.index, now, seriesName)) texts.set(file, await vault.readText(file));
  const step = prepareNextAgenda(
    {
      index: vault.index,
      now,
      skipped: vault.skippedFiles(),
      read: (file) => {
        const text = texts.get(file);
        // Not read before (the notes changed in between) or not there: the flow then refuses or skips it.
        return text === undefined ? { kind: 'missing' } : { kind: 'text', text };
      },
    },
    seriesName,
  );
  if (step.kind === 'exists') {
    await vscode.window.showTextDocument(vault.uriOf(step.file));
    void vscode.window.showInformationMessage(`1x1: the agenda for ${formatLongDate(step.date)} exists; opened it.`);
    return { kind: 'opened', file: step.file };
  }
  if (step.kind === 'refused') {
    void vscode.window.showErrorMessage(`1x1: ${step.message.replace(/run new again/, 'try again')}`);
    return undefined;
  }
  const { agenda, plan } = step;

  const edit = new vscode.WorkspaceEdit();
  const target = vault.uriOf(agenda.file);
  // Neither `overwrite` nor `ignoreIfExists`: a file that appeared meanwhile makes the edit fail.
  edit.createFile(target, { contents: new TextEncoder().encode(agenda.text) }, { label: 'New 1x1 agenda', needsConfirmation: false });
  // Every note an item was carried from, in the same edit: one undo takes it all back.
  workspaceEditOf(vault, agenda.previousEdits, edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`1x1: ${agenda.file} could not be created (a file is there already?); nothing was changed.`);
    return undefined;
  }
  vault.index.setFile(agenda.file, agenda.text);
  const editor = await vscode.window.showTextDocument(target);
  const cursor = firstLineToFill(editor.document, settings.sections);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor));
  const fromDates = plan.sources.filter((n) => agenda.carriedFrom.includes(n.file)).map((n) => formatLongDate(n.date!));
  const carried = agenda.carried === 0 ? 'nothing to carry' : `${agenda.carried} item${agenda.carried === 1 ? '' : 's'} carried from ${fromDates.join(' and ')}`;
  void vscode.window.showInformationMessage(`1x1: agenda for ${formatLongDate(agenda.date)} — ${carried}.`);
  announceDropped(vault, step.dropped);
  return { kind: 'created', file: agenda.file };
}

/** Dropped commitments are named, not carried (SPEC §8): "Show" opens the first one. */
function announceDropped(vault: WorkspaceVault, dropped: readonly ItemRef[]): void {
  if (dropped.length === 0) return;
  const n = dropped.length;
  void vscode.window.showWarningMessage(`1x1: ${n} dropped commitment${n === 1 ? ' was' : 's were'} not carried (see the Problems panel).`, 'Show').then(async (choice) => {
    if (choice !== 'Show') return;
    const first = dropped[0];
    const position = new vscode.Position(first.item.line, first.item.column);
    await vscode.window.showTextDocument(vault.uriOf(first.note.file), { selection: new vscode.Range(position, position) });
  });
}

/** Where the user starts writing: the first empty section other than the carried action items; else the end. */
function firstLineToFill(document: vscode.TextDocument, sections: readonly SectionDefinition[]): vscode.Position {
  const empty = parseNote(document.getText(), { sections }).sections.find((s) => s.key !== 'action-items' && !s.hasContent);
  return empty ? new vscode.Position(Math.min(empty.line + 1, document.lineCount - 1), 0) : new vscode.Position(document.lineCount - 1, 0);
}
