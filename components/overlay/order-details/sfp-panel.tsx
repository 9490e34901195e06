/**
 * Order details, Seller Fulfilled Prime order (issue 5 item 1): who handles post-order contacts
 * (Amazon CS, per the seed help page GUTJZ6MZGMYCW7PW), the open clocks as live countdowns, the
 * SAFE-T outlook when Amazon refunded, and the manual marks.
 */
import './english';
import { useMemo } from 'react';
import type { OrderDetailsObservation } from '@/utils/pages/observation';
import { useNow, useOverlayEnv } from '../overlay-env';
import { RuleSource } from '../rule-source';
import { ClockList } from './clock-list';
import { MarkControls } from './mark-controls';
import { SEED_SOURCE } from '@/utils/policy/sources';
import { orderGuidance } from './order-guidance';
import { SafetSection } from './safet-section';
import { useOrderState } from './use-order-state';
import { t } from '@/utils/i18n/active';

/** Source of "all post-order contacts go to Amazon CS" (seed document). */
export const SFP_CS_RULE = {
  id: 'sfp-post-order-contacts',
  title: 'order.csRuleTitle',
  source: SEED_SOURCE,
  status: 'amazon',
} as const;

/** The SFP order panel. */
export function SfpOrderPanel({ observation }: { observation: OrderDetailsObservation }) {
  const { settings } = useOverlayEnv();
  const now = useNow();
  const handle = useOrderState(observation.orderId);
  const g = useMemo(() => orderGuidance(observation, handle.state, settings, now), [observation, handle.state, settings, now]);
  return (
    <div className="sfp-order">
      <p className="sfp-lead">
        {t('order.leadBefore')} <span data-sfp-order-id="">{observation.orderId}</span> {t('order.leadIsA')}{' '}
        <strong>{t('order.leadProgram')}</strong>{t('order.leadOrder')}{' '}
        <strong>{t('order.leadCs')}</strong> {t('order.leadHandles')}
        <RuleSource rule={{ ...SFP_CS_RULE, title: t(SFP_CS_RULE.title) }} />
      </p>
      <p className="sfp-muted">{t('order.stillYou')}</p>
      <h2>{t('order.openDeadlines')}</h2>
      {g.clocks.length > 0 ? (
        <ClockList clocks={g.clocks} timeZone={g.timeZone} />
      ) : (
        <p className="sfp-muted" data-sfp-no-deadlines="">
          {t(handle.loaded ? 'order.nothingDue' : 'order.checkingQueue')}
        </p>
      )}
      {observation.refund?.issuer && observation.refund.at && observation.refund.issuer !== 'seller' && g.marketplace && (
        <SafetSection observation={observation} marketplace={g.marketplace} returnReceivedAt={g.returnReceived?.at} timeZone={g.timeZone} />
      )}
      <h2>{t('order.recordHeading')}</h2>
      <MarkControls orderId={observation.orderId} marketplace={g.marketplace} timeZone={g.timeZone} handle={handle} />
      {g.notes.map((n) => (
        <p key={n} className="sfp-muted">
          {n}
        </p>
      ))}
    </div>
  );
}
