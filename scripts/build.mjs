#!/usr/bin/env node
// Bundles the extension, the CLI and the benchmark with esbuild. An entry whose source file does
// not exist yet is skipped, so the build works while the project grows.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The build's identity: a hash of every source file and the version. The persisted index (issue 16)
// records it and is rebuilt by any other build, whose parser may read a file differently.
const buildId = (() => {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else hash.update(path.relative(root, full)).update(fs.readFileSync(full));
    }
  };
  walk(path.join(root, 'src'));
  hash.update(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
})();

const common = {
  define: { ONE_ON_ONE_BUILD: JSON.stringify(buildId) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
};

const entries = [
  // `vscode` is provided by the extension host at run time, never bundled.
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js' },
];

const started = Date.now();
const built = [];
for (const entry of entries) {
  if (!fs.existsSync(path.join(root, entry.entryPoints[0]))) continue;
  await esbuild.build({ ...common, ...entry, absWorkingDir: root });
  built.push(entry.outfile);
}
if (fs.existsSync(path.join(root, 'dist/cli.js'))) fs.chmodSync(path.join(root, 'dist/cli.js'), 0o755);
console.log(`built ${built.join(', ') || 'nothing'} in ${Date.now() - started} ms`);
