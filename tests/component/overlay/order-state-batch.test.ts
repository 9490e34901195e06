import { describe, expect, it, vi } from 'vitest';
import { createOrderStateBatcher, createOrderStateCache, MAX_BATCH, orderStateOf, type QueueSlice } from '@/components/overlay/host/order-state-batch';
import type { OrderState } from '@/components/overlay/services';
import type { Action, Mark } from '@/utils/actions/model';

const A = '112-0000000-0000001';
const B = '112-0000000-0000002';
const action = (orderId: string, status: Action['status'], dueAt: string) =>
  ({ orderId, status, clock: 'return-refund', dueAt, ruleId: 'sfp-refund-2bd' }) as unknown as Action;
const mark = (orderId: string, id: string) =>
  ({ id, kind: 'return-received', orderId, marketplace: 'US', at: '2026-11-23T18:00:00.000Z' }) as unknown as Mark;

describe('createOrderStateBatcher', () => {
  it('sends one request for every lookup of the same tick and gives each order only its own open deadlines and marks', async () => {
    const slice: QueueSlice = {
      actions: [action(A, 'open', '2026-11-28T08:00:00.000Z'), action(A, 'done', '2026-11-20T08:00:00.000Z'), action(B, 'open', '2026-11-29T08:00:00.000Z')],
      marks: [mark(A, 'm1')],
    };
    const fetchMany = vi.fn(async (_ids: readonly string[]) => slice);
    const orderState = createOrderStateBatcher(fetchMany);
    const [a, b, a2] = await Promise.all([orderState(A), orderState(B), orderState(A)]);
    expect(fetchMany).toHaveBeenCalledTimes(1);
    expect(fetchMany.mock.calls[0]![0]).toEqual([A, B]);
    expect(a.deadlines).toEqual([{ clock: 'return-refund', dueAt: '2026-11-28T08:00:00.000Z', ruleId: 'sfp-refund-2bd' }]);
    expect(a.marks).toEqual([{ markId: 'm1', kind: 'return-received', orderId: A, marketplace: 'US', at: '2026-11-23T18:00:00.000Z' }]);
    expect(a2).toEqual(a);
    expect(b.deadlines.map((d) => d.dueAt)).toEqual(['2026-11-29T08:00:00.000Z']);
    expect(b.marks).toEqual([]);

    await orderState(B); // a later tick is a new batch
    expect(fetchMany).toHaveBeenCalledTimes(2);
  });

  it('passes on the queue\'s remembered SFP fact of an order, and nothing when it has none or only null', () => {
    const slice: QueueSlice = { actions: [], marks: [], orders: { a: { sfp: true }, b: { sfp: null } } };
    expect(orderStateOf(slice, 'a')).toEqual({ sfp: true, marks: [], deadlines: [] });
    expect(orderStateOf(slice, 'b')).toEqual({ marks: [], deadlines: [] });
    expect(orderStateOf({ actions: [], marks: [] }, 'a')).toEqual({ marks: [], deadlines: [] });
  });

  it('rejects every waiter of a failed batch, and splits batches at the background limit', async () => {
    const failing = createOrderStateBatcher(async () => {
      throw new Error('background restarting');
    });
    const results = await Promise.allSettled([failing(A), failing(B)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);

    const fetchMany = vi.fn(async (_ids: readonly string[]) => ({ actions: [], marks: [] }));
    const orderState = createOrderStateBatcher(fetchMany);
    const ids = Array.from({ length: MAX_BATCH + 2 }, (_, i) => `112-${String(i).padStart(7, '0')}-0000000`);
    await Promise.all(ids.map((id) => orderState(id)));
    expect(fetchMany.mock.calls.map((c) => c[0].length)).toEqual([MAX_BATCH, 2]);
  });
});

describe('createOrderStateCache', () => {
  const state = (n: number): OrderState => ({ marks: [], deadlines: [{ clock: 'buyer-message', dueAt: `2026-11-2${n}T08:00:00.000Z` }] });

  it('shares a request in flight, then answers synchronously with the same object', async () => {
    let release!: (s: OrderState) => void;
    const ask = vi.fn(() => new Promise<OrderState>((r) => (release = r)));
    const cache = createOrderStateCache(ask);
    const first = cache.get(A);
    const second = cache.get(A);
    expect(cache.settled(A)).toBeUndefined();
    const answer = state(1);
    release(answer);
    expect(await first).toBe(answer);
    expect(await second).toBe(answer);
    expect(cache.settled(A)).toBe(answer);
    expect(await cache.get(A)).toBe(answer);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('forget() drops answers, and an answer to a request from before forget() is not kept', async () => {
    let release!: (s: OrderState) => void;
    const ask = vi.fn(async (id: string) => (id === B ? new Promise<OrderState>((r) => (release = r)) : state(2)));
    const cache = createOrderStateCache(ask);
    await cache.get(A);
    const old = cache.get(B);
    cache.forget();
    expect(cache.settled(A)).toBeUndefined();
    release(state(3));
    await old;
    expect(cache.settled(B)).toBeUndefined();
    await cache.get(A);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('does not keep a failure: the next call asks again', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('worker restarting')).mockResolvedValueOnce(state(4));
    const cache = createOrderStateCache(ask);
    await expect(cache.get(A)).rejects.toThrow('worker restarting');
    expect(cache.settled(A)).toBeUndefined();
    expect(await cache.get(A)).toEqual(state(4));
    expect(ask).toHaveBeenCalledTimes(2);
  });
});
