#!/usr/bin/env node
// `npm run test:restricted`: the Restricted Mode suite (test/vscode/restricted) in a real VS Code
// with workspace trust on, where the throwaway copy of the fixture vault is an untrusted folder.
// The extension declares `limited` support: it must read notes and write nothing. Options: --no-build.
import path from 'node:path';
import { runInHost } from './lib/inHost.mjs';
import { fixtureVaultSource, projectRoot } from './lib/paths.mjs';
import { runTestScript } from './lib/testScript.mjs';

await runTestScript('Restricted Mode suite', () =>
  runInHost({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out/test/vscode/restricted/index.js'),
    vaultSource: fixtureVaultSource(),
    workspaceTrust: true,
  }),
);
