// Where Chromium is, for tests/run-all.mjs, tests/e2e/run.mjs, demo and bench (no TypeScript: plain Node).
import { accessSync, constants } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH)';

/** True when the Chromium binary exists and is executable. */
export function hasChromium() {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
