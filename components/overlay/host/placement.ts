/**
 * Where the overlay's shadow host sits: right after the first anchor the feature names (inline, so it
 * pushes Seller Central's content down instead of covering it), else at the end of <body> as a small
 * floating card (collapsible, remembered).
 */

/** Result of placing the host. */
export interface Placement {
  floating: boolean;
}

/** First element matching one of `selectors`, in order of preference. */
export function findAnchor(doc: Document, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    if (el?.isConnected) return el;
  }
  return null;
}

/** Moves `host` after the anchor (or to the end of body) unless it is already there. */
export function placeHost(doc: Document, host: HTMLElement, selectors: readonly string[]): Placement {
  const anchor = findAnchor(doc, selectors);
  if (anchor?.parentElement) {
    if (anchor.nextElementSibling !== host) anchor.after(host);
    return { floating: false };
  }
  if (host.parentElement !== doc.body || doc.body.lastElementChild !== host) doc.body.append(host);
  return { floating: true };
}
