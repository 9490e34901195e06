// npm run test:e2e — the real-Chromium suite. Extra arguments go to vitest (e.g. a spec file name).
// Without Chromium: an error under CI=true, otherwise one line saying how to install it, and exit 0.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_PATH, INSTALL_HINT, hasChromium } from './chromium.mjs';

if (!hasChromium()) {
  if (process.env.CI === 'true') {
    console.error(`e2e: ERROR: Chromium not found at ${CHROMIUM_PATH} (CI=true requires it); ${INSTALL_HINT}.`);
    process.exit(1);
  }
  console.log(`e2e: skipped — Chromium not found at ${CHROMIUM_PATH}; ${INSTALL_HINT}.`);
  process.exit(0);
}
const r = spawnSync('npx', ['vitest', 'run', '-c', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
