/**
 * DOM walking for readers: queries that also look inside open shadow roots (Seller Central's kat-* web
 * components) and same-origin iframes (the messaging inbox sometimes renders in one), label → value lookup,
 * and text normalisation. Source: shared/domain/seller-central-pages.md ("Buyer Messages", "Order Details").
 * Never throws on cross-origin frames or closed roots: they are skipped.
 */

/** Something querySelectorAll can run on: Document, Element, ShadowRoot, DocumentFragment. */
export type QueryRoot = Document | Element | ShadowRoot | DocumentFragment;

/** Collapses whitespace (incl. NBSP, narrow NBSP, thin space that Intl and Amazon emit) and trims. */
export function normText(s: string | null | undefined): string {
  if (!s) return '';
  return s.replace(/[\s\u00a0\u202f\u2009\u200b\u2007]+/g, ' ').trim();
}

/** Normalised textContent of an element (light DOM only); '' for null. */
export function textOf(el: Node | null | undefined): string {
  return el ? normText(el.textContent) : '';
}

/** The same-origin document of an iframe/frame, or null (cross-origin access throws in browsers). */
export function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/**
 * Roots found per task: a read makes many deep queries in one synchronous run (≈ 13 on Buyer Messages), and
 * each used to scan every element for shadow roots and frames. The page cannot change while that code runs,
 * so the list is kept until the next microtask; a later task (a mutation callback, the next read) scans again.
 */
let taskRoots: Map<QueryRoot, QueryRoot[]> | null = null;

/** root, then every open shadow root and same-origin frame document below it, depth first. */
function rootsBelow(root: QueryRoot): QueryRoot[] {
  if (!taskRoots) {
    taskRoots = new Map();
    queueMicrotask(() => {
      taskRoots = null;
    });
  }
  let list = taskRoots.get(root);
  if (!list) {
    list = [];
    collectRoots(root, list, 0);
    taskRoots.set(root, list);
  }
  return list;
}

function collectRoots(root: QueryRoot, out: QueryRoot[], depth: number): void {
  out.push(root);
  if (depth > 8) return; // guards against pathological nesting
  // All elements scanned once with a loop over querySelectorAll('*'), which is fast in browsers and happy-dom.
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    const sr = el.shadowRoot;
    if (sr) collectRoots(sr, out, depth + 1);
    const tag = el.tagName;
    if (tag === 'IFRAME' || tag === 'FRAME') {
      const d = frameDocument(el);
      if (d) collectRoots(d, out, depth + 1);
    }
  }
}

/**
 * Calls visit on root and on every open shadow root and same-origin frame document below it (depth first).
 * Stops when visit returns true.
 */
export function forEachRoot(root: QueryRoot, visit: (r: QueryRoot) => boolean | void): boolean {
  for (const r of rootsBelow(root)) if (visit(r) === true) return true;
  return false;
}

/** First match of selector in root, its open shadow roots and same-origin frames. */
export function deepQuery(root: QueryRoot, selector: string): Element | null {
  let found: Element | null = null;
  try {
    const direct = root.querySelector(selector);
    if (direct) return direct;
    forEachRoot(root, (r) => {
      if (r === root) return false;
      found = r.querySelector(selector);
      return found !== null;
    });
  } catch {
    return null; // invalid selector: nothing found, never a throw into the page
  }
  return found;
}

/** First element matching the selectors in priority order (not document order), deep. */
export function deepQueryFirst(root: QueryRoot, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = deepQuery(root, selector);
    if (el) return el;
  }
  return null;
}

/** All matches of selector in root, its open shadow roots and same-origin frames, in document order per root. */
export function deepQueryAll(root: QueryRoot, selector: string): Element[] {
  const out: Element[] = [];
  try {
    forEachRoot(root, (r) => {
      const list = r.querySelectorAll(selector);
      for (let i = 0; i < list.length; i++) out.push(list[i] as Element);
    });
  } catch {
    return [];
  }
  return out;
}

/** CSS selector for a data-test-id value (the anchors several independent scrapers rely on). */
export function testIdSelector(id: string): string {
  return `[data-test-id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

/** First element with data-test-id = id, anywhere (shadow roots and frames included). */
export function byTestId(root: QueryRoot, id: string): Element | null {
  return deepQuery(root, testIdSelector(id));
}

/** All elements with data-test-id = id, anywhere. */
export function allByTestId(root: QueryRoot, id: string): Element[] {
  return deepQueryAll(root, testIdSelector(id));
}

const ODD_SPACE = /[\u00a0\u202f\u2009\u200b\u2007\n\r\t\f]|\s{2}/;

/** Text of an element's own text-node children (not of its descendants), normalised. Hot path in list readers. */
export function ownText(el: Element): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) s += n.nodeValue;
  if (!s) return '';
  const t = s.trim();
  return t && ODD_SPACE.test(t) ? normText(t) : t;
}

/** Label matcher: a regex tested against the normalised label text, or exact strings (case-insensitive, ':' optional). */
export type LabelMatcher = RegExp | readonly string[];

const lowered = new WeakMap<readonly string[], string[]>();
const APOSTROPHES = /[\u2019\u2018\u02bc]/g;

/** Lower case with typographic apostrophes as "'" (fr "Date d’achat", it "Dettagli dell’ordine"); same length. */
function labelKey(s: string): string {
  const low = s.toLowerCase();
  return low.includes('\u2019') || low.includes('\u2018') || low.includes('\u02bc') ? low.replace(APOSTROPHES, "'") : low;
}

function labelMatches(text: string, label: LabelMatcher): string | null {
  if (Array.isArray(label)) {
    const list = label as readonly string[];
    let low = lowered.get(list);
    if (!low) lowered.set(list, (low = list.map((l) => labelKey(l).replace(/\s*:$/, ''))));
    const t = labelKey(text);
    for (const ll of low) {
      if (!t.startsWith(ll)) continue;
      if (t.length === ll.length) return '';
      // French typography puts a space before the colon ("Date d'achat :").
      let i = ll.length;
      while (t[i] === ' ') i++;
      if (t[i] === ':') return normText(text.slice(i + 1));
    }
    return null;
  }
  const m = (label as RegExp).exec(text);
  return m && m.index === 0 ? normText(text.slice(m[0].length)) : null;
}

/**
 * Calls fn on every element below root (root excluded when it is not an Element), depth first, light DOM only.
 * A hand-written walk: several times faster than querySelectorAll('*') in happy-dom and no slower in browsers.
 */
export function walkElements(root: QueryRoot, fn: (el: Element) => boolean | void): void {
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (fn(el) === true) return;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

function valueAt(el: Element, rest: string, label: LabelMatcher): string | null {
  if (rest) return rest;
  let sib = el.nextElementSibling;
  while (sib && !textOf(sib)) sib = sib.nextElementSibling;
  if (sib) return textOf(sib);
  // label alone in its cell: the value is in the next cell (<td><span>Ship by:</span></td><td>…</td>)
  const cell = el.closest('td,th');
  const next = cell?.nextElementSibling;
  if (next && textOf(next)) return textOf(next);
  // label element followed by the value as a bare text node (<div><b>Status:</b> Shipped</div>)
  const parentRest = el.parentElement ? labelMatches(textOf(el.parentElement), label) : null;
  return parentRest || null;
}

/**
 * Values shown beside labels inside container, read in one walk: `<b>Ship by:</b> <span>Mon…</span>`,
 * `<th>Tracking ID:</th><td>…</td>` or `<div>Ship by date: Mon…</div>`. For each element whose own text starts with
 * a label, the value is the rest of that text, else the next non-empty sibling element, else the next table cell.
 * First match per key wins; keys with no (non-empty) value are absent. Light DOM only.
 */
export function valuesByLabels<K extends string>(container: QueryRoot, labels: Readonly<Record<K, LabelMatcher>>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  const keys = Object.keys(labels) as K[];
  let left = keys.length;
  walkElements(container, (el) => {
    const own = ownText(el);
    if (!own) return;
    for (const k of keys) {
      if (out[k] !== undefined) continue;
      const rest = labelMatches(own, labels[k]);
      if (rest === null) continue;
      const v = valueAt(el, rest, labels[k]);
      if (v) {
        out[k] = v;
        left--;
      }
      break; // one label per element
    }
    return left === 0;
  });
  return out;
}

/** The value beside one label inside container (see valuesByLabels); null when absent or empty. */
export function valueByLabel(container: QueryRoot, label: LabelMatcher): string | null {
  return valuesByLabels(container, { v: label }).v ?? null;
}

/** True when an element's alt, aria-label or title, or a leaf element's text, matches words (e.g. a Prime badge). */
export function hasBadge(container: QueryRoot, words: RegExp): boolean {
  let hit = false;
  walkElements(container, (el) => {
    const label = el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? el.getAttribute('title');
    hit = (!!label && words.test(normText(label))) || (!el.firstElementChild && words.test(ownText(el)));
    return hit;
  });
  return hit;
}

/** The page's UI language: <html lang>, else ''. */
export function pageLang(doc: Document): string {
  return normText(doc.documentElement?.getAttribute('lang'));
}
