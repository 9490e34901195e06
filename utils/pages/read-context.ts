/**
 * What every reader gets besides the Document: the page URL, the current time (passed in, never read inside a
 * reader), the same-origin JSON fetcher (null/undefined = JSON off, as set in the options page), an abort signal
 * (SPA navigation), how long to wait for anchors, and the fallback time zone for dates shown without one.
 */

/** GET of a same-origin path ("/orders-api/order/…"); injected so tests pass a fake. */
export type FetchJson = (path: string) => Promise<Response>;

/** Input shared by all readers (utils/pages/<kind>.ts). */
export interface ReadContext {
  url: string;
  now: Date;
  /** null/undefined = JSON endpoints off. */
  fetchJson?: FetchJson | null;
  signal?: AbortSignal;
  /** How long to wait for anchors before answering 'unrecognised' (default DEFAULT_WAIT_MS). */
  waitMs?: number;
  /** IANA zone for dates shown without a zone; default: the marketplace's zone. */
  timeZone?: string;
}

/** Default anchor wait: long enough for the Seller Central SPA to render, short enough to stay out of the way. */
export const DEFAULT_WAIT_MS = 3000;
