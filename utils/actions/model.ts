/**
 * The action queue's records: what the seller still owes (Action), the seller's own manual marks (Mark),
 * and the few order facts the reducer needs (OrderFact). PII-free by construction: ids, enums, instants,
 * rule ids and a marketplace code only (architecture.md "Privacy and permissions").
 * Validated with valibot at every boundary (message → background, storage → memory, import file → queue).
 */
import * as v from 'valibot';
import { InstantSchema, MarketplaceSchema, OrderIdSchema } from '../pages/observation';

/** The seven things the queue can ask of a seller (issue 6, item 1). */
export const ACTION_KINDS = [
  'refund-return', 'reply-amazon-cs', 'reply-buyer', 'grade-return', 'file-safet', 'answer-safet', 'appeal-safet',
] as const;
export const ActionKindSchema = v.picklist(ACTION_KINDS);
/** Kind of an outstanding action. */
export type ActionKind = v.InferOutput<typeof ActionKindSchema>;

/** Same literals as utils/policy/deadlines.ts ClockId (H1a), repeated here because validation needs values. */
export const CLOCK_IDS = [
  'return-refund', 'amazon-cs-reply', 'buyer-reply', 'automated-refund', 'safet-filing', 'safet-wait',
  'safet-reply', 'safet-appeal',
] as const;
export const ClockIdSchema = v.picklist(CLOCK_IDS);

export const ActionStatusSchema = v.picklist(['open', 'done', 'dismissed']);
/** open: still owed; done: the work was done (seen on a page or marked by the seller); dismissed: not wanted. */
export type ActionStatus = v.InferOutput<typeof ActionStatusSchema>;

/** Bits of Action.notified: which reminders were already shown (never more than one of each). */
export const NOTIFIED_LEAD = 1;
export const NOTIFIED_OVERDUE = 2;

const Short = v.pipe(v.string(), v.minLength(1), v.maxLength(120));

export const ActionSchema = v.object({
  /** Deterministic: `<kind>:<key>` (key = order id, thread id or claim id) so re-observing is idempotent. */
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(200)),
  kind: ActionKindSchema,
  orderId: v.nullable(OrderIdSchema),
  /** SAFE-T claim id or messaging thread id (Amazon's ids, not personal data). */
  ref: v.optional(Short),
  marketplace: MarketplaceSchema,
  /** Seller Central host the observation came from when it is not the marketplace's own (unified EU host). */
  host: v.optional(v.pipe(v.string(), v.maxLength(60), v.regex(/^sellercentral[a-z.-]*\.amazon\.[a-z.]+$/))),
  clock: ClockIdSchema,
  startedAt: InstantSchema,
  dueAt: InstantSchema,
  /** Rule id from utils/policy/rules.ts, or 'page:<clock>' when the page itself showed the date ("Reply by …"). */
  ruleId: Short,
  status: ActionStatusSchema,
  closedAt: v.optional(InstantSchema),
  closedBy: v.optional(v.picklist(['auto', 'manual'])),
  snoozedUntil: v.optional(InstantSchema),
  /** Mark id when the action came from the seller's manual mark (undoing the mark removes it). */
  origin: v.optional(Short),
  /** NOTIFIED_* bits. */
  notified: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))),
  createdAt: InstantSchema,
});
/** One thing the seller owes, with its deadline and the rule behind it. */
export type Action = v.InferOutput<typeof ActionSchema>;

export const MarkKindSchema = v.picklist(['return-received', 'amazon-cs-contact']);
/** What a manual mark records. */
export type MarkKind = v.InferOutput<typeof MarkKindSchema>;

export const MarkSchema = v.object({
  id: Short,
  kind: MarkKindSchema,
  orderId: OrderIdSchema,
  marketplace: MarketplaceSchema,
  /** When it happened, as the seller entered it. */
  at: InstantSchema,
  createdAt: InstantSchema,
});
/** The seller's own record that something happened on an order ("return received", "Amazon CS contacted me"). */
export type Mark = v.InferOutput<typeof MarkSchema>;

export const OrderFactSchema = v.object({
  sfp: v.nullable(v.boolean()),
  seenAt: InstantSchema,
});
/** What the queue remembers about an order between observations: only whether it is SFP. */
export type OrderFact = v.InferOutput<typeof OrderFactSchema>;

export const UndoEntrySchema = v.object({
  undoId: Short,
  /** The action as it was before the change; null when the change created it. */
  before: v.nullable(ActionSchema),
  actionId: v.pipe(v.string(), v.minLength(3), v.maxLength(200)),
  at: InstantSchema,
});
/** One step the seller can undo from the popup. */
export type UndoEntry = v.InferOutput<typeof UndoEntrySchema>;

/** The whole queue as the background keeps it (storage key local:queue, see utils/storage.ts). */
export interface QueueState {
  actions: Record<string, Action>;
  marks: Record<string, Mark>;
  orders: Record<string, OrderFact>;
  undo: UndoEntry[];
  /** Marketplaces seen on Seller Central, for the options page's defaults. */
  marketplacesSeen: v.InferOutput<typeof MarketplaceSchema>[];
}

/** An empty queue. */
export function emptyQueue(): QueueState {
  return { actions: {}, marks: {}, orders: {}, undo: [], marketplacesSeen: [] };
}
