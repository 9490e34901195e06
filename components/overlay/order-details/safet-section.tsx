/**
 * SAFE-T outlook on an order Amazon refunded (issue 5 item 1): verdict, route, file-by countdown,
 * evidence checklist and source links. The verdict is the policy engine's (utils/policy
 * safetOutlook); this component only presents it. What came back in the return is not on the order
 * page, so the outlook is computed without a return problem; the engine's checklist says what to gather.
 */
import './english';
import { useMemo } from 'react';
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { OrderDetailsObservation } from '@/utils/pages/observation';
import { ruleById } from '@/utils/policy/rules';
import { criterionById, safetOutlook, type RefundFacts } from '@/utils/policy/safet';
import { DeadlineTime } from '../deadline-time';
import { useNow, useOverlayEnv } from '../overlay-env';
import { RuleSource, type RuleRef } from '../rule-source';
import { t, translator } from '@/utils/i18n/active';
import { keyPart, type MessageKey } from '@/utils/i18n/translate';
import { ruleRefOf } from '../rule-source';



/** SFP reimbursement policy ("Reimbursement for seller-fulfilled network prepaid returns"). */
const SAFET_POLICY: RuleRef = {
  id: 'safet-policy',
  title: 'order.safet.policyTitle',
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
      return safetOutlook(facts, now, translator());
    } catch (error) {
      services.reportError('safetOutlook', error);
      return null;
    }
  }, [refund, marketplace, observation.fulfillment, returnReceivedAt, now, services]);
  if (!outlook) return null;
  return (
    <section className="sfp-safet" aria-label={t('order.safet.heading')} data-sfp-safet={outlook.verdict}>
      <h2>{t('order.safet.heading')}</h2>
      <p>
        <span className={`sfp-verdict sfp-verdict-${outlook.verdict}`}>{t(`order.safet.verdict.${keyPart(outlook.verdict)}` as MessageKey)}</span>
        {' — '}
        <span data-sfp-safet-route={outlook.route}>{t(`order.safet.route.${keyPart(outlook.route)}` as MessageKey)}</span>
      </p>
      {outlook.earliestFileAt && (
        <p>
          {t('order.safet.earliest')} <DeadlineTime clock="safet-wait" dueAt={outlook.earliestFileAt} timeZone={timeZone} />
        </p>
      )}
      {outlook.fileBy && outlook.verdict !== 'window-closed' && outlook.verdict !== 'not-eligible' && (
        <p>
          {t('order.safet.fileBy')} <DeadlineTime clock="safet-filing" dueAt={outlook.fileBy} timeZone={timeZone} />
        </p>
      )}
      {outlook.reasons.length > 0 && (
        <ul className="sfp-list" aria-label={t('common.why')}>
          {outlook.reasons.map((r) => {
            // Reasons cite either a dated clock rule or a SAFE-T criterion; both carry source and status.
            const rule = ruleRefOf(ruleById(r.ruleId) ?? criterionById(r.ruleId) ?? { ...SAFET_POLICY, title: t(SAFET_POLICY.title as MessageKey) });
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
          <summary>{t(outlook.route === 'carrier-claim' ? 'order.safet.evidenceCarrier' : 'order.safet.evidence')}</summary>
          <ul aria-label={t('order.safet.evidence')}>
            {outlook.evidence.map((e) => (
              <li key={e.id}>{e.text}</li>
            ))}
          </ul>
          <p className="sfp-muted">
            {t('order.safet.policy')} <RuleSource rule={{ ...SAFET_POLICY, title: t(SAFET_POLICY.title as MessageKey) }} />
          </p>
        </details>
      )}
    </section>
  );
}
