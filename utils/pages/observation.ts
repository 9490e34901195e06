/**
 * Observation: what a reader found on a Seller Central page, free of buyer personal data.
 * The one place these shapes live; validated with zod/mini wherever they cross a boundary
 * (page → reader result, content script → background message, storage → memory).
 * Instants are ISO 8601 strings in UTC ("2026-11-27T13:00:00.000Z") so they survive messaging and storage.
 */
import * as z from 'zod/mini';
import { MARKETPLACE_CODES } from '../marketplaces';

export const OrderIdSchema = z.string().check(z.regex(/^\d{3}-\d{7}-\d{7}$/));
export const MarketplaceSchema = z.enum(MARKETPLACE_CODES);
export const InstantSchema = z.iso.datetime();

/** Where a value was read: the page's own JSON, DOM anchors, text heuristics, or the seller's own mark. */
export const SourceSchema = z.enum(['json', 'dom', 'text', 'manual']);
export type Source = z.infer<typeof SourceSchema>;

/**
 * A date the page shows as a window ("Wed, Dec 4 to Fri, Dec 6"); a single date with a time has from === to.
 * A date shown without a time of day stands for the whole local day: from = local midnight starting it, to = local
 * midnight ending it (utils/pages/dates.ts; the businessDeadline convention).
 */
export const InstantRangeSchema = z.object({ from: InstantSchema, to: InstantSchema });
export type InstantRange = z.infer<typeof InstantRangeSchema>;

/** Normalised order status (Seller Central: Unshipped, Shipped, Canceled, ReturningToSeller, ReturnedToSeller …). */
export const OrderStatusSchema = z.enum([
  'pending', 'unshipped', 'shipped', 'delivered', 'canceled', 'returning', 'returned', 'unknown',
]);

/** Who refunded: drives SAFE-T eligibility (utils/policy safetOutlook RefundFacts.refundIssuer). */
export const RefundIssuerSchema = z.enum(['amazon-cs', 'refund-at-first-scan', 'amazon-automated', 'seller']);

export const RefundInfoSchema = z.object({
  issuer: z.optional(RefundIssuerSchema),
  at: z.optional(InstantSchema),
});

export const ReturnStateSchema = z.enum([
  'requested', 'approved', 'in-transit', 'delivered', 'refunded', 'closed', 'unknown',
]);

export const ReturnInfoSchema = z.object({
  state: ReturnStateSchema,
  /** Return delivery scan at the seller's warehouse. */
  deliveredAt: z.optional(InstantSchema),
  refundedAtFirstScan: z.optional(z.boolean()),
  /** Amazon's return reason code or label (never buyer free text). */
  reason: z.optional(z.string().check(z.maxLength(80))),
});

const base = {
  marketplace: z.nullable(MarketplaceSchema),
  observedAt: InstantSchema,
  /** Main source of the observation's values. */
  source: SourceSchema,
};

export const OrderDetailsObservationSchema = z.object({
  kind: z.literal('order-details'),
  ...base,
  orderId: OrderIdSchema,
  /** Seller Fulfilled Prime: true/false when decided, null when the page does not say. */
  sfp: z.nullable(z.boolean()),
  /** How sfp was decided, e.g. 'json:programs', 'json:isPrime', 'dom:prime-badge', 'none'. */
  sfpDecidedBy: z.string(),
  fulfillment: z.nullable(z.enum(['seller', 'amazon'])),
  status: OrderStatusSchema,
  purchaseDate: z.optional(InstantSchema),
  shipBy: z.optional(InstantRangeSchema),
  deliverBy: z.optional(InstantRangeSchema),
  trackingPresent: z.nullable(z.boolean()),
  refund: z.optional(RefundInfoSchema),
  return: z.optional(ReturnInfoSchema),
});
export type OrderDetailsObservation = z.infer<typeof OrderDetailsObservationSchema>;

export const OrderRowSchema = z.object({
  orderId: OrderIdSchema,
  sfp: z.nullable(z.boolean()),
  status: OrderStatusSchema,
  shipBy: z.optional(InstantRangeSchema),
  deliverBy: z.optional(InstantRangeSchema),
});
export const OrderListObservationSchema = z.object({
  kind: z.literal('order-list'),
  ...base,
  rows: z.array(OrderRowSchema),
});
export type OrderListObservation = z.infer<typeof OrderListObservationSchema>;

export const SenderSchema = z.enum(['buyer', 'amazon-cs', 'seller']);

export const InboxRowSchema = z.object({
  orderId: z.optional(OrderIdSchema),
  sender: z.nullable(SenderSchema),
  receivedAt: z.optional(InstantSchema),
  needsResponse: z.nullable(z.boolean()),
  /** Amazon's thread or case id when shown (not personal data). */
  threadId: z.optional(z.string().check(z.maxLength(120))),
});

/** A message of the open thread. Its text goes to classifyContact in memory and is never stored. */
export const ThreadMessageSchema = z.object({
  sender: SenderSchema,
  sentAt: z.optional(InstantSchema),
  /** Intent decided in the content script from the text; the text itself is dropped. */
  intent: z.optional(z.enum(['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'])),
  intentConfidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Language of the text as classifyContact saw it (picks the reply template language). */
  language: z.optional(z.enum(['en', 'de', 'fr', 'es', 'it', 'ja'])),
});

export const MessagesObservationSchema = z.object({
  kind: z.literal('messages'),
  ...base,
  rows: z.array(InboxRowSchema),
  thread: z.optional(
    z.object({
      orderId: z.optional(OrderIdSchema),
      threadId: z.optional(z.string().check(z.maxLength(120))),
      messages: z.array(ThreadMessageSchema),
      /** True when the last message is the seller's (the thread is answered). */
      answered: z.boolean(),
    }),
  ),
});
export type MessagesObservation = z.infer<typeof MessagesObservationSchema>;

export const ReturnRowSchema = z.object({
  returnRequestId: z.optional(z.string().check(z.maxLength(60))),
  orderId: OrderIdSchema,
  state: ReturnStateSchema,
  requestedAt: z.optional(InstantSchema),
  deliveredAt: z.optional(InstantSchema),
  refundedAtFirstScan: z.nullable(z.boolean()),
  refundIssued: z.nullable(z.boolean()),
  refundedAt: z.optional(InstantSchema),
  /** When the return request was closed (JSON closeDate). */
  closedAt: z.optional(InstantSchema),
  reason: z.optional(z.string().check(z.maxLength(80))),
});
export const ReturnsObservationSchema = z.object({
  kind: z.literal('returns'),
  ...base,
  rows: z.array(ReturnRowSchema),
});
export type ReturnsObservation = z.infer<typeof ReturnsObservationSchema>;

export const ClaimRowSchema = z.object({
  claimId: z.string().check(z.maxLength(60)),
  orderId: z.optional(OrderIdSchema),
  status: z.enum(['awaiting-seller', 'under-investigation', 'resolved', 'unknown']),
  replyBy: z.optional(InstantSchema),
  appealBy: z.optional(InstantSchema),
});
export const SafetObservationSchema = z.object({
  kind: z.literal('safet'),
  ...base,
  claims: z.array(ClaimRowSchema),
  /** On the filing page: the order id the seller entered, if any. */
  filingOrderId: z.optional(OrderIdSchema),
});
export type SafetObservation = z.infer<typeof SafetObservationSchema>;

export const ObservationSchema = z.discriminatedUnion('kind', [
  OrderDetailsObservationSchema,
  OrderListObservationSchema,
  MessagesObservationSchema,
  ReturnsObservationSchema,
  SafetObservationSchema,
]);
/** Any reader's PII-free result. */
export type Observation = z.infer<typeof ObservationSchema>;

/** What a reader returns: an observation, or why it could not make one. Readers never throw. */
export type ReadResult<T extends Observation = Observation> =
  | { status: 'ok'; observation: T }
  | { status: 'unrecognised'; missing: string[] }
  | { status: 'signed-out' };
