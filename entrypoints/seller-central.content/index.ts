/**
 * The router: runs on every Seller Central page, so it must stay tiny (architecture.md: ≤ 5 ms where
 * nothing is shown). It only asks `detectPage` about the URL and, when the page kind has an overlay
 * that the seller left enabled, asks the background to inject the overlay bundle
 * (entrypoints/overlay.content, utils/inject.ts). No React, no zod, no date libraries here.
 *
 * SPA navigation is followed through WXT's `wxt:locationchange` (Navigation API in Chromium: no
 * polling). Once the overlay is injected it follows navigation itself; the router only asks once.
 */
import { SELLER_CENTRAL_MATCHES } from '@/utils/marketplaces';
import { detectPage } from '@/utils/pages/detect';
import { overlayWanted, OVERLAY_MARK } from './route';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  runAt: 'document_end',
  main(ctx) {
    let asked = false;
    const route = (url: string): void => {
      if (asked || document.documentElement.hasAttribute(OVERLAY_MARK)) return;
      const page = detectPage(url);
      if (!page || page.kind === 'other') return;
      // Settings are read raw (no storage library in this bundle); see ./route.ts.
      void overlayWanted(page.kind, (key) => browser.storage.local.get(key))
        .then((wanted) => {
          if (!wanted || asked || ctx.isInvalid) return;
          asked = true;
          return browser.runtime.sendMessage({ type: 'sfp:inject-overlay' });
        })
        // A failure here (extension reloaded, worker asleep) must never reach the page console.
        .catch(() => undefined);
    };
    route(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (event) => route(event.newUrl.href));
  },
});
