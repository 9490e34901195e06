// npm run test:e2e:firefox — the real-Firefox suite (firefox-esr over WebDriver BiDi). Extra arguments
// go to vitest. Without Firefox: an error under CI=true, otherwise one line saying how to install it.
import { spawnSync } from 'node:child_process';
import { FIREFOX_INSTALL_HINT, FIREFOX_PATH, hasFirefox } from './firefox.mjs';

if (!hasFirefox()) {
  if (process.env.CI === 'true') {
    console.error(`e2e-firefox: ERROR: Firefox not found at ${FIREFOX_PATH} (CI=true requires it); ${FIREFOX_INSTALL_HINT}.`);
    process.exit(1);
  }
  console.log(`e2e-firefox: skipped — Firefox not found at ${FIREFOX_PATH}; ${FIREFOX_INSTALL_HINT}.`);
  process.exit(0);
}
const r = spawnSync('npx', ['vitest', 'run', '-c', 'tests/e2e-firefox/vitest.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
