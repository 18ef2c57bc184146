/**
 * Every command the extension contributes (package.json `contributes.commands`), in one place:
 * a surface that offers another surface's command (the Meetings view's "New agenda", the CodeLens's
 * "Open next agenda") names it from here instead of importing that surface. A manifest test keeps
 * this list and package.json equal.
 */
export const COMMAND_IDS = {
  newAgenda: 'oneOnOne.newAgenda',
  newAgendaFromTitle: 'oneOnOne.newAgendaFromTitle',
  refresh: 'oneOnOne.refresh',
  markHeld: 'oneOnOne.markHeld',
  markCanceled: 'oneOnOne.markCanceled',
  markRescheduled: 'oneOnOne.markRescheduled',
  markCommitmentDone: 'oneOnOne.markCommitmentDone',
  openNextAgenda: 'oneOnOne.openNextAgenda',
  shareAgenda: 'oneOnOne.shareAgenda',
  exportAgendaHtml: 'oneOnOne.exportAgendaHtml',
  showInsights: 'oneOnOne.showInsights',
  showInsightsForEveryone: 'oneOnOne.showInsightsForEveryone',
  exportCalendar: 'oneOnOne.exportCalendar',
  exportCalendarFromTitle: 'oneOnOne.exportCalendarFromTitle',
  groupCommitmentsByOwner: 'oneOnOne.groupCommitmentsByOwner',
  groupCommitmentsByDue: 'oneOnOne.groupCommitmentsByDue',
  prepare: 'oneOnOne.prepare',
  reviewPack: 'oneOnOne.reviewPack',
} as const;
