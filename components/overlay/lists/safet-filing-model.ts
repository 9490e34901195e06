/**
 * SAFE-T filing page → eligibility checklist for the entered order (issue 5 item 5). The page does not
 * show who refunded or what came back, so the seller answers a few questions and safetOutlook
 * (utils/policy/safet.ts, sfp-rules.md §3) decides. Pure: (answers, marketplace, now) → view.
 */
import './english';
import type { MarketplaceCode } from '@/utils/marketplaces';
import { ruleById, ruleTitle } from '@/utils/policy/rules';
import { criterionById, safetOutlook, type RefundFacts, type ReturnProblem, type SafetOutlook } from '@/utils/policy/safet';
import { PolicyInputError, inputErrorText } from '@/utils/policy/errors';
import type { RuleRef } from '../rule-source';
import { t, translator } from '@/utils/i18n/active';
import { keyPart, type MessageKey } from '@/utils/i18n/translate';
import { criterionTitle } from '@/utils/policy/safet-criteria';

/** The seller's answers in the checklist form (datetime values already parsed in the marketplace zone). */
export interface FilingAnswers {
  refundIssuer: RefundFacts['refundIssuer'];
  refundedAt: Date | null;
  returnDeliveredAt: Date | null;
  returnProblem: ReturnProblem | 'unknown';
  atozClaimGranted: boolean;
  sellerRefusedReturn: boolean;
}

/** Outcome of the checklist: the outlook with each reason's source, or what is missing or wrong. */
export type FilingView =
  | { status: 'ok'; outlook: SafetOutlook; reasons: { code: string; text: string; rule: RuleRef | null }[] }
  | { status: 'need-input'; message: string }
  | { status: 'invalid'; message: string };

/** Source of a reason: a SAFE-T criterion (safet-criteria.ts) or a clock rule (rules.ts). */
export function reasonRule(ruleId: string): RuleRef | null {
  const c = criterionById(ruleId);
  if (c) return { id: c.id, title: criterionTitle(c, translator()), source: c.source, status: c.status };
  const r = ruleById(ruleId);
  return r ? { id: r.id, title: ruleTitle(r, translator()), source: r.source, status: r.status } : null;
}

/** The checklist's verdict for the answers so far. Never throws: bad input becomes 'invalid'. */
export function filingView(answers: FilingAnswers, marketplace: MarketplaceCode | null, now: Date): FilingView {
  if (!marketplace) {
    return { status: 'need-input', message: t('lists.filing.needMarketplace') };
  }
  if (!answers.refundedAt) return { status: 'need-input', message: t('lists.filing.needRefund') };
  const facts: RefundFacts = {
    marketplace,
    fulfillment: 'seller',
    refundIssuer: answers.refundIssuer,
    refundedAt: answers.refundedAt,
    ...(answers.returnDeliveredAt ? { returnDeliveredAt: answers.returnDeliveredAt } : {}),
    ...(answers.returnProblem !== 'unknown' ? { returnProblem: answers.returnProblem } : {}),
    atozClaimGranted: answers.atozClaimGranted,
    sellerRefusedReturn: answers.sellerRefusedReturn,
  };
  try {
    const outlook = safetOutlook(facts, now, translator());
    return { status: 'ok', outlook, reasons: outlook.reasons.map((r) => ({ code: r.code, text: r.text, rule: reasonRule(r.ruleId) })) };
  } catch (error) {
    if (error instanceof PolicyInputError) return { status: 'invalid', message: t('lists.filing.checkAnswers', { error: inputErrorText(error, translator()) }) };
    return { status: 'invalid', message: t('lists.filing.notChecked') };
  }
}

/** Seller-facing words for the verdict and route. */
/** The checklist's wording of a verdict, route, return problem and refund issuer, in the UI's language. */
export const verdictText = (v: SafetOutlook['verdict']) => t(`lists.filing.verdict.${keyPart(v)}` as MessageKey);
export const routeText = (r: SafetOutlook['route']) => t(`lists.filing.route.${keyPart(r)}` as MessageKey);
/** Return problems and refund issuers in the order the form lists them. */
export const PROBLEMS: readonly (ReturnProblem | 'unknown')[] = [
  'unknown', 'none', 'not-returned', 'damaged-by-customer', 'different-item', 'missing-parts', 'returned-outside-window',
  'lost-in-return-transit', 'damaged-in-return-transit',
];
export const ISSUERS: readonly RefundFacts['refundIssuer'][] = ['amazon-cs', 'refund-at-first-scan', 'amazon-automated', 'seller'];
export const problemText = (p: ReturnProblem | 'unknown') => t(`lists.filing.problem.${keyPart(p)}` as MessageKey);
export const issuerText = (i: RefundFacts['refundIssuer']) => t(`lists.filing.issuer.${keyPart(i)}` as MessageKey);
