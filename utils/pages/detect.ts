/**
 * URL → Seller Central page kind, marketplace and order id (architecture.md public contract). Pure, no DOM, and
 * dependency-free apart from utils/marketplaces.ts: the tiny router content script imports it.
 * Paths from shared/domain/seller-central-pages.md and the URL shapes Seller Central's own links produce
 * (menu `ref=` path segments, e-mail and notification `ref_` / locale / tracking parameters, legacy `/gp/…`
 * routes): every shape, with where it was seen, is in tests/unit/pages/url-corpus.ts, and
 * tests/unit/pages/detect.test.ts runs a cross-matrix over all of them (github-url-detection style).
 */
import { isSellerCentralHost, marketplaceForHost, type MarketplaceCode } from '../marketplaces';

/** Kind of Seller Central page, decided from the URL alone. */
export type PageKind = 'order-details' | 'order-list' | 'messages' | 'returns' | 'safet' | 'other';

/** What the URL says about a Seller Central page. */
export interface DetectedPage {
  kind: PageKind;
  /** null when the host does not say (the unified EU host). */
  marketplace: MarketplaceCode | null;
  /** Only when the URL carries a valid 3-7-7 order id. */
  orderId?: string;
}

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

function validId(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(raw).trim();
  } catch {
    return undefined;
  }
  return ORDER_ID.test(id) ? id : undefined;
}

/** A query parameter by name, any letter case (Seller Central writes `orderID`, `orderId` and `orderid`). */
function param(u: URL, name: string): string | null {
  const want = name.toLowerCase();
  for (const [k, v] of u.searchParams) if (k.toLowerCase() === want) return v;
  return null;
}

/**
 * The path that names the page: Amazon's link-tracking segments (`/ref=xx_myo_dnav_xx`, `/ref_=…`, anywhere in
 * the path), empty segments (trailing or doubled slashes) and the `/amazonsell/orders/container` shell prefix
 * that embeds an older tool dropped; "/" when nothing is left. Readers that look at the path use this too, so
 * that they see the same page as detectPage.
 */
export function pagePath(url: URL): string {
  const segs = url.pathname.split('/').filter((s) => s !== '' && !/^ref_?=/i.test(s));
  if (segs[0] === 'amazonsell' && segs[1] === 'orders' && segs[2] === 'container') segs.splice(0, 3);
  return `/${segs.join('/')}`;
}

/** Normalised path → kind and where an order id may be, before validation. */
function classify(path: string, u: URL): { kind: PageKind; orderId?: string | null } {
  // Sign-in, MFA and account-verification pages: the extension does nothing there.
  if (/^\/ap\/(signin|mfa|cvf)(\/|$)/.test(path)) return { kind: 'other' };
  // An order page is only an order page with a valid id: without one no reader can tie a deadline to an order.
  const details = /^\/(?:orders-v3\/order|amazonsell\/orders)\/([^/]+)(\/[^/]+)*$/.exec(path);
  if (details) {
    const id = validId(details[1]);
    return id ? { kind: 'order-details', orderId: id } : { kind: 'other' };
  }
  if (path === '/gp/orders-v2/details' || path === '/amazonsell/order-details') {
    const id = validId(param(u, 'orderId'));
    return id ? { kind: 'order-details', orderId: id } : { kind: 'other' };
  }
  if (path === '/orders-v3' || /^\/orders-v3\/(mfn|afn|fba|search|all|pending|unshipped|canceled|shipped)(\/|$)/.test(path)
    || path === '/gp/orders-v2/list') {
    return { kind: 'order-list' };
  }
  if (path === '/messaging' || /^\/messaging\/(inbox-v3|inbox|thread|threads)(\/|$)/.test(path)) {
    const filtered = u.searchParams.get('fi') === 'search' ? u.searchParams.get('ss') : null;
    return { kind: 'messages', orderId: filtered };
  }
  // The legacy Buyer Messages inbox, still linked as ".../inbox.html/ref=ag_cmin_cont_cmread?searchBoxText=<id>".
  if (/^\/gp\/communication-manager\/inbox(\.html)?$/.test(path)) {
    return { kind: 'messages', orderId: param(u, 'searchBoxText') ?? param(u, 'orderId') };
  }
  if (/^\/returns\/(list|detail|details|manage)(\/|$)/.test(path) || path === '/returns'
    || /^\/gp\/returns\/list(\/v2(\/actions)?)?$/.test(path)) {
    return { kind: 'returns' };
  }
  if (/^\/safet-claims(\/create|\/create-v2|\/claim\/[^/]+)?$/.test(path)) {
    // Hash-routed app: "#/claims?orderId=…"; the filing page may carry ?orderId= as well.
    const hash = u.hash.startsWith('#') ? u.hash.slice(1) : '';
    const q = hash.indexOf('?');
    const fromHash = q >= 0 ? new URLSearchParams(hash.slice(q + 1)).get('orderId') : null;
    return { kind: 'safet', orderId: fromHash ?? u.searchParams.get('orderId') };
  }
  return { kind: 'other' };
}

/**
 * URL → page kind, marketplace and order id; null when not an https Seller Central URL (exact host, no port, no
 * user info: `https://sellercentral.amazon.com@evil.example/` and `sellercentral.amazon.com.evil.example` are not).
 */
export function detectPage(url: string | URL): DetectedPage | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : new URL(url.href);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return null;
  if (!isSellerCentralHost(u.hostname)) return null;
  const marketplace = marketplaceForHost(u.hostname);
  const { kind, orderId } = classify(pagePath(u), u);
  const id = validId(orderId);
  return id ? { kind, marketplace, orderId: id } : { kind, marketplace };
}
