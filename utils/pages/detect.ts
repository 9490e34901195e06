/**
 * URL → Seller Central page kind, marketplace and order id (architecture.md public contract). Pure, no DOM, and
 * dependency-free apart from utils/marketplaces.ts: the tiny router content script imports it.
 * Paths from shared/domain/seller-central-pages.md; example URLs per kind are in tests/unit/pages/detect.test.ts
 * (a cross-matrix in the github-url-detection style).
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

/** Path (trailing slashes dropped) → kind and where an order id may be, before validation. */
function classify(path: string, u: URL): { kind: PageKind; orderId?: string | null } {
  // Sign-in, MFA and account-verification pages: the extension does nothing there.
  if (/^\/ap\/(signin|mfa|cvf)(\/|$)/.test(path)) return { kind: 'other' };
  const details = /^\/orders-v3\/order\/([^/]+)(\/[^/]+)*$/.exec(path);
  if (details) {
    const id = validId(details[1]);
    return id ? { kind: 'order-details', orderId: id } : { kind: 'other' };
  }
  if (path === '/gp/orders-v2/details') {
    const id = validId(u.searchParams.get('orderID') ?? u.searchParams.get('orderId'));
    return id ? { kind: 'order-details', orderId: id } : { kind: 'other' };
  }
  if (path === '/orders-v3' || /^\/orders-v3\/(mfn|afn|fba|search|all|pending|unshipped|canceled|shipped)(\/|$)/.test(path)) {
    return { kind: 'order-list' };
  }
  if (/^\/messaging\/(inbox-v3|inbox|thread|threads)(\/|$)/.test(path)) {
    const filtered = u.searchParams.get('fi') === 'search' ? u.searchParams.get('ss') : null;
    return { kind: 'messages', orderId: filtered };
  }
  if (/^\/returns\/(list|detail|details|manage)(\/|$)/.test(path) || path === '/returns') return { kind: 'returns' };
  if (/^\/safet-claims(\/create-v2|\/claim\/[^/]+)?$/.test(path)) {
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
  const path = u.pathname.replace(/\/+$/, '') || '/';
  const { kind, orderId } = classify(path, u);
  const id = validId(orderId);
  return id ? { kind, marketplace, orderId: id } : { kind, marketplace };
}
