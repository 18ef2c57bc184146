#!/usr/bin/env node
// `npm run test:e2e`: runs test/e2e/*.e2e.mjs (playwright-core + Debian's chromium driving
// code-server) with mocha, screenshots in screenshots/. Options: --no-build; KEEP_TEMP=1.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { buildUnlessSkipped } from './lib/build.mjs';
import { ensureCodeServer } from './lib/installCodeServer.mjs';
import { reportResults } from './lib/inHost.mjs';
import { fixtureVaultSource, projectRoot, screenshotsDir } from './lib/paths.mjs';
import { cleanupAll, installExitHandlers } from './lib/processes.mjs';

installExitHandlers();
const started = Date.now();
try {
  await ensureCodeServer();
  buildUnlessSkipped();
  process.env.E2E_VAULT ??= fixtureVaultSource();
  // Old e2e screenshots would hide a step that no longer takes one; other files there stay.
  if (fs.existsSync(screenshotsDir)) {
    for (const f of fs.readdirSync(screenshotsDir)) if (/^e2e-.*\.png$/.test(f)) fs.rmSync(path.join(screenshotsDir, f));
  }
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000 });
  const dir = path.join(projectRoot, 'test/e2e');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).sort()) mocha.addFile(path.join(dir, f));
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  const result = { passed: stats.passes, failed: stats.failures };
  console.log(`e2e: ${result.passed} passed, ${result.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s); screenshots in ${path.relative(projectRoot, screenshotsDir)}/`);
  reportResults(result);
  process.exitCode = result.failed > 0 ? 1 : 0;
} catch (err) {
  console.error(`error: ${err.stack ?? err.message}`);
  reportResults({ passed: 0, failed: 1 });
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
