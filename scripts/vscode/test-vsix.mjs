#!/usr/bin/env node
// The .vsix install test: packs the extension (scripts/vscode/package.mjs), installs the .vsix
// into a throwaway extensions folder with `code-server --install-extension`, and runs
// test/vscode/vsix/suite in that code-server, where the extension comes from the installed
// .vsix. An empty probe extension (test/vscode/vsix-probe) is the "development" extension VS
// Code needs to run tests at all. Options: --no-build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { installExtension } from './lib/codeServer.mjs';
import { runInHost } from './lib/inHost.mjs';
import { EXTENSION_ID, fixtureVaultSource, projectRoot } from './lib/paths.mjs';
import { runTestScript } from './lib/testScript.mjs';

await runTestScript('vsix install test', () =>
  runInHost({
    extensionDevelopmentPath: path.join(projectRoot, 'test/vscode/vsix-probe'),
    extensionTestsPath: path.join(projectRoot, 'out/test/vscode/vsix/index.js'),
    vaultSource: fixtureVaultSource(),
    async prepare(tmp) {
      const vsix = path.join(tmp.root, 'one-on-one-meetings.vsix');
      const pack = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/vscode/package.mjs'), '--no-build', '--out', vsix], { stdio: 'inherit' });
      if (pack.status !== 0) throw new Error('npm run package failed');
      const extensionsDir = tmp.dir('extensions');
      const userDataDir = tmp.dir('user-data');
      installExtension({ tmp, vsix, extensionsDir, userDataDir });
      const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
      if (installed.length !== 1) throw new Error(`expected one installed ${EXTENSION_ID} in ${extensionsDir}, found: ${installed.join(', ') || 'none'}`);
      console.log(`installed ${installed[0]} with code-server --install-extension`);
      return { extensionsDir, userDataDir, env: { ONE_ON_ONE_VSIX_EXTENSIONS_DIR: extensionsDir } };
    },
  }),
);
