import './english';
import { useEffect, useMemo, useState } from 'react';
import type { PanelProps } from '../feature';
import type { MessagesObservation } from '@/utils/pages/observation';
import { useOverlayEnv } from '../overlay-env';
import { inboxChips } from './inbox-model';
import { sellerCalendar } from './list-context';
import { LIST_PANEL_CSS } from './list-panel-styles';
import { ListSummary } from './list-summary';
import { RowChips } from './row-chips';
import { threadAdvice, type ThreadOrderFacts } from './thread-advice';
import { threadView } from './thread-model';
import { ThreadPanel } from './thread-panel';
import { useListContext } from './use-list-context';
import { useMarkedReturn } from './use-marked-return';
import { t } from '@/utils/i18n/active';

/**
 * Buyer Messages: guidance for the thread that is open (never opened by us: opening marks it read), and
 * a chip beside each inbox row whose reply deadline is known.
 */
export function MessagesPanel({ observation, page }: PanelProps<MessagesObservation>) {
  const ctx = useListContext(observation.marketplace, page.marketplace);
  const { settings } = useOverlayEnv();
  const chips = inboxChips(observation, ctx);
  const thread = observation.thread;
  const order = useThreadOrder(thread?.orderId);
  const calendar = useMemo(() => (ctx.marketplace ? sellerCalendar(ctx.marketplace, settings) : undefined), [ctx.marketplace, settings]);
  const view = thread
    ? threadView(thread, threadAdvice(thread, { marketplace: ctx.marketplace, calendar, timeZone: ctx.timeZone, now: ctx.now }, order), order.sfp)
    : null;
  return (
    <div data-sfp-list="messages">
      <style>{LIST_PANEL_CSS}</style>
      {view ? <ThreadPanel view={view} /> : <p className="sfp-muted">{t('lists.messages.openThread')}</p>}
      <ListSummary chips={chips} noun="lists.noun.conversation" empty={t('lists.messages.empty')} />
      <RowChips chips={chips} doc={document} epoch={observation.observedAt} />
    </div>
  );
}

/**
 * What the queue knows about the thread's order. The messages page never says whether the order is SFP,
 * so the queue's remembered fact (from an order page seen earlier) is used; null when it has none.
 */
function useThreadOrder(orderId: string | undefined): ThreadOrderFacts {
  return { sfp: useQueuedSfp(orderId), returnReceivedAt: useMarkedReturn(orderId, 'messages:order-state') };
}

/** The queue's SFP fact for an order (one shared lookup with useMarkedReturn: the cache dedups), or null. */
function useQueuedSfp(orderId: string | undefined): boolean | null {
  const { services } = useOverlayEnv();
  const [found, setFound] = useState<{ orderId: string; sfp: boolean | null } | null>(() => {
    const known = orderId ? services.settledOrderState?.(orderId) : undefined;
    return orderId && known ? { orderId, sfp: known.sfp ?? null } : null;
  });
  useEffect(() => {
    if (!orderId) return;
    let live = true;
    services.orderState(orderId).then(
      (state) => {
        const sfp = state.sfp ?? null;
        if (live) setFound((prev) => (prev && prev.orderId === orderId && prev.sfp === sfp ? prev : { orderId, sfp }));
      },
      (error: unknown) => services.reportError('messages:order-sfp', error),
    );
    return () => {
      live = false;
    };
  }, [orderId, services]);
  return found && found.orderId === orderId ? found.sfp : null;
}
