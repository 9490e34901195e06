/**
 * The message protocol into the background, the only writer of the action queue (architecture.md, step 5).
 * Content scripts (overlay) send observations and marks; the popup and options page send commands.
 * Every message is validated with these valibot schemas by the background before anything is written.
 * Senders use sendToBackground from ./send.ts, which needs only this module's types: it imports nothing
 * from there at run time, and this module imports nothing from it.
 */
import * as v from 'valibot';
import { InstantSchema, MarketplaceSchema, ObservationSchema, OrderIdSchema } from '../pages/observation';
import { ActionSchema, MarkKindSchema, type Action, type Mark, type OrderFact } from './model';

export const ObserveMessageSchema = v.object({ type: v.literal('sfp:observe'), observation: ObservationSchema });

export const MarkMessageSchema = v.object({
  type: v.literal('sfp:mark'),
  mark: v.object({
    kind: MarkKindSchema,
    orderId: OrderIdSchema,
    /** null on the unified EU host when the page did not say; the background then uses the default marketplace. */
    marketplace: v.nullable(MarketplaceSchema),
    at: InstantSchema,
  }),
});

export const UnmarkMessageSchema = v.object({ type: v.literal('sfp:unmark'), markId: v.pipe(v.string(), v.minLength(1), v.maxLength(120)) });

export const OrderStateMessageSchema = v.object({ type: v.literal('sfp:order-state'), orderId: OrderIdSchema });

/** The queue's actions and marks for many orders at once (a list page asks once, not once per row). */
export const OrderStatesMessageSchema = v.object({
  type: v.literal('sfp:order-states'),
  orderIds: v.pipe(v.array(OrderIdSchema), v.minLength(1), v.maxLength(5_000)),
});

const ActionIdSchema = v.pipe(v.string(), v.minLength(3), v.maxLength(200));

/** What the seller can do to an action from the popup (or the overlay). */
export const CommandSchema = v.variant('type', [
  v.object({ type: v.literal('done'), id: ActionIdSchema }),
  v.object({ type: v.literal('dismiss'), id: ActionIdSchema }),
  v.object({ type: v.literal('reopen'), id: ActionIdSchema }),
  v.object({ type: v.literal('snooze'), id: ActionIdSchema, until: InstantSchema }),
  v.object({ type: v.literal('unsnooze'), id: ActionIdSchema }),
  /** Undo the latest manual change, or the one named by undoId. */
  v.object({ type: v.literal('undo'), undoId: v.optional(v.pipe(v.string(), v.maxLength(120))) }),
]);
/** A seller command on the queue. */
export type Command = v.InferOutput<typeof CommandSchema>;

export const CommandMessageSchema = v.object({ type: v.literal('sfp:command'), command: CommandSchema });

/** Import of actions from the options page; rows are validated there (and again here) one by one. */
export const ImportMessageSchema = v.object({
  type: v.literal('sfp:import'),
  actions: v.pipe(v.array(ActionSchema), v.maxLength(20_000)),
});

export const ClearAllMessageSchema = v.object({ type: v.literal('sfp:clear-all') });

/** Every message the background accepts (sfp:inject-overlay is handled separately by utils/inject.ts). */
export const BackgroundMessageSchema = v.variant('type', [
  ObserveMessageSchema,
  MarkMessageSchema,
  UnmarkMessageSchema,
  OrderStateMessageSchema,
  OrderStatesMessageSchema,
  CommandMessageSchema,
  ImportMessageSchema,
  ClearAllMessageSchema,
]);
/** A message to the background. */
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>;

/**
 * Why a message was refused; the seller reads it in their language (`actions.error.<code>`, ./failure-text.ts).
 * `error` stays English (logs, tests).
 */
export type FailureCode = 'invalidMessage' | 'noMarketplace' | 'notAllowed' | 'noReply' | 'noBackground' | 'internal';

/** A refusal: the message was invalid or could not be applied. */
export interface Failure { ok: false; error: string; code?: FailureCode }

/** Reply per message type. */
export interface ResponseMap {
  'sfp:observe': { ok: true } | Failure;
  'sfp:mark': { ok: true; markId: string } | Failure;
  'sfp:unmark': { ok: true } | Failure;
  'sfp:order-state': { actions: Action[]; marks: Mark[] } | Failure;
  'sfp:order-states': { actions: Action[]; marks: Mark[]; orders?: Record<string, OrderFact> } | Failure;
  'sfp:command': { ok: true; undoId?: string } | Failure;
  'sfp:import': { ok: true; added: number; updated: number } | Failure;
  'sfp:clear-all': { ok: true } | Failure;
}

/** Reply type for a given message. */
export type ResponseFor<M extends BackgroundMessage> = ResponseMap[M['type']];
