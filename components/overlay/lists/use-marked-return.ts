import { useEffect, useState } from 'react';
import { useOverlayEnv } from '../overlay-env';
import type { OrderState } from '../services';

/**
 * The seller's latest "return received" mark for an order, from the queue (sfp:order-state), or
 * undefined. Keyed by order id, so switching orders never shows the previous order's mark.
 */
export function useMarkedReturn(orderId: string | undefined, errorTag: string): Date | undefined {
  const { services } = useOverlayEnv();
  // The overlay usually has the answer before the first render (OverlayServices.settledOrderState).
  const [found, setFound] = useState<{ orderId: string; at?: Date } | null>(() => {
    const known = orderId ? services.settledOrderState?.(orderId) : undefined;
    return orderId && known ? { orderId, at: returnMark(known) } : null;
  });
  useEffect(() => {
    if (!orderId) return;
    let live = true;
    const show = (state: OrderState) => {
      const at = returnMark(state);
      // Same answer as shown (the usual case: no mark) → keep the state object, so no re-render.
      setFound((prev) => (sameMark(prev, orderId, at) ? prev : { orderId, at }));
    };
    services.orderState(orderId).then(
      (state) => {
        if (live) show(state);
      },
      (error: unknown) => services.reportError(errorTag, error),
    );
    return () => {
      live = false;
    };
  }, [orderId, errorTag, services]);
  return found && found.orderId === orderId ? found.at : undefined;
}

/** Whether state `prev` already yields `at` for `orderId` (what the hook returns for it). */
function sameMark(prev: { orderId: string; at?: Date } | null, orderId: string, at: Date | undefined): boolean {
  const shown = prev && prev.orderId === orderId ? prev.at : undefined;
  return shown?.getTime() === at?.getTime();
}

/** The latest return-received mark's instant; undefined when none or unreadable. */
function returnMark(state: OrderState): Date | undefined {
  const mark = state.marks.filter((m) => m.kind === 'return-received').at(-1);
  const at = mark ? new Date(mark.at) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}
