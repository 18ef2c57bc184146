import Mocha = require('mocha');

/**
 * A mocha reporter for the extension host. Its output reaches the runner only as browser console
 * messages mixed with the workbench's own, so every line carries TAG and the runner keeps just
 * those. The last line is a machine-readable summary the runner counts from.
 */
export const TAG = '[1x1-test]';
export const SUMMARY_MARK = '@@summary ';
export const VERSION_MARK = '@@vscode ';

export function say(text: string): void {
  for (const line of text.split('\n')) console.log(`${TAG} ${line}`);
}

export class TaggedReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    const events = Mocha.Runner.constants;
    const failed: { title: string; err: Error }[] = [];
    let depth = 0;
    const indent = () => '  '.repeat(depth);

    runner.on(events.EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => {
      if (suite.root) return;
      say(`${indent()}${suite.title}`);
      depth++;
    });
    runner.on(events.EVENT_SUITE_END, (suite: Mocha.Suite) => {
      if (!suite.root) depth--;
    });
    runner.on(events.EVENT_TEST_PASS, (test: Mocha.Test) => say(`${indent()}✓ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on(events.EVENT_TEST_PENDING, (test: Mocha.Test) => say(`${indent()}- ${test.title} (pending)`));
    runner.on(events.EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      failed.push({ title: test.fullTitle(), err });
      say(`${indent()}✗ ${test.title} — FAILED (${failed.length})`);
    });
    runner.once(events.EVENT_RUN_END, () => {
      failed.forEach(({ title, err }, i) => {
        say('');
        say(`${i + 1}) ${title}`);
        say(`   ${err.stack ?? err.message}`);
      });
      const stats = this.stats;
      say('');
      say(`${SUMMARY_MARK}${JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending })}`);
    });
  }
}
