/**
 * Router decisions, kept free of libraries so the router bundle stays tiny.
 */
import type { DetectedPage, PageKind } from '@/utils/pages/detect';
import { orderJsonPath } from '@/utils/pages/page-fetch';

/** A page kind that has an overlay bundle (entrypoints/overlay-<kind>.content). */
export type OverlayPageKind = Exclude<PageKind, 'other'>;

/**
 * Attribute a kind's overlay bundle sets on <html> once injected (components/overlay/host/bundle.ts), so
 * each bundle is injected once per document.
 */
export function overlayMark(kind: OverlayPageKind): string {
  return `data-sfp-guide-overlay-${kind}`;
}

/** The router's request to the background (utils/inject.ts); `kind` picks the bundle and lets it honour settings.overlays. */
export interface InjectRequest {
  type: 'sfp:inject-overlay';
  kind: OverlayPageKind;
}

/**
 * Kinds whose bundle is asked for only once the page has loaded. The messages page shows the open
 * thread in a frame whose `load` gates the page's own: a bundle injected while that frame loads
 * compiles, evaluates and reads in its way. npm run bench, messages page, 16 loads each (re-measured
 * after the overlays stopped using Intl): asked for at once, `load` +36 ms and overlay 144 ms after its
 * anchor; asked for at `load`, `load` +5 ms and 148 ms. Seller Central's own load is kept whole.
 */
export const INJECT_AFTER_LOAD: ReadonlySet<OverlayPageKind> = new Set(['messages']);

/** The injection request for a detected page, or null when the page has no overlay. */
export function injectRequest(page: DetectedPage | null): InjectRequest | null {
  if (!page || page.kind === 'other') return null;
  return { type: 'sfp:inject-overlay', kind: page.kind };
}

/**
 * The order JSON to start fetching as the page loads (utils/pages/page-fetch.ts), or null: only on an
 * order page, and only when the seller's stored settings (raw, as read from storage.local) allow JSON
 * reading and the order overlay. Anything unreadable counts as the defaults (both on), as the overlay's
 * own settings repair does.
 */
export function jsonToPrefetch(page: DetectedPage | null, storedSettings: unknown): string | null {
  if (page?.kind !== 'order-details' || !page.orderId) return null;
  const s = (storedSettings ?? {}) as { readJson?: unknown; overlays?: { 'order-details'?: unknown } | null };
  if (s.readJson === false || s.overlays?.['order-details'] === false) return null;
  return orderJsonPath(page.orderId);
}

