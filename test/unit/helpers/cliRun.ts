import { runCli } from '../../../src/cli/main';
import type { ExitCode } from '../../../src/cli/io';

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

/** Runs `one-on-one <argv>` in this process from `cwd`, with only `env` as its environment (no ONE_ON_ONE_NOW leaks in). */
export function runCliCaptured(argv: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t), env, cwd });
  return { code, stdout, stderr };
}
