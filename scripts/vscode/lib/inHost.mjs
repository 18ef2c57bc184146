// Runs a mocha suite inside the real extension host of code-server, driven by headless chromium,
// and reports what the tagged reporter (test/vscode/taggedReporter.ts) printed there.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { installedVersions, startCodeServer, tail, workbenchUrl } from './codeServer.mjs';
import { cleanupScope } from './processes.mjs';
import { makeTempRoot } from './tempRoot.mjs';

/** The moment the example vault is written for (examples/vault/README.md). */
export const PINNED_NOW = '2026-11-23T17:30';
/** The zone the tests' VS Code runs in: calendar times are shown in the machine's zone, and the example's calendar is its owner's, in Berlin. */
export const PINNED_TIME_ZONE = 'Europe/Berlin';

// Must match test/vscode/taggedReporter.ts.
const TAG = '[1x1-test] ';
const SUMMARY_MARK = '@@summary ';
const VERSION_MARK = '@@vscode ';

/**
 * @param {object} o
 * @param {string} o.extensionDevelopmentPath folder of the extension to load as "under development"
 * @param {string} o.extensionTestsPath compiled test index (exports `run()`)
 * @param {string} [o.vaultSource] folder copied to a temp workspace that VS Code opens
 * @param {string} [o.workspace] instead, a folder VS Code opens as it is (the same path twice keeps
 *   the extension's `storageUri`, with the same `userDataDir` from `prepare`)
 * @param {(tmp: object) => Promise<{extensionsDir?: string, userDataDir?: string}>} [o.prepare]
 *   runs before code-server starts (e.g. installs a .vsix into the run's extensions folder)
 * @param {boolean} [o.workspaceTrust] turn workspace trust on: the opened folder is then untrusted (Restricted Mode)
 * @returns {Promise<{passed: number, failed: number, exitCode: number, vscode?: object, seconds: number}>}
 *
 * Releases what it started (code-server, chromium, its temp folder) when it ends; what the caller
 * registered before stays for the caller's cleanup.
 */
export async function runInHost({
  extensionDevelopmentPath,
  extensionTestsPath,
  vaultSource,
  workspace: givenWorkspace,
  prepare,
  workspaceTrust = false,
  // A last resort: mocha's own per-test time-out (20 s) normally ends a stuck test much earlier.
  timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_SECONDS || 240) * 1000,
  print = console.log,
}) {
  const started = Date.now();
  const release = cleanupScope();
  const tmp = makeTempRoot();
  const workspace = givenWorkspace ?? path.join(tmp.root, 'workspace');
  if (!givenWorkspace) fs.cpSync(vaultSource, workspace, { recursive: true });
  const dirs = prepare ? await prepare(tmp) : {};

  let summary;
  let vscodeInfo;
  let exitCode;
  try {
    // The example vault's "now" (SPEC §8): the suite's dates do not depend on the day CI runs.
    const { env: extraEnv, ...serverDirs } = dirs;
    const server = await startCodeServer({ tmp, workspaceTrust, env: { ONE_ON_ONE_NOW: PINNED_NOW, TZ: PINNED_TIME_ZONE, ...extraEnv }, ...serverDirs });
    const browser = await launchBrowser(tmp);
    const { page } = browser;

    let settle;
    const ended = new Promise((resolve, reject) => (settle = { resolve, reject }));
    ended.catch(() => {}); // handled where it is awaited; this keeps an early rejection from being "unhandled"
    // The workbench calls this when the test extension host ends, with mocha's verdict.
    await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(Number(code)));
    page.on('crash', () => settle.reject(new Error('the workbench page crashed')));
    const timer = setTimeout(() => settle.reject(new Error(`no result within ${timeoutMs / 1000} s`)), timeoutMs);
    page.on('console', (msg) => {
      const text = msg.text();
      const at = text.indexOf(TAG);
      if (at < 0) {
        if (process.env.VERBOSE === '1') print(`  [console.${msg.type()}] ${text}`);
        return;
      }
      const line = text.slice(at + TAG.length);
      if (line.startsWith(SUMMARY_MARK)) summary = JSON.parse(line.slice(SUMMARY_MARK.length));
      else if (line.startsWith(VERSION_MARK)) {
        vscodeInfo = JSON.parse(line.slice(VERSION_MARK.length));
        const { codeServer } = installedVersions();
        print(`VS Code ${vscodeInfo.version} (code-server ${codeServer}, ${vscodeInfo.uiKind} UI, Node extension host)`);
      } else print(line);
    });
    if (process.env.VERBOSE === '1') page.on('pageerror', (err) => print(`  [pageerror] ${err.message}`));

    try {
      await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath, extensionTestsPath }));
      exitCode = await ended;
    } catch (err) {
      print(`error: ${err.message}`);
      print(tail(server.logFile));
      exitCode = 1;
    } finally {
      clearTimeout(timer);
    }
    // Console messages can trail the exit call by a moment.
    for (let i = 0; i < 20 && !summary; i++) await new Promise((r) => setTimeout(r, 100));
  } finally {
    await release();
  }
  const seconds = (Date.now() - started) / 1000;
  if (!summary) {
    print('error: the suite printed no summary (it did not run, or the extension host died)');
    return { passed: 0, failed: 1, exitCode: exitCode || 1, vscode: vscodeInfo, seconds };
  }
  // A hook failure or a crash after the summary still fails the run.
  const failed = summary.failed + (exitCode !== 0 && summary.failed === 0 ? 1 : 0);
  return { passed: summary.passed, failed, exitCode: failed > 0 ? 1 : 0, vscode: vscodeInfo, seconds };
}

/** Writes `{passed, failed}` where `npm test` (test-all.mjs) asked for it. */
export function reportResults(result) {
  const file = process.env.ONE_ON_ONE_RESULTS_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify({ passed: result.passed, failed: result.failed }));
}
