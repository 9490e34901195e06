import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMarkedReturn } from '@/components/overlay/lists/use-marked-return';
import { fakeServices, makeEnv, withEnv } from './env';

const A = '112-0000000-0000001';
const B = '112-0000000-0000002';
const mark = (orderId: string, at: string, markId: string) => ({ kind: 'return-received' as const, orderId, marketplace: 'US' as const, at, markId });

describe('useMarkedReturn', () => {
  it('gives the latest return-received mark of the order and never the previous order’s', async () => {
    const services = fakeServices({
      [A]: { marks: [mark(A, '2026-11-20T18:00:00.000Z', 'm1'), mark(A, '2026-11-23T18:00:00.000Z', 'm2')], deadlines: [] },
      [B]: { marks: [], deadlines: [] },
    });
    const env = makeEnv({ services });
    const { result, rerender } = renderHook(({ id }) => useMarkedReturn(id, 'test'), {
      initialProps: { id: A as string | undefined },
      wrapper: ({ children }) => withEnv(env, children),
    });
    await waitFor(() => expect(result.current?.toISOString()).toBe('2026-11-23T18:00:00.000Z'));
    rerender({ id: B });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(services.orderState).toHaveBeenCalledWith(B));
    expect(result.current).toBeUndefined();
    rerender({ id: undefined });
    expect(result.current).toBeUndefined();
  });

  it('ignores an unreadable mark date and reports a failing queue under its tag', async () => {
    const services = fakeServices({ [A]: { marks: [mark(A, 'not a date', 'm1')], deadlines: [] } });
    const env = makeEnv({ services });
    const { result } = renderHook(() => useMarkedReturn(A, 'tag'), { wrapper: ({ children }) => withEnv(env, children) });
    await waitFor(() => expect(services.orderState).toHaveBeenCalled());
    expect(result.current).toBeUndefined();

    const failing = fakeServices();
    failing.orderState.mockRejectedValue(new Error('worker restarting'));
    renderHook(() => useMarkedReturn(A, 'safet:order-state'), { wrapper: ({ children }) => withEnv(makeEnv({ services: failing }), children) });
    await waitFor(() => expect(failing.reportError).toHaveBeenCalledWith('safet:order-state', expect.any(Error)));
  });

  it('renders once when the queue has no mark for the order (the usual answer changes nothing)', async () => {
    const services = fakeServices({ [A]: { marks: [], deadlines: [] } });
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders++;
        return useMarkedReturn(A, 'test');
      },
      { wrapper: ({ children }) => withEnv(makeEnv({ services }), children) },
    );
    await waitFor(() => expect(services.orderState).toHaveBeenCalledWith(A));
    await act(async () => {
      await services.orderState.mock.results[0]!.value;
    });
    expect(result.current).toBeUndefined();
    expect(renders).toBe(1);
  });

  it('uses the answer the overlay already has on its first render', async () => {
    const answer = { marks: [mark(A, '2026-11-23T18:00:00.000Z', 'm1')], deadlines: [] };
    const services = fakeServices({ [A]: answer });
    const withSettled = { ...services, settledOrderState: (id: string) => (id === A ? answer : undefined) };
    let renders = 0;
    const { result } = renderHook(
      () => {
        renders++;
        return useMarkedReturn(A, 'test');
      },
      { wrapper: ({ children }) => withEnv(makeEnv({ services: withSettled }), children) },
    );
    expect(result.current?.toISOString()).toBe('2026-11-23T18:00:00.000Z');
    // The effect's lookup gives the same answer (the extension's cache): no second render.
    await act(async () => {
      await services.orderState.mock.results[0]!.value;
    });
    expect(result.current?.toISOString()).toBe('2026-11-23T18:00:00.000Z');
    expect(renders).toBe(1);
  });
});
