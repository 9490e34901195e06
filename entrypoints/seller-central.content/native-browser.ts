/**
 * `wxt/browser` for the router and overlay bundles (aliased in wxt.config.ts): the native extension
 * API object instead of webextension-polyfill, which would be most of the router's size and run time
 * and ≈ 10 kB of every overlay bundle. Firefox has a promise-based `browser`; Chrome MV3's `chrome`
 * APIs return promises too. The content scripts only use runtime (id, sendMessage, getURL) and
 * storage (through @wxt-dev/storage, which uses the native object itself); they register no
 * onMessage listener, the one place where the polyfill's promise-returning listeners would matter.
 */
type Api = typeof import('webextension-polyfill');
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;
export type { Browser } from 'wxt/browser';
