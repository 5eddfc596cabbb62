// Prints the one line CI reads, "N passed, N failed", from the Vitest and Playwright JSON reports
// and the named checks in reports/checks.txt. Exits 1 when anything failed or nothing ran.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  // A test file that fails before its tests run (an import throws) has no failed test of its own:
  // count each such file as a failure, or a broken file would pass as "0 failed".
  const brokenFiles = (vitest.testResults ?? []).filter((file) => file.status === 'failed' && !file.assertionResults?.some((t) => t.status === 'failed'));
  for (const file of brokenFiles) console.error(`unit test file failed to run: ${file.name}`);
  failed += vitest.numFailedTests + brokenFiles.length;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else missing.push('unit tests (reports/vitest.json)');

const playwright = read('reports/playwright.json');
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
  skipped += playwright.stats.skipped;
  failed += playwright.errors?.length ?? 0;
} else missing.push('browser tests (reports/playwright.json)');

if (existsSync('reports/checks.txt')) {
  for (const line of readFileSync('reports/checks.txt', 'utf8').trim().split('\n')) {
    const [name, result] = line.split(' ');
    if (result === 'pass') passed++;
    else {
      failed++;
      console.error(`check failed: ${name}`);
    }
  }
}
for (const m of missing) {
  console.error(`did not run: ${m}`);
  failed++;
}
const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync('reports/summary.txt', `${line}\n`);
console.log(line);
process.exitCode = failed || passed === 0 ? 1 : 0;
