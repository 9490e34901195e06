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
    ? threadView(thread, threadAdvice(thread, { marketplace: ctx.marketplace, calendar, timeZone: ctx.timeZone, now: ctx.now }, order), order.sfp, order.sfpSource)
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
 * What the extension knows about the thread's order. The messages page never says whether the order is SFP:
 * the queue's remembered fact (from an order page seen earlier) comes first; when the queue does not know, the
 * order's own JSON (services.orderSfp: JSON setting on, once per order per page view); null when neither says.
 */
function useThreadOrder(orderId: string | undefined): ThreadOrderFacts {
  const { sfp, sfpSource } = useThreadSfp(orderId);
  return { sfp, ...(sfpSource ? { sfpSource } : {}), returnReceivedAt: useMarkedReturn(orderId, 'messages:order-state') };
}

type SfpFact = Pick<ThreadOrderFacts, 'sfp' | 'sfpSource'>;
const UNKNOWN: SfpFact = { sfp: null };

/**
 * The SFP fact for an order and where it came from. One shared queue lookup with useMarkedReturn (the cache
 * dedups); the order JSON only when the queue has no fact (or could not answer); never a guess.
 */
function useThreadSfp(orderId: string | undefined): SfpFact {
  const { services } = useOverlayEnv();
  const [found, setFound] = useState<{ orderId: string; fact: SfpFact } | null>(() => {
    const known = orderId ? services.settledOrderState?.(orderId) : undefined;
    return orderId && typeof known?.sfp === 'boolean' ? { orderId, fact: { sfp: known.sfp, sfpSource: 'queue' } } : null;
  });
  useEffect(() => {
    if (!orderId) return;
    let live = true;
    const show = (fact: SfpFact) => {
      if (!live) return;
      setFound((prev) => (prev && prev.orderId === orderId && prev.fact.sfp === fact.sfp && prev.fact.sfpSource === fact.sfpSource ? prev : { orderId, fact }));
    };
    const fromOrderJson = () => {
      if (!live || !services.orderSfp) return;
      services.orderSfp(orderId).then(
        (answer) => {
          if (answer.status === 'known') show({ sfp: answer.sfp, sfpSource: 'order-json' });
        },
        (error: unknown) => services.reportError('messages:order-json', error),
      );
    };
    services.orderState(orderId).then(
      (state) => {
        if (typeof state.sfp === 'boolean') show({ sfp: state.sfp, sfpSource: 'queue' });
        else fromOrderJson();
      },
      (error: unknown) => {
        services.reportError('messages:order-sfp', error);
        fromOrderJson();
      },
    );
    return () => {
      live = false;
    };
  }, [orderId, services]);
  return found && found.orderId === orderId ? found.fact : UNKNOWN;
}
