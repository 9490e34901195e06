/**
 * Builds the Chrome MV3 extension for e2e, demo and bench. Each run builds into its own directory
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
 */
export function buildExtension(outBase: string): string {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(DEFAULT_BUILD, 'manifest.json'))) return DEFAULT_BUILD;
  const script = "const { build } = await import('wxt'); await build({ outDir: process.env.SFP_BUILD_OUT });";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    // NODE_ENV=test (set by vitest) would make Vite compile JSX for React's dev runtime, which the
    // production React build lacks ("jsxDEV is not a function"): always build for production.
    env: { ...process.env, NODE_ENV: 'production', SFP_BUILD_OUT: resolve(outBase) },
  });
  const dir = join(resolve(outBase), 'chrome-mv3');
  if (result.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return dir;
}
