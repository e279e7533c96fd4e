// A tiny web-test-runner reporter that writes {passed, failed, skipped} to a JSON file, so .ci/run can print one
// closing line summed over every suite.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(results, acc) {
  if (!results) return;
  for (const t of results.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of results.suites ?? []) count(s, acc);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        // A test file that failed to load, or an error outside any test, counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) acc.fileErrors++;
      }
      acc.failed += acc.fileErrors;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(acc));
    },
  };
}
