import { useEffect, useState } from 'react';
import type { PanelProps } from '../feature';
import type { SafetObservation } from '@/utils/pages/observation';
import { useOverlayEnv } from '../overlay-env';
import { LIST_PANEL_CSS } from './list-panel-styles';
import { ListSummary } from './list-summary';
import { RowChips } from './row-chips';
import { SafetChecklist } from './safet-checklist';
import { claimChips } from './safet-model';
import { useListContext } from './use-list-context';

/** The filing page (/safet-claims/create-v2, sellercentral pages doc "SAFE-T"). */
export function isFilingPage(url: string): boolean {
  try {
    return /^\/safet-claims\/create/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** SAFE-T: reply-by / appeal-by chips on the claims list; the eligibility checklist on the filing page. */
export function SafetPanel({ observation, page }: PanelProps<SafetObservation>) {
  const ctx = useListContext(observation.marketplace, page.marketplace);
  const chips = claimChips(observation, ctx);
  const filing = observation.filingOrderId !== undefined || isFilingPage(document.location.href);
  const returnDelivered = useMarkedReturn(filing ? observation.filingOrderId : undefined);
  return (
    <div data-sfp-list="safet">
      <style>{LIST_PANEL_CSS}</style>
      {filing ? (
        <SafetChecklist
          key={`${observation.filingOrderId ?? ''}|${returnDelivered?.toISOString() ?? ''}`}
          orderId={observation.filingOrderId}
          marketplace={ctx.marketplace}
          timeZone={ctx.timeZone}
          knownReturnDeliveredAt={returnDelivered}
        />
      ) : (
        <ListSummary chips={chips} noun={['claim', 'claims']} empty="No SAFE-T claims on this page need anything from you." />
      )}
      <RowChips chips={chips} doc={document} epoch={observation.observedAt} />
    </div>
  );
}

/** The seller's own "return received" mark for the order, from the queue, to prefill the checklist. */
function useMarkedReturn(orderId: string | undefined): Date | undefined {
  const { services } = useOverlayEnv();
  const [at, setAt] = useState<Date | undefined>(undefined);
  useEffect(() => {
    if (!orderId) return;
    let live = true;
    services.orderState(orderId).then(
      (state) => {
        const mark = state.marks.filter((m) => m.kind === 'return-received').at(-1);
        const d = mark ? new Date(mark.at) : undefined;
        if (live && d && !Number.isNaN(d.getTime())) setAt(d);
      },
      (error: unknown) => services.reportError('safet:order-state', error),
    );
    return () => {
      live = false;
    };
  }, [orderId, services]);
  return at;
}
