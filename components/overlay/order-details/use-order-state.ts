/**
 * The background's marks and queued deadlines for one order, plus mark / undo. The background is the
 * only writer of the queue: this hook only sends messages and mirrors the replies.
 */
import './english';
import { useCallback, useEffect, useState } from 'react';
import { useOverlayEnv } from '../overlay-env';
import type { MarkInput, OrderState, RecordedMark } from '../services';
import { t } from '@/utils/i18n/active';

/** Loading state and actions of useOrderState. */
export interface OrderStateHandle {
  state: OrderState;
  loaded: boolean;
  /** Last failure to talk to the background, shown beside the marks. */
  error: string | null;
  mark(input: MarkInput): Promise<RecordedMark | null>;
  undo(markId: string): Promise<boolean>;
}

const EMPTY: OrderState = { marks: [], deadlines: [] };

function mergeMarks(a: readonly RecordedMark[], b: readonly RecordedMark[]): RecordedMark[] {
  const seen = new Set(a.map((m) => m.markId));
  return [...a, ...b.filter((m) => !seen.has(m.markId))];
}

/** Order state from the background queue, refreshed when the order changes. */
export function useOrderState(orderId: string): OrderStateHandle {
  const { services } = useOverlayEnv();
  // Tagged with the order it belongs to, so a change of order never shows the previous order's marks.
  // The overlay usually has the answer before the first render (OverlayServices.settledOrderState).
  const [tagged, setTagged] = useState<{ orderId: string; state: OrderState } | null>(() => {
    const known = services.settledOrderState?.(orderId);
    return known ? { orderId, state: known } : null;
  });
  const [error, setError] = useState<string | null>(null);
  const loaded = tagged?.orderId === orderId;
  const state = loaded ? tagged.state : EMPTY;
  const setState = useCallback(
    (update: (s: OrderState) => OrderState) =>
      setTagged((t) => ({ orderId, state: update(t?.orderId === orderId ? t.state : EMPTY) })),
    [orderId],
  );

  useEffect(() => {
    let live = true;
    services.orderState(orderId).then(
      (s) => {
        // Marks recorded while the request was in flight are kept.
        // The answer the first render already had (settledOrderState) keeps the state: no re-render.
        if (live)
          setTagged((t) =>
            t?.orderId === orderId && t.state === s
              ? t
              : { orderId, state: { deadlines: s.deadlines, marks: mergeMarks(s.marks, t?.orderId === orderId ? t.state.marks : []) } },
          );
      },
      (e: unknown) => {
        if (!live) return;
        services.reportError('order-state', e);
        setTagged((t) => (t?.orderId === orderId ? t : { orderId, state: EMPTY }));
      },
    );
    return () => {
      live = false;
    };
  }, [orderId, services]);

  const mark = useCallback(
    async (input: MarkInput) => {
      try {
        const markId = await services.mark(input);
        const recorded: RecordedMark = { ...input, markId };
        setState((s) => ({ ...s, marks: [...s.marks, recorded] }));
        setError(null);
        return recorded;
      } catch (e) {
        setError(t('order.marks.recordFailed'));
        services.reportError('mark', e);
        return null;
      }
    },
    [services, setState],
  );

  const undo = useCallback(
    async (markId: string) => {
      try {
        await services.unmark(markId);
        setState((s) => ({ ...s, marks: s.marks.filter((m) => m.markId !== markId) }));
        setError(null);
        return true;
      } catch (e) {
        setError(t('order.marks.undoFailed'));
        services.reportError('unmark', e);
        return false;
      }
    },
    [services, setState],
  );

  return { state, loaded, error, mark, undo };
}
