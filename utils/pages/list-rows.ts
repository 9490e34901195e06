/**
 * Helpers shared by the list readers (messages, returns, SAFE-T): text and queries that also see a row's own
 * shadow root (kat-* rows render their cells there: shared/domain/seller-central-pages.md, "Buyer Messages"),
 * label → value lookup inside such rows, page context (marketplace, zone, language) and the sign-in check.
 * Builds on dom.ts (deepQuery / forEachRoot); nothing here throws.
 */
import { deepQuery, deepQueryAll, normText, pageLang } from './dom';
import { parseDate, type DateParseOptions } from './dates';
import { MARKETPLACE_CODES, MARKETPLACES, UNIFIED_EU_HOST, marketplaceForHost, type MarketplaceCode } from '../marketplaces';
import type { ReadContext } from './read-context';

/** 3-7-7 order id anywhere in a text. */
export const ORDER_ID_IN_TEXT = /(?<!\d)(\d{3}-\d{7}-\d{7})(?!\d)/;

/** Tag prefix of SFP Guide's own elements (overlay root, per-row chips): readers and snapshots skip them. */
export const OWN_UI_PREFIX = 'sfp-guide-';

/** What one walk over a row gives: its text (shadow roots and `label` attributes of kat-* elements included). */
export interface RowScan { text: string }

/**
 * One walk over an element, its open shadow roots and nested ones (no querySelectorAll: a 2,000-row list is
 * walked once, which keeps reading linear in rows). Text nodes are joined with spaces; kat-* components that render
 * their text from a `label` attribute contribute it (only custom elements are asked: fewer DOM calls per node).
 */
export function scanRow(el: Element | ShadowRoot | Document | null | undefined): RowScan {
  const parts: string[] = [];
  if (!el) return { text: '' };
  const walk = (node: Node, depth: number) => {
    if (depth > 40) return;
    for (let n = node.firstChild; n; n = n.nextSibling) {
      const type = n.nodeType;
      if (type === 3) {
        parts.push(n.nodeValue ?? '');
        continue;
      }
      if (type !== 1) continue;
      const e = n as Element;
      const name = e.localName;
      if (name === 'script' || name === 'style' || name === 'template') continue;
      if (name.includes('-')) {
        if (name.startsWith(OWN_UI_PREFIX)) continue; // our own chips inside the row are not page content
        const label = e.getAttribute('label');
        if (label) parts.push(label); // kat-badge / kat-button render their text from `label`
        if (e.shadowRoot) walk(e.shadowRoot, depth + 1);
      } else if (e.shadowRoot) {
        walk(e.shadowRoot, depth + 1); // div / span hosts (attachShadow allows them)
      }
      walk(e, depth + 1);
    }
  };
  if ('shadowRoot' in el && el.shadowRoot) walk(el.shadowRoot, 0);
  walk(el, 0);
  return { text: normText(parts.join(' ')) };
}

/** Texts of the row's buttons (button, kat-button, role="button"), its own shadow root included. */
export function buttonTexts(row: Element): string[] {
  return withinDeepAll(row, 'button, kat-button, [role="button"]')
    .map((b) => normText(b.getAttribute('label') || b.textContent));
}

/** Text of an element including its open shadow root(s) and nested ones; each text node separated by a space. */
export function deepText(el: Element | ShadowRoot | Document | null | undefined): string {
  return scanRow(el).text;
}

/**
 * Rows below root (light DOM and open shadow roots, not frames), found by one walk that does not descend into a
 * row once matched. `isRow` is a cheap predicate (attribute or tag checks), so the walk stays linear.
 */
export function collectRows(root: Element | ShadowRoot | Document, isRow: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (node: Node, depth: number) => {
    if (depth > 60) return;
    for (let c = (node as ParentNode).firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName.startsWith(OWN_UI_PREFIX)) continue;
      if (isRow(c)) {
        out.push(c);
        continue;
      }
      if (c.shadowRoot) visit(c.shadowRoot, depth + 1);
      visit(c, depth + 1);
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) visit(root.shadowRoot, 0);
  visit(root, 0);
  return out;
}

/** A row predicate for a simple selector: `[data-test-id="x"]`, `.class`, `tag`, `[role="x"]`, `parent > tag`. */
export function rowPredicate(selector: string): (el: Element) => boolean {
  const testId = /^\[data-test-id="([^"]+)"\]$/.exec(selector);
  if (testId) return (el) => el.getAttribute('data-test-id') === testId[1];
  const role = /^\[role="([^"]+)"\]$/.exec(selector);
  if (role) return (el) => el.getAttribute('role') === role[1];
  const cls = /^\.([\w-]+)$/.exec(selector);
  if (cls) return (el) => el.classList.contains(cls[1] as string);
  if (/^[a-z][\w-]*$/.test(selector)) return (el) => el.localName === selector;
  return (el) => {
    try {
      return el.matches(selector);
    } catch {
      return false;
    }
  };
}

/** First match inside el: its light subtree, its own shadow root, nested shadow roots and same-origin frames. */
export function withinDeep(el: Element, selector: string): Element | null {
  try {
    // Cells sit in the row's light DOM or its own shadow root: two plain queries before the deep walk.
    const direct = el.querySelector(selector) ?? el.shadowRoot?.querySelector(selector);
    if (direct) return direct;
  } catch {
    return null;
  }
  return deepQuery(el, selector) ?? (el.shadowRoot ? deepQuery(el.shadowRoot, selector) : null);
}

/** All matches inside el (light subtree first, then its own shadow root). */
export function withinDeepAll(el: Element, selector: string): Element[] {
  const light = deepQueryAll(el, selector);
  return el.shadowRoot ? light.concat(deepQueryAll(el.shadowRoot, selector)) : light;
}

/** The first selector of a list that matches anything (deep), with its matches. */
export function firstMatching(root: Document | Element, selectors: readonly string[]): { selector: string; els: Element[] } | null {
  for (const selector of selectors) {
    let els = collectRows(root, rowPredicate(selector));
    // Same-origin frames are not walked by collectRows: a document root also searches them.
    if (!els.length && root.nodeType === 9) els = deepQueryAll(root, selector);
    if (els.length) return { selector, els };
  }
  return null;
}

/** Text of a field found by one of the selectors inside a row ('' when absent); `label` attributes count as text. */
export function fieldText(row: Element, selectors: readonly string[], index?: TestIdIndex): string {
  for (const s of selectors) {
    const id = index ? TEST_ID_SELECTOR.exec(s)?.[1] : undefined;
    // An indexed row answers [data-test-id] selectors from its index; a miss there is final (the walk saw it all).
    const el = id !== undefined ? index?.get(id) ?? null : withinDeep(row, s);
    if (el) {
      const t = deepText(el) || normText(el.getAttribute('label') ?? el.getAttribute('aria-label'));
      if (t) return t;
    }
  }
  return '';
}

/** data-test-id → first element with it inside a row (light DOM and open shadow roots). */
export type TestIdIndex = Map<string, Element>;
const TEST_ID_SELECTOR = /^\[data-test-id="([^"]+)"\]$/;

/** One walk over a row collecting its data-test-id anchors (instead of one query per field). */
export function testIdIndex(row: Element): TestIdIndex {
  const index: TestIdIndex = new Map();
  const visit = (node: Node, depth: number) => {
    if (depth > 40) return;
    for (let c = (node as ParentNode).firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName.startsWith(OWN_UI_PREFIX)) continue;
      const id = c.getAttribute('data-test-id');
      if (id && !index.has(id)) index.set(id, c);
      if (c.shadowRoot) visit(c.shadowRoot, depth + 1);
      visit(c, depth + 1);
    }
  };
  if (row.shadowRoot) visit(row.shadowRoot, 0);
  visit(row, 0);
  return index;
}

interface LabelHit { key: string; start: number; end: number; colon: boolean }
const combinedLabels = new WeakMap<object, { re: RegExp; keys: string[] }>();

/**
 * All labelled values of a row text ("Order ID: 112-… Status: Shipped") in one regex pass, linear in the text:
 * each key's value runs from its label (the first "Label:" occurrence, else the first bare one) to the next label
 * of any key or stop — a "Next:" label cuts anywhere, a bare one only after some value (a value such as
 * "Return delivered" may itself read like a label).
 * `labels` must be a constant object, always passed with the same `stops` (their combined regex is compiled once).
 */
export function labelledValues<K extends string>(
  text: string, labels: Readonly<Record<K, readonly RegExp[]>>, stops: readonly RegExp[] = [],
): Record<K, string | null> {
  let combined = combinedLabels.get(labels);
  if (!combined) {
    const keys: string[] = [];
    const parts: string[] = [];
    for (const [key, res] of Object.entries(labels) as [string, readonly RegExp[]][]) {
      for (const r of res) { parts.push(`(?<g${keys.length}>${r.source})`); keys.push(key); }
    }
    for (const r of stops) { parts.push(`(?<g${keys.length}>${r.source})`); keys.push(''); }
    combined = { re: new RegExp(parts.join('|'), 'giu'), keys };
    combinedLabels.set(labels, combined);
  }
  const hits: LabelHit[] = [];
  for (const m of text.matchAll(combined.re)) {
    // Named groups: the label regexes have groups of their own, so positional numbers would not line up.
    let g = 0;
    while (g < combined.keys.length && m.groups?.[`g${g}`] === undefined) g++;
    const start = m.index ?? 0;
    const colon = /^\s*[:：]/.exec(text.slice(start + m[0].length, start + m[0].length + 4));
    hits.push({ key: combined.keys[g] ?? '', start, end: start + m[0].length + (colon ? colon[0].length : 0), colon: !!colon });
  }
  const out = {} as Record<K, string | null>;
  for (const key of Object.keys(labels) as K[]) {
    const own = hits.find((h) => h.key === key && h.colon) ?? hits.find((h) => h.key === key);
    if (!own) {
      out[key] = null;
      continue;
    }
    let from = own.end;
    while (from < text.length && text[from] === ' ') from++;
    const next = hits.find((h) => h.start >= from && (h.colon || h.start > from));
    out[key] = normText(text.slice(from, next ? next.start : text.length));
  }
  return out;
}

/** First valid 3-7-7 order id in a text, else undefined. */
export function orderIdIn(text: string | null | undefined): string | undefined {
  return text ? ORDER_ID_IN_TEXT.exec(text)?.[1] : undefined;
}

/** An id attribute value that is safe to keep (no free text): letters, digits and - _ . : only. */
export function safeId(value: string | null | undefined, max: number): string | undefined {
  const v = value?.trim();
  return v && v.length <= max && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(v) ? v : undefined;
}

/** Where the page is: marketplace (null on the unified EU host), zone for dates without one, UI language. */
export interface PageContext {
  marketplace: MarketplaceCode | null;
  dates: DateParseOptions;
  /** Dates already read during this read: lists repeat the same few dates on many rows. */
  dateCache?: Map<string, { from: Date; to: Date } | null>;
}

/** Marketplace switcher of the unified EU account (ASSUMED anchors; the text names the storefront, "Amazon.de"). */
const SWITCHER = '[data-test-id="marketplace-switcher"], #partner-switcher, .sc-marketplace-switcher, #sc-mkt-picker-switcher-select';

/** The marketplace the switcher names on the unified EU host (seller-central-pages.md "Hosts and marketplaces"). */
function switcherMarketplace(doc: Document): MarketplaceCode | null {
  const text = normText(deepQuery(doc, SWITCHER)?.textContent).toLowerCase();
  if (!text) return null;
  const hits = MARKETPLACE_CODES.filter((c) => new RegExp(`(^|[^a-z.])(www\\.)?${MARKETPLACES[c].salesChannel.toLowerCase().replace(/\./g, '\\.')}($|[^a-z.])`).test(text));
  return hits.length === 1 ? hits[0] ?? null : null;
}

/** Page context from the reader context and the document (<html lang>, EU marketplace switcher). */
export function pageContext(doc: Document, ctx: ReadContext): PageContext {
  let marketplace: MarketplaceCode | null = null;
  try {
    const host = new URL(ctx.url).hostname;
    marketplace = marketplaceForHost(host) ?? (host === UNIFIED_EU_HOST ? switcherMarketplace(doc) : null);
  } catch { /* bad URL: marketplace unknown */ }
  const timeZone = ctx.timeZone ?? (marketplace ? MARKETPLACES[marketplace].timeZone : undefined);
  const lang = pageLang(doc) || undefined;
  return { marketplace, dates: { timeZone, lang }, dateCache: new Map() };
}

/** A date shown on the page → its instants, or null (never a guess: see dates.ts). */
export function dateIn(text: string | null | undefined, page: PageContext): { from: Date; to: Date } | null {
  if (!text) return null;
  const cached = page.dateCache?.get(text);
  if (cached !== undefined) return cached;
  const found = dateAtStart(text, page);
  page.dateCache?.set(text, found);
  return found;
}

function dateAtStart(text: string, page: PageContext): { from: Date; to: Date } | null {
  // The value may run on into a button or note ("Nov 30, 2026 11:59 PM PST Respond"): the longest leading run of
  // words that is a whole date wins. Every candidate is a substring of the page text, so no date is invented.
  const words = text.split(' ');
  for (let n = Math.min(words.length, 10); n >= 1; n--) {
    const parsed = parseDate(words.slice(0, n).join(' '), page.dates);
    if (parsed) return { from: parsed.from, to: parsed.to };
  }
  return null;
}

/** True when the document is Amazon's sign-in / MFA form rather than a Seller Central page. */
export function looksSignedOut(doc: Document): boolean {
  try {
    return !!doc.querySelector('form[name="signIn"], #ap_email, #ap_password, form[action*="/ap/signin"], #auth-mfa-otpcode');
  } catch {
    return false;
  }
}

/** The URL's search parameters plus those of a hash route ("#/claims?orderId=…"); empty on a bad URL. */
export function urlParams(url: string): URLSearchParams {
  try {
    const u = new URL(url);
    const params = new URLSearchParams(u.search);
    const q = u.hash.indexOf('?');
    if (q >= 0) new URLSearchParams(u.hash.slice(q + 1)).forEach((v, k) => params.append(k, v));
    return params;
  } catch {
    return new URLSearchParams();
  }
}
