/**
 * Router decisions, kept free of libraries so the router bundle stays tiny.
 */
import type { DetectedPage, PageKind } from '@/utils/pages/detect';

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

/** The injection request for a detected page, or null when the page has no overlay. */
export function injectRequest(page: DetectedPage | null): InjectRequest | null {
  if (!page || page.kind === 'other') return null;
  return { type: 'sfp:inject-overlay', kind: page.kind };
}

