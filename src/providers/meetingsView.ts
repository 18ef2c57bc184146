import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { formatLongDate } from '../core/schedule/calendarDate';
import { meetingsOverview, type MeetingEntry, type SeriesOverview } from '../core/views/meetingsView';
import type { MeetingStatus } from '../core/model/model';
import { relativeDay } from '../core/views/relativeDay';
import type { Finding } from '../core/rules/finding';
import { VaultTreeProvider } from '../vscode/vaultTreeProvider';
import { SeriesMemo } from '../core/vault/seriesMemo';
import { comparePersonNames } from '../core/text/personOrder';
import { compareStrings } from '../core/text/stringOrder';
import type { Feature } from './feature';

/**
 * The Meetings view: one node per person (series), and under it the meetings to come — written or
 * only scheduled — then the notes before them, newest first. Everything comes from the vault
 * index (`meetingsOverview`), which follows files and unsaved editors; the view refreshes when the
 * vault says it changed. Only the first workspace folder is read, as the vault is.
 */

export interface SeriesNode {
  kind: 'series';
  /** The series id (its folder's name); `oneOnOne.newAgenda` reads it from the node. */
  series: string;
  overview: SeriesOverview;
}

export interface MeetingNode {
  kind: 'meeting';
  series: string;
  entry: MeetingEntry;
  /** True for the meetings to come (shown before the past ones). */
  upcoming: boolean;
  /** The note (vault-relative), when one is written; `oneOnOne.markHeld` reads it from the node. */
  file: string | undefined;
  today: string;
}

export type MeetingsNode = SeriesNode | MeetingNode;

const STATUS_ICONS: Record<MeetingStatus, vscode.ThemeIcon> = {
  held: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  canceled: new vscode.ThemeIcon('circle-slash'),
  rescheduled: new vscode.ThemeIcon('history'),
  planned: new vscode.ThemeIcon('calendar'),
};
/** A meeting only the schedule knows of: no note yet. */
const SCHEDULED_ICON = new vscode.ThemeIcon('calendar', new vscode.ThemeColor('disabledForeground'));
/** A planned note whose meeting is over: its status wants updating. */
const STALE_PLANNED_ICON = new vscode.ThemeIcon('calendar', new vscode.ThemeColor('list.warningForeground'));

const ROLE_TEXT: Record<SeriesOverview['role'], string> = {
  manager: 'my manager — I set the agenda',
  report: 'reports to me',
};

/** The Meetings view: its tree, redrawn when the vault changes and on "Refresh". */
export const meetingsView: Feature = (context, { vault, onDidRequestRefresh }) => {
  const meetingsTree = new MeetingsTreeProvider(vault);
  context.subscriptions.push(
    meetingsTree,
    vscode.window.createTreeView('oneOnOne.meetings', { treeDataProvider: meetingsTree, showCollapseAll: true }),
    onDidRequestRefresh(() => meetingsTree.refresh()),
  );
  return { meetingsTree };
};

export class MeetingsTreeProvider extends VaultTreeProvider<MeetingsNode> {
  /**
   * Each series' row, recomputed for the series an edit touched: by the day, as the view is
   * redrawn (a meeting that began an hour ago moves to the past at midnight, or when its series changes).
   */
  private readonly overviews = new SeriesMemo((state) => meetingsOverview(state), 'day');

  async getChildren(node?: MeetingsNode): Promise<MeetingsNode[]> {
    if (!node) {
      // The people and their next meetings appear after the first pass of a cold start; the rest of
      // each history follows with the full read (a refresh of its own).
      await this.vault.firstShown();
      return this.people();
    }
    if (node.kind === 'meeting') return [];
    const today = this.vault.clock.now().date;
    const { upcoming, past } = node.overview;
    return [
      ...upcoming.map((entry): MeetingNode => ({ kind: 'meeting', series: node.series, entry, upcoming: true, file: entry.note?.file, today })),
      ...past.map((entry): MeetingNode => ({ kind: 'meeting', series: node.series, entry, upcoming: false, file: entry.note?.file, today })),
    ];
  }

  getTreeItem(node: MeetingsNode): vscode.TreeItem {
    return node.kind === 'series' ? this.personItem(node.overview) : this.meetingItem(node);
  }

  private people(): SeriesNode[] {
    const nodes = this.vault.index.seriesValues(this.overviews).map((overview): SeriesNode => ({ kind: 'series', series: overview.id, overview }));
    return nodes.sort((a, b) => comparePersonNames(a.overview.name, b.overview.name) || compareStrings(a.series, b.series));
  }

  private personItem(o: SeriesOverview): vscode.TreeItem {
    const item = new vscode.TreeItem(o.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `series:${o.id}`;
    item.iconPath = new vscode.ThemeIcon('person');
    item.description = `${o.role} · ${cadenceText(o)}`;
    item.contextValue = 'oneOnOne.series';
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**').appendText(o.name).appendMarkdown('**\n\n');
    tooltip.appendText(`${ROLE_TEXT[o.role]} · meets ${cadenceText(o)}`).appendMarkdown('\n\n');
    const next = o.upcoming.find((m) => m.status === 'planned');
    if (next) tooltip.appendText(`Next: ${formatLongDate(next.date)}${next.time ? `, ${next.time}` : ''}${next.note ? '' : ' (no agenda yet)'}`).appendMarkdown('\n\n');
    tooltip.appendText(`Open commitments: ${o.open}${o.overdue ? `, ${o.overdue} overdue` : ''}`);
    item.tooltip = tooltip;
    return item;
  }

  private meetingItem(node: MeetingNode): vscode.TreeItem {
    const { entry, today } = node;
    const item = new vscode.TreeItem(formatLongDate(entry.date), vscode.TreeItemCollapsibleState.None);
    item.id = `meeting:${node.series}:${entry.note ? entry.note.file : entry.date}`;
    const when = node.upcoming && entry.time ? `${relativeDay(entry.date, today)}, ${entry.time}` : relativeDay(entry.date, today);
    const parts = [when];
    // Two notes on one date: the file name and the status tell them apart, first.
    if (entry.sameDayFileName) parts.unshift(entry.sameDayFileName, entry.status);
    else if (!entry.note) parts.push('no agenda yet');
    else if (entry.status === 'canceled' || entry.status === 'rescheduled') parts.push(entry.status);
    if (entry.open) parts.push(`${entry.open} open`);
    if (entry.overdue) parts.push(`${entry.overdue} overdue`);
    item.description = parts.join(' · ');
    item.tooltip = meetingTooltip(node, entry.note ? this.vault.index.findingsForFile(entry.note.file) : []);
    if (entry.note) {
      const uri = this.vault.uriOf(entry.note.file);
      // The file's decorations (problems, source control) show on the row.
      item.resourceUri = uri;
      item.iconPath = entry.status === 'planned' && !node.upcoming ? STALE_PLANNED_ICON : STATUS_ICONS[entry.status];
      item.command = { command: 'vscode.open', title: 'Open note', arguments: [uri] };
      item.contextValue = `oneOnOne.note.${entry.status}`;
    } else {
      item.iconPath = SCHEDULED_ICON;
      if (entry.writable) {
        item.command = { command: COMMAND_IDS.newAgenda, title: 'Write the agenda', arguments: [node.series] };
        item.contextValue = 'oneOnOne.upcoming';
      } else item.contextValue = 'oneOnOne.scheduled';
    }
    return item;
  }
}

function cadenceText(o: SeriesOverview): string {
  if (!o.cadence) return 'no cadence yet';
  return o.cadenceInferred ? `${o.cadence} (inferred)` : o.cadence;
}

/**
 * The note's row shows a count of its errors and warnings (VS Code's problem decoration of the
 * file): the tooltip says what they are, so a red "1" is never a riddle.
 */
function meetingTooltip(node: MeetingNode, findings: readonly Finding[]): vscode.MarkdownString {
  const { entry, today } = node;
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(`${formatLongDate(entry.date)}${entry.time ? `, ${entry.time}` : ''}`).appendMarkdown('**');
  md.appendText(` (${relativeDay(entry.date, today)})`).appendMarkdown('\n\n');
  if (!entry.note) {
    md.appendText(entry.writable ? 'No agenda yet: click to write it.' : 'Scheduled; no agenda yet. The next agenda to write is the one for the meeting before it.');
    return md;
  }
  let status = `Status: ${entry.status}`;
  if (entry.status === 'rescheduled' && entry.note.movedTo) status += `, moved to ${formatLongDate(entry.note.movedTo)}`;
  if (entry.status === 'planned' && !node.upcoming) status += ' — the meeting is over: mark it held or canceled';
  if (entry.note.date !== undefined && entry.note.date !== entry.date) status += ` — the note is dated ${formatLongDate(entry.note.date)}: the calendar moved the meeting`;
  md.appendText(status).appendMarkdown('\n\n');
  md.appendText(`Commitments open here: ${entry.open}${entry.overdue ? `, ${entry.overdue} overdue` : ''}`).appendMarkdown('\n\n');
  for (const line of findingLines(findings)) md.appendText(line).appendMarkdown('\n\n');
  md.appendText(entry.note.file);
  return md;
}

/** A tooltip is no list: the Problems panel has them all. */
const PROBLEMS_SHOWN = 5;
const COUNTED: readonly Finding['severity'][] = ['error', 'warning'];

/** `Problems (2):`, one line per error or warning (`Error: … (invalid-date)`), then how many infos and hints. */
function findingLines(findings: readonly Finding[]): string[] {
  const counted = findings.filter((f) => COUNTED.includes(f.severity));
  const lines: string[] = [];
  if (counted.length > 0) {
    lines.push(`Problems (${counted.length}):`);
    for (const f of counted.slice(0, PROBLEMS_SHOWN)) lines.push(`${f.severity === 'error' ? 'Error' : 'Warning'}, line ${f.range.start.line + 1}: ${f.message} (${f.rule})`);
    if (counted.length > PROBLEMS_SHOWN) lines.push(`… and ${counted.length - PROBLEMS_SHOWN} more in the Problems panel`);
  }
  const others = findings.length - counted.length;
  if (others > 0) lines.push(`${others} ${others === 1 ? 'suggestion' : 'suggestions'} in the note (info)`);
  return lines;
}
