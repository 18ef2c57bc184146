import * as vscode from 'vscode';
import type { Finding } from '../core/rules/finding';
import type { RuleId, Severity } from '../core/settings/settings';
import { toVscodeRange } from './workspaceEdits';

/**
 * A finding of the core as a `vscode.Diagnostic`, and back: the one adapter between the rules and
 * the editor (squiggles, Problems, quick fixes). The code links to the rule's page shipped with the
 * extension, so opening it never leaves the machine.
 */

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = '1x1';

/** The rule's page shipped inside the extension (docs/rules/<id>.md): opening it never leaves the machine. */
export function rulePage(extensionUri: vscode.Uri, rule: RuleId): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
}

/**
 * Each rule's diagnostic code (its id, linked to its page), one per rule and extension: VS Code
 * keeps every diagnostic the vault shows, and a page URI of its own in each weighed 0.4 MB of the
 * extension host's heap at 10,000 notes.
 */
const codes = new WeakMap<vscode.Uri, Map<RuleId, { value: RuleId; target: vscode.Uri }>>();

function codeOf(extensionUri: vscode.Uri, rule: RuleId): { value: RuleId; target: vscode.Uri } {
  let ofExtension = codes.get(extensionUri);
  if (!ofExtension) codes.set(extensionUri, (ofExtension = new Map()));
  let code = ofExtension.get(rule);
  if (!code) ofExtension.set(rule, (code = Object.freeze({ value: rule, target: rulePage(extensionUri, rule) })));
  return code;
}

export function toDiagnostic(finding: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVscodeRange(finding.range), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = codeOf(extensionUri, finding.rule);
  return diagnostic;
}

/** The rule id of one of our diagnostics, else undefined. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * True when `diagnostics` are what `toDiagnostic` made of `findings`, in order (the same rule,
 * severity, range and message each): a file's diagnostics need no new `set`.
 */
export function showsFindings(diagnostics: readonly vscode.Diagnostic[], findings: readonly Finding[]): boolean {
  return (
    diagnostics.length === findings.length &&
    findings.every((f, i) => {
      const d = diagnostics[i];
      const { start, end } = f.range;
      return (
        ruleOf(d) === f.rule &&
        d.severity === SEVERITIES[f.severity] &&
        d.message === f.message &&
        d.range.start.line === start.line &&
        d.range.start.character === start.character &&
        d.range.end.line === end.line &&
        d.range.end.character === end.character
      );
    })
  );
}
