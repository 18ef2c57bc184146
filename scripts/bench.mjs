#!/usr/bin/env node
// `npm run bench -- [options]`: the index benchmark on a generated vault (dist/bench.js; its
// options: --notes N, --runs R, --json, --keep, …), then the activation benchmark in a real VS Code
// on examples/vault (scripts/vscode/bench-activation.mjs). `--no-vscode` skips the second part.
// Expects `npm run build` and `npm run compile-tests` to have run (the npm script does both).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const withVscode = !args.includes('--no-vscode');
const indexArgs = args.filter((a) => a !== '--no-vscode');

const run = (file, fileArgs, nodeArgs = []) => spawnSync(process.execPath, [...nodeArgs, path.join(root, file), ...fileArgs], { cwd: root, stdio: 'inherit' }).status ?? 1;

let status = run('dist/bench.js', indexArgs, ['--expose-gc']);
if (withVscode) {
  if (!args.includes('--json')) console.log('');
  status ||= run('scripts/vscode/bench-activation.mjs', ['--no-build', ...(args.includes('--json') ? ['--json'] : [])]);
}
process.exitCode = status;
