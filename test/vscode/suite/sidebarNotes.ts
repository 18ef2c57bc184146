import * as vscode from 'vscode';

/**
 * What the sidebar suites (Meetings, Commitments, note status, status bar) share: the series
 * folder each writes its run-time notes into (`runtimeNotes.ts`), under `1on1/zz-sidebar-…/`,
 * and reading tree items as the workbench would show them.
 */

export interface SidebarSeries {
  series: string;
  folder: string;
}

export function sidebarSeries(suite: string): SidebarSeries {
  const series = `zz-sidebar-${suite}`;
  return { series, folder: `1on1/${series}` };
}

/** `viewItem =~ /…/` or `viewItem == …` of a contributed view/item/context menu entry, as a test on a context value. */
export function menuMatches(command: string, view: string, contextValue: string): boolean {
  const pkg = vscode.extensions.getExtension('one-on-one.one-on-one-meetings')!.packageJSON;
  const entries: { command: string; when: string }[] = pkg.contributes.menus['view/item/context'];
  return entries.some((e) => {
    if (e.command !== command || !e.when.includes(`view == ${view}`)) return false;
    const regex = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(e.when);
    if (regex) return new RegExp(regex[1]).test(contextValue);
    const equal = /viewItem == ([\w.-]+)/.exec(e.when);
    return equal !== null && equal[1] === contextValue;
  });
}

/** A tooltip's text without the escapes MarkdownString.appendText adds. */
export function plainTooltip(item: { tooltip?: string | vscode.MarkdownString }): string {
  return (item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!~|])/g, '$1');
}
