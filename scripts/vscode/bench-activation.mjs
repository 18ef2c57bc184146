#!/usr/bin/env node
// The activation benchmark: the bundle's size, and in a real VS Code (code-server) on a copy of
// examples/vault, the time from activate() to the first Meetings tree items, against the floor of
// reading the same files through vscode.workspace.fs in the same extension host.
// Options: --no-build; --json (the last line of stdout is one JSON object).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildUnlessSkipped } from './lib/build.mjs';
import { runInHost } from './lib/inHost.mjs';
import { ensureCodeServer } from './lib/installCodeServer.mjs';
import { exampleVault, projectRoot } from './lib/paths.mjs';
import { cleanupAll, installExitHandlers } from './lib/processes.mjs';

// Must match test/vscode/bench/suite/activation.bench.test.ts.
const BENCH_MARK = '@@bench ';

const json = process.argv.includes('--json');
installExitHandlers();
try {
  await ensureCodeServer();
  buildUnlessSkipped();
  const bundle = fs.readFileSync(path.join(projectRoot, 'dist/extension.js'));
  let measured;
  const result = await runInHost({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out/test/vscode/bench/index.js'),
    vaultSource: exampleVault,
    print: (line) => {
      const at = line.indexOf(BENCH_MARK);
      if (at >= 0) measured = JSON.parse(line.slice(at + BENCH_MARK.length));
      else if (!json && /✗|error/i.test(line)) console.error(line);
    },
  });
  if (result.failed > 0 || !measured) throw new Error('the activation benchmark did not run in VS Code (run it with VERBOSE=1)');
  const figures = {
    bundleBytes: bundle.byteLength,
    bundleGzipBytes: zlib.gzipSync(bundle).byteLength,
    ...measured,
    firstTreeItemsRatio: measured.firstTreeItemsMs / measured.readFloorMs,
  };
  if (json) console.log(JSON.stringify(figures));
  else {
    const ms = (v) => `${v.toFixed(1)} ms`;
    console.log(`activation on examples/vault (${figures.files} files, ${(figures.bytes / 1024).toFixed(1)} KB), in VS Code ${result.vscode?.version ?? '?'}:`);
    console.log(`  bundle dist/extension.js      ${(figures.bundleBytes / 1024).toFixed(1)} KB (${(figures.bundleGzipBytes / 1024).toFixed(1)} KB gzipped)`);
    console.log(`  activate() synchronous part   ${ms(figures.activateMs)}`);
    console.log(`  read floor (workspace.fs)     ${ms(figures.readFloorMs)}`);
    console.log(`  activate() → vault indexed    ${ms(figures.vaultReadyMs)}`);
    console.log(`  activate() → first tree items ${ms(figures.firstTreeItemsMs)} = ${figures.firstTreeItemsRatio.toFixed(1)}× the read floor (${figures.treeItems} items in ${ms(figures.treeMs)})`);
  }
} catch (err) {
  console.error(`error: ${err.stack ?? err.message}`);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
