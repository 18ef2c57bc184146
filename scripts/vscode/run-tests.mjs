#!/usr/bin/env node
// `npm run test:vscode`: the integration suite (test/vscode/suite) inside a real VS Code.
// Starts code-server, loads this folder as the extension under development, opens a throwaway
// copy of the fixture vault, runs the suite in the extension host, prints each test, the VS Code
// version and a summary, and exits with the suite's result. Options: --no-build; VERBOSE=1 shows
// the workbench's console; KEEP_TEMP=1 keeps the temp folder.
import path from 'node:path';
import { buildUnlessSkipped } from './lib/build.mjs';
import { ensureCodeServer } from './lib/installCodeServer.mjs';
import { reportResults, runInHost } from './lib/inHost.mjs';
import { fixtureVaultSource, projectRoot } from './lib/paths.mjs';
import { cleanupAll, installExitHandlers } from './lib/processes.mjs';

installExitHandlers();
try {
  await ensureCodeServer();
  buildUnlessSkipped();
  const vaultSource = fixtureVaultSource();
  console.log(`in-VS Code suite on a copy of ${path.relative(projectRoot, vaultSource)}`);
  const result = await runInHost({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out/test/vscode/index.js'),
    vaultSource,
  });
  console.log(`in-VS Code suite: ${result.passed} passed, ${result.failed} failed (${result.seconds.toFixed(1)} s)`);
  reportResults(result);
  process.exitCode = result.exitCode;
} catch (err) {
  console.error(`error: ${err.stack ?? err.message}`);
  reportResults({ passed: 0, failed: 1 });
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
