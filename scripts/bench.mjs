#!/usr/bin/env node
// `npm run bench -- [options]`: the index benchmark on a generated vault (dist/bench.js; its
// options: --notes N, --runs R, --json, --keep, …), then the activation benchmark in a real VS Code
// on examples/vault (scripts/vscode/bench-activation.mjs), then the scale benchmark in a real VS Code
// on generated vaults (scripts/vscode/bench-scale.mjs; --sizes 2000,10000). `--no-vscode` skips
// both VS Code parts; `--scale-only` runs just the scale benchmark. With `--json` the last line of
// stdout is one JSON object: { index, activation, scale } of the parts that ran.
// Expects `npm run build` and `npm run compile-tests` to have run (the npm script does both).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const withVscode = !args.includes('--no-vscode');
const scaleOnly = args.includes('--scale-only');
const sizesAt = args.indexOf('--sizes');
const scaleArgs = sizesAt >= 0 ? ['--sizes', args[sizesAt + 1]] : [];
const indexArgs = args.filter((a, i) => a !== '--no-vscode' && a !== '--scale-only' && i !== sizesAt && i !== sizesAt + 1);

const parts = {};
/** Runs one part; with --json its last stdout line (one JSON object) is kept for the combined line and the rest passed through. */
const run = (name, file, fileArgs, nodeArgs = []) => {
  const child = spawnSync(process.execPath, [...nodeArgs, path.join(root, file), ...fileArgs], {
    cwd: root,
    stdio: ['inherit', json ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (json) {
    const lines = child.stdout.trimEnd().split('\n');
    const last = lines.pop();
    if (lines.length) console.error(lines.join('\n'));
    try {
      parts[name] = JSON.parse(last);
    } catch {
      if (last) console.error(last);
    }
  }
  return child.status ?? 1;
};

let status = 0;
if (!scaleOnly) status ||= run('index', 'dist/bench.js', indexArgs, ['--expose-gc']);
if (withVscode && !scaleOnly) {
  if (!json) console.log('');
  status ||= run('activation', 'scripts/vscode/bench-activation.mjs', ['--no-build', ...(json ? ['--json'] : [])]);
}
if (withVscode || scaleOnly) {
  if (!json) console.log('');
  status ||= run('scale', 'scripts/vscode/bench-scale.mjs', ['--no-build', ...scaleArgs, ...(json ? ['--json'] : [])]);
}
if (json) console.log(JSON.stringify(parts));
process.exitCode = status;
