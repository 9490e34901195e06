/**
 * The overlay UI bundle: injected on demand by the background (utils/inject.ts) when the router
 * (entrypoints/seller-central.content) finds a page kind with an overlay; never listed in the
 * manifest. It marks <html> so it runs once per document, and cleans up through WXT's ctx.
 */
import { SELLER_CENTRAL_MATCHES } from '@/utils/marketplaces';
import { OVERLAY_MARK } from '../seller-central.content/route';
import { startOverlay } from './controller';

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  registration: 'runtime',
  // The styles are bundled as text and handed to the shadow root UI (controller.tsx): no CSS fetch on
  // the way to the first render, and no web-accessible stylesheet.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const html = document.documentElement;
    if (html.hasAttribute(OVERLAY_MARK)) return;
    html.setAttribute(OVERLAY_MARK, '');
    ctx.onInvalidated(() => html.removeAttribute(OVERLAY_MARK));
    try {
      await startOverlay(ctx);
    } catch {
      // Nothing may reach the page: a failure to start leaves the page exactly as it was.
    }
  },
});
