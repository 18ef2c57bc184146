import type { ParsedArgs } from '../args';
import type { CliIO, ExitCode } from '../io';
export function runBrief(_args: ParsedArgs, _io: CliIO): ExitCode {
  return 0;
}
