// Prints the one closing line CI reads, `N passed, N failed`, summed over every suite's report, plus any failed
// steps of .ci/run counted as failures. Usage: node scripts/ci-summary.js <failed-steps>
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = Number(process.argv[2] ?? 0);
let skipped = 0;
const seen = [];

if (existsSync('reports/wtr-count.json')) {
  const r = JSON.parse(readFileSync('reports/wtr-count.json', 'utf8'));
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
  seen.push(`unit/component ${r.passed}/${r.passed + r.failed}`);
}
if (existsSync('reports/stories.json')) {
  const r = JSON.parse(readFileSync('reports/stories.json', 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped += r.numPendingTests ?? 0;
  seen.push(`stories ${r.numPassedTests}/${r.numTotalTests}`);
}
if (existsSync('reports/cli.tap')) {
  const text = readFileSync('reports/cli.tap', 'utf8');
  const p = Number(text.match(/^# pass (\d+)/m)?.[1] ?? 0);
  const f = Number(text.match(/^# fail (\d+)/m)?.[1] ?? 0);
  passed += p;
  failed += f;
  seen.push(`cli ${p}/${p + f}`);
}
console.log(`suites: ${seen.join(', ') || 'none'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
