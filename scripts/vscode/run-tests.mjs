#!/usr/bin/env node
// `npm run test:vscode`: the integration suite (test/vscode/suite) inside a real VS Code.
// Starts code-server, loads this folder as the extension under development, opens a throwaway
// copy of the fixture vault, runs the suite in the extension host, prints each test, the VS Code
// version and a summary, and exits with the suite's result. Options: --no-build; VERBOSE=1 shows
// the workbench's console; KEEP_TEMP=1 keeps the temp folder; ONE_ON_ONE_TEST_GREP=text runs
// only the tests whose title contains it.
import path from 'node:path';
import { runInHost } from './lib/inHost.mjs';
import { fixtureVaultSource, projectRoot } from './lib/paths.mjs';
import { runTestScript } from './lib/testScript.mjs';

await runTestScript('in-VS Code suite', async () => {
  const vaultSource = fixtureVaultSource();
  console.log(`in-VS Code suite on a copy of ${path.relative(projectRoot, vaultSource)}`);
  return runInHost({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out/test/vscode/index.js'),
    vaultSource,
  });
});
