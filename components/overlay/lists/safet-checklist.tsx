import './english';
import { useId, useState } from 'react';
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { ReturnProblem } from '@/utils/policy/safet';
import { DeadlineTime } from '../deadline-time';
import { fromLocalInputValue, toLocalInputValue } from '../format';
import { useNow } from '../overlay-env';
import { RuleSource } from '../rule-source';
import { ISSUERS, PROBLEMS, filingView, issuerText, problemText, routeText, verdictText, type FilingAnswers } from './safet-filing-model';
import { t } from '@/utils/i18n/active';

interface Props {
  /** The order id entered on Amazon's filing form, when the reader found one. */
  orderId?: string;
  marketplace: MarketplaceCode | null;
  timeZone: string;
  /** Return delivery the seller already marked for this order (queue marks), to prefill. */
  knownReturnDeliveredAt?: Date;
}

/**
 * Eligibility checklist on the SAFE-T filing page: a few questions the page cannot answer, then the
 * verdict, route, file-by countdown, reasons with sources and the evidence to gather. Answers stay in
 * this panel's memory only (nothing stored, nothing typed into Amazon's form).
 */
export function SafetChecklist({ orderId, marketplace, timeZone, knownReturnDeliveredAt }: Props) {
  const now = useNow();
  const id = useId();
  const [issuer, setIssuer] = useState<FilingAnswers['refundIssuer']>('amazon-cs');
  const [refunded, setRefunded] = useState('');
  const [delivered, setDelivered] = useState(() => (knownReturnDeliveredAt ? toLocalInputValue(knownReturnDeliveredAt, timeZone) : ''));
  const [problem, setProblem] = useState<FilingAnswers['returnProblem']>('unknown');
  const [atoz, setAtoz] = useState(false);
  const [refused, setRefused] = useState(false);

  const answers: FilingAnswers = {
    refundIssuer: issuer,
    refundedAt: refunded ? fromLocalInputValue(refunded, timeZone) : null,
    returnDeliveredAt: delivered ? fromLocalInputValue(delivered, timeZone) : null,
    returnProblem: problem,
    atozClaimGranted: atoz,
    sellerRefusedReturn: refused,
  };
  const badDate = (refunded && !answers.refundedAt) || (delivered && !answers.returnDeliveredAt);
  const view = badDate ? ({ status: 'invalid', message: t('lists.filing.badDate') } as const) : filingView(answers, marketplace, now);

  return (
    <section className="sfp-safet-check" aria-labelledby={`${id}-h`} data-sfp-safet-checklist="" data-order-id={orderId ?? ''}>
      <h2 id={`${id}-h`} className="sfp-h">{t('lists.filing.heading', { order: orderId ? t('lists.filing.forOrder', { orderId }) : t('lists.filing.noOrder') })}</h2>
      <div className="sfp-form">
        <label htmlFor={`${id}-issuer`}>{t('lists.filing.whoRefunded')}</label>
        <select id={`${id}-issuer`} value={issuer} onChange={(e) => setIssuer(e.currentTarget.value as FilingAnswers['refundIssuer'])} data-sfp-field="issuer">
          {ISSUERS.map((value) => (
            <option key={value} value={value}>{issuerText(value)}</option>
          ))}
        </select>
        <label htmlFor={`${id}-refunded`}>{t('lists.filing.refundedAt', { zone: timeZone })}</label>
        <input id={`${id}-refunded`} type="datetime-local" value={refunded} onChange={(e) => setRefunded(e.currentTarget.value)} data-sfp-field="refunded-at" />
        <label htmlFor={`${id}-delivered`}>{t('lists.filing.deliveredAt')}</label>
        <input id={`${id}-delivered`} type="datetime-local" value={delivered} onChange={(e) => setDelivered(e.currentTarget.value)} data-sfp-field="delivered-at" />
        <label htmlFor={`${id}-problem`}>{t('lists.filing.whatHappened')}</label>
        <select id={`${id}-problem`} value={problem} onChange={(e) => setProblem(e.currentTarget.value as ReturnProblem | 'unknown')} data-sfp-field="problem">
          {PROBLEMS.map((value) => (
            <option key={value} value={value}>{problemText(value)}</option>
          ))}
        </select>
        <label className="sfp-check">
          <input type="checkbox" checked={atoz} onChange={(e) => setAtoz(e.currentTarget.checked)} data-sfp-field="atoz" /> {t('lists.filing.atoz')}
        </label>
        <label className="sfp-check">
          <input type="checkbox" checked={refused} onChange={(e) => setRefused(e.currentTarget.checked)} data-sfp-field="refused" /> {t('lists.filing.refused')}
        </label>
      </div>
      <div className="sfp-check-result" role="status" aria-live="polite" data-sfp-verdict={view.status === 'ok' ? view.outlook.verdict : view.status}>
        {view.status !== 'ok' ? (
          <p className="sfp-muted">{view.message}</p>
        ) : (
          <>
            <p>
              {/* The overlay's verdict colours (style.css .sfp-verdict-*), shared with the order-details outlook. */}
              <span className={`sfp-verdict sfp-verdict-${view.outlook.verdict}`}>{verdictText(view.outlook.verdict)}</span> — {routeText(view.outlook.route)}
              {view.outlook.capPercent ? t('lists.filing.cap', { pct: view.outlook.capPercent }) : null}
            </p>
            {view.outlook.earliestFileAt && view.outlook.verdict === 'wait' ? (
              <p>
                {t('lists.filing.earliest')} <DeadlineTime clock="safet-wait" dueAt={view.outlook.earliestFileAt} timeZone={timeZone} />
              </p>
            ) : null}
            {view.outlook.fileBy && view.outlook.verdict !== 'not-eligible' ? (
              <p>
                {t('lists.filing.closes')} <DeadlineTime clock="safet-filing" dueAt={view.outlook.fileBy} timeZone={timeZone} />
              </p>
            ) : null}
            <ul className="sfp-list" aria-label={t('common.why')}>
              {view.reasons.map((r) => (
                <li key={r.code} data-sfp-reason={r.code}>
                  {r.text} {r.rule ? <RuleSource rule={r.rule} /> : null}
                </li>
              ))}
            </ul>
            {view.outlook.evidence && view.outlook.evidence.length > 0 ? (
              <fieldset className="sfp-evidence">
                <legend>{t('lists.filing.evidence')}</legend>
                {view.outlook.evidence.map((e) => (
                  <label key={e.id} className="sfp-check" data-sfp-evidence={e.id}>
                    <input type="checkbox" /> {e.text}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
