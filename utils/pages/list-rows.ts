/**
 * Helpers shared by the list readers (messages, returns, SAFE-T): text and queries that also see a row's own
 * shadow root (kat-* rows render their cells there: shared/domain/seller-central-pages.md, "Buyer Messages"),
 * label → value lookup inside such rows, page context (marketplace, zone, language) and the sign-in check.
 * Builds on dom.ts (deepQuery / forEachRoot); nothing here throws.
 */
import { deepQuery, deepQueryAll, normText, pageLang } from './dom';
import { parseDate, type DateParseOptions } from './dates';
import { MARKETPLACES, marketplaceForHost, type MarketplaceCode } from '../marketplaces';
import type { ReadContext } from './read-context';

/** 3-7-7 order id anywhere in a text. */
export const ORDER_ID_IN_TEXT = /(?<!\d)(\d{3}-\d{7}-\d{7})(?!\d)/;

/** Text of an element including its open shadow root(s) and nested ones; each text node separated by a space. */
export function deepText(el: Element | ShadowRoot | Document | null | undefined, depth = 0): string {
  if (!el || depth > 12) return '';
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      else if (n.nodeType === 1) {
        const e = n as Element;
        if (e.localName === 'script' || e.localName === 'style' || e.localName === 'template') continue;
        const label = e.getAttribute('label');
        if (label) parts.push(label); // kat-badge / kat-label render their text from `label`
        if (e.shadowRoot) parts.push(deepText(e.shadowRoot, depth + 1));
        walk(e);
      }
    }
  };
  if ('shadowRoot' in el && el.shadowRoot) parts.push(deepText(el.shadowRoot, depth + 1));
  walk(el);
  return normText(parts.join(' '));
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
    const els = root instanceof Element ? withinDeepAll(root, selector) : deepQueryAll(root, selector);
    if (els.length) return { selector, els };
  }
  return null;
}

/** Text of a field found by one of the selectors inside a row ('' when absent); `label` attributes count as text. */
export function fieldText(row: Element, selectors: readonly string[]): string {
  for (const s of selectors) {
    const el = withinDeep(row, s);
    if (el) {
      const t = deepText(el) || normText(el.getAttribute('label') ?? el.getAttribute('aria-label'));
      if (t) return t;
    }
  }
  return '';
}

/**
 * Value after a label inside a text ("Order ID: 112-…", "Reply by Nov 30, 2026 …"): the text that follows the
 * first label match, cut at the next known label. Labels are regexes without flags; matching is case-insensitive.
 */
export function valueAfter(text: string, labels: readonly RegExp[], stopAt: readonly RegExp[] = []): string | null {
  for (const label of labels) {
    const m = new RegExp(label.source, 'iu').exec(text);
    if (!m) continue;
    let rest = text.slice(m.index + m[0].length).replace(/^[\s:：]+/, '');
    for (const stop of stopAt) {
      const s = new RegExp(stop.source, 'iu').exec(rest);
      if (s && s.index > 0) rest = rest.slice(0, s.index);
    }
    return normText(rest);
  }
  return null;
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
}

/** Page context from the reader context and the document (<html lang>). */
export function pageContext(doc: Document, ctx: ReadContext): PageContext {
  let marketplace: MarketplaceCode | null = null;
  try {
    marketplace = marketplaceForHost(new URL(ctx.url).hostname);
  } catch { /* bad URL: marketplace unknown */ }
  const timeZone = ctx.timeZone ?? (marketplace ? MARKETPLACES[marketplace].timeZone : undefined);
  const lang = pageLang(doc) || undefined;
  return { marketplace, dates: { timeZone, lang } };
}

/** A date shown on the page → its instants, or null (never a guess: see dates.ts). */
export function dateIn(text: string | null | undefined, page: PageContext): { from: Date; to: Date } | null {
  if (!text) return null;
  const parsed = parseDate(text, page.dates);
  return parsed ? { from: parsed.from, to: parsed.to } : null;
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
