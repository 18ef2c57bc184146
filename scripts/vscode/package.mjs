#!/usr/bin/env node
// `npm run package`: builds the esbuild bundle and packs the extension into
// `one-on-one-meetings-<version>.vsix` with @vscode/vsce; prints its size and file count.
// `--out <file>` writes it elsewhere (the vsix install test packs into its temp folder).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './lib/paths.mjs';

const outAt = process.argv.indexOf('--out');
const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const out = outAt > 0 ? path.resolve(process.argv[outAt + 1]) : path.join(projectRoot, `${pkg.name}-${pkg.version}.vsix`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  }
  return r.stdout + r.stderr;
}

try {
  if (!process.argv.includes('--no-build')) process.stdout.write(run('npm', ['run', '--silent', 'build']));
  const vsce = path.join(projectRoot, 'node_modules', '.bin', 'vsce');
  const files = run(vsce, ['ls', '--no-dependencies'])
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(WARNING|INFO|DONE)\b/.test(l));
  const output = run(vsce, [
    'package',
    '--no-dependencies', // everything the extension needs is bundled into dist/extension.js
    '--allow-missing-repository', // a private project; without it vsce stops to ask on stdin
    '--skip-license', // the same, until a LICENSE file is added
    // README links to CHANGELOG.md and docs/; with no public repository there is no URL to make them absolute.
    '--no-rewrite-relative-links',
    '--out', out,
  ]);
  // vsce's warnings (a manifest problem, a large file) are worth seeing; its file tree is not.
  for (const line of output.split('\n')) if (/^\s*WARNING\b/.test(line)) console.log(line.trim());
  const kb = (fs.statSync(out).size / 1024).toFixed(1);
  const shown = out.startsWith(projectRoot + path.sep) ? path.relative(projectRoot, out) : out;
  console.log(`packaged ${shown}: ${kb} KB, ${files.length} files (${files.join(', ')})`);
} catch (err) {
  console.error(`error: ${err.message}`);
  process.exitCode = 1;
}
