/**
 * SAFE-T outlook on an order Amazon refunded (issue 5 item 1): verdict, route, file-by countdown,
 * evidence checklist and source links. The verdict is the policy engine's (utils/policy
 * safetOutlook); this component only presents it. What came back in the return is not on the order
 * page, so the outlook is computed without a return problem; the engine's checklist says what to gather.
 */
import { useMemo } from 'react';
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { OrderDetailsObservation } from '@/utils/pages/observation';
import { ruleById } from '@/utils/policy/rules';
import { criterionById, safetOutlook, type RefundFacts, type SafetOutlook } from '@/utils/policy/safet';
import { DeadlineTime } from '../deadline-time';
import { useNow, useOverlayEnv } from '../overlay-env';
import { RuleSource, type RuleRef } from '../rule-source';

const VERDICT_TEXT: Record<SafetOutlook['verdict'], string> = {
  eligible: 'Likely eligible for a SAFE-T claim',
  'not-eligible': 'Not eligible for SAFE-T',
  wait: 'Not yet: wait before filing',
  'window-closed': 'The SAFE-T filing window has closed',
};

const ROUTE_TEXT: Record<SafetOutlook['route'], string> = {
  safet: 'File a SAFE-T claim (Seller Central › Orders › SAFE-T claims).',
  'carrier-claim': 'Claim from the carrier: you are the shipper of record for the return.',
  'atoz-appeal': 'Appeal the A-to-z decision instead of filing SAFE-T.',
  none: 'No claim route applies.',
};

/** SFP reimbursement policy ("Reimbursement for seller-fulfilled network prepaid returns"). */
const SAFET_POLICY: RuleRef = {
  id: 'safet-policy',
  title: 'Reimbursement for seller-fulfilled network prepaid returns (G202175000)',
  source: 'https://sellercentral.amazon.com/gp/help/external/G202175000',
  status: 'amazon',
};

interface Props {
  observation: OrderDetailsObservation;
  marketplace: MarketplaceCode;
  returnReceivedAt?: Date;
  timeZone: string;
}

/** The SAFE-T outlook for an Amazon-issued refund. */
export function SafetSection({ observation, marketplace, returnReceivedAt, timeZone }: Props) {
  const now = useNow();
  const { services } = useOverlayEnv();
  const refund = observation.refund;
  const outlook = useMemo(() => {
    if (!refund?.issuer || !refund.at) return null;
    const facts: RefundFacts = {
      marketplace,
      fulfillment: observation.fulfillment ?? undefined,
      refundIssuer: refund.issuer,
      refundedAt: new Date(refund.at),
      returnDeliveredAt: returnReceivedAt,
    };
    try {
      return safetOutlook(facts, now);
    } catch (error) {
      services.reportError('safetOutlook', error);
      return null;
    }
  }, [refund, marketplace, observation.fulfillment, returnReceivedAt, now, services]);
  if (!outlook) return null;
  return (
    <section className="sfp-safet" aria-label="SAFE-T outlook" data-sfp-safet={outlook.verdict}>
      <h2>SAFE-T outlook</h2>
      <p>
        <span className={`sfp-verdict sfp-verdict-${outlook.verdict}`}>{VERDICT_TEXT[outlook.verdict]}</span>
        {' — '}
        <span data-sfp-safet-route={outlook.route}>{ROUTE_TEXT[outlook.route]}</span>
      </p>
      {outlook.earliestFileAt && (
        <p>
          Earliest filing <DeadlineTime clock="safet-wait" dueAt={outlook.earliestFileAt} timeZone={timeZone} />
        </p>
      )}
      {outlook.fileBy && outlook.verdict !== 'window-closed' && outlook.verdict !== 'not-eligible' && (
        <p>
          File by <DeadlineTime clock="safet-filing" dueAt={outlook.fileBy} timeZone={timeZone} />
        </p>
      )}
      {outlook.reasons.length > 0 && (
        <ul className="sfp-list" aria-label="Why">
          {outlook.reasons.map((r) => {
            // Reasons cite either a dated clock rule or a SAFE-T criterion; both carry source and status.
            const rule = ruleById(r.ruleId) ?? criterionById(r.ruleId) ?? SAFET_POLICY;
            return (
              <li key={`${r.code}-${r.ruleId}`} data-sfp-reason={r.code}>
                {r.text}
                <RuleSource rule={rule} />
              </li>
            );
          })}
        </ul>
      )}
      {outlook.evidence && outlook.evidence.length > 0 && (
        <details className="sfp-details" open={outlook.verdict === 'eligible'} data-sfp-evidence="">
          <summary>{outlook.route === 'carrier-claim' ? 'Evidence for the carrier claim' : 'Evidence checklist'}</summary>
          <ul aria-label="Evidence checklist">
            {outlook.evidence.map((e) => (
              <li key={e.id}>{e.text}</li>
            ))}
          </ul>
          <p className="sfp-muted">
            Policy: <RuleSource rule={SAFET_POLICY} />
          </p>
        </details>
      )}
    </section>
  );
}
