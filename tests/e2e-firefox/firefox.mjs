// Where Firefox is, for tests/run-all.mjs and tests/e2e-firefox/run.mjs (no TypeScript: plain Node).
import { accessSync, constants } from 'node:fs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_INSTALL_HINT = 'install it with `sudo apt-get install firefox-esr` (or set FIREFOX_PATH)';

/** True when the Firefox binary exists and is executable. */
export function hasFirefox() {
  try {
    accessSync(FIREFOX_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
