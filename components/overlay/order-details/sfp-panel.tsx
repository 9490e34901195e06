/**
 * Order details, Seller Fulfilled Prime order (issue 5 item 1): who handles post-order contacts
 * (Amazon CS, per the seed help page GUTJZ6MZGMYCW7PW), the open clocks as live countdowns, the
 * SAFE-T outlook when Amazon refunded, and the manual marks.
 */
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

/** Source of "all post-order contacts go to Amazon CS" (seed document). */
export const SFP_CS_RULE = {
  id: 'sfp-post-order-contacts',
  title: 'Customer service for Seller Fulfilled Prime',
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
        Order <span data-sfp-order-id="">{observation.orderId}</span> is a <strong>Seller Fulfilled Prime</strong> order:{' '}
        <strong>Amazon Customer Service</strong> handles post-order contacts.
        <RuleSource rule={SFP_CS_RULE} />
      </p>
      <p className="sfp-muted">
        You still answer product questions, refund returns you have received, and reply within 2 business days when
        Amazon CS contacts you.
      </p>
      <h2>Open deadlines</h2>
      {g.clocks.length > 0 ? (
        <ClockList clocks={g.clocks} timeZone={g.timeZone} />
      ) : (
        <p className="sfp-muted" data-sfp-no-deadlines="">
          {handle.loaded ? 'Nothing due on this order that the page or your marks show.' : 'Checking your queue…'}
        </p>
      )}
      {observation.refund?.issuer && observation.refund.at && observation.refund.issuer !== 'seller' && g.marketplace && (
        <SafetSection observation={observation} marketplace={g.marketplace} returnReceivedAt={g.returnReceived?.at} timeZone={g.timeZone} />
      )}
      <h2>Record what the page does not show</h2>
      <MarkControls orderId={observation.orderId} marketplace={g.marketplace} timeZone={g.timeZone} handle={handle} />
      {g.notes.map((n) => (
        <p key={n} className="sfp-muted">
          {n}
        </p>
      ))}
    </div>
  );
}
