// Prints one closing line for all jest runs, e.g. "tests: 412 passed, 0 failed, 3 skipped".
const { existsSync, readFileSync } = require('node:fs');

const totals = { passed: 0, failed: 0, skipped: 0 };

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    totals.failed += 1;
    process.stderr.write(`[test] no results in ${file}: that run did not finish\n`);
    continue;
  }
  const run = JSON.parse(readFileSync(file, 'utf8'));

  totals.passed += run.numPassedTests;
  totals.failed += run.numFailedTests + run.numRuntimeErrorTestSuites;
  totals.skipped += run.numPendingTests + run.numTodoTests;
}
process.stdout.write(
  `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
);
