/**
 * One page-load measurement in real Chromium for `npm run bench` (tests/bench/bench.mjs).
 * - scriptMs: CDP Performance.getMetrics ScriptDuration of the tab, after minus before the navigation
 *   (content scripts run on the page's main thread, so they are included; the fixtures have no script
 *   of their own beyond the probe below, which runs identically with and without the extension).
 * - loadMs: the navigation entry's loadEventEnd (ms from navigation start).
 * - overlayMs: from navigation start until [data-sfp-overlay] is in the document with a non-empty box,
 *   taken at the next animation frame; anchorMs: when the page's overlay anchor (BENCH_ANCHORS: the order
 *   id on order pages, the element each list panel sits after) was first in the page (the budget counts
 *   overlay time from there). Measured in the page by MutationObservers (on the document, then
 *   on the overlay's shadow root) that only look up one selector per mutation batch: no polling.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { stat } from './record';

/** Timings of one load, in ms. */
export interface LoadSample {
  scriptMs: number;
  loadMs: number;
  overlayMs: number | null;
  /** With expectOverlay and no overlayMs: whether [data-sfp-overlay] was in the page at all by then. */
  overlayPresent?: boolean;
  /** When the page's anchor (the `anchor` option, one of BENCH_ANCHORS) was first in the page; null if never. */
  anchorMs: number | null;
}

/** median, p10 and p90 of samples (ms, 3 decimals). */
export interface Spread {
  median: number;
  p10: number;
  p90: number;
}

/**
 * Anchors whose first appearance the probe records: the order id on order pages (the reader's first
 * anchor), and on list pages the element the panel is placed after (components/overlay/lists/*-feature.tsx).
 */
export const BENCH_ANCHORS = {
  order: '[data-test-id="order-id-value"]',
  messages: '#messaging-app h1',
  orderList: '.myo-filter-bar',
  returns: '#returns-app h1',
  safet: '#safet-app h1',
} as const;

// Runs in the page's main world at document start (both with and without the extension).
const OVERLAY_PROBE = `(() => {
  const w = window;
  let resolve;
  w.__sfpOverlayAt = new Promise((r) => { resolve = r; });
  const visible = () => {
    const host = document.querySelector('sfp-guide-overlay');
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('[data-sfp-overlay]');
    if (root && root.getBoundingClientRect().height > 0) {
      requestAnimationFrame(() => resolve(performance.now()));
      return true;
    }
    if (root && !w.__sfpSized) {
      // In the tree but without a box yet (styles still arriving): wait for its first size.
      w.__sfpSized = new ResizeObserver(() => { if (root.getBoundingClientRect().height > 0) { w.__sfpSized.disconnect(); visible(); } });
      w.__sfpSized.observe(root);
    }
    if (host && host.shadowRoot && !w.__sfpShadowWatched) {
      w.__sfpShadowWatched = true;
      const inner = new MutationObserver(() => { if (visible()) inner.disconnect(); });
      inner.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
    }
    return false;
  };
  // The budget counts from the moment the overlay's anchor is in the page.
  const anchors = ${JSON.stringify(Object.values(BENCH_ANCHORS))};
  w.__sfpAnchorAt = {};
  const anchor = () => {
    for (const a of anchors) if (w.__sfpAnchorAt[a] === undefined && document.querySelector(a)) w.__sfpAnchorAt[a] = performance.now();
  };
  const outer = new MutationObserver(() => { anchor(); if (visible()) outer.disconnect(); });
  outer.observe(document, { childList: true, subtree: true });
})();`;

/** Adds the overlay probe to every page of a context (call once per context). */
export async function installOverlayProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: OVERLAY_PROBE });
}

async function scriptDuration(cdp: import('playwright-core').CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/**
 * Loads `url` in a fresh tab and measures it. With `expectOverlay`, waits (up to 10 s) for the overlay;
 * then lets the page settle for `settleMs` so late extension work is counted.
 */
export async function measureLoad(
  context: BrowserContext,
  url: string,
  opts: { expectOverlay: boolean; settleMs?: number; anchor?: string },
): Promise<LoadSample> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await scriptDuration(cdp);
    await page.goto(url, { waitUntil: 'load' });
    let overlayMs: number | null = null;
    if (opts.expectOverlay) {
      // One promise set up by the probe: no polling in the page while the extension works.
      overlayMs = await page.evaluate(() =>
        Promise.race([
          (window as unknown as { __sfpOverlayAt: Promise<number> }).__sfpOverlayAt,
          new Promise<null>((r) => setTimeout(() => r(null), 10_000)),
        ]),
      );
    }
    // Tell a slow or missed probe apart from an overlay that never came.
    const overlayPresent =
      opts.expectOverlay && overlayMs === null ? (await page.locator('[data-sfp-overlay]').count()) > 0 : undefined;
    await page.waitForTimeout(opts.settleMs ?? 300);
    const scriptMs = (await scriptDuration(cdp)) - before;
    const { loadMs, anchorMs } = await page.evaluate((anchor) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const at = (window as { __sfpAnchorAt?: Record<string, number> }).__sfpAnchorAt ?? {};
      return { loadMs: nav?.loadEventEnd ?? NaN, anchorMs: at[anchor] ?? null };
    }, opts.anchor ?? BENCH_ANCHORS.order);
    await cdp.detach();
    return { scriptMs, loadMs, overlayMs, anchorMs, overlayPresent };
  } finally {
    await page.close();
  }
}

/** median / p10 / p90 of a list of numbers (ms). */
export function spread(samples: number[]): Spread {
  const { median, p10, p90 } = stat(samples);
  return { median, p10, p90 };
}
