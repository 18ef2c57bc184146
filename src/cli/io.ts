/** Where a command writes, so tests can run the CLI in-process and read what it printed. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
}

export type ExitCode = 0 | 1 | 2;
