import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { formatLongDate, formatShortDateFrom } from '../core/schedule/calendarDate';
import { topicTitle } from '../core/schedule/rotation';
import { ATTENTION_WORDS, attentionText, seriesWeekAhead, weekOfSeries, weekOrder, type AttentionCode, type WeekMeeting } from '../core/views/week';
import { SeriesMemo } from '../core/vault/seriesMemo';
import { relativeDay } from '../core/views/relativeDay';
import { priorityWithWeeks } from '../core/views/priorityThreads';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import { VaultTreeProvider } from '../vscode/vaultTreeProvider';
import type { Feature } from './feature';

/**
 * The This week view (SPEC §11): every meeting of the next seven days (`core/views/week`), in the
 * order `one-on-one week` prints them — those that need me first, each group earliest first —
 * with the icon of its most urgent attention code, and under it each code as an icon and words
 * (a narrow sidebar cuts a long description; a row per code is read at a glance). A click prepares for
 * the meeting (the brief beside its note); a meeting whose agenda is the next to write has "New
 * 1x1 agenda" inline. The codes turn on deadlines hours away, so the view is redrawn every minute
 * the clock moves, not only at midnight as the other views.
 */

export interface WeekMeetingNode {
  kind: 'meeting';
  /** The series id; `oneOnOne.prepare` and `oneOnOne.newAgenda` read it from the node. */
  series: string;
  /** The note written for it (vault-relative); Prepare opens it with the brief beside. */
  file: string | undefined;
  meeting: WeekMeeting;
  /** True for the meeting `New 1x1 agenda` would write now: the series' next one, not written yet. */
  writable: boolean;
  today: string;
}

/** One attention code of a meeting, shown under it; a click prepares for the meeting, as on the meeting. */
export interface WeekAttentionNode {
  kind: 'attention';
  series: string;
  file: string | undefined;
  code: AttentionCode;
  meeting: WeekMeeting;
}

export type WeekNode = WeekMeetingNode | WeekAttentionNode;

/** The icon of a meeting: its most urgent code's (codes come in SPEC order, the most urgent first). */
const ATTENTION_ICONS: Record<AttentionCode, vscode.ThemeIcon> = {
  'no-agenda': new vscode.ThemeIcon('new-file', new vscode.ThemeColor('list.warningForeground')),
  'not-shared': new vscode.ThemeIcon('export', new vscode.ThemeColor('list.warningForeground')),
  'overdue-mine': new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  'overdue-theirs': new vscode.ThemeIcon('bell'),
  stale: new vscode.ThemeIcon('history'),
  'long-gap': new vscode.ThemeIcon('watch'),
  'manager-topic': new vscode.ThemeIcon('comment-discussion'),
};
/** Nothing needs me before this meeting. */
const CALM_ICON = new vscode.ThemeIcon('calendar');

export const weekView: Feature = (context, { vault, onDidRequestRefresh }) => {
  const weekTree = new WeekTreeProvider(vault);
  context.subscriptions.push(
    weekTree,
    vscode.window.createTreeView('oneOnOne.week', { treeDataProvider: weekTree }),
    onDidRequestRefresh(() => weekTree.refresh()),
  );
  return { weekTree };
};

export class WeekTreeProvider extends VaultTreeProvider<WeekNode> {
  private readonly minutes: vscode.Disposable;
  /** Each series' meetings of the week, recomputed for the series an edit touched (and every minute). */
  private readonly seriesWeeks = new SeriesMemo((state) => seriesWeekAhead(state, state.now), 'minute');

  constructor(vault: WorkspaceVault) {
    super(vault);
    // The base redraws at midnight; deadlines ("less than 24 h") and a meeting that began move by the minute.
    this.minutes = vault.onDidChangeTime((change) => {
      if (!change.dateChanged) this.refresh();
    });
  }

  async getChildren(node?: WeekNode): Promise<WeekNode[]> {
    if (node) return node.kind === 'meeting' ? node.meeting.attention.map((code) => ({ kind: 'attention', series: node.series, file: node.file, code, meeting: node.meeting })) : [];
    await this.vault.restored();
    const now = this.vault.clock.now();
    const week = weekOfSeries(this.vault.index.seriesValues(this.seriesWeeks), now);
    // `weekAhead` lists each series' meetings from its next one: the first of a series is the one an agenda is written for now.
    const seen = new Set<string>();
    const writable = new Set<WeekMeeting>();
    for (const m of week.meetings) {
      if (!seen.has(m.series) && !m.note) writable.add(m);
      seen.add(m.series);
    }
    return weekOrder(week.meetings).map((meeting): WeekMeetingNode => ({ kind: 'meeting', series: meeting.series, file: meeting.note?.file, meeting, writable: writable.has(meeting), today: now.date }));
  }

  getTreeItem(node: WeekNode): vscode.TreeItem {
    if (node.kind === 'attention') return attentionItem(node);
    const m = node.meeting;
    const item = new vscode.TreeItem(m.name, m.attention.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `week:${m.series}:${m.date}`;
    item.description = `${formatShortDateFrom(m.date, node.today)}${m.time ? ` ${m.time}` : ''}`;
    item.iconPath = m.attention.length > 0 ? ATTENTION_ICONS[m.attention[0]] : CALM_ICON;
    item.tooltip = weekTooltip(node);
    item.command = { command: COMMAND_IDS.prepare, title: 'Prepare for this 1x1', arguments: [node] };
    item.contextValue = m.note ? 'oneOnOne.weekMeeting' : node.writable ? 'oneOnOne.weekMeeting.upcoming' : 'oneOnOne.weekMeeting.scheduled';
    if (m.note) item.resourceUri = this.vault.uriOf(m.note.file);
    return item;
  }

  dispose(): void {
    this.minutes.dispose();
    super.dispose();
  }
}

function attentionItem(node: WeekAttentionNode): vscode.TreeItem {
  const item = new vscode.TreeItem(attentionText(node.meeting, node.code), vscode.TreeItemCollapsibleState.None);
  item.id = `week:${node.series}:${node.meeting.date}:${node.code}`;
  item.iconPath = ATTENTION_ICONS[node.code];
  item.tooltip = node.code;
  item.command = { command: COMMAND_IDS.prepare, title: 'Prepare for this 1x1', arguments: [node] };
  item.contextValue = 'oneOnOne.weekAttention';
  return item;
}

function weekTooltip(node: WeekMeetingNode): vscode.MarkdownString {
  const m = node.meeting;
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(`${m.name}, ${formatLongDate(m.date)}${m.time ? ` ${m.time}` : ''}`).appendMarkdown('**');
  md.appendText(` (${relativeDay(m.date, node.today)}) — ${m.role === 'manager' ? 'my manager' : 'reports to me'}`).appendMarkdown('\n\n');
  for (const code of m.attention) md.appendText(`⚠ ${ATTENTION_WORDS[code]}`).appendMarkdown('\n\n');
  let agenda = m.note ? `Agenda: ${m.note.file} (${m.status}${m.shareBy ? (m.shared !== undefined ? ', shared' : ', not shared') : ''})` : node.writable ? 'No agenda yet: "New 1x1 agenda" writes it.' : 'No agenda yet.';
  if (m.shareBy && m.shared === undefined) agenda += ` — share by ${formatShortDateFrom(m.shareBy.date, node.today)} ${m.shareBy.time}${m.shareBy.minutesLeft <= 0 ? ' (passed)' : ''}`;
  md.appendText(agenda).appendMarkdown('\n\n');
  if (m.rotation) md.appendText(`Rotating topic: ${topicTitle(m.rotation)}`).appendMarkdown('\n\n');
  // Priorities over time (SPEC §13): what the last meeting set, and for how long each has stood.
  if (m.priorities.length > 0) {
    md.appendText('Priorities:').appendMarkdown('\n');
    for (const p of m.priorities) md.appendMarkdown('- ').appendText(priorityWithWeeks(p)).appendMarkdown('\n');
    md.appendMarkdown('\n');
  }
  md.appendText(`I owe: ${m.mine.open} open, ${m.mine.overdue} overdue · they owe: ${m.theirs.open} open, ${m.theirs.overdue} overdue`).appendMarkdown('\n\n');
  md.appendText('Click to prepare: the brief opens beside the note.');
  return md;
}
