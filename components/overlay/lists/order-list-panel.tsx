import './english';
import { useEffect, useState } from 'react';
import type { PanelProps } from '../feature';
import type { OrderListObservation } from '@/utils/pages/observation';
import type { OverlayServices, QueuedDeadline } from '../services';
import { useOverlayEnv } from '../overlay-env';
import { LIST_PANEL_CSS } from './list-panel-styles';
import { ListSummary } from './list-summary';
import { orderListChips, sfpOrderIds } from './order-list-model';
import { RowChips } from './row-chips';
import { useListContext } from './use-list-context';
import { t } from '@/utils/i18n/active';

/** Manage Orders: a chip on each SFP row with open actions in the queue. */
export function OrderListPanel({ observation, page }: PanelProps<OrderListObservation>) {
  const ctx = useListContext(observation.marketplace, page.marketplace);
  const ids = sfpOrderIds(observation);
  const state = useQueuedDeadlines(ids);
  const chips = state ? orderListChips(observation, state, ctx) : [];
  const sfpCount = ids.length;
  return (
    <div data-sfp-list="order-list">
      <style>{LIST_PANEL_CSS}</style>
      {state === null ? (
        <p className="sfp-summary sfp-muted">{t('lists.orders.checking', { n: sfpCount })}</p>
      ) : (
        <ListSummary
          chips={chips}
          noun="lists.noun.sfpOrder"
          empty={sfpCount > 0 ? t('lists.orders.emptySome', { n: sfpCount }) : t('lists.orders.emptyNone')}
        />
      )}
      <RowChips chips={chips} doc={document} epoch={observation.observedAt} />
    </div>
  );
}

/** Queued deadlines per order id, fetched from the background; null while loading. Failed orders count as none. */
function useQueuedDeadlines(ids: readonly string[]): ReadonlyMap<string, readonly QueuedDeadline[]> | null {
  const { services } = useOverlayEnv();
  const key = ids.join(',');
  // The overlay usually has the answers before the first render (OverlayServices.settledOrderState).
  const [result, setResult] = useState<{ key: string; map: ReadonlyMap<string, readonly QueuedDeadline[]> } | null>(() => {
    const map = settledDeadlines(services, ids);
    return map ? { key, map } : null;
  });
  useEffect(() => {
    let live = true;
    const list = key ? key.split(',') : [];
    const map = new Map<string, readonly QueuedDeadline[]>();
    // One call per order: the extension's services coalesce them into one background message.
    void Promise.all(
      list.map((id) =>
        services.orderState(id).then(
          (state) => void map.set(id, state.deadlines),
          (error: unknown) => services.reportError('order-list:order-state', error),
        ),
      ),
    ).then(() => {
      // The answers the first render already had (settledOrderState) keep the state: no re-render.
      if (live) setResult((r) => (r?.key === key && sameDeadlines(r.map, map) ? r : { key, map }));
    });
    return () => {
      live = false;
    };
  }, [key, services]);
  return result && result.key === key ? result.map : null;
}

/** Every order's queued deadlines when all of them are already answered for this page, else null. */
function settledDeadlines(services: OverlayServices, ids: readonly string[]): Map<string, readonly QueuedDeadline[]> | null {
  const map = new Map<string, readonly QueuedDeadline[]>();
  for (const id of ids) {
    const known = services.settledOrderState?.(id);
    if (!known) return null;
    map.set(id, known.deadlines);
  }
  return map;
}

/** Same orders with the very same deadline lists (the answers are shared, not copied). */
function sameDeadlines(a: ReadonlyMap<string, readonly QueuedDeadline[]>, b: ReadonlyMap<string, readonly QueuedDeadline[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, list] of a) if (b.get(id) !== list) return false;
  return true;
}
