/**
 * Order Details reader (`/orders-v3/order/<id>`, legacy `/gp/orders-v2/details?orderID=`): Document (+ the page's
 * own order JSON) → a PII-free OrderDetailsObservation, or 'unrecognised' with the missing anchors. Never throws.
 * Sources in order (issue 4): `GET /orders-api/order/<id>`, then data-test-id anchors, then labels / the order-id
 * pattern. Buyer name, address, phone and e-mail are never read (the Observation has no field for them).
 *
 * SFP decision (recorded in sfpDecidedBy):
 *  1. fulfilled by Amazon → false ('fulfillment:amazon'): SFP is seller-fulfilled by definition;
 *  2. JSON Prime flag → 'json:programs' / 'json:isPrime' / 'json:IsPrime' (field names assumed);
 *  3. Prime badge beside order-id-value → true ('dom:prime-badge');
 *  4. no badge, and the order summary rendered fully (id, purchase, ship-by, deliver-by and the channel were all
 *     there, so the badge would have been too) → false ('dom:no-badge');
 *  5. otherwise null ('none'): a half-rendered page is no evidence of "not Prime".
 * Refund / return sections: text heuristics in order-refund.ts (no public selectors known).
 */
import * as v from 'valibot';
import { marketplaceForSalesChannel, MARKETPLACES, type MarketplaceCode } from '../marketplaces';
import { fetchOrderJson, sfpFromOrderJson, type ApiResult, type OrderJson } from './api';
import { epochSecondsToIso, parseDateRange, toInstantRange, type DateParseOptions } from './dates';
import { detectPage } from './detect';
import { allByTestId, byTestId, deepQuery, deepQueryAll, hasBadge, pageLang, textOf, valueByLabel } from './dom';
import {
  OrderDetailsObservationSchema, type InstantRange, type OrderDetailsObservation, type ReadResult,
} from './observation';
import { DETAILS_ANCHORS as A, LABELS, PRIME_BADGE, normaliseFulfillment } from './order-labels';
import { readRefund, readReturn } from './order-refund';
import { combineStatuses, normaliseOrderStatus, type OrderStatus } from './order-status';
import { DEFAULT_WAIT_MS, type ReadContext } from './read-context';
import { waitForAnchors, type Anchor } from './wait';

const ORDER_ID_IN_TEXT = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/;
const SUMMARY_DATES = [A.purchaseDate, A.shipBy, A.deliverBy];

/** What the DOM showed, before merging with the JSON. */
interface DomRead {
  orderId?: string;
  orderIdBy: 'dom' | 'text' | 'none';
  purchaseDate?: string;
  shipBy?: InstantRange;
  deliverBy?: InstantRange;
  salesChannel?: string;
  fulfillment: 'seller' | 'amazon' | null;
  primeBadge: boolean;
  status: OrderStatus;
  trackingPresent: boolean | null;
  refund?: OrderDetailsObservation['refund'];
  return?: OrderDetailsObservation['return'];
  summaryComplete: boolean;
  missing: string[];
}

function linkedAbort(signal?: AbortSignal): AbortController {
  const c = new AbortController();
  if (signal?.aborted) c.abort();
  else signal?.addEventListener('abort', () => c.abort(), { once: true });
  return c;
}

/** The anchor's text, else the value beside one of the labels inside root (text fallback). */
function anchorOrLabel(doc: Document, root: Element | null, id: string, labels: readonly string[]): string | null {
  return textOf(byTestId(doc, id)) || (root ? valueByLabel(root, labels) : null);
}

function readDom(doc: Document, urlOrderId: string | undefined, hostMarket: MarketplaceCode | null, ctx: ReadContext): DomRead {
  const missing: string[] = [];
  const app = deepQuery(doc, '#MYO-app') ?? doc.body;
  // Order id: the anchor, else "Order ID:" label, else the URL's id when the page text shows it.
  const idEl = byTestId(doc, A.orderId);
  let orderId = ORDER_ID_IN_TEXT.exec(textOf(idEl))?.[0];
  let orderIdBy: DomRead['orderIdBy'] = orderId ? 'dom' : 'none';
  if (!orderId && app) {
    orderId = ORDER_ID_IN_TEXT.exec(valueByLabel(app, LABELS.orderId) ?? '')?.[0];
    if (!orderId && urlOrderId && textOf(app).includes(urlOrderId)) orderId = urlOrderId;
    if (orderId) orderIdBy = 'text';
  }
  // Stale DOM after an SPA navigation shows the previous order: not this order's page (yet).
  if (orderId && urlOrderId && orderId !== urlOrderId) orderId = undefined;
  if (!orderId) missing.push(A.orderId);

  const channel = anchorOrLabel(doc, app, A.salesChannel, LABELS.salesChannel) ?? undefined;
  const market = hostMarket ?? (channel ? marketplaceForSalesChannel(channel) : null);
  const dateOpts: DateParseOptions = {
    timeZone: ctx.timeZone ?? (market ? MARKETPLACES[market].timeZone : undefined),
    lang: pageLang(doc),
  };
  const range = (id: string, labels: readonly string[]): InstantRange | undefined => {
    const text = anchorOrLabel(doc, app, id, labels);
    const r = text ? parseDateRange(text, dateOpts) : null;
    if (!r) missing.push(id);
    return r ? toInstantRange(r) : undefined;
  };
  const purchase = range(A.purchaseDate, LABELS.purchaseDate);
  const shipBy = range(A.shipBy, LABELS.shipBy);
  const deliverBy = range(A.deliverBy, LABELS.deliverBy);
  const fulfillment = normaliseFulfillment(anchorOrLabel(doc, app, A.fulfillment, LABELS.fulfillment));

  // The badge sits beside the order id: look in the id's row and the row's parent only, so that a product
  // or shipping-service text mentioning "Prime" elsewhere does not count.
  const near = idEl?.parentElement;
  const primeBadge = !!near && (hasBadge(near, PRIME_BADGE) || (!!near.parentElement && hasBadge(near.parentElement, PRIME_BADGE)));

  const statuses = allByTestId(doc, A.itemStatus).map((el) => normaliseOrderStatus(textOf(el)));
  const status = statuses.length ? combineStatuses(statuses) : 'unknown';

  // Packages are the a-keyvalue tables after the first (order contents); a "Tracking ID" with a value = tracked.
  const tables = deepQueryAll(doc, 'table.a-keyvalue');
  const tracked = tables.slice(1).some((t) => !!valueByLabel(t, LABELS.trackingId));
  // "Complete" needs the id anchor too: only then do we know where the badge would be.
  const summaryComplete = orderIdBy === 'dom' && !!orderId && !!purchase && !!shipBy && !!deliverBy && (!!channel || fulfillment !== null);
  const trackingPresent = tracked ? true : summaryComplete || status === 'unshipped' ? false : null;

  return {
    orderId, orderIdBy, purchaseDate: purchase?.from, shipBy, deliverBy, salesChannel: channel,
    fulfillment, primeBadge, status, trackingPresent, summaryComplete, missing,
    refund: readRefund(doc, dateOpts), return: readReturn(doc, dateOpts),
  };
}

function jsonRange(from: number | null | undefined, to: number | null | undefined): InstantRange | undefined {
  const t = epochSecondsToIso(to);
  if (!t) return undefined;
  return { from: epochSecondsToIso(from) ?? t, to: t };
}

function build(dom: DomRead, json: OrderJson | null, hostMarket: MarketplaceCode | null, ctx: ReadContext): ReadResult<OrderDetailsObservation> {
  const orderId = json?.amazonOrderId ?? dom.orderId;
  const hasDate = !!(dom.purchaseDate || dom.shipBy || dom.deliverBy);
  if (!json && (!orderId || !hasDate)) return { status: 'unrecognised', missing: dom.missing };
  if (!orderId) return { status: 'unrecognised', missing: dom.missing };

  const channel = json?.salesChannel ?? dom.salesChannel;
  const marketplace = hostMarket ?? (channel ? marketplaceForSalesChannel(channel) : null);
  const fulfillment = normaliseFulfillment(json?.fulfillmentChannel) ?? dom.fulfillment;
  let sfp: boolean | null = null;
  let sfpDecidedBy = 'none';
  const fromJson = json ? sfpFromOrderJson(json) : null;
  if (fulfillment === 'amazon') [sfp, sfpDecidedBy] = [false, 'fulfillment:amazon'];
  else if (fromJson) [sfp, sfpDecidedBy] = [fromJson.sfp, fromJson.by];
  else if (dom.primeBadge) [sfp, sfpDecidedBy] = [true, 'dom:prime-badge'];
  else if (dom.summaryComplete) [sfp, sfpDecidedBy] = [false, 'dom:no-badge'];

  const jsonStatus = json ? normaliseOrderStatus(typeof json.orderStatus === 'string' ? json.orderStatus : json.orderStatus?.OrderStatus) : 'unknown';
  const packages = json?.packages;
  const jsonTracking = Array.isArray(packages) ? packages.some((p) => !!p.TrackingId?.trim()) : null;
  const status = jsonStatus !== 'unknown' ? jsonStatus : dom.status;

  const obs: OrderDetailsObservation = {
    kind: 'order-details',
    marketplace,
    observedAt: ctx.now.toISOString(),
    source: json ? 'json' : dom.orderIdBy === 'dom' ? 'dom' : 'text',
    orderId,
    sfp,
    sfpDecidedBy,
    fulfillment,
    status,
    trackingPresent: jsonTracking === true || dom.trackingPresent === true ? true : jsonTracking ?? dom.trackingPresent,
  };
  const purchaseDate = epochSecondsToIso(json?.purchaseDate) ?? dom.purchaseDate;
  const shipBy = (json && jsonRange(json.earliestShipDate, json.latestShipDate)) ?? dom.shipBy;
  const deliverBy = (json && jsonRange(json.earliestDeliveryDate, json.latestDeliveryDate)) ?? dom.deliverBy;
  if (purchaseDate) obs.purchaseDate = purchaseDate;
  if (shipBy) obs.shipBy = shipBy;
  if (deliverBy) obs.deliverBy = deliverBy;
  if (dom.refund) obs.refund = dom.refund;
  if (dom.return) obs.return = dom.return;
  const checked = v.safeParse(OrderDetailsObservationSchema, obs);
  return checked.success ? { status: 'ok', observation: checked.output } : { status: 'unrecognised', missing: ['observation-schema'] };
}

async function read(doc: Document, ctx: ReadContext): Promise<ReadResult<OrderDetailsObservation>> {
  const page = detectPage(ctx.url);
  const urlOrderId = page?.orderId;
  const hostMarket = page?.marketplace ?? null;
  const stop = linkedAbort(ctx.signal);
  const jsonP: Promise<ApiResult<OrderJson>> = urlOrderId
    ? fetchOrderJson({ ...ctx, signal: undefined }, urlOrderId)
    : Promise.resolve({ status: 'unavailable', reason: 'off' });
  // A usable JSON answer (or a signed-out one) ends the DOM wait early: the DOM then fills in what it already shows.
  void jsonP.then((r) => { if (r.status !== 'unavailable') stop.abort(); });
  const anchors: Anchor[] = [
    {
      name: A.orderId,
      test: (d) => {
        const el = byTestId(d, A.orderId);
        return el && (!urlOrderId || textOf(el).includes(urlOrderId)) ? el : null;
      },
    },
    // The summary has rendered once any of its dates is there (some orders lack one of them: do not wait for it).
    { name: 'order-summary', test: (d) => SUMMARY_DATES.some((id) => !!textOf(byTestId(d, id))) },
  ];
  await waitForAnchors(doc, anchors, { timeoutMs: ctx.waitMs ?? DEFAULT_WAIT_MS, signal: stop.signal });
  if (ctx.signal?.aborted) return { status: 'unrecognised', missing: ['aborted'] };
  const json = await jsonP;
  if (json.status === 'signed-out') return { status: 'signed-out' };
  return build(readDom(doc, urlOrderId, hostMarket, ctx), json.status === 'ok' ? json.data : null, hostMarket, ctx);
}

/** Reads an Order Details page. Never throws: any failure is 'unrecognised'. */
export async function readOrderDetails(doc: Document, ctx: ReadContext): Promise<ReadResult<OrderDetailsObservation>> {
  try {
    return await read(doc, ctx);
  } catch {
    return { status: 'unrecognised', missing: ['reader-error'] };
  }
}
