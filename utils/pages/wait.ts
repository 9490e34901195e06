/**
 * Waiting for a reader's anchors without polling: ONE MutationObserver per document, shared by every pending wait
 * (Seller Central is a single-page app that renders after document_end: shared/domain/seller-central-pages.md).
 * The observer also watches the open shadow roots and same-origin frame documents it meets, because mutations there
 * do not reach the document's observer. Each wait is bounded (one timer, not a poll) and abortable; it never rejects:
 * it resolves with what was found and what is missing. The observer disconnects when no wait is pending, so an idle
 * page costs nothing (architecture.md, "No polling").
 */
import { forEachRoot } from './dom';

/** A thing a reader waits for: a CSS selector (searched deep), or a test of the document. */
export type Anchor =
  | { name: string; selector: string }
  | { name: string; test: (doc: Document) => boolean | Element | null | undefined };

/** What waitForAnchors resolves with. */
export interface WaitResult {
  /** Anchor name → the element found (or `true` for a test anchor that returned true). */
  found: Map<string, Element | true>;
  /** Names of anchors still missing when the wait ended. */
  missing: string[];
  /** How the wait ended. */
  reason: 'all-found' | 'timeout' | 'aborted';
}

interface Waiter {
  anchors: Anchor[];
  found: Map<string, Element | true>;
  deep: boolean;
  done: (reason: WaitResult['reason']) => void;
}

interface Shared {
  observer: MutationObserver;
  waiters: Set<Waiter>;
  observed: WeakSet<Node>;
  scheduled: boolean;
  /** Re-checks when a frame finishes loading: a new frame document is not a mutation of this one. */
  onFrameLoad: (e: Event) => void;
}

const registry = new WeakMap<Document, Shared>();

const OPTIONS: MutationObserverInit = {
  childList: true, subtree: true, characterData: true,
  attributes: true, attributeFilter: ['data-test-id', 'class', 'id', 'aria-label', 'alt', 'role', 'hidden'],
};

function locate(doc: Document, a: Anchor, deep: boolean): Element | true | null {
  try {
    if ('test' in a) {
      const r = a.test(doc);
      return r === true ? true : r || null;
    }
    let hit: Element | null = doc.querySelector(a.selector);
    if (!hit && deep) {
      forEachRoot(doc, (r) => {
        if (r === doc) return false;
        hit = r.querySelector(a.selector);
        return hit !== null;
      });
    }
    return hit;
  } catch {
    return null; // a broken test or selector counts as "not found", never as a throw
  }
}

function check(doc: Document, shared: Shared): void {
  let anyDeep = false;
  for (const w of [...shared.waiters]) {
    anyDeep ||= w.deep;
    for (const a of w.anchors) {
      if (w.found.has(a.name)) continue;
      const hit = locate(doc, a, w.deep);
      if (hit) w.found.set(a.name, hit);
    }
    if (w.found.size === w.anchors.length) w.done('all-found');
  }
  if (anyDeep && shared.waiters.size) {
    // Observe roots that appeared since the last check (kat-* shadow roots, inbox iframes).
    forEachRoot(doc, (r) => {
      if (r === doc || shared.observed.has(r)) return false;
      shared.observed.add(r);
      try {
        shared.observer.observe(r, OPTIONS);
      } catch { /* detached or foreign root: skip */ }
      return false;
    });
  }
}

function sharedFor(doc: Document): Shared | null {
  const existing = registry.get(doc);
  if (existing) return existing;
  const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (!MO) return null;
  const schedule = () => {
    if (shared.scheduled) return;
    shared.scheduled = true;
    // Coalesce bursts of mutation records into one check per microtask.
    queueMicrotask(() => {
      shared.scheduled = false;
      check(doc, shared);
    });
  };
  const shared: Shared = {
    waiters: new Set(),
    observed: new WeakSet(),
    scheduled: false,
    observer: new MO(schedule),
    onFrameLoad: (e) => {
      const t = e.target as Element | null;
      if (t && (t.tagName === 'IFRAME' || t.tagName === 'FRAME')) schedule();
    },
  };
  registry.set(doc, shared);
  return shared;
}

/** Number of documents with a live shared observer (for tests: proves one observer per document and cleanup). */
export function activeObserverCount(doc: Document): number {
  const s = registry.get(doc);
  return s && s.waiters.size > 0 ? 1 : 0;
}

/**
 * Resolves when every anchor is present, or after timeoutMs, or when signal aborts — whichever comes first.
 * `deep` also searches open shadow roots and same-origin frames (costlier; the messages inbox needs it).
 */
export function waitForAnchors(
  doc: Document,
  anchors: Anchor[],
  opts: { timeoutMs: number; signal?: AbortSignal; deep?: boolean },
): Promise<WaitResult> {
  return new Promise((resolve) => {
    const found = new Map<string, Element | true>();
    const shared = sharedFor(doc);
    const timer: { id?: ReturnType<typeof setTimeout> } = {};
    let settled = false;
    const onAbort = () => waiter.done('aborted');
    const waiter: Waiter = {
      anchors, found, deep: opts.deep ?? false,
      done(reason) {
        if (settled) return;
        settled = true;
        if (timer.id !== undefined) clearTimeout(timer.id);
        opts.signal?.removeEventListener('abort', onAbort);
        if (shared) {
          shared.waiters.delete(waiter);
          if (shared.waiters.size === 0) {
            shared.observer.disconnect();
            shared.observed = new WeakSet();
            doc.removeEventListener('load', shared.onFrameLoad, true);
          }
        }
        resolve({ found, missing: anchors.filter((a) => !found.has(a.name)).map((a) => a.name), reason });
      },
    };
    if (opts.signal?.aborted) return waiter.done('aborted');
    for (const a of anchors) {
      const hit = locate(doc, a, waiter.deep);
      if (hit) found.set(a.name, hit);
    }
    if (found.size === anchors.length || !shared || opts.timeoutMs <= 0) {
      return waiter.done(found.size === anchors.length ? 'all-found' : 'timeout');
    }
    if (shared.waiters.size === 0) {
      shared.observer.observe(doc, OPTIONS);
      shared.observed.add(doc);
      // Frame load events do not bubble but can be captured on the parent document.
      doc.addEventListener('load', shared.onFrameLoad, true);
    }
    shared.waiters.add(waiter);
    if (waiter.deep) check(doc, shared);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    timer.id = setTimeout(() => waiter.done('timeout'), opts.timeoutMs);
  });
}
