import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/rules/finding';
import { describeFixAll, planFixAll, type FixAllPlan } from '../core/edits/fixAll';
import type { TextEdit } from '../core/edits/textEdit';
import { ruleOf, toDiagnostic } from '../vscode/findingDiagnostic';
import { toVscodeRange, workspaceEditOf } from '../vscode/workspaceEdits';
import type { WorkspaceVault } from '../vscode/vault/workspaceVault';
import type { Feature } from './feature';

/**
 * The quick fixes of the findings (SPEC §8) in the light bulb, and "Fix all in this note" as a
 * `source.fixAll` action (so `editor.codeActionsOnSave` can run it) and, as ESLint does, in the
 * light bulb of every fixable finding — unless it would do exactly what that finding's own fix
 * does. A finding is offered wherever the cursor or selection touches its range. Every action
 * carries its edit, computed when offered: a fix that no longer applies (no edits) is not offered.
 * Once applied, "Fix all" says how many fixes it made, and of which rules. Restricted Mode offers
 * nothing (it only reads notes).
 */

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('oneOnOne');
export const FIX_ALL_TITLE = 'Fix all in this note';
/** Run by VS Code after a "Fix all" edit is applied: the message saying what it did (not contributed: it is no user command). */
export const FIX_ALL_APPLIED_COMMAND = 'oneOnOne.fixAllApplied';

export const QUICK_FIX_METADATA: vscode.CodeActionProviderMetadata = {
  providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
};

export const quickFixes: Feature = (context, { vault }) => {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new QuickFixProvider(vault, context.extensionUri), QUICK_FIX_METADATA),
    vscode.commands.registerCommand(FIX_ALL_APPLIED_COMMAND, (rules?: unknown) => {
      const message = `1x1: ${describeFixAll(Array.isArray(rules) ? rules.map(String) : [])}`;
      void vscode.window.showInformationMessage(message);
      return message;
    }),
  );
};

export class QuickFixProvider implements vscode.CodeActionProvider {
  constructor(
    private readonly vault: WorkspaceVault,
    private readonly extensionUri: vscode.Uri,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    if (!vscode.workspace.isTrusted) return [];
    const file = this.vault.fileOf(document.uri);
    if (file === undefined || !this.vault.index.has(file)) return [];
    const findings = this.vault.index.findingsForFile(file);
    if (findings.length === 0) return [];
    const texts = new FixTexts(this.vault, file, document);
    const actions: vscode.CodeAction[] = [];
    const only = context.only;

    if (!only || only.contains(vscode.CodeActionKind.QuickFix)) {
      const fixedHere = new Set<Finding>();
      for (const finding of findings) {
        const given = context.diagnostics.find((d) => sameAs(d, finding));
        if (!given && !toVscodeRange(finding.range).intersection(range)) continue;
        const diagnostic = given ?? toDiagnostic(finding, this.extensionUri);
        for (const fix of finding.fixes) {
          if (fix.command) {
            // A fix that runs one of our commands (New 1x1 agenda) has no edit; fix all never takes it.
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            action.diagnostics = [diagnostic];
            action.command = { title: fix.title, command: fix.command.command, arguments: fix.command.arguments };
            action.isPreferred = !actions.some((a) => a.diagnostics?.[0] === diagnostic);
            actions.push(action);
            continue;
          }
          const edits = await texts.editsOf(fix);
          if (token.isCancellationRequested) return [];
          if (edits.length === 0) continue;
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.edit = workspaceEditOf(this.vault, edits);
          // The finding's first fix (that still applies) is the one Ctrl+. / "auto fix" picks.
          action.isPreferred = !actions.some((a) => a.diagnostics?.[0] === diagnostic);
          actions.push(action);
          fixedHere.add(finding);
        }
      }
      if (actions.length > 0) {
        const plan = await texts.planFixAll(findings);
        if (token.isCancellationRequested) return [];
        // Not when it would only repeat the one fix offered here.
        if (plan.fixed.length >= 2 || plan.fixed.some((f) => !fixedHere.has(f))) actions.push(this.fixAllAction(plan, vscode.CodeActionKind.QuickFix));
      }
    }

    // Source actions are asked for by name (the Source Action menu, on save), or on an explicit request.
    const wantsFixAll = only ? only.contains(FIX_ALL_KIND) : context.triggerKind === vscode.CodeActionTriggerKind.Invoke;
    if (wantsFixAll) {
      const plan = await texts.planFixAll(findings);
      if (token.isCancellationRequested) return [];
      if (plan.fixed.length > 0) actions.push(this.fixAllAction(plan, FIX_ALL_KIND));
    }
    return actions;
  }

  private fixAllAction(plan: FixAllPlan, kind: vscode.CodeActionKind): vscode.CodeAction {
    const action = new vscode.CodeAction(FIX_ALL_TITLE, kind);
    action.diagnostics = plan.fixed.map((f) => toDiagnostic(f, this.extensionUri));
    action.edit = workspaceEditOf(this.vault, plan.edits);
    action.command = { command: FIX_ALL_APPLIED_COMMAND, title: 'Say what was fixed', arguments: [plan.fixed.map((f) => f.rule)] };
    return action;
  }
}

/** Our diagnostic for this finding: same rule, same range (diagnostics come back as copies). */
function sameAs(diagnostic: vscode.Diagnostic, finding: Finding): boolean {
  return ruleOf(diagnostic) === finding.rule && diagnostic.range.isEqual(toVscodeRange(finding.range));
}

/**
 * The texts a fix reads: the note's own open document, other open documents, and, for a file
 * that is not open (a carry to the next agenda), the disk's, read once when a fix first asks.
 * A fix reads synchronously, so one that asked for an unread file is computed again once it is read.
 */
class FixTexts {
  private readonly read = new Map<string, string | undefined>();
  private plan: FixAllPlan | undefined;

  constructor(
    private readonly vault: WorkspaceVault,
    file: string,
    document: vscode.TextDocument,
  ) {
    this.read.set(file, document.getText());
  }

  editsOf(fix: Fix): Promise<TextEdit[]> {
    return this.withTexts((source) => fix.edits(source));
  }

  /** Computed once per request: both fix-all actions share it. */
  async planFixAll(findings: readonly Finding[]): Promise<FixAllPlan> {
    this.plan ??= await this.withTexts((source) => planFixAll(findings, source));
    return this.plan;
  }

  private async withTexts<T>(compute: (source: (file: string) => string | undefined) => T): Promise<T> {
    const missing = new Set<string>();
    const source = (file: string): string | undefined => {
      if (this.read.has(file)) return this.read.get(file);
      const uri = this.vault.uriOf(file).toString();
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (open) {
        this.read.set(file, open.getText());
        return this.read.get(file);
      }
      missing.add(file);
      return undefined;
    };
    const result = compute(source);
    if (missing.size === 0) return result;
    for (const file of missing) this.read.set(file, await this.vault.readText(file));
    return compute(source);
  }
}
