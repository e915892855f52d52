// Writes how many tests passed and failed to test-results/unit.json, so `npm test` can
// print one summary line for every kind of test it runs.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A test file that failed to load, or threw outside a test, counts as one failure.
        if (session.errors?.length) totals.failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/unit.json', JSON.stringify(totals));
    },
  };
}
