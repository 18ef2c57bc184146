import type { Finding } from '../../core/rules/finding';
import { UsageError, type ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
import { clockFromArgs, formatFromArgs, loadVaultForCommand, vaultFolderFromArgs } from '../options';
import { plural } from '../../core/text/wording';

/** A finding as `check --format json` prints it (SPEC §9): 1-based lines and columns. */
export interface FindingJson {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
}

function findingToJson(f: Finding): FindingJson {
  return {
    file: f.file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
  };
}

/** `one-on-one check [folder]`: every finding; exit 1 with errors or too many warnings. Reads only, never writes. */
export function runCheck(args: ParsedArgs, io: CliIO): ExitCode {
  const format = formatFromArgs(args);
  const clock = clockFromArgs(args, io);
  const maxWarnings = maxWarningsFrom(args);
  const folder = vaultFolderFromArgs(args, io);
  const { index } = loadVaultForCommand(folder, args, io, clock);
  const findings = index.findings();
  if (format === 'json') io.out(JSON.stringify(findings.map(findingToJson), null, 2) + '\n');
  else {
    for (const f of findings) io.out(`${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.rule} ${f.message}\n`);
    io.err(summary(findings) + '\n');
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}

function maxWarningsFrom(args: ParsedArgs): number | undefined {
  const value = args.flags.get('max-warnings');
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new UsageError(`--max-warnings needs a whole number, not ${String(value)}`);
  return Number(value);
}

function summary(findings: readonly Finding[]): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  if (findings.length === 0) return 'No problems found.';
  return `${plural(findings.length, 'finding')}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info') + count('hint')} info.`;
}
