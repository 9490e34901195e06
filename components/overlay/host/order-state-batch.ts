/**
 * Coalesces the overlay's per-order queue lookups into one `sfp:order-states` message per tick, so a
 * list page with hundreds of SFP rows costs the background one storage read instead of one per row.
 */
import type { Action, Mark } from '@/utils/actions/model';
import type { OrderState } from '@/components/overlay/services';

/** What the background answers for a set of orders. */
export interface QueueSlice {
  actions: readonly Action[];
  marks: readonly Mark[];
  /** Remembered order facts (whether SFP), when the background sends them. */
  orders?: Readonly<Record<string, { sfp: boolean | null }>>;
}

/** Largest batch the background accepts (utils/actions/messages.ts OrderStatesMessageSchema). */
export const MAX_BATCH = 5_000;

interface Waiter {
  resolve(state: OrderState): void;
  reject(error: unknown): void;
}

/** One order's view of a queue slice: its marks, and the deadlines of its open actions. */
export function orderStateOf(slice: QueueSlice, orderId: string): OrderState {
  const fact = slice.orders?.[orderId];
  return {
    ...(fact && typeof fact.sfp === 'boolean' ? { sfp: fact.sfp } : {}),
    marks: slice.marks
      .filter((m) => m.orderId === orderId)
      .map((m) => ({ markId: m.id, kind: m.kind, orderId: m.orderId, marketplace: m.marketplace, at: m.at })),
    deadlines: slice.actions
      .filter((a) => a.orderId === orderId && a.status === 'open')
      .map((a) => ({ clock: a.clock, dueAt: a.dueAt, ruleId: a.ruleId })),
  };
}

/** `orderState(id)` whose calls in the same tick share one `fetchMany` per MAX_BATCH ids. */
export function createOrderStateBatcher(
  fetchMany: (orderIds: readonly string[]) => Promise<QueueSlice>,
  schedule: (flush: () => void) => void = queueMicrotask,
): (orderId: string) => Promise<OrderState> {
  let pending: Map<string, Waiter[]> | null = null;

  async function flush(batch: Map<string, Waiter[]>): Promise<void> {
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += MAX_BATCH) {
      const chunk = ids.slice(i, i + MAX_BATCH);
      try {
        const slice = await fetchMany(chunk);
        for (const id of chunk) {
          const state = orderStateOf(slice, id);
          for (const w of batch.get(id) ?? []) w.resolve(state);
        }
      } catch (error) {
        for (const id of chunk) for (const w of batch.get(id) ?? []) w.reject(error);
      }
    }
  }

  return (orderId) =>
    new Promise<OrderState>((resolve, reject) => {
      if (!pending) {
        const batch = new Map<string, Waiter[]>();
        pending = batch;
        schedule(() => {
          pending = null;
          void flush(batch);
        });
      }
      const waiters = pending.get(orderId) ?? [];
      waiters.push({ resolve, reject });
      pending.set(orderId, waiters);
    });
}

/** Order states for one page: answers kept so a panel's first render can use them (see OverlayServices). */
export interface OrderStateCache {
  /** The order's state: an answer already received or in flight for this page, else a new request. */
  get(orderId: string): Promise<OrderState>;
  /** The answer already received for this page, if any. */
  settled(orderId: string): OrderState | undefined;
  /** Drops every answer (a new page, or the queue changed): later calls ask the background again. */
  forget(): void;
}

/**
 * Wraps `orderState` (normally a batcher) so that the overlay can ask for a page's orders before its
 * first render and the panels then read the answers synchronously: one render with the queue's facts
 * instead of a "Checking…" render and a second one. Requests in flight are shared; a request that
 * started before forget() does not fill the new page's answers; failures are not kept.
 */
export function createOrderStateCache(orderState: (orderId: string) => Promise<OrderState>): OrderStateCache {
  let generation = 0;
  let answers = new Map<string, OrderState>();
  let inflight = new Map<string, Promise<OrderState>>();
  return {
    get(orderId) {
      const known = answers.get(orderId);
      if (known) return Promise.resolve(known);
      const pending = inflight.get(orderId);
      if (pending) return pending;
      const asked = generation;
      const target = { answers, inflight };
      const request = orderState(orderId).then(
        (state) => {
          if (asked === generation) target.answers.set(orderId, state);
          target.inflight.delete(orderId);
          return state;
        },
        (error: unknown) => {
          target.inflight.delete(orderId);
          throw error;
        },
      );
      inflight.set(orderId, request);
      return request;
    },
    settled: (orderId) => answers.get(orderId),
    forget() {
      generation++;
      answers = new Map();
      inflight = new Map();
    },
  };
}
