/**
 * One page-load measurement in real Chromium for `npm run bench` (tests/bench/bench.mjs).
 * - scriptMs: CDP Performance.getMetrics ScriptDuration of the tab, after minus before the navigation
 *   (the fixtures have no script of their own beyond the probe below, which runs identically with and
 *   without the extension). It UNDERCOUNTS content scripts: work resumed from an extension API callback
 *   (a storage read, a message reply) and the promise jobs after it are not in it; kept for comparison.
 * - taskMs: CDP TaskDuration, all main-thread task time of the tab (script, style, layout, compile, GC).
 * - extensionJsMs (measureExtensionJs, separate loads): CPU-profile time with a chrome-extension://
 *   script on the stack, sampled every 1 ms: the extension's JavaScript and what it calls, callbacks
 *   and promise jobs included. This is the figure the script budget is judged by.
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
  /** CDP TaskDuration delta: every main-thread task of the tab. */
  taskMs: number;
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

async function durations(cdp: import('playwright-core').CDPSession): Promise<{ script: number; task: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: ms('ScriptDuration'), task: ms('TaskDuration') };
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
    const before = await durations(cdp);
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
    const after = await durations(cdp);
    const scriptMs = after.script - before.script;
    const taskMs = after.task - before.task;
    const { loadMs, anchorMs } = await page.evaluate((anchor) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const at = (window as { __sfpAnchorAt?: Record<string, number> }).__sfpAnchorAt ?? {};
      return { loadMs: nav?.loadEventEnd ?? NaN, anchorMs: at[anchor] ?? null };
    }, opts.anchor ?? BENCH_ANCHORS.order);
    await cdp.detach();
    return { scriptMs, taskMs, loadMs, overlayMs, anchorMs, overlayPresent };
  } finally {
    await page.close();
  }
}

/** The parts of a CDP Profiler.stop profile the bench reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

type ProfileNode = CpuProfile['nodes'][number];

/**
 * For each sample of `profile`, the nearest node on its stack (the sample's own node first, then its
 * callers) whose frame passes `test`, with the sample's duration in ms; samples with none are skipped.
 */
export function samplesByNearestFrame(
  profile: CpuProfile,
  test: (frame: ProfileNode['callFrame']) => boolean,
): { node: ProfileNode; leaf: ProfileNode; ms: number }[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const nearest = new Map<number, ProfileNode | null>();
  const find = (id: number): ProfileNode | null => {
    const known = nearest.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const found = test(node.callFrame) ? node : up === undefined ? null : find(up);
    nearest.set(id, found);
    return found;
  };
  const out: { node: ProfileNode; leaf: ProfileNode; ms: number }[] = [];
  profile.samples.forEach((id, k) => {
    const node = find(id);
    if (node) out.push({ node, leaf: byId.get(id)!, ms: profile.timeDeltas[k]! / 1000 });
  });
  return out;
}

/** Loads `url` in a fresh tab under the CPU profiler (`intervalUs` sampling) and returns the profile. */
export async function profileLoad(context: BrowserContext, url: string, intervalUs: number, settleMs: number): Promise<CpuProfile> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    await cdp.detach();
    return profile;
  } finally {
    await page.close();
  }
}

/**
 * Loads `url` in a fresh tab under the CPU profiler (1 ms sampling) and returns the ms of samples with
 * a chrome-extension:// script frame on the stack: the extension's own JavaScript and the browser work
 * it calls (DOM, Intl), whichever task or promise job it runs in. Its own loads: the profiler slows a page.
 */
export async function measureExtensionJs(context: BrowserContext, url: string, settleMs = 1000): Promise<number> {
  const profile = await profileLoad(context, url, 1000, settleMs);
  return samplesByNearestFrame(profile, (frame) => frame.url.startsWith('chrome-extension://')).reduce((ms, s) => ms + s.ms, 0);
}

/** median / p10 / p90 of a list of numbers (ms). */
export function spread(samples: number[]): Spread {
  const { median, p10, p90 } = stat(samples);
  return { median, p10, p90 };
}
