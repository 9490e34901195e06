/** Builds the Chrome MV3 extension once for e2e, demo and bench (`wxt build` → .output/chrome-mv3). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `wxt build` unless E2E_SKIP_BUILD=1 and a build exists; throws with wxt's output on failure. */
export function buildExtension(root = process.cwd()): void {
  const manifest = join(root, '.output', 'chrome-mv3', 'manifest.json');
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(manifest)) return;
  const wxt = join(root, 'node_modules', '.bin', 'wxt');
  // NODE_ENV=test (set by vitest) would make Vite compile JSX for React's dev runtime, which the
  // production React build lacks ("jsxDEV is not a function"): always build for production.
  const result = spawnSync(wxt, ['build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
