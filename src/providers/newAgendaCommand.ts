import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { seriesForName } from '../core/agenda/agenda';
import { formatLongDate, WEEKDAY_NAMES } from '../core/schedule/calendarDate';
import { describeCadence } from '../core/model/profile';
import { upcomingMeetings } from '../core/schedule/schedule';
import { seriesName } from '../core/model/seriesState';
import { slugify } from '../core/vault/vaultPaths';
import { seriesIdOf } from '../vscode/commandTargets';
import { openOrCreateAgenda, type NewAgendaResult } from '../vscode/openAgenda';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import type { Feature } from './feature';

/**
 * "1x1: New 1x1 agenda" (SPEC §7): pick a person (or add one), then the next meeting's note is
 * created from the template and opened (`vscode/openAgenda.ts`).
 */


interface PersonPick extends vscode.QuickPickItem {
  series?: string;
  newPerson?: boolean;
}

export const newAgendaCommand: Feature = (context, { vault }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND_IDS.newAgenda, async (seriesArgument?: unknown): Promise<NewAgendaResult> => {
      if (!trustedOrExplain('create agendas')) return undefined;
      await vault.ready();
      const series = seriesIdOf(seriesArgument) ?? (await pickSeries(vault));
      if (!series) return undefined;
      return openOrCreateAgenda(vault, series);
    }),
  );
};

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
  // Shown as people write them ("Monday"), written into the profile as SPEC §2 spells them ("monday").
  const weekdays = WEEKDAY_NAMES.slice(1).concat(WEEKDAY_NAMES[0]).map((name) => ({ label: name[0].toUpperCase() + name.slice(1), name }));
  const day = (await vscode.window.showQuickPick(weekdays, { title: 'New person (4/5)', placeHolder: 'The weekday of the meeting' }))?.name;
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

