// mocha's spec reporter, plus a file with the counts for `npm test`'s final line
// (path in ONE_ON_ONE_RESULTS_FILE). CommonJS because mocha loads reporters with require().
'use strict';
const fs = require('node:fs');
const Mocha = require('mocha');

class CountingSpecReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.ONE_ON_ONE_RESULTS_FILE;
      if (file) fs.writeFileSync(file, JSON.stringify({ passed: this.stats.passes, failed: this.stats.failures }));
    });
  }
}

module.exports = CountingSpecReporter;
