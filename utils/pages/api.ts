/**
 * Same-origin JSON the Seller Central page itself requests (shared/domain/seller-central-pages.md, "Order Details"):
 * GET only, header `anti-csrftoken-a2z-request: true`, credentials same-origin; validated with valibot; at most one
 * request per endpoint URL per page view; switched off when the context has no fetchJson (options page setting).
 * Page view = the page URL (ctx.url) for one fetch function: re-reads of the same view share the answer, an SPA
 * navigation to another URL (and back) asks again, so an order confirmed meanwhile is not shown from stale JSON.
 * Signed-out answers seen: 401, 403 {"reason":"sign_in"}, or a 200 HTML sign-in page → 'signed-out'.
 */
import * as v from 'valibot';
import { normaliseFulfillment } from './order-labels';
import { PAGE_FETCH_INIT, orderJsonPath, takePrefetched } from './page-fetch';
import type { FetchJson, ReadContext } from './read-context';

/** Outcome of a JSON request: validated data, signed out, or why there is none (the reader falls back to the DOM). */
export type ApiResult<T> =
  | { status: 'ok'; data: T }
  | { status: 'signed-out' }
  | { status: 'unavailable'; reason: 'off' | 'http' | 'invalid' | 'network' | 'aborted' };

type RawOutcome = { status: 'json'; body: unknown } | { status: 'signed-out' } | { status: 'unavailable'; reason: 'http' | 'invalid' | 'network' };

const cache = new WeakMap<FetchJson, { pageUrl: string; byPath: Map<string, Promise<RawOutcome>> }>();

/**
 * Builds the page's own fetch: GET, same-origin credentials, the anti-CSRF header Seller Central's app sends
 * (./page-fetch.ts). A request the router already started for this page view is taken instead of sent again.
 */
export function createPageFetch(win: Pick<Window, 'fetch' | 'location'>): FetchJson {
  return (path: string) => {
    if (!path.startsWith('/') || path.startsWith('//')) return Promise.reject(new TypeError('same-origin paths only'));
    return takePrefetched(win, path) ?? win.fetch(new URL(path, win.location.origin).href, PAGE_FETCH_INIT);
  };
}

async function request(fetchJson: FetchJson, path: string): Promise<RawOutcome> {
  let res: Response;
  try {
    res = await fetchJson(path);
  } catch {
    return { status: 'unavailable', reason: 'network' };
  }
  try {
    if (res.status === 401) return { status: 'signed-out' };
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    if (res.status === 403) {
      try {
        const body = JSON.parse(text) as { reason?: unknown };
        if (body && body.reason === 'sign_in') return { status: 'signed-out' };
      } catch { /* not JSON: a plain forbidden */ }
      return { status: 'unavailable', reason: 'http' };
    }
    if (!res.ok) return { status: 'unavailable', reason: 'http' };
    // A 200 HTML page instead of JSON is the sign-in page the session was redirected to.
    if (/html/i.test(type) || /^\s*</.test(text)) return { status: 'signed-out' };
    return { status: 'json', body: JSON.parse(text) as unknown };
  } catch {
    return { status: 'unavailable', reason: 'invalid' };
  }
}

/**
 * GET path once per page view (cached), validated with schema. Never throws. An aborted signal answers
 * 'aborted' without waiting, but the shared request still completes for the next reader.
 */
export async function getJson<T>(ctx: ReadContext, path: string, schema: v.GenericSchema<unknown, T>): Promise<ApiResult<T>> {
  const fetchJson = ctx.fetchJson;
  if (!fetchJson) return { status: 'unavailable', reason: 'off' };
  if (ctx.signal?.aborted) return { status: 'unavailable', reason: 'aborted' };
  let view = cache.get(fetchJson);
  if (!view || view.pageUrl !== ctx.url) cache.set(fetchJson, (view = { pageUrl: ctx.url, byPath: new Map() }));
  let pending = view.byPath.get(path);
  if (!pending) view.byPath.set(path, (pending = request(fetchJson, path)));
  const raw = await pending;
  if (ctx.signal?.aborted) return { status: 'unavailable', reason: 'aborted' };
  return validated(raw, schema);
}

function validated<T>(raw: RawOutcome, schema: v.GenericSchema<unknown, T>): ApiResult<T> {
  if (raw.status !== 'json') return raw;
  const parsed = v.safeParse(schema, raw.body);
  return parsed.success ? { status: 'ok', data: parsed.output } : { status: 'unavailable', reason: 'invalid' };
}

const epochSeconds = v.optional(v.nullable(v.number()));
const optString = v.optional(v.nullable(v.string()));

/**
 * GET /orders-api/order/<id> (fields as seen by scrapers). The Prime flag's field is unknown: `isPrime` / `IsPrime`
 * (SP-API naming) and `programs: ["PRIME"]` (newer APIs) are accepted, both ASSUMED.
 */
export const OrderJsonSchema = v.object({
  order: v.object({
    amazonOrderId: v.string(),
    orderStatus: v.optional(v.union([v.string(), v.object({ OrderStatus: optString })])),
    purchaseDate: epochSeconds,
    earliestShipDate: epochSeconds,
    latestShipDate: epochSeconds,
    earliestDeliveryDate: epochSeconds,
    latestDeliveryDate: epochSeconds,
    packages: v.optional(v.nullable(v.array(v.object({ TrackingId: optString, Carrier: optString, ShipDate: epochSeconds })))),
    isPrime: v.optional(v.nullable(v.boolean())),
    IsPrime: v.optional(v.nullable(v.boolean())),
    programs: v.optional(v.nullable(v.array(v.string()))),
    fulfillmentChannel: optString,
    salesChannel: optString,
  }),
});
/** The validated part of the orders JSON (buyer fields are dropped by the schema, never read). */
export type OrderJson = v.InferOutput<typeof OrderJsonSchema>['order'];

export { orderJsonPath };

function orderOf(r: ApiResult<v.InferOutput<typeof OrderJsonSchema>>, orderId: string): ApiResult<OrderJson> {
  if (r.status !== 'ok') return r;
  if (r.data.order.amazonOrderId !== orderId) return { status: 'unavailable', reason: 'invalid' };
  return { status: 'ok', data: r.data.order };
}

/** The order JSON for orderId, validated; its amazonOrderId must be the one asked for. */
export async function fetchOrderJson(ctx: ReadContext, orderId: string): Promise<ApiResult<OrderJson>> {
  return orderOf(await getJson(ctx, orderJsonPath(orderId), OrderJsonSchema), orderId);
}

/**
 * The order JSON for orderId through `fetchJson`, validated like fetchOrderJson but without the per-URL page-view
 * cache: for callers that keep their own once-per-order cache across SPA navigations (./order-sfp.ts). Never throws.
 */
export async function requestOrderJson(fetchJson: FetchJson, orderId: string): Promise<ApiResult<OrderJson>> {
  return orderOf(validated(await request(fetchJson, orderJsonPath(orderId)), OrderJsonSchema), orderId);
}

/**
 * Whether the order JSON says the order is SFP, and from which field: fulfilled by Amazon → false (SFP is
 * seller-fulfilled by definition); else the Prime flag (`programs`, `isPrime`, `IsPrime`, field names ASSUMED);
 * null when the JSON says neither (no guess).
 */
export function sfpFromOrderJson(o: OrderJson): { sfp: boolean; by: string } | null {
  if (normaliseFulfillment(o.fulfillmentChannel) === 'amazon') return { sfp: false, by: 'fulfillment:amazon' };
  if (Array.isArray(o.programs)) return { sfp: o.programs.some((p) => p.toUpperCase() === 'PRIME'), by: 'json:programs' };
  if (typeof o.isPrime === 'boolean') return { sfp: o.isPrime, by: 'json:isPrime' };
  if (typeof o.IsPrime === 'boolean') return { sfp: o.IsPrime, by: 'json:IsPrime' };
  return null;
}
