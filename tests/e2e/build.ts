/**
 * Builds the Chrome MV3 extension for e2e, demo and bench (and the Firefox MV2 one for tests/e2e-firefox). Each run builds into its own directory
 * (WXT's `build({ outDir })`, the same production build as `wxt build`), so a developer rebuilding
 * .output/ at the same time cannot pull files from under a running browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The unpacked build `npm run build` writes. */
export const DEFAULT_BUILD = resolve('.output/chrome-mv3');

/**
 * Builds into `<outBase>/chrome-mv3` and returns that path. With E2E_SKIP_BUILD=1 it returns the
 * existing .output/chrome-mv3 instead (when there is one). Throws with WXT's output on failure.
 * `browser: 'firefox'` builds the Firefox MV2 package instead (`<outBase>/firefox-mv2`, as
 * `npm run build:firefox`; E2E_SKIP_BUILD=1 → .output/firefox-mv2), for tests/e2e-firefox.
 */
export function buildExtension(outBase: string, browser: 'chrome' | 'firefox' = 'chrome'): string {
  const existing = browser === 'chrome' ? DEFAULT_BUILD : resolve('.output/firefox-mv2');
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(existing, 'manifest.json'))) return existing;
  const script = `const { build } = await import('wxt'); await build({ outDir: process.env.SFP_BUILD_OUT, browser: '${browser}' });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    // NODE_ENV=test (set by vitest) would make Vite compile JSX for React's dev runtime, which the
    // production React build lacks ("jsxDEV is not a function"): always build for production.
    env: { ...process.env, NODE_ENV: 'production', SFP_BUILD_OUT: resolve(outBase) },
  });
  const dir = join(resolve(outBase), browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  if (result.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return dir;
}
