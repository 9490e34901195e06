export const FIREFOX_PATH: string;
export const FIREFOX_INSTALL_HINT: string;
export function hasFirefox(): boolean;
