/**
 * How SFP Guide GETs the same-origin JSON the Seller Central page itself uses, and the one early start
 * of such a request. Imports nothing: the router content script uses it on order pages.
 *
 * The order page's JSON is the reader's first source. The router (document_start) knows from the URL
 * that a page is an order page, so when the seller allows JSON reading it starts that one GET at once;
 * the overlay bundle, injected moments later, takes the response instead of asking again (still one
 * request per endpoint and page view). The hand-over lives on the global object of the extension's
 * isolated world, which the router and the overlay bundle share in a frame and the page never sees.
 */

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
interface Prefetch {
  pageUrl: string;
  path: string;
  response: Promise<Response>;
}
const KEY = '__sfpGuideJsonPrefetch';
const slot = globalThis as unknown as { [KEY]?: Prefetch };

/** Starts the GET of `path` for the page now shown in `win`, to be taken by the reader (takePrefetched). */
export function prefetchJson(win: Win, path: string): void {
  const response = win.fetch(new URL(path, win.location.origin).href, PAGE_FETCH_INIT);
  // Nobody may be waiting yet: a network failure must not surface as an unhandled rejection.
  response.catch(() => undefined);
  slot[KEY] = { pageUrl: win.location.href, path, response };
}

/** The early response for `path` if it was started for the page `win` still shows; taken once. */
export function takePrefetched(win: Win, path: string): Promise<Response> | null {
  const p = slot[KEY];
  if (!p || p.path !== path || p.pageUrl !== win.location.href) return null;
  delete slot[KEY];
  return p.response;
}
