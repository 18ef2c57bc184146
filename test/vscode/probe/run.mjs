#!/usr/bin/env node
// The first-edit probe: `node test/vscode/probe/run.mjs [notes]` after `npm run build && npm run compile-tests`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { runInHost } from '../../../scripts/vscode/lib/inHost.mjs';
import { ensureCodeServer } from '../../../scripts/vscode/lib/installCodeServer.mjs';
import { projectRoot } from '../../../scripts/vscode/lib/paths.mjs';
import { cleanupAll, installExitHandlers } from '../../../scripts/vscode/lib/processes.mjs';

const notes = Number(process.argv[2] ?? 10000);
const require = createRequire(import.meta.url);
const { generateVault } = require(path.join(projectRoot, 'out/corpora/generateVault.js'));
installExitHandlers();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-vault-'));
try {
  generateVault(dir, { notes, seed: 1 });
  await ensureCodeServer();
  const result = await runInHost({
    extensionDevelopmentPath: projectRoot,
    extensionTestsPath: path.join(projectRoot, 'out/test/vscode/probe/index.js'),
    vaultSource: dir,
    print: (line) => { if (line.includes('@@probe') || /✗|error/i.test(line)) console.log(line); },
  });
  console.log('failed', result.failed);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  await cleanupAll();
}
