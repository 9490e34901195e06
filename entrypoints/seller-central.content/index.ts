/**
 * The router: runs on every Seller Central page, so it must stay tiny (architecture.md: ≤ 5 ms where
 * nothing is shown). It only asks `detectPage` about the URL and, for a page kind that has an
 * overlay, asks the background to inject that kind's overlay bundle (entrypoints/overlay-<kind>.content,
 * utils/inject.ts). No React, no schema library, no date libraries, no storage read here: the background skips
 * the injection when the seller switched that kind off (settings.overlays), and the overlay re-checks.
 * One exception, on order pages only: it reads the raw settings to start the order JSON request the
 * overlay will need (utils/pages/page-fetch.ts) while the page is still loading.
 *
 * SPA navigation is followed through WXT's `wxt:locationchange` (Navigation API in Chromium: no
 * polling). An injected bundle follows navigation itself; the router asks once per kind and document.
 */
import { SELLER_CENTRAL_MATCHES } from '@/utils/marketplaces';
import { detectPage, type DetectedPage } from '@/utils/pages/detect';
import { prefetchJson } from '@/utils/pages/page-fetch';
import { SETTINGS_KEY } from '@/utils/storage-keys';
import { INJECT_AFTER_LOAD, injectRequest, jsonToPrefetch, overlayMark, type OverlayPageKind } from './route';

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
    const route = (page: DetectedPage | null): void => {
      const request = injectRequest(page);
      if (!request || asked.has(request.kind) || document.documentElement.hasAttribute(overlayMark(request.kind))) return;
      asked.add(request.kind);
      const ask = () => {
        // A failure here (extension reloaded, worker asleep) must never reach the page console.
        browser.runtime.sendMessage(request).catch(() => {
          asked.delete(request.kind);
        });
      };
      if (INJECT_AFTER_LOAD.has(request.kind) && document.readyState !== 'complete') {
        ctx.addEventListener(window, 'load', ask, { once: true });
      } else ask();
    };
    const page = detectPage(location.href);
    route(page);
    // The order page's JSON, requested now instead of after the overlay bundle has loaded (its reader's
    // first source: overlay visible ≈ 10 ms sooner). Same request, same rules: only when allowed.
    if (page?.kind === 'order-details') {
      browser.storage.local.get(SETTINGS_KEY).then(
        (raw) => {
          const path = jsonToPrefetch(page, raw[SETTINGS_KEY]);
          if (path) prefetchJson(window, path);
        },
        () => undefined,
      );
    }
    ctx.addEventListener(window, 'wxt:locationchange', (event) => route(detectPage(event.newUrl.href)));
  },
});
