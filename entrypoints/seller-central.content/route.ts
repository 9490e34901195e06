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

/** The overlay bundle of a page kind, as WXT writes it (entrypoints/overlay-<kind>.content → content-scripts/overlay-<kind>.js). */
export function overlayScript<K extends OverlayPageKind>(kind: K): `/content-scripts/overlay-${K}.js` {
  return `/content-scripts/overlay-${kind}.js`;
}

/** The router's fallback request to the background (utils/inject.ts); `kind` picks the bundle and lets it honour settings.overlays. */
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
  const s = (storedSettings ?? {}) as { readJson?: unknown };
  if (s.readJson === false || !overlayWanted('order-details', storedSettings)) return null;
  return orderJsonPath(page.orderId);
}

/**
 * Whether the seller's stored settings (raw, as read from storage.local) leave `kind`'s overlay on.
 * Anything unreadable counts as the defaults (every overlay on), as the overlay's own settings repair does.
 */
export function overlayWanted(kind: OverlayPageKind, storedSettings: unknown): boolean {
  const overlays = (storedSettings as { overlays?: Record<string, unknown> | null } | null | undefined)?.overlays;
  return overlays?.[kind] !== false;
}

/** What loadOverlay needs from the extension APIs (the router passes the real ones; tests pass fakes). */
export interface OverlayLoaderIo {
  /** The extension URL of a packaged file (runtime.getURL). */
  url(path: ReturnType<typeof overlayScript>): string;
  /** import() of that URL: the bundle runs as a module in the content script's world. Absent in the
   * Firefox build, where the background injects the bundle (the import path is measured in Chromium only). */
  importModule?: (url: string) => Promise<unknown>;
  /** Asks the background to inject the bundle with scripting.executeScript (utils/inject.ts). */
  askBackground(request: InjectRequest): Promise<unknown>;
}

/**
 * Loads `request.kind`'s overlay bundle into this frame unless the seller switched that kind off:
 * imported as a module from the extension package (web-accessible to Seller Central only, wxt.config.ts),
 * which Chromium compiles off the main thread and keeps in its V8 code cache from the third load of a
 * page on; when the import fails, or where there is none (Firefox), the background injects the same file
 * instead. Rejects when neither worked, so that the router can ask again.
 */
export async function loadOverlay(
  request: InjectRequest,
  storedSettings: Promise<unknown>,
  io: OverlayLoaderIo,
): Promise<'off' | 'imported' | 'injected'> {
  if (!overlayWanted(request.kind, await storedSettings.catch(() => undefined))) return 'off';
  if (io.importModule) {
    try {
      await io.importModule(io.url(overlayScript(request.kind)));
      return 'imported';
    } catch {
      // Not importable here: the background's injection below.
    }
  }
  await io.askBackground(request);
  return 'injected';
}
