/**
 * `wxt/browser` for the router bundle only (aliased in wxt.config.ts): the native extension API
 * object instead of webextension-polyfill, which would be most of this tiny script's size and run
 * time. Firefox has a promise-based `browser`; Chrome MV3's `chrome` APIs return promises too, and
 * the router only uses runtime.id and runtime.sendMessage.
 */
type Api = typeof import('webextension-polyfill');
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;
export type { Browser } from 'wxt/browser';
