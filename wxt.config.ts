import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import type { Alias, AliasOptions } from 'vite';
import { SELLER_CENTRAL_MATCHES } from './utils/marketplaces';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The UI's texts live with the code that reads them (the repository's top level stays as it is).
  i18n: { localesDir: resolve(import.meta.dirname, 'utils/i18n/locales') },
  manifest: ({ browser }) => ({
    // Localised from utils/i18n/locales/<lang>.json by @wxt-dev/i18n (_locales/<lang>/messages.json; docs/i18n.md).
    default_locale: 'en',
    name: '__MSG_manifest_name__',
    short_name: '__MSG_manifest_shortName__',
    description: '__MSG_manifest_description__',
    // storage: the action queue and settings; alarms: deadline reminders without polling;
    // scripting: the background injects a page's overlay UI in Firefox, and in Chromium when the router's
    // import of it fails (below).
    permissions: ['storage', 'alarms', 'scripting'],
    optional_permissions: ['notifications'],
    host_permissions: [...SELLER_CENTRAL_MATCHES],
    action: { default_title: '__MSG_manifest_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          // No web-accessible files: in Firefox the background injects the overlay bundles, as before
          // (the router's import() path is measured and tested in Chromium only).
          browser_specific_settings: {
            gecko: {
              id: 'sfp-guide@sfp-guide.github.io',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '140.0',
              // Nothing is collected or transmitted (README: Permissions and privacy).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The overlay bundles, so that the router can import() them as modules on Seller Central pages
          // only (entrypoints/seller-central.content/route.ts, loadOverlay): Chromium compiles an imported
          // module off the main thread and keeps its V8 code cache, which it never does for
          // scripting.executeScript files. Static URLs on purpose: with use_dynamic_url the URL changes every
          // browser session and Chromium keeps no code cache for it (v8.compileModule trace). Nothing else.
          web_accessible_resources: [{ resources: ['content-scripts/overlay-*.js'], matches: [...SELLER_CENTRAL_MATCHES] }],
        }),
  }),
  // npm run zip:firefox also writes the sources package AMO reviewers rebuild from
  // (docs/store/amo-review.md): the code, the lockfile and the build config, without the tests, their
  // fixtures and the screenshots, which the build does not use.
  zip: {
    excludeSources: ['tests/**', 'docs/**/*.png', 'coverage/**', 'web-ext-artifacts/**', '.e2e/**', '.bench/**', '.demo/**'],
  },
  hooks: {
    // The overlay content scripts (injected on demand) render with preact/compat instead of React:
    // measured in toolchain.md (React 19 ≈ 35 ms script, +51 ms load; preact/compat ≈ 12 ms, +27 ms).
    // Only those bundles are aliased; popup and options keep React. Owner: the overlay (issue 5).
    // The router and the overlays run in Seller Central pages: the native API object instead of the
    // polyfill (≈ 10 kB less to parse in every overlay bundle).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      const all = (test: (name: string) => boolean) => entrypoints.length > 0 && entrypoints.every((e) => test(e.name));
      // SFP_OVERLAY_REACT=1 builds the overlay with React itself, to re-measure the choice with npm run bench.
      const preact = process.env.SFP_OVERLAY_REACT !== '1';
      // The overlay bundles (one per page kind, entrypoints/overlay-<kind>.content) get preact/compat and,
      // like the router, the native API object: Chrome MV3's and Firefox's own APIs return promises.
      const extra = all((n) => n.startsWith('overlay-'))
        ? [...(preact ? PREACT_ALIASES : []), ...NATIVE_BROWSER_ALIASES]
        : all((n) => n === 'seller-central')
          ? NATIVE_BROWSER_ALIASES
          : null;
      // npm run bench:where builds with source maps to map CPU-profile samples back to modules.
      if (process.env.SFP_SOURCEMAP === '1') {
        viteConfig.build ??= {};
        viteConfig.build.sourcemap = true;
      }
      if (!extra) return;
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = [...extra, ...aliasList(viteConfig.resolve.alias)];
    },
  },
});

/** react → preact/compat, longest specifiers first (exact matches only). */
const PREACT_ALIASES: Alias[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** wxt/browser → the native API object (entrypoints/seller-central.content/native-browser.ts). */
const NATIVE_BROWSER_ALIASES: Alias[] = [
  { find: /^wxt\/browser$/, replacement: resolve(import.meta.dirname, 'entrypoints/seller-central.content/native-browser.ts') },
];

function aliasList(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return [...(alias as readonly Alias[])];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
}
