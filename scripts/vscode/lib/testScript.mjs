// The frame every test runner script shares: exit handlers, code-server installed, the build
// (unless --no-build), then the stage itself; its counts go to `npm test` (reportResults), and
// anything thrown counts as one failure. Processes and temp folders are cleaned up either way.
import { buildUnlessSkipped } from './build.mjs';
import { reportResults } from './inHost.mjs';
import { ensureCodeServer } from './installCodeServer.mjs';
import { cleanupAll, installExitHandlers } from './processes.mjs';

/**
 * @param {string} label what the summary line calls the stage
 * @param {() => Promise<{passed: number, failed: number, seconds?: number}>} stage
 */
export async function runTestScript(label, stage) {
  installExitHandlers();
  const started = Date.now();
  try {
    await ensureCodeServer();
    buildUnlessSkipped();
    const result = await stage();
    const seconds = result.seconds ?? (Date.now() - started) / 1000;
    console.log(`${label}: ${result.passed} passed, ${result.failed} failed (${seconds.toFixed(1)} s)`);
    reportResults(result);
    process.exitCode = result.failed > 0 ? 1 : 0;
  } catch (err) {
    console.error(`error: ${err.stack ?? err.message}`);
    reportResults({ passed: 0, failed: 1 });
    process.exitCode = 1;
  } finally {
    await cleanupAll();
  }
}
