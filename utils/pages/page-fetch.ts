/**
 * How SFP Guide GETs the same-origin JSON the Seller Central page itself uses, and the one early start
 * of such a request. Imports nothing heavy: the router content script uses it on order pages.
 *
 * The order page's JSON is the reader's first source. The router (document_start) knows from the URL
 * that a page is an order page, so when the seller allows JSON reading it starts that one GET at once;
 * the overlay bundle, injected moments later, takes the response instead of asking again (still one
 * request per endpoint and page view; the hand-over: ../handover.ts).
 */
import { handOver, takeHandedOver } from '../handover';

/** GET, same-origin credentials, the anti-CSRF header Seller Central's app sends. */
export const PAGE_FETCH_INIT: RequestInit = {
  method: 'GET',
  credentials: 'same-origin',
  headers: { accept: 'application/json', 'anti-csrftoken-a2z-request': 'true' },
};

/** Path of the order JSON for a 3-7-7 order id. */
export function orderJsonPath(orderId: string): string {
  return `/orders-api/order/${encodeURIComponent(orderId)}`;
}

type Win = Pick<Window, 'fetch' | 'location'>;
const slotKey = (path: string) => `json ${path}`;

/** Starts the GET of `path` for the page now shown in `win`, to be taken by the reader (takePrefetched). */
export function prefetchJson(win: Win, path: string): void {
  const response = win.fetch(new URL(path, win.location.origin).href, PAGE_FETCH_INIT);
  // Nobody may be waiting yet: a network failure must not surface as an unhandled rejection.
  response.catch(() => undefined);
  handOver(slotKey(path), win.location.href, response);
}

/** The early response for `path` if it was started for the page `win` still shows; taken once. */
export function takePrefetched(win: Win, path: string): Promise<Response> | null {
  return takeHandedOver<Promise<Response>>(slotKey(path), win.location.href);
}
