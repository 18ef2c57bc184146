import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { formatLongDate, formatShortDate } from '../core/schedule/calendarDate';
import { agendaLate, meetingWhen, nextMeetingOf, soonestMeeting, soonestOf, type NextMeeting } from '../core/views/nextMeeting';
import { SeriesMemo } from '../core/vault/seriesMemo';
import { firstName } from '../core/model/personName';
import { relativeDay } from '../core/views/relativeDay';
import { seriesIdOf } from '../vscode/commandTargets';
import { openOrCreateAgenda, type NewAgendaResult } from '../vscode/openAgenda';
import { trustedOrExplain } from '../vscode/workspaceTrust';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * The status bar item for the next 1x1 across the vault ("$(calendar) 1x1 Dana · Tue 10:00"),
 * on the warning background once the agenda for my manager is late (its share-by deadline has
 * passed and it is not shared). A click opens that meeting's agenda, or writes it.
 */


/** The item and the command its click runs; redrawn when the vault changes, the minute turns, and on "Refresh". */
export const statusBar: Feature = (context, { vault, onDidRequestRefresh }) => {
  const item = new NextMeetingStatusBar(vault);
  context.subscriptions.push(item, openNextAgenda(vault), onDidRequestRefresh(() => item.update()));
  return { statusBar: item };
};

export class NextMeetingStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('oneOnOne.nextMeeting', vscode.StatusBarAlignment.Left, 10);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired after the item was redrawn. */
  readonly onDidUpdate = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.item, this.changed];
  private shown = false;
  /** Each series' next meeting, recomputed for the series an edit touched (and every minute). */
  private readonly nextMeetings = new SeriesMemo(nextMeetingOf, 'minute');

  constructor(private readonly vault: WorkspaceVault) {
    this.item.name = '1x1: next meeting';
    this.item.command = COMMAND_IDS.openNextAgenda;
    this.subscriptions.push(vault.onDidChange(() => this.update()));
    void vault.firstShown().then(() => this.update());
    this.subscriptions.push(vault.onDidChangeTime(() => this.update()));
  }

  update(): void {
    const now = this.vault.clock.now();
    const nextMeetings = this.vault.index.seriesValues(this.nextMeetings);
    this.shown = nextMeetings.length > 0;
    if (!this.shown) this.item.hide();
    else {
      const next = soonestOf(nextMeetings);
      this.item.text = next ? `$(calendar) 1x1 ${firstName(next.name)} · ${meetingWhen(next.date, next.time, now)}` : '$(calendar) 1x1';
      this.item.tooltip = tooltipOf(next, now.date);
      this.item.backgroundColor = next && agendaLate(next) ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.show();
    }
    this.changed.fire();
  }

  /** Whether the item is shown (VS Code cannot say). */
  get visible(): boolean {
    return this.shown;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * `oneOnOne.openNextAgenda`: with a series id (or a node naming its series), that series' next
 * meeting, else the soonest of the vault. Opens its note when written, else writes the agenda
 * (New 1x1 agenda for that series); with no series at all, New 1x1 agenda asks whose.
 */
function openNextAgenda(vault: WorkspaceVault): vscode.Disposable {
  return vscode.commands.registerCommand(COMMAND_IDS.openNextAgenda, async (target?: unknown): Promise<NewAgendaResult> => {
    await vault.ready();
    const series = seriesIdOf(target);
    const state = series !== undefined ? vault.index.seriesState(series) : undefined;
    const next = state ? nextMeetingOf(state) : series === undefined ? soonestMeeting(vault.index.seriesStates()) : undefined;
    if (next?.note) {
      await vscode.window.showTextDocument(vault.uriOf(next.note.file));
      return { kind: 'opened', file: next.note.file };
    }
    const id = next?.series ?? series;
    if (id === undefined) return vscode.commands.executeCommand<NewAgendaResult>(COMMAND_IDS.newAgenda);
    if (!trustedOrExplain('create agendas')) return undefined;
    return openOrCreateAgenda(vault, id);
  });
}

function tooltipOf(next: NextMeeting | undefined, today: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  if (!next) {
    md.appendText('No 1x1 scheduled: no profile gives a cadence and no agenda is planned. Click to write one.');
    return md;
  }
  md.appendMarkdown('**').appendText(`Next 1x1: ${next.name}`).appendMarkdown('**\n\n');
  md.appendText(`${formatLongDate(next.date)}${next.time ? `, ${next.time}` : ''} (${relativeDay(next.date, today)})`).appendMarkdown('\n\n');
  md.appendText(next.note ? `Agenda: ${next.note.file}` : 'No agenda yet.').appendMarkdown('\n\n');
  if (next.share) {
    const by = `${next.share.time} on ${formatShortDate(next.share.date)}`;
    if (next.share.shared !== undefined) md.appendText(`Shared ${next.share.shared.replace('T', ' ')} (share by ${by}).`);
    else md.appendText(next.share.passed ? `Share by ${by}: the deadline has passed — share it now.` : `Share by ${by}.`);
    md.appendMarkdown('\n\n');
  }
  md.appendText(next.note ? 'Click to open the agenda.' : 'Click to write the agenda.');
  return md;
}
