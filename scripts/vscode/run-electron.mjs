#!/usr/bin/env node
// `npm run test:electron`: the same in-VS Code suite (test/vscode/suite) in desktop VS Code,
// through @vscode/test-electron, for machines that can download VS Code (kept in the gitignored
// .vscode-test/). Where the download is impossible, or Linux has no display to show VS Code on,
// it says so on one line and is skipped, not failed. VSCODE_VERSION picks the version (default
// stable); --no-build skips the build.
import fs from 'node:fs';
import path from 'node:path';
import { ProgressReportStage, downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildUnlessSkipped } from './lib/build.mjs';
import { fixtureVaultSource, projectRoot } from './lib/paths.mjs';
import { cleanupAll, installExitHandlers } from './lib/processes.mjs';
import { makeTempRoot } from './lib/tempRoot.mjs';

installExitHandlers();
const version = process.env.VSCODE_VERSION || 'stable';
try {
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({
      version,
      timeout: 30_000,
      cachePath: path.join(projectRoot, '.vscode-test'),
      // Only the download itself is worth a line; failures are summed up below in one.
      reporter: {
        report(r) {
          if (r.stage === ProgressReportStage.Downloading && r.bytesSoFar === 0) console.log(`downloading VS Code ${version} into .vscode-test/ ...`);
        },
        error() {},
      },
    });
  } catch (err) {
    console.log(`test:electron skipped: cannot download VS Code ${version} (${err.code ?? err.message.split('\n')[0]})`);
    process.exit(0);
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('test:electron skipped: no display for desktop VS Code; run it as `xvfb-run -a npm run test:electron`');
    process.exit(0);
  }
  buildUnlessSkipped();
  const tmp = makeTempRoot();
  const workspace = path.join(tmp.root, 'workspace');
  fs.cpSync(fixtureVaultSource(), workspace, { recursive: true });
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out/test/vscode/index.js'),
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions must not change what the suite sees
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', tmp.dir('user-data'),
      '--extensions-dir', tmp.dir('extensions'),
    ],
  });
  console.log('test:electron: the suite passed');
} catch (err) {
  console.error(`test:electron failed: ${err.message ?? err}`);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
