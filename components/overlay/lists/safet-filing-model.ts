/**
 * SAFE-T filing page → eligibility checklist for the entered order (issue 5 item 5). The page does not
 * show who refunded or what came back, so the seller answers a few questions and safetOutlook
 * (utils/policy/safet.ts, sfp-rules.md §3) decides. Pure: (answers, marketplace, now) → view.
 */
import type { MarketplaceCode } from '@/utils/marketplaces';
import { ruleById } from '@/utils/policy/rules';
import { criterionById, safetOutlook, type RefundFacts, type ReturnProblem, type SafetOutlook } from '@/utils/policy/safet';
import { PolicyInputError } from '@/utils/policy/errors';
import type { RuleRef } from '../rule-source';

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
  if (c) return { id: c.id, title: c.title, source: c.source, status: c.status };
  const r = ruleById(ruleId);
  return r ? { id: r.id, title: r.title, source: r.source, status: r.status } : null;
}

/** The checklist's verdict for the answers so far. Never throws: bad input becomes 'invalid'. */
export function filingView(answers: FilingAnswers, marketplace: MarketplaceCode | null, now: Date): FilingView {
  if (!marketplace) {
    return { status: 'need-input', message: 'This page does not say which marketplace it is: choose your default marketplace in the SFP Guide options.' };
  }
  if (!answers.refundedAt) return { status: 'need-input', message: 'Enter when the order was refunded (SAFE-T needs a refunded order).' };
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
    const outlook = safetOutlook(facts, now);
    return { status: 'ok', outlook, reasons: outlook.reasons.map((r) => ({ code: r.code, text: r.text, rule: reasonRule(r.ruleId) })) };
  } catch (error) {
    if (error instanceof PolicyInputError) return { status: 'invalid', message: `Check your answers: ${error.message}.` };
    return { status: 'invalid', message: 'These answers could not be checked.' };
  }
}

/** Seller-facing words for the verdict and route. */
export const VERDICT_TEXT: Record<SafetOutlook['verdict'], string> = {
  eligible: 'Eligible for a SAFE-T claim',
  'not-eligible': 'Not eligible for SAFE-T',
  wait: 'Eligible, but not yet: wait before filing',
  'window-closed': 'Filing window closed',
};
export const ROUTE_TEXT: Record<SafetOutlook['route'], string> = {
  safet: 'File a SAFE-T claim',
  'carrier-claim': 'Claim from the carrier instead',
  'atoz-appeal': 'Appeal the A-to-z decision instead',
  none: 'No claim route',
};
export const PROBLEM_TEXT: Record<ReturnProblem | 'unknown', string> = {
  unknown: 'Not known yet',
  none: 'Came back fine / no return problem',
  'not-returned': 'Not returned',
  'damaged-by-customer': 'Returned damaged or used by the customer',
  'different-item': 'Returned a different item',
  'missing-parts': 'Returned with parts missing (or an empty box)',
  'returned-outside-window': 'Returned outside the return window',
  'lost-in-return-transit': 'Lost in return transit',
  'damaged-in-return-transit': 'Damaged in return transit',
};
export const ISSUER_TEXT: Record<RefundFacts['refundIssuer'], string> = {
  'amazon-cs': 'Amazon Customer Service',
  'refund-at-first-scan': 'Amazon, Refund at First Scan',
  'amazon-automated': 'Amazon automatically, after the refund window passed',
  seller: 'I refunded it myself',
};
