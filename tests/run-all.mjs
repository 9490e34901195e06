// npm test: typecheck, lint, vitest (unit + dom projects), the overlay's component tests again on
// preact/compat, then the real-Chromium e2e suite and the real-Firefox one (tests/e2e-firefox).
// Prints each step's result and ends with one line "N passed, N failed" over every test, with the
// typecheck and lint counting as one check each; exits non-zero on any failure. The counts are also
// written to .e2e/summary.json so .ci/run can add its own checks.
// Without Chromium (Firefox) the e2e (e2e-firefox) step is an error under CI=true, otherwise skipped with one line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CHROMIUM_PATH, INSTALL_HINT, hasChromium } from './e2e/chromium.mjs';
import { FIREFOX_INSTALL_HINT, FIREFOX_PATH, hasFirefox } from './e2e-firefox/firefox.mjs';

const OUT = '.e2e';
mkdirSync(OUT, { recursive: true });
const steps = [];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status ?? 1;
}

function check(name, commands) {
  console.log(`\n▶ ${name}`);
  const ok = commands.every(([cmd, ...args]) => run(cmd, args) === 0);
  steps.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  console.log(`${ok ? '✔' : '✘'} ${name}: ${ok ? 'passed' : 'FAILED'}`);
}

// Counts from vitest's JSON report; a file that failed without a failing test (import or setup error)
// counts as one failure, and so does a non-zero exit with no report.
function vitest(name, cmd, args, report) {
  console.log(`\n▶ ${name}`);
  rmSync(report, { force: true });
  const status = run(cmd, [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = json.numFailedTests ?? 0;
    for (const file of json.testResults ?? []) {
      const anyTestFailed = (file.assertionResults ?? []).some((a) => a.status === 'failed');
      if (file.status === 'failed' && !anyTestFailed) failed += 1;
    }
  }
  if (status !== 0 && failed === 0) failed = 1;
  steps.push({ name, passed, failed });
  console.log(`${failed === 0 ? '✔' : '✘'} ${name}: ${passed} passed, ${failed} failed`);
}

check('typecheck (wxt prepare, tsc --noEmit)', [['npx', 'wxt', 'prepare'], ['npx', 'tsc', '--noEmit']]);
check('lint (eslint)', [['npx', 'eslint', '.']]);
vitest('vitest (unit + dom, coverage of utils/policy and utils/calendar)', 'npx', ['vitest', 'run', '--coverage'], `${OUT}/vitest-unit.json`);
// The overlay ships with preact/compat aliased for React (wxt.config.ts): its component tests run again on it.
vitest('overlay components on preact/compat (the runtime the overlay ships with)', 'npx', ['vitest', 'run', '--config', 'tests/component/overlay/vitest.preact.config.ts'], `${OUT}/vitest-preact.json`);

if (hasChromium()) {
  vitest('e2e (real Chromium)', 'node', ['tests/e2e/run.mjs'], `${OUT}/vitest-e2e.json`);
} else if (process.env.CI === 'true') {
  console.error(`\n✘ e2e: ERROR: Chromium not found at ${CHROMIUM_PATH} (required under CI=true); ${INSTALL_HINT}.`);
  steps.push({ name: 'e2e (real Chromium)', passed: 0, failed: 1 });
} else {
  console.log(`\n− e2e: skipped — Chromium not found at ${CHROMIUM_PATH}; ${INSTALL_HINT}.`);
  steps.push({ name: 'e2e (real Chromium)', passed: 0, failed: 0, skipped: true });
}

if (hasFirefox()) {
  vitest('e2e (real Firefox, WebDriver BiDi)', 'node', ['tests/e2e-firefox/run.mjs'], `${OUT}/vitest-e2e-firefox.json`);
} else if (process.env.CI === 'true') {
  console.error(`\n✘ e2e-firefox: ERROR: Firefox not found at ${FIREFOX_PATH} (required under CI=true); ${FIREFOX_INSTALL_HINT}.`);
  steps.push({ name: 'e2e (real Firefox, WebDriver BiDi)', passed: 0, failed: 1 });
} else {
  console.log(`\n− e2e-firefox: skipped — Firefox not found at ${FIREFOX_PATH}; ${FIREFOX_INSTALL_HINT}.`);
  steps.push({ name: 'e2e (real Firefox, WebDriver BiDi)', passed: 0, failed: 0, skipped: true });
}

const passed = steps.reduce((n, s) => n + s.passed, 0);
const failed = steps.reduce((n, s) => n + s.failed, 0);
writeFileSync(`${OUT}/summary.json`, JSON.stringify({ passed, failed, steps }, null, 2) + '\n');
console.log('\nSummary:');
for (const s of steps) console.log(`  ${s.skipped ? 'skipped' : `${s.passed} passed, ${s.failed} failed`}  ${s.name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
