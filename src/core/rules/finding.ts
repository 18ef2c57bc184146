import type { Range } from '../../parsing/types';
import type { Severity } from '../settings/settings';
import type { RuleId } from './index';
import type { TextEdit } from '../edits/textEdit';

/** Reads a file's current text (the open editor's, or the disk's), for fixes that need it. */
export type TextSource = (file: string) => string | undefined;

/** One way to repair a finding. Edits are computed on demand: most findings are never fixed. */
export interface Fix {
  title: string;
  /** Safe to apply together with other fixes of the same note ("Fix all in this note"). */
  safeInFixAll?: boolean;
  /**
   * An editor command the fix runs instead of editing text (a series-level finding's "New 1x1
   * agenda" writes a new note, with its own flow). Such a fix has no edits and is never in fix all.
   */
  command?: FixCommand;
  /** The edits, or an empty list when the fix no longer applies (the file changed or broke). */
  edits(read: TextSource): TextEdit[];
}

/** A command of the extension (package.json `contributes.commands`) and its arguments. */
export interface FixCommand {
  command: string;
  arguments: unknown[];
}

/** A fix that runs `command` with `args`: no edits, so no fix all and nothing for the CLI to apply. */
export function commandFix(title: string, command: string, args: unknown[]): Fix {
  return { title, command: { command, arguments: args }, edits: () => [] };
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Vault-relative path of the note. */
  file: string;
  range: Range;
  message: string;
  fixes: Fix[];
}

/** What a rule returns before the severity setting is applied. */
export type RuleFinding = Omit<Finding, 'severity'> & {
  /** A lower severity for a milder case of the rule (an agenda whose deadline is still ahead). */
  milder?: Severity;
};
