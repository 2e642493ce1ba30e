#!/usr/bin/env node
// Adds up Vitest JSON reports into the one line CI reads: "N passed, N failed[, N skipped]".
// Each failure is named (report, file, test, first line of its message) just above that line,
// so the end of the log says what failed without searching it.
import fs from 'node:fs';
import path from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of process.argv.slice(2)) {
  const name = path.basename(file, '.json');
  if (!fs.existsSync(file)) {
    failures.push(`${name}: report missing`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (!report.testResults && (report.numFailedTests ?? 0) > 0) failures.push(`${name}: failed`);
  for (const suite of report.testResults ?? []) {
    const where = path.relative(process.cwd(), suite.name ?? '');
    const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) {
      const message = String(test.failureMessages?.[0] ?? '')
        .split('\n')[0]
        .slice(0, 300);
      failures.push(`${name}: ${where} › ${test.fullName ?? test.title}\n    ${message}`);
    }
    // A test file that failed to load has no failed test but is a failure all the same.
    if (suite.status === 'failed' && failedTests.length === 0) {
      failed += 1;
      failures.push(
        `${name}: ${where} did not load\n    ${String(suite.message ?? '')
          .split('\n')[0]
          .slice(0, 300)}`,
      );
    }
  }
}
if (failures.length > 0) console.log(`failed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
