import type { Range } from '../parsing/types';
import type { RuleId, Severity } from './settings';
import type { TextEdit } from './textEdit';

/** One way to repair a finding. Edits are computed on demand: most findings are never fixed. */
export interface Fix {
  title: string;
  /** Safe to apply together with other fixes of the same note ("Fix all in this note"). */
  safeInFixAll?: boolean;
  edits(): TextEdit[];
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
export type RuleFinding = Omit<Finding, 'severity'>;
