/**
 * Observation: what a reader found on a Seller Central page, free of buyer personal data.
 * The one place these shapes live; validated with valibot wherever they cross a boundary
 * (page → reader result, content script → background message, storage → memory).
 * Instants are ISO 8601 strings in UTC ("2026-11-27T13:00:00.000Z") so they survive messaging and storage.
 */
import * as v from 'valibot';
import { MARKETPLACE_CODES } from '../marketplaces';

export const OrderIdSchema = v.pipe(v.string(), v.regex(/^\d{3}-\d{7}-\d{7}$/));
export const MarketplaceSchema = v.picklist(MARKETPLACE_CODES);
/**
 * A UTC instant as toISOString writes it: RFC 3339 with seconds, optional fraction and `Z` (no offsets, years
 * 0000–9999). The pattern is zod 4's `iso.datetime()` (MIT), which this schema replaced, so stored values keep
 * their meaning; valibot's isoTimestamp would also accept offsets.
 */
const ISO_INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;
export const InstantSchema = v.pipe(v.string(), v.regex(ISO_INSTANT));

/** Where a value was read: the page's own JSON, DOM anchors, text heuristics, or the seller's own mark. */
export const SourceSchema = v.picklist(['json', 'dom', 'text', 'manual']);
export type Source = v.InferOutput<typeof SourceSchema>;

/**
 * A date the page shows as a window ("Wed, Dec 4 to Fri, Dec 6"); a single date with a time has from === to.
 * A date shown without a time of day stands for the whole local day: from = local midnight starting it, to = local
 * midnight ending it (utils/pages/dates.ts; the businessDeadline convention).
 */
export const InstantRangeSchema = v.object({ from: InstantSchema, to: InstantSchema });
export type InstantRange = v.InferOutput<typeof InstantRangeSchema>;

/** Normalised order status (Seller Central: Unshipped, Shipped, Canceled, ReturningToSeller, ReturnedToSeller …). */
export const OrderStatusSchema = v.picklist([
  'pending', 'unshipped', 'shipped', 'delivered', 'canceled', 'returning', 'returned', 'unknown',
]);

/** Who refunded: drives SAFE-T eligibility (utils/policy safetOutlook RefundFacts.refundIssuer). */
export const RefundIssuerSchema = v.picklist(['amazon-cs', 'refund-at-first-scan', 'amazon-automated', 'seller']);

export const RefundInfoSchema = v.object({
  issuer: v.optional(RefundIssuerSchema),
  at: v.optional(InstantSchema),
});

export const ReturnStateSchema = v.picklist([
  'requested', 'approved', 'in-transit', 'delivered', 'refunded', 'closed', 'unknown',
]);

export const ReturnInfoSchema = v.object({
  state: ReturnStateSchema,
  /** Return delivery scan at the seller's warehouse. */
  deliveredAt: v.optional(InstantSchema),
  refundedAtFirstScan: v.optional(v.boolean()),
  /** Amazon's return reason code or label (never buyer free text). */
  reason: v.optional(v.pipe(v.string(), v.maxLength(80))),
});

const base = {
  marketplace: v.nullable(MarketplaceSchema),
  observedAt: InstantSchema,
  /** Main source of the observation's values. */
  source: SourceSchema,
};

export const OrderDetailsObservationSchema = v.object({
  kind: v.literal('order-details'),
  ...base,
  orderId: OrderIdSchema,
  /** Seller Fulfilled Prime: true/false when decided, null when the page does not say. */
  sfp: v.nullable(v.boolean()),
  /** How sfp was decided, e.g. 'json:programs', 'json:isPrime', 'dom:prime-badge', 'none'. */
  sfpDecidedBy: v.string(),
  fulfillment: v.nullable(v.picklist(['seller', 'amazon'])),
  status: OrderStatusSchema,
  purchaseDate: v.optional(InstantSchema),
  shipBy: v.optional(InstantRangeSchema),
  deliverBy: v.optional(InstantRangeSchema),
  trackingPresent: v.nullable(v.boolean()),
  refund: v.optional(RefundInfoSchema),
  return: v.optional(ReturnInfoSchema),
});
export type OrderDetailsObservation = v.InferOutput<typeof OrderDetailsObservationSchema>;

export const OrderRowSchema = v.object({
  orderId: OrderIdSchema,
  sfp: v.nullable(v.boolean()),
  status: OrderStatusSchema,
  shipBy: v.optional(InstantRangeSchema),
  deliverBy: v.optional(InstantRangeSchema),
});
export const OrderListObservationSchema = v.object({
  kind: v.literal('order-list'),
  ...base,
  rows: v.array(OrderRowSchema),
});
export type OrderListObservation = v.InferOutput<typeof OrderListObservationSchema>;

export const SenderSchema = v.picklist(['buyer', 'amazon-cs', 'seller']);

export const InboxRowSchema = v.object({
  orderId: v.optional(OrderIdSchema),
  sender: v.nullable(SenderSchema),
  receivedAt: v.optional(InstantSchema),
  needsResponse: v.nullable(v.boolean()),
  /** Amazon's thread or case id when shown (not personal data). */
  threadId: v.optional(v.pipe(v.string(), v.maxLength(120))),
});

/** A message of the open thread. Its text goes to classifyContact in memory and is never stored. */
export const ThreadMessageSchema = v.object({
  sender: SenderSchema,
  sentAt: v.optional(InstantSchema),
  /** Intent decided in the content script from the text; the text itself is dropped. */
  intent: v.optional(v.picklist(['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'])),
  intentConfidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** The close second intent when the classifier was unsure (no message text, only the label). */
  intentRunnerUp: v.optional(v.picklist(['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'])),
  /** Language of the text as classifyContact saw it (picks the reply template language). */
  language: v.optional(v.picklist(['en', 'de', 'fr', 'es', 'it', 'ja'])),
});

export const MessagesObservationSchema = v.object({
  kind: v.literal('messages'),
  ...base,
  rows: v.array(InboxRowSchema),
  thread: v.optional(
    v.object({
      orderId: v.optional(OrderIdSchema),
      threadId: v.optional(v.pipe(v.string(), v.maxLength(120))),
      messages: v.array(ThreadMessageSchema),
      /** True when the last message is the seller's (the thread is answered). */
      answered: v.boolean(),
    }),
  ),
});
export type MessagesObservation = v.InferOutput<typeof MessagesObservationSchema>;

export const ReturnRowSchema = v.object({
  returnRequestId: v.optional(v.pipe(v.string(), v.maxLength(60))),
  orderId: OrderIdSchema,
  state: ReturnStateSchema,
  requestedAt: v.optional(InstantSchema),
  deliveredAt: v.optional(InstantSchema),
  refundedAtFirstScan: v.nullable(v.boolean()),
  refundIssued: v.nullable(v.boolean()),
  refundedAt: v.optional(InstantSchema),
  /** When the return request was closed (JSON closeDate). */
  closedAt: v.optional(InstantSchema),
  reason: v.optional(v.pipe(v.string(), v.maxLength(80))),
});
export const ReturnsObservationSchema = v.object({
  kind: v.literal('returns'),
  ...base,
  rows: v.array(ReturnRowSchema),
});
export type ReturnsObservation = v.InferOutput<typeof ReturnsObservationSchema>;

export const ClaimRowSchema = v.object({
  claimId: v.pipe(v.string(), v.maxLength(60)),
  orderId: v.optional(OrderIdSchema),
  status: v.picklist(['awaiting-seller', 'under-investigation', 'resolved', 'unknown']),
  replyBy: v.optional(InstantSchema),
  appealBy: v.optional(InstantSchema),
});
export const SafetObservationSchema = v.object({
  kind: v.literal('safet'),
  ...base,
  claims: v.array(ClaimRowSchema),
  /** On the filing page: the order id the seller entered, if any. */
  filingOrderId: v.optional(OrderIdSchema),
});
export type SafetObservation = v.InferOutput<typeof SafetObservationSchema>;

export const ObservationSchema = v.variant('kind', [
  OrderDetailsObservationSchema,
  OrderListObservationSchema,
  MessagesObservationSchema,
  ReturnsObservationSchema,
  SafetObservationSchema,
]);
/** Any reader's PII-free result. */
export type Observation = v.InferOutput<typeof ObservationSchema>;

/** What a reader returns: an observation, or why it could not make one. Readers never throw. */
export type ReadResult<T extends Observation = Observation> =
  | { status: 'ok'; observation: T }
  | { status: 'unrecognised'; missing: string[] }
  | { status: 'signed-out' };
