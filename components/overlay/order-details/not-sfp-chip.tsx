/**
 * Order details, seller-fulfilled order that is not SFP (issue 5 item 2): a compact, expandable chip.
 * The seller handles every contact under the standard seller-fulfilled rules; only rules that hold
 * for every seller-fulfilled order are listed, each with its source.
 */
import './english';
import type { OrderDetailsObservation } from '@/utils/pages/observation';
import { ruleById } from '@/utils/policy/rules';
import { RuleSource } from '../rule-source';
import { ClockList } from './clock-list';
import { clockLabel, type OrderClock } from './order-guidance';
import { useOrderState } from './use-order-state';
import { MARKETPLACES } from '@/utils/marketplaces';
import { t } from '@/utils/i18n/active';
import { ruleRefOf } from '../rule-source';

/** Compact chip for non-SFP seller-fulfilled orders. */
export function NotSfpChip({ observation }: { observation: OrderDetailsObservation }) {
  const { state } = useOrderState(observation.orderId);
  const buyerRule = ruleById('buyer-reply-24h');
  const timeZone = observation.marketplace ? MARKETPLACES[observation.marketplace].timeZone : 'UTC';
  // Only what the background already knows (e.g. a buyer message from the inbox): SFP clocks do not apply.
  const clocks: OrderClock[] = state.deadlines
    .filter((d) => d.clock === 'buyer-reply' && !Number.isNaN(Date.parse(d.dueAt)))
    .map((d) => ({ clock: 'buyer-reply', dueAt: new Date(d.dueAt), label: clockLabel('buyer-reply'), rule: buyerRule, origin: 'queue' }));
  return (
    <details className="sfp-details" data-sfp-not-sfp="">
      <summary>
        {t('order.notSfp.summary')} <span className="sfp-muted">{t('order.notSfp.orderWord')} </span>
        <span data-sfp-order-id="">{observation.orderId}</span>
      </summary>
      <p>{t('order.notSfp.body')}</p>
      {buyerRule && (
        <p>
          {t('order.notSfp.buyerRule')}
          <RuleSource rule={ruleRefOf(buyerRule)} />
        </p>
      )}
      <ClockList clocks={clocks} timeZone={timeZone} />
    </details>
  );
}
