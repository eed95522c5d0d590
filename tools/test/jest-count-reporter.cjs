// Appends "passed failed skipped" for each Jest run to $JEST_COUNT_FILE, so the test runner can print
// one closing line for the whole workspace (Jest's own summary is per project).
const fs = require('node:fs');
const path = require('node:path');

class CountReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_COUNT_FILE;
    if (!file) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const failedSuites = results.numRuntimeErrorTestSuites || 0;
    fs.appendFileSync(
      file,
      `${results.numPassedTests} ${results.numFailedTests + failedSuites} ${results.numPendingTests}\n`,
    );
  }
}
module.exports = CountReporter;
