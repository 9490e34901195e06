/**
 * The Manage Returns page's own JSON: `GET /returns/api/return-requests?…` (shared/domain/seller-central-pages.md,
 * "Manage Returns"). KNOWN fields: returnRequests[] with returnRequestId, orderInfo.orderId.value,
 * requestState.value (Approved, PendingLabel, PendingRefund, PendingApproval, Completed, Closed …),
 * labelInfo.carrierTrackingId.value, badges[].id, returnRequestDate / closeDate (epoch ms), items[] (returnReason,
 * resolution). ASSUMED: the badge ids' wording (matched loosely: "first scan", "prior refund"), the optional
 * delivered / refunded date fields (returnDeliveredDate, refundDate), and that a present `badges` array lists every
 * badge the request has. Buyer fields are never read: each request is validated on its own and the schema keeps only
 * the fields below (valibot objects strip the rest).
 */
import * as v from 'valibot';
import { epochMillisToIso } from './dates';
import type { ReturnsObservation } from './observation';
import { safeId } from './list-rows';

type ReturnRow = ReturnsObservation['rows'][number];

const optString = v.optional(v.nullable(v.string()));
const optMillis = v.optional(v.nullable(v.number()));
const wrapped = v.optional(v.nullable(v.union([v.string(), v.object({ value: optString })])));

/** Envelope: the list is validated item by item, so one odd request does not hide the others. */
export const ReturnRequestsEnvelopeSchema = v.object({ returnRequests: v.array(v.unknown()) });

/** One return request, only the fields the reader uses. */
export const ReturnRequestJsonSchema = v.object({
  returnRequestId: v.optional(v.nullable(v.union([v.string(), v.number()]))),
  orderInfo: v.optional(v.nullable(v.object({ orderId: wrapped }))),
  requestState: wrapped,
  badges: v.optional(v.nullable(v.array(v.object({ id: optString })))),
  returnRequestDate: optMillis,
  closeDate: optMillis,
  returnDeliveredDate: optMillis,
  refundDate: optMillis,
  items: v.optional(v.nullable(v.array(v.object({ returnReason: wrapped, resolution: wrapped })))),
});
type ReturnRequestJson = v.InferOutput<typeof ReturnRequestJsonSchema>;

const unwrap = (v: string | { value?: string | null } | null | undefined): string =>
  (typeof v === 'string' ? v : v?.value ?? '').trim();

/** requestState.value → ReturnState. PendingRefund = the return arrived and waits for the refund. */
const STATES: Record<string, ReturnRow['state']> = {
  pendingapproval: 'requested', requested: 'requested', authorizationrequired: 'requested',
  approved: 'approved', authorized: 'approved', pendinglabel: 'approved', labelissued: 'approved',
  intransit: 'in-transit', shipped: 'in-transit',
  pendingrefund: 'delivered', delivered: 'delivered', received: 'delivered',
  refunded: 'refunded',
  completed: 'closed', closed: 'closed', canceled: 'closed', cancelled: 'closed', rejected: 'closed',
};

export const FIRST_SCAN = /first.?scan|\brafs\b/i;
export const PRIOR_REFUND = /prior.?refund|refund.?(applied|issued)|^refunded$/i;
/** Return reason codes are Amazon's (e.g. "CR-DEFECTIVE", "NOT_AS_DESCRIBED"), never buyer text. */
const REASON_CODE = /^[A-Za-z][A-Za-z0-9_-]{1,79}$/;

/** One validated request → a row, or null when its order id is not a valid 3-7-7 id. */
export function rowFromJson(raw: unknown): ReturnRow | null {
  const parsed = v.safeParse(ReturnRequestJsonSchema, raw);
  if (!parsed.success) return null;
  const r: ReturnRequestJson = parsed.output;
  const orderId = unwrap(r.orderInfo?.orderId);
  if (!/^\d{3}-\d{7}-\d{7}$/.test(orderId)) return null;
  const stateKey = unwrap(r.requestState).toLowerCase().replace(/[^a-z]/g, '');
  const badgeIds = r.badges ? r.badges.map((b) => b.id ?? '') : null;
  const resolutions = (r.items ?? []).map((i) => unwrap(i.resolution));
  const firstScan = [...(badgeIds ?? []), ...resolutions].some((s) => FIRST_SCAN.test(s));
  const priorRefund = (badgeIds ?? []).some((s) => PRIOR_REFUND.test(s));
  let state = STATES[stateKey] ?? 'unknown';
  // Refund at First Scan refunds at the carrier's first scan: issued once the parcel moves, not before.
  const scanned = state === 'in-transit' || state === 'delivered' || state === 'closed' || state === 'refunded';
  const refundIssued = priorRefund || state === 'refunded' || (firstScan && scanned)
    ? true : stateKey === 'pendingrefund' || badgeIds ? false : null;
  if (state === 'closed' && refundIssued === true) state = 'refunded';
  const row: ReturnRow = {
    orderId, state,
    refundedAtFirstScan: firstScan ? true : badgeIds ? false : null,
    refundIssued,
  };
  const id = safeId(r.returnRequestId === null || r.returnRequestId === undefined ? undefined : String(r.returnRequestId), 60);
  if (id) row.returnRequestId = id;
  const requestedAt = epochMillisToIso(r.returnRequestDate);
  if (requestedAt) row.requestedAt = requestedAt;
  const deliveredAt = epochMillisToIso(r.returnDeliveredDate);
  if (deliveredAt) row.deliveredAt = deliveredAt;
  const refundedAt = epochMillisToIso(r.refundDate);
  if (refundedAt) row.refundedAt = refundedAt;
  const closedAt = epochMillisToIso(r.closeDate);
  if (closedAt) row.closedAt = closedAt;
  const reason = (r.items ?? []).map((i) => unwrap(i.returnReason)).find((s) => REASON_CODE.test(s));
  if (reason) row.reason = reason;
  return row;
}

/** Rows of a validated envelope; requests that fail validation are skipped and counted. */
export function rowsFromJson(envelope: { returnRequests: unknown[] }): { rows: ReturnRow[]; skipped: number } {
  const rows: ReturnRow[] = [];
  let skipped = 0;
  for (const raw of envelope.returnRequests) {
    const row = rowFromJson(raw);
    if (row) rows.push(row);
    else skipped++;
  }
  return { rows, skipped };
}

/**
 * Path of the JSON for the page being read: the page's own query (filters, page number, search), plus the order-id
 * search the JSON expects when the page URL names an order (`?orderId=` or a hash route).
 */
export function returnsJsonPath(pageUrl: string): string {
  try {
    const u = new URL(pageUrl);
    const params = new URLSearchParams(u.search);
    const orderId = params.get('orderId');
    if (orderId && /^\d{3}-\d{7}-\d{7}$/.test(orderId) && !params.has('searchTerm')) {
      params.set('searchTerm', orderId);
      params.set('searchBy', 'OrderId');
    }
    const q = params.toString();
    return `/returns/api/return-requests${q ? `?${q}` : ''}`;
  } catch {
    return '/returns/api/return-requests';
  }
}
