/**
 * One overlay bundle per page kind (entrypoints/overlay-<kind>.content): each carries only its own
 * feature, so the order page does not parse the list features or the message classifier (issue 5
 * budgets). The router imports the bundle for the kind it detected (Chromium), or has the background
 * inject it (Firefox, or when the import fails: loadOverlay in entrypoints/seller-central.content/route.ts,
 * utils/inject.ts); it is never listed among the manifest's content scripts. Each bundle marks <html> with
 * its own attribute so it runs once per document, follows SPA navigation itself, and shows only on pages of
 * its kind: after a navigation to another kind the router asks for that kind's bundle and this one hides.
 */
// First: starts the storage read before the modules below are evaluated (see ./boot.ts).
import { storedAtStart } from './boot';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_CENTRAL_MATCHES } from '@/utils/marketplaces';
import type { OverlayKind } from '@/utils/settings';
import { overlayMark } from '@/entrypoints/seller-central.content/route';
import type { OverlayFeature } from '../feature';
import { startOverlay } from './controller';

/** The content-script definition of the overlay bundle for `feature`'s page kind. */
export function defineOverlayBundle<K extends OverlayKind>(feature: OverlayFeature<K>) {
  return defineContentScript({
    matches: [...SELLER_CENTRAL_MATCHES],
    registration: 'runtime',
    // The styles are bundled as text and handed to the shadow root UI (controller.tsx): no CSS fetch on
    // the way to the first render, and no web-accessible stylesheet.
    cssInjectionMode: 'manual',
    // WXT would otherwise post a 'wxt:content-script-started' message to Seller Central's own window
    // listeners (it also dispatches a DOM event, which is what WXT itself listens to).
    noScriptStartedPostMessage: true,
    // Not async: when the background injects the bundle (the fallback), its completion value is what main
    // returns, and a promise there keeps the injection — and with it the page's `load` event — pending until
    // the overlay has shown its first page (measured: the messages page's load +122 ms, its thread frame
    // waiting behind the overlay).
    main(ctx) {
      const html = document.documentElement;
      const mark = overlayMark(feature.kind);
      if (html.hasAttribute(mark)) return;
      html.setAttribute(mark, '');
      ctx.onInvalidated(() => html.removeAttribute(mark));
      // Nothing may reach the page: a failure to start leaves the page exactly as it was.
      startOverlay(ctx, feature as unknown as OverlayFeature, storedAtStart).catch(() => undefined);
    },
  });
}
