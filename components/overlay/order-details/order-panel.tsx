/**
 * Order details panel: picks the state to show from what the reader decided. It never guesses SFP:
 * when the page does not say, it says so and shows no guidance.
 */
import './english';
import type { PanelProps } from '../feature';
import type { OrderDetailsObservation } from '@/utils/pages/observation';
import { NotSfpChip } from './not-sfp-chip';
import { SfpOrderPanel } from './sfp-panel';
import { t } from '@/utils/i18n/active';

/** Who handles post-order contacts, or undefined when that is not the seller's SFP/non-SFP question. */
export function orderHandler(o: OrderDetailsObservation): 'amazon-cs' | 'seller' | undefined {
  if (o.fulfillment === 'amazon' || o.sfp === null) return undefined;
  return o.sfp ? 'amazon-cs' : 'seller';
}

/** The order-details panel for every observation state. */
export function OrderDetailsPanel({ observation }: PanelProps<OrderDetailsObservation>) {
  if (observation.fulfillment === 'amazon') {
    return (
      <p data-sfp-fba="">{t('order.fba')}</p>
    );
  }
  if (observation.sfp === true) return <SfpOrderPanel observation={observation} />;
  if (observation.sfp === false) return <NotSfpChip observation={observation} />;
  return (
    <p data-sfp-sfp-unknown="">{t('order.sfpUnknown', { orderId: observation.orderId })}</p>
  );
}
