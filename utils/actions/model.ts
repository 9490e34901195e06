/**
 * The action queue's records: what the seller still owes (Action), the seller's own manual marks (Mark),
 * and the few order facts the reducer needs (OrderFact). PII-free by construction: ids, enums, instants,
 * rule ids and a marketplace code only (architecture.md "Privacy and permissions").
 * Validated with zod/mini at every boundary (message → background, storage → memory, import file → queue).
 */
import * as z from 'zod/mini';
import { InstantSchema, MarketplaceSchema, OrderIdSchema } from '../pages/observation';

/** The seven things the queue can ask of a seller (issue 6, item 1). */
export const ACTION_KINDS = [
  'refund-return', 'reply-amazon-cs', 'reply-buyer', 'grade-return', 'file-safet', 'answer-safet', 'appeal-safet',
] as const;
export const ActionKindSchema = z.enum(ACTION_KINDS);
/** Kind of an outstanding action. */
export type ActionKind = z.infer<typeof ActionKindSchema>;

/** Same literals as utils/policy/deadlines.ts ClockId (H1a), repeated here because validation needs values. */
export const CLOCK_IDS = [
  'return-refund', 'amazon-cs-reply', 'buyer-reply', 'automated-refund', 'safet-filing', 'safet-wait',
  'safet-reply', 'safet-appeal',
] as const;
export const ClockIdSchema = z.enum(CLOCK_IDS);

export const ActionStatusSchema = z.enum(['open', 'done', 'dismissed']);
/** open: still owed; done: the work was done (seen on a page or marked by the seller); dismissed: not wanted. */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** Bits of Action.notified: which reminders were already shown (never more than one of each). */
export const NOTIFIED_LEAD = 1;
export const NOTIFIED_OVERDUE = 2;

const Short = z.string().check(z.minLength(1), z.maxLength(120));

export const ActionSchema = z.object({
  /** Deterministic: `<kind>:<key>` (key = order id, thread id or claim id) so re-observing is idempotent. */
  id: z.string().check(z.minLength(3), z.maxLength(200)),
  kind: ActionKindSchema,
  orderId: z.nullable(OrderIdSchema),
  /** SAFE-T claim id or messaging thread id (Amazon's ids, not personal data). */
  ref: z.optional(Short),
  marketplace: MarketplaceSchema,
  /** Seller Central host the observation came from when it is not the marketplace's own (unified EU host). */
  host: z.optional(z.string().check(z.maxLength(60), z.regex(/^sellercentral[a-z.-]*\.amazon\.[a-z.]+$/))),
  clock: ClockIdSchema,
  startedAt: InstantSchema,
  dueAt: InstantSchema,
  /** Rule id from utils/policy/rules.ts, or 'page:<clock>' when the page itself showed the date ("Reply by …"). */
  ruleId: Short,
  status: ActionStatusSchema,
  closedAt: z.optional(InstantSchema),
  closedBy: z.optional(z.enum(['auto', 'manual'])),
  snoozedUntil: z.optional(InstantSchema),
  /** Mark id when the action came from the seller's manual mark (undoing the mark removes it). */
  origin: z.optional(Short),
  /** NOTIFIED_* bits. */
  notified: z.optional(z.number().check(z.int(), z.gte(0), z.lte(3))),
  createdAt: InstantSchema,
});
/** One thing the seller owes, with its deadline and the rule behind it. */
export type Action = z.infer<typeof ActionSchema>;

export const MarkKindSchema = z.enum(['return-received', 'amazon-cs-contact']);
/** What a manual mark records. */
export type MarkKind = z.infer<typeof MarkKindSchema>;

export const MarkSchema = z.object({
  id: Short,
  kind: MarkKindSchema,
  orderId: OrderIdSchema,
  marketplace: MarketplaceSchema,
  /** When it happened, as the seller entered it. */
  at: InstantSchema,
  createdAt: InstantSchema,
});
/** The seller's own record that something happened on an order ("return received", "Amazon CS contacted me"). */
export type Mark = z.infer<typeof MarkSchema>;

export const OrderFactSchema = z.object({
  sfp: z.nullable(z.boolean()),
  seenAt: InstantSchema,
});
/** What the queue remembers about an order between observations: only whether it is SFP. */
export type OrderFact = z.infer<typeof OrderFactSchema>;

export const UndoEntrySchema = z.object({
  undoId: Short,
  /** The action as it was before the change; null when the change created it. */
  before: z.nullable(ActionSchema),
  actionId: z.string().check(z.minLength(3), z.maxLength(200)),
  at: InstantSchema,
});
/** One step the seller can undo from the popup. */
export type UndoEntry = z.infer<typeof UndoEntrySchema>;

/** The whole queue as the background keeps it (storage key local:queue, see utils/storage.ts). */
export interface QueueState {
  actions: Record<string, Action>;
  marks: Record<string, Mark>;
  orders: Record<string, OrderFact>;
  undo: UndoEntry[];
  /** Marketplaces seen on Seller Central, for the options page's defaults. */
  marketplacesSeen: z.infer<typeof MarketplaceSchema>[];
}

/** An empty queue. */
export function emptyQueue(): QueueState {
  return { actions: {}, marks: {}, orders: {}, undo: [], marketplacesSeen: [] };
}
