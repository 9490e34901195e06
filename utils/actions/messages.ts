/**
 * The message protocol into the background, the only writer of the action queue (architecture.md, step 5).
 * Content scripts (overlay) send observations and marks; the popup and options page send commands.
 * Every message is validated with these zod/mini schemas by the background before anything is written.
 */
import * as z from 'zod/mini';
import { InstantSchema, MarketplaceSchema, ObservationSchema, OrderIdSchema } from '../pages/observation';
import { ActionSchema, MarkKindSchema, type Action, type Mark } from './model';

export const ObserveMessageSchema = z.object({ type: z.literal('sfp:observe'), observation: ObservationSchema });

export const MarkMessageSchema = z.object({
  type: z.literal('sfp:mark'),
  mark: z.object({
    kind: MarkKindSchema,
    orderId: OrderIdSchema,
    /** null on the unified EU host when the page did not say; the background then uses the default marketplace. */
    marketplace: z.nullable(MarketplaceSchema),
    at: InstantSchema,
  }),
});

export const UnmarkMessageSchema = z.object({ type: z.literal('sfp:unmark'), markId: z.string().check(z.minLength(1), z.maxLength(120)) });

export const OrderStateMessageSchema = z.object({ type: z.literal('sfp:order-state'), orderId: OrderIdSchema });

/** The queue's actions and marks for many orders at once (a list page asks once, not once per row). */
export const OrderStatesMessageSchema = z.object({
  type: z.literal('sfp:order-states'),
  orderIds: z.array(OrderIdSchema).check(z.minLength(1), z.maxLength(5_000)),
});

const ActionIdSchema = z.string().check(z.minLength(3), z.maxLength(200));

/** What the seller can do to an action from the popup (or the overlay). */
export const CommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('done'), id: ActionIdSchema }),
  z.object({ type: z.literal('dismiss'), id: ActionIdSchema }),
  z.object({ type: z.literal('reopen'), id: ActionIdSchema }),
  z.object({ type: z.literal('snooze'), id: ActionIdSchema, until: InstantSchema }),
  z.object({ type: z.literal('unsnooze'), id: ActionIdSchema }),
  /** Undo the latest manual change, or the one named by undoId. */
  z.object({ type: z.literal('undo'), undoId: z.optional(z.string().check(z.maxLength(120))) }),
]);
/** A seller command on the queue. */
export type Command = z.infer<typeof CommandSchema>;

export const CommandMessageSchema = z.object({ type: z.literal('sfp:command'), command: CommandSchema });

/** Import of actions from the options page; rows are validated there (and again here) one by one. */
export const ImportMessageSchema = z.object({
  type: z.literal('sfp:import'),
  actions: z.array(ActionSchema).check(z.maxLength(20_000)),
});

export const ClearAllMessageSchema = z.object({ type: z.literal('sfp:clear-all') });

/** Every message the background accepts (sfp:inject-overlay is handled separately by utils/inject.ts). */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
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
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** A refusal: the message was invalid or could not be applied. */
export interface Failure { ok: false; error: string }

/** Reply per message type. */
export interface ResponseMap {
  'sfp:observe': { ok: true } | Failure;
  'sfp:mark': { ok: true; markId: string } | Failure;
  'sfp:unmark': { ok: true } | Failure;
  'sfp:order-state': { actions: Action[]; marks: Mark[] } | Failure;
  'sfp:order-states': { actions: Action[]; marks: Mark[] } | Failure;
  'sfp:command': { ok: true; undoId?: string } | Failure;
  'sfp:import': { ok: true; added: number; updated: number } | Failure;
  'sfp:clear-all': { ok: true } | Failure;
}

/** Reply type for a given message. */
export type ResponseFor<M extends BackgroundMessage> = ResponseMap[M['type']];

// Lives in ./send.ts so that pages can send without building this module's schemas (they run in the background).
export { sendToBackground } from './send';
