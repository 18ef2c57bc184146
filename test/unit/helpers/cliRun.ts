import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { ExitCode } from '../../../src/cli/io';

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  code: ExitCode;
  stdout: string;
  stderr: string;
}

/** The repository's root (this file runs from out/test/unit/helpers), where `examples/vault/1on1` is. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * Runs `one-on-one <argv>` in this process from `cwd`, with only `env` as its environment (no
 * ONE_ON_ONE_NOW leaks in). `cwd` defaults to the repository root, so that a test of the example
 * vault names it as someone in a checkout would: `examples/vault/1on1`.
 */
export function runCliCaptured(argv: readonly string[], cwd: string = REPO_ROOT, env: Record<string, string> = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t), env, cwd });
  return { code, stdout, stderr };
}
