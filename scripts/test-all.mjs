// `npm test`: installs what the tests need (npm packages, Debian chromium, the app data), then runs
// type checks, lint, the unit tests (node) and the browser tests (headless chromium), and ends with one
// plain "N passed, N failed" line that CI reads.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, ensureChromium, ensureData, ensureDependencies, run } from './lib/setup.mjs';

ensureDependencies();
ensureChromium();
ensureData();
run('npx', ['tsc', '-b']);
run('npx', ['eslint', '.']);

const reports = mkdtempSync(join(tmpdir(), 'ldm-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSuites = 0;
for (const project of ['unit', 'e2e']) {
  const report = join(reports, `${project}.json`);
  console.log(`\n▶ vitest run --project ${project}`);
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (!existsSync(report)) {
    console.error(`✖ vitest (${project}) wrote no report (exit ${result.status})`);
    failedSuites += 1;
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  if (result.status !== 0) failedSuites += 1;
  if (json.numTotalTests === 0) {
    console.error(`✖ vitest (${project}) ran no test`);
    failedSuites += 1;
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites > 0 || totals.failed > 0 ? 1 : 0);
