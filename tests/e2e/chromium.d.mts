/** Path of the Chromium binary (CHROMIUM_PATH or /usr/bin/chromium). */
export const CHROMIUM_PATH: string;
/** How to install Chromium, for messages. */
export const INSTALL_HINT: string;
/** True when the Chromium binary exists and is executable. */
export function hasChromium(): boolean;
