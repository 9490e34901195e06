/**
 * The router: runs on every Seller Central page, so it must stay tiny (architecture.md: ≤ 5 ms where
 * nothing is shown). It only asks `detectPage` about the URL and, for a page kind that has an
 * overlay, reads the raw settings and loads that kind's overlay bundle (entrypoints/overlay-<kind>.content)
 * unless the seller switched it off: imported from the extension package (Chromium), or injected by the
 * background (Firefox, or when the import fails: loadOverlay in ./route.ts, utils/inject.ts). No React,
 * no schema library, no date libraries, no storage read on pages without an overlay. On order pages the
 * same settings read starts the order JSON request the overlay will need (utils/pages/page-fetch.ts)
 * while the page is still loading.
 *
 * SPA navigation is followed through WXT's `wxt:locationchange` (Navigation API in Chromium: no
 * polling). An injected bundle follows navigation itself; the router asks once per kind and document.
 */
import { SELLER_CENTRAL_MATCHES } from '@/utils/marketplaces';
import { detectPage, type DetectedPage } from '@/utils/pages/detect';
import { prefetchJson } from '@/utils/pages/page-fetch';
import { SETTINGS_KEY } from '@/utils/storage-keys';
import {
  INJECT_AFTER_LOAD,
  injectRequest,
  jsonToPrefetch,
  loadOverlay,
  overlayMark,
  type OverlayLoaderIo,
  type OverlayPageKind,
} from './route';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  // At document_start the URL is all the router needs, and the overlay bundle then loads while the
  // page is still parsing and waits for its anchors: measured `load` delay +22.7 → +10.7/+12.5 ms
  // (npm run bench, 20 runs) against document_end.
  runAt: 'document_start',
  // WXT would otherwise post a 'wxt:content-script-started' message to Seller Central's own window
  // listeners on every page (it also dispatches a DOM event, which is what WXT itself listens to).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const asked = new Set<OverlayPageKind>();
    const readSettings = (): Promise<unknown> => browser.storage.local.get(SETTINGS_KEY).then((raw) => raw[SETTINGS_KEY]);
    const io: OverlayLoaderIo = {
      url: (path) => browser.runtime.getURL(path),
      // Chromium: the bundle as a module (streamed compile, V8 code cache); Firefox: the background injects it.
      importModule: import.meta.env.FIREFOX ? undefined : (url) => import(/* @vite-ignore */ url),
      askBackground: (request) => browser.runtime.sendMessage(request),
    };
    const route = (page: DetectedPage | null, settings?: Promise<unknown>): void => {
      const request = injectRequest(page);
      if (!request || asked.has(request.kind) || document.documentElement.hasAttribute(overlayMark(request.kind))) return;
      asked.add(request.kind);
      const stored = settings ?? readSettings();
      const load = () => {
        // A failure here (extension reloaded, worker asleep) must never reach the page console; a kind
        // switched off or not loaded is asked for again on the next navigation to it.
        loadOverlay(request, stored, io).then(
          (how) => {
            if (how === 'off') asked.delete(request.kind);
          },
          () => asked.delete(request.kind),
        );
      };
      if (INJECT_AFTER_LOAD.has(request.kind) && document.readyState !== 'complete') {
        ctx.addEventListener(window, 'load', load, { once: true });
      } else load();
    };
    const page = detectPage(location.href);
    // Read once at the start on a page with an overlay: whether its kind is on, and (order pages) the JSON switch.
    const settings = injectRequest(page) ? readSettings() : undefined;
    route(page, settings);
    // The order page's JSON, requested now instead of after the overlay bundle has loaded (its reader's
    // first source: overlay visible ≈ 10 ms sooner). Same request, same rules: only when allowed.
    if (page?.kind === 'order-details') {
      settings?.then(
        (raw) => {
          const path = jsonToPrefetch(page, raw);
          if (path) prefetchJson(window, path);
        },
        () => undefined,
      );
    }
    ctx.addEventListener(window, 'wxt:locationchange', (event) => route(detectPage(event.newUrl.href)));
  },
});
