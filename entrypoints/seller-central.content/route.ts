/**
 * Router decisions, kept free of libraries so the router bundle stays tiny.
 */
import type { DetectedPage, PageKind } from '@/utils/pages/detect';

/** Attribute the overlay bundle sets on <html> once injected, so it is injected once per document. */
export const OVERLAY_MARK = 'data-sfp-guide-overlay';

/** The router's request to the background (utils/inject.ts); `kind` lets it honour settings.overlays. */
export interface InjectRequest {
  type: 'sfp:inject-overlay';
  kind: Exclude<PageKind, 'other'>;
}

/** The injection request for a detected page, or null when the page has no overlay. */
export function injectRequest(page: DetectedPage | null): InjectRequest | null {
  if (!page || page.kind === 'other') return null;
  return { type: 'sfp:inject-overlay', kind: page.kind };
}
