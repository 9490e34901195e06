import { describe, expect, it, vi } from 'vitest';
import { createOrderStateBatcher, MAX_BATCH, type QueueSlice } from '@/components/overlay/host/order-state-batch';
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
