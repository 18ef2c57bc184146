import type * as vscode from 'vscode';
import type { EditorServices } from '../vscode/editorServices';
import type { CommitmentsTreeProvider } from './commitmentsView';
import type { InsightsPanels } from './insightsPanel';
import type { ItemDecorationsProbe } from './itemDecorations';
import type { MeetingsTreeProvider } from './meetingsView';
import type { NextMeetingStatusBar } from './statusBar';
import type { ShareReminders } from './shareReminder';
import type { WeekTreeProvider } from './weekView';

/**
 * One surface of the editor (a view, the diagnostics, a command…): registers itself, every
 * disposable into `context.subscriptions`, from the shared services. `index.ts` lists them all;
 * `extension.ts` runs each once. A surface hands back what of it the in-VS Code tests read.
 */
export type Feature = (context: vscode.ExtensionContext, services: EditorServices) => Partial<SurfaceProbes> | void;

/** What the in-VS Code tests read of the surfaces (VS Code has no API to read these back from the workbench). */
export interface SurfaceProbes {
  meetingsTree: MeetingsTreeProvider;
  commitmentsTree: CommitmentsTreeProvider;
  weekTree: WeekTreeProvider;
  /** The next-meeting status bar item (VS Code cannot read status bar items back). */
  statusBar: NextMeetingStatusBar;
  /** The item decorations last set per document (VS Code cannot read decorations back). */
  decorations: ItemDecorationsProbe;
  /** The open Insights panels and the HTML last given to each (VS Code cannot read a webview back). */
  insights: Pick<InsightsPanels, 'show' | 'lastHtml' | 'titles'>;
  /** The settings warnings last shown (VS Code cannot read notifications back). */
  settingsWarnings: { lastShown(): readonly string[] };
  /** The share reminder: never by itself with a pinned clock, so the tests ask it at a moment they choose. */
  shareReminder: Pick<ShareReminders, 'check' | 'reminded' | 'show'>;
}
