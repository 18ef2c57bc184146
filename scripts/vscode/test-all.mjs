#!/usr/bin/env node
// `npm test`: the unit tests, then the tests in a real VS Code (the integration suite in the
// extension host, the installed-.vsix test, the end-to-end UI test), each in its own process.
// Runs every stage even after a failure, and ends with one line `N passed, N failed` counting all
// of them (CI parses it); exits non-zero when anything failed or a stage could not run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer } from './lib/installCodeServer.mjs';
import { projectRoot } from './lib/paths.mjs';

const reporter = path.join(projectRoot, 'scripts/vscode/lib/countingReporter.cjs');
const stages = [
  // Extra arguments after `--` reach the last command of the lead's `test:unit` script (mocha).
  { name: 'unit', cmd: 'npm', args: ['run', '--silent', 'test:unit', '--', '--reporter', reporter] },
  { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'], counts: false },
  { name: 'in-VS Code suite', cmd: process.execPath, args: ['scripts/vscode/run-tests.mjs', '--no-build'] },
  { name: 'Restricted Mode', cmd: process.execPath, args: ['scripts/vscode/run-restricted.mjs', '--no-build'] },
  { name: '.vsix install', cmd: process.execPath, args: ['scripts/vscode/test-vsix.mjs', '--no-build'] },
  { name: 'e2e (workbench UI)', cmd: process.execPath, args: ['scripts/vscode/e2e.mjs', '--no-build'] },
];

const started = Date.now();
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), '1x1-test-results-'));
const rows = [];
let passed = 0;
let failed = 0;
let codeServerReady = true;
try {
  await ensureCodeServer();
} catch (err) {
  console.error(`error: cannot prepare code-server: ${err.message}`);
  codeServerReady = false;
}

for (const stage of stages) {
  const t0 = Date.now();
  if (!codeServerReady && stage.cmd === process.execPath) {
    rows.push({ stage: stage.name, passed: 0, failed: 1, note: 'not run: code-server is not installed', seconds: 0 });
    failed++;
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  const resultsFile = path.join(resultsDir, `${rows.length}.json`);
  const r = spawnSync(stage.cmd, stage.args, {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, ONE_ON_ONE_RESULTS_FILE: resultsFile },
  });
  const seconds = (Date.now() - t0) / 1000;
  const exitCode = r.status ?? 1;
  if (stage.counts === false) {
    if (exitCode !== 0) {
      rows.push({ stage: stage.name, passed: 0, failed: 1, note: `failed (exit ${exitCode})`, seconds });
      failed++;
    }
    continue;
  }
  let counts = { passed: 0, failed: 0 };
  try {
    counts = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    /* the stage died before reporting: counted below */
  }
  // A stage that exits non-zero without a failed test (a compile error, a crash) still fails the run.
  const stageFailed = counts.failed + (exitCode !== 0 && counts.failed === 0 ? 1 : 0);
  rows.push({ stage: stage.name, passed: counts.passed, failed: stageFailed, note: exitCode !== 0 && counts.failed === 0 ? `exit ${exitCode} without a test result` : '', seconds });
  passed += counts.passed;
  failed += stageFailed;
}
fs.rmSync(resultsDir, { recursive: true, force: true });

console.log('\n=== summary ===');
for (const row of rows) {
  console.log(`${row.stage.padEnd(20)} ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(3)} failed  ${row.seconds.toFixed(1).padStart(5)} s  ${row.note}`);
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
