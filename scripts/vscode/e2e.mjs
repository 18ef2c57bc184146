#!/usr/bin/env node
// `npm run test:e2e`: runs test/e2e/*.e2e.mjs (playwright-core + Debian's chromium driving
// code-server) with mocha, screenshots in screenshots/. Options: --no-build; KEEP_TEMP=1.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { fixtureVaultSource, projectRoot, screenshotsDir } from './lib/paths.mjs';
import { runTestScript } from './lib/testScript.mjs';

await runTestScript(`e2e (screenshots in ${path.relative(projectRoot, screenshotsDir)}/)`, async () => {
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
  return { passed: stats.passes, failed: stats.failures };
});
