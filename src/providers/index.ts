import { calendarExport } from './calendarExport';
import { calendarProblems } from './calendarProblems';
import { commitmentsView } from './commitmentsView';
import { completion } from './completion';
import { diagnostics } from './diagnostics';
import type { Feature } from './feature';
import { insightsPanel } from './insightsPanel';
import { itemDecorations } from './itemDecorations';
import { itemHover } from './itemHover';
import { meetingsView } from './meetingsView';
import { newAgendaCommand } from './newAgendaCommand';
import { noteCodeLens } from './noteCodeLens';
import { noteStatusCommands } from './noteStatusCommands';
import { prepareBrief } from './prepareBrief';
import { quickFixes } from './quickFixes';
import { rescheduleCommand } from './rescheduleCommand';
import { reviewPackCommand } from './reviewPackCommand';
import { settingsWarnings } from './settingsWarnings';
import { shareCommands } from './shareCommands';
import { shareReminder } from './shareReminder';
import { statusBar } from './statusBar';
import { viewTitleCommands } from './viewTitleCommands';
import { weekView } from './weekView';

export type { Feature, SurfaceProbes } from './feature';

/**
 * Every surface of the editor, one per file of this folder, in the order `activate` registers
 * them. A surface is added here and nowhere else (test/unit/architecture/layers.test.ts checks
 * that every file of this folder is listed).
 */
export const features: readonly Feature[] = [
  newAgendaCommand,
  meetingsView,
  commitmentsView,
  weekView,
  prepareBrief,
  reviewPackCommand,
  noteStatusCommands,
  rescheduleCommand,
  calendarExport,
  shareCommands,
  shareReminder,
  statusBar,
  itemDecorations,
  itemHover,
  noteCodeLens,
  completion,
  diagnostics,
  calendarProblems,
  quickFixes,
  insightsPanel,
  viewTitleCommands,
  settingsWarnings,
];
