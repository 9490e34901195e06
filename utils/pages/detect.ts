import { isSellerCentralHost, marketplaceForHost, type MarketplaceCode } from '../marketplaces';

/** Kind of Seller Central page, decided from the URL alone. */
export type PageKind = 'order-details' | 'order-list' | 'messages' | 'returns' | 'safet' | 'other';

/** What the URL says about a Seller Central page. */
export interface DetectedPage {
  kind: PageKind;
  marketplace: MarketplaceCode | null;
  orderId?: string;
}

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

/**
 * URL → page kind, marketplace and order id; null when not an https Seller Central host.
 * Pure: no DOM. First cut; see tests/unit/pages/detect.test.ts for the matrix.
 */
export function detectPage(url: string | URL): DetectedPage | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return null;
  if (!isSellerCentralHost(u.hostname)) return null;
  const marketplace = marketplaceForHost(u.hostname);
  const path = u.pathname;
  const orderMatch = /^\/orders-v3\/order\/([^/]+)/.exec(path);
  if (orderMatch) {
    const id = decodeURIComponent(orderMatch[1] ?? '');
    return ORDER_ID.test(id) ? { kind: 'order-details', marketplace, orderId: id } : { kind: 'other', marketplace };
  }
  if (/^\/orders-v3(\/|$)/.test(path)) return { kind: 'order-list', marketplace };
  return { kind: 'other', marketplace };
}
