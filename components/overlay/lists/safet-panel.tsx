import './english';
import { useEffect, useState } from 'react';
import { pagePath } from '@/utils/pages/detect';
import { deepQuery } from '@/utils/pages/dom';
import { FILING_INPUT_SELECTORS } from '@/utils/pages/safet-anchors';
import type { PanelProps } from '../feature';
import type { SafetObservation } from '@/utils/pages/observation';
import { LIST_PANEL_CSS } from './list-panel-styles';
import { ListSummary } from './list-summary';
import { RowChips } from './row-chips';
import { SafetChecklist } from './safet-checklist';
import { claimChips } from './safet-model';
import { useListContext } from './use-list-context';
import { useMarkedReturn } from './use-marked-return';
import { t } from '@/utils/i18n/active';

/** The filing page (/safet-claims/create-v2, sellercentral pages doc "SAFE-T"). */
export function isFilingPage(url: string): boolean {
  try {
    return /^\/safet-claims\/create/.test(pagePath(new URL(url)));
  } catch {
    return false;
  }
}

/** SAFE-T: reply-by / appeal-by chips on the claims list; the eligibility checklist on the filing page. */
export function SafetPanel({ observation, page }: PanelProps<SafetObservation>) {
  const ctx = useListContext(observation.marketplace, page.marketplace);
  const chips = claimChips(observation, ctx);
  const filing = observation.filingOrderId !== undefined || isFilingPage(document.location.href);
  const orderId = useEnteredOrderId(filing, observation.filingOrderId);
  const returnDelivered = useMarkedReturn(filing ? orderId : undefined, 'safet:order-state');
  return (
    <div data-sfp-list="safet">
      <style>{LIST_PANEL_CSS}</style>
      {filing ? (
        <SafetChecklist
          key={`${orderId ?? ''}|${returnDelivered?.toISOString() ?? ''}`}
          orderId={orderId}
          marketplace={ctx.marketplace}
          timeZone={ctx.timeZone}
          knownReturnDeliveredAt={returnDelivered}
        />
      ) : (
        <ListSummary chips={chips} noun="lists.noun.claim" empty={t('lists.safet.empty')} />
      )}
      <RowChips chips={chips} doc={document} epoch={observation.observedAt} />
    </div>
  );
}

const ORDER_ID = /^\s*(\d{3}-\d{7}-\d{7})\s*$/;

/**
 * The order id in Amazon's filing form, following what the seller types (input/change events on that
 * one field; no polling, nothing written to it). Starts from what the reader saw.
 */
function useEnteredOrderId(filing: boolean, initial: string | undefined): string | undefined {
  const [typed, setTyped] = useState<{ from: string | undefined; value: string | undefined } | null>(null);
  useEffect(() => {
    if (!filing) return;
    const input = FILING_INPUT_SELECTORS.map((sel) => deepQuery(document, sel)).find((el) => el !== null) as HTMLInputElement | undefined;
    if (!input) return;
    const read = () => setTyped({ from: initial, value: ORDER_ID.exec(String(input.value ?? ''))?.[1] });
    input.addEventListener('input', read);
    input.addEventListener('change', read);
    return () => {
      input.removeEventListener('input', read);
      input.removeEventListener('change', read);
    };
  }, [filing, initial]);
  return typed && typed.from === initial ? typed.value : initial;
}

