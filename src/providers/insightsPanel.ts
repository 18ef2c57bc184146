import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../vscode/commandIds';
import { seriesInsights, vaultInsights } from '../core/views/insights';
import { insightsHtml, insightsTitle, type InsightsPage } from '../core/render/insightsHtml';
import { seriesName } from '../core/model/seriesState';
import { noteFileOf, seriesIdOf } from '../vscode/commandTargets';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * `oneOnOne.showInsights` (SPEC §7): a webview with one person's figures — given a series id or a
 * Meetings view node, else the person of the note in the active editor (the palette, with Priya's
 * note open, means Priya) — or everyone's when there is none of these.
 * `oneOnOne.showInsightsForEveryone` (the Meetings view's title bar) always shows everyone. One
 * panel per target: asking again reveals it.
 * The page has no script (`enableScripts: false`) and may load nothing (`localResourceRoots: []`);
 * it is redrawn while open when the vault or the day changes, and only when its figures did, so
 * the reader's scroll position is not lost for nothing. Read-only: it works in Restricted Mode.
 */

const VIEW_TYPE = 'oneOnOne.insights';

interface OpenPanel {
  panel: vscode.WebviewPanel;
  /** The series id; undefined for everyone. */
  series: string | undefined;
  /** The person's name as last known, for the title once their notes are gone. */
  name: string | undefined;
  /** The page model last drawn (JSON), to skip redraws that would change nothing. */
  drawn: string | undefined;
  html: string | undefined;
}

/** "Show Insights": one panel per person, or everyone's, redrawn as the vault and the clock move. */
export const insightsPanel: Feature = (context, { vault }) => {
  const insights = new InsightsPanels(vault);
  context.subscriptions.push(insights);
  return { insights };
};

export class InsightsPanels implements vscode.Disposable {
  /** By series id; '' is everyone. */
  private readonly panels = new Map<string, OpenPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly vault: WorkspaceVault) {
    this.subscriptions.push(
      vscode.commands.registerCommand(COMMAND_IDS.showInsights, (target?: unknown) => this.show(seriesIdOf(target) ?? this.seriesOfActiveNote())),
      // The title bar: VS Code hands it the focused row, which must not narrow "everyone".
      vscode.commands.registerCommand(COMMAND_IDS.showInsightsForEveryone, () => this.show(undefined)),
      vault.onDidChange(() => this.redrawAll()),
      vault.onDidChangeTime(() => this.redrawAll()),
    );
  }

  /** Opens (or reveals) the panel of one series, or everyone's; returns its title. */
  async show(series: string | undefined): Promise<string> {
    await this.vault.restored();
    const key = series ?? '';
    const open = this.panels.get(key);
    if (open) {
      this.redraw(open);
      open.panel.reveal();
      return open.panel.title;
    }
    const state = series === undefined ? undefined : this.vault.index.seriesState(series);
    const name = series === undefined ? undefined : state ? seriesName(state, series) : series;
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, insightsTitle(name), vscode.ViewColumn.Active, { enableScripts: false, localResourceRoots: [] });
    const entry: OpenPanel = { panel, series, name, drawn: undefined, html: undefined };
    this.panels.set(key, entry);
    panel.onDidDispose(() => this.panels.delete(key));
    this.redraw(entry);
    return panel.title;
  }

  /** The series of the note (or profile) in the active editor, if it is one of the vault's. */
  private seriesOfActiveNote(): string | undefined {
    const file = noteFileOf(this.vault, undefined);
    return file === undefined ? undefined : this.vault.index.seriesOf(file);
  }

  /** The HTML last given to a panel (a series id, or undefined for everyone); undefined when that panel is not open. */
  lastHtml(series?: string): string | undefined {
    return this.panels.get(series ?? '')?.html;
  }

  /** The titles of the open panels. */
  titles(): string[] {
    return [...this.panels.values()].map((p) => p.panel.title);
  }

  private redrawAll(): void {
    for (const open of this.panels.values()) this.redraw(open);
  }

  private redraw(open: OpenPanel): void {
    try {
      const page = this.pageOf(open);
      const model = JSON.stringify(page);
      if (model === open.drawn) return;
      open.drawn = model;
      open.html = insightsHtml(page, randomBytes(18).toString('base64'));
      open.panel.title = insightsTitle(page.person);
      open.panel.webview.html = open.html;
    } catch (e) {
      // A bad note must not take the panel down; the last page stays.
      console.error('1x1 Insights: could not draw the page', e);
    }
  }

  private pageOf(open: OpenPanel): InsightsPage {
    const index = this.vault.index;
    const asOf = this.vault.clock.now().date;
    if (open.series === undefined) {
      const all = vaultInsights(index.seriesStates(), this.vault.clock.now());
      return { person: undefined, asOf, figures: all.overall, people: all.series };
    }
    const state = index.seriesState(open.series);
    if (!state) return { person: open.name, asOf, figures: vaultInsights([], this.vault.clock.now()).overall };
    const figures = seriesInsights(state);
    open.name = figures.name;
    return { person: figures.name, role: figures.role, asOf, figures };
  }

  dispose(): void {
    for (const open of this.panels.values()) open.panel.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
