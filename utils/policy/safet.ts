/**
 * SAFE-T outlook: can an Amazon-issued refund be reclaimed, by which route, and until when
 * (sfp-rules.md §3; clocks in rules.ts). Pure: `now` is a parameter. Every reason names the criterion
 * (safet-criteria.ts) or clock rule (rules.ts) it rests on.
 */
import { isMarketplaceCode, type MarketplaceCode } from '../marketplaces';
import { computeDeadline } from './deadlines';
import { PolicyInputError } from './errors';
import { EN } from '../i18n/english';
import type { Translator } from '../i18n/translate';
import { ruleTitle } from './rules';
import { evidenceChecklist, RETURN_PROBLEMS, type EvidenceItem, type ReturnProblem } from './safet-evidence';

/** What is known about a refunded order (architecture.md "Public contracts"). */
export interface RefundFacts {
  marketplace: MarketplaceCode;
  fulfillment?: 'seller' | 'amazon';
  refundIssuer: 'amazon-cs' | 'refund-at-first-scan' | 'amazon-automated' | 'seller';
  refundedAt: Date;
  /** Carrier delivery scan at the seller's warehouse. */
  returnDeliveredAt?: Date;
  returnProblem?: ReturnProblem;
  atozClaimGranted?: boolean;
  sellerRefusedReturn?: boolean;
}

/** One reason behind a verdict: stable code, seller-facing text, and the rule or criterion id. */
export interface SafetReason {
  code: string;
  text: string;
  ruleId: string;
}

/** The SAFE-T verdict for one order (architecture.md), plus evidence and cap details. */
export interface SafetOutlook {
  verdict: 'eligible' | 'not-eligible' | 'wait' | 'window-closed';
  route: 'safet' | 'carrier-claim' | 'atoz-appeal' | 'none';
  earliestFileAt?: Date;
  fileBy?: Date;
  reasons: SafetReason[];
  /** What to gather for the claim (or for the carrier claim). */
  evidence?: readonly EvidenceItem[];
  /** Highest share of the refund Amazon reimburses, when limited (customer damage: 50). */
  capPercent?: number;
}

const ISSUERS: readonly RefundFacts['refundIssuer'][] = ['amazon-cs', 'refund-at-first-scan', 'amazon-automated', 'seller'];

function validDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

function validate(facts: RefundFacts, now: Date): void {
  if (!facts || typeof facts !== 'object') throw new PolicyInputError('Refund facts are missing', 'factsMissing');
  if (!validDate(now)) throw new PolicyInputError('now is not a valid date', 'nowDate');
  if (!isMarketplaceCode(facts.marketplace)) throw new PolicyInputError(`Unknown marketplace: ${String(facts.marketplace)}`, 'marketplace', { code: String(facts.marketplace) });
  if (!ISSUERS.includes(facts.refundIssuer)) throw new PolicyInputError(`Unknown refund issuer: ${String(facts.refundIssuer)}`, 'issuer', { issuer: String(facts.refundIssuer) });
  if (facts.fulfillment !== undefined && facts.fulfillment !== 'seller' && facts.fulfillment !== 'amazon') {
    throw new PolicyInputError(`Unknown fulfillment: ${String(facts.fulfillment)}`, 'fulfillment', { fulfillment: String(facts.fulfillment) });
  }
  if (facts.returnProblem !== undefined && !RETURN_PROBLEMS.includes(facts.returnProblem)) {
    throw new PolicyInputError(`Unknown return problem: ${String(facts.returnProblem)}`, 'problem', { problem: String(facts.returnProblem) });
  }
  if (!validDate(facts.refundedAt)) throw new PolicyInputError('refundedAt is not a valid date', 'refundedDate');
  if (facts.refundedAt > now) throw new PolicyInputError('refundedAt is after now', 'refundedAfterNow');
  if (facts.returnDeliveredAt !== undefined) {
    if (!validDate(facts.returnDeliveredAt)) throw new PolicyInputError('returnDeliveredAt is not a valid date', 'deliveredDate');
    if (facts.returnDeliveredAt > now) throw new PolicyInputError('returnDeliveredAt is after now', 'deliveredAfterNow');
    if (facts.returnProblem === 'not-returned') {
      throw new PolicyInputError('A return delivery date contradicts "not returned"', 'deliveredNotReturned');
    }
  }
}

/** Reasons the order cannot go through SAFE-T, most decisive first, and the route left open. */
function ineligibility(facts: RefundFacts, t: Translator): { reasons: SafetReason[]; route: SafetOutlook['route'] } {
  if (facts.fulfillment === 'amazon') {
    return { route: 'none', reasons: [{ code: 'fba-order', ruleId: 'safet-fba', text: t('policy.safet.fba') }] };
  }
  const reasons: SafetReason[] = [];
  if (facts.refundIssuer === 'seller') {
    reasons.push({ code: 'seller-refunded', ruleId: 'safet-seller-refund', text: t('policy.safet.sellerRefunded') });
  }
  if (facts.refundIssuer === 'amazon-automated') {
    reasons.push({ code: 'automated-refund', ruleId: 'safet-automated-refund',
      text: t('policy.safet.automated') });
  }
  if (facts.atozClaimGranted) {
    reasons.push(
      { code: 'atoz-granted', ruleId: 'safet-atoz-granted', text: t('policy.safet.atozGranted') },
      { code: 'atoz-appeal-window', ruleId: 'atoz-appeal-30d', text: t('policy.safet.atozWindow') },
    );
  }
  if (facts.sellerRefusedReturn) {
    reasons.push({ code: 'return-refused', ruleId: 'safet-refused-return', text: t('policy.safet.refused') });
  }
  const transit = facts.returnProblem === 'lost-in-return-transit' || facts.returnProblem === 'damaged-in-return-transit';
  if (transit) {
    reasons.push({ code: 'return-transit', ruleId: 'safet-return-transit',
      text: t('policy.safet.transit') });
  }
  const route = facts.atozClaimGranted ? 'atoz-appeal' : transit ? 'carrier-claim' : 'none';
  return { reasons, route };
}

/** Why the case qualifies, per return problem. */
function eligibilityReasons(facts: RefundFacts, t: Translator): SafetReason[] {
  const who = t(facts.refundIssuer === 'refund-at-first-scan' ? 'policy.safet.whoFirstScan' : 'policy.safet.whoCs');
  switch (facts.returnProblem) {
    case 'not-returned':
      return [{ code: 'not-returned', ruleId: 'safet-not-returned',
        text: t('policy.safet.notReturned', { who }) }];
    case 'damaged-by-customer':
    case 'different-item':
    case 'missing-parts': {
      const what = t(({ 'damaged-by-customer': 'policy.safet.what.damagedByCustomer', 'different-item': 'policy.safet.what.differentItem', 'missing-parts': 'policy.safet.what.missingParts' } as const)[facts.returnProblem]);
      return [{ code: 'returned-not-as-sent', ruleId: 'safet-returned-damaged', text: t('policy.safet.returnedNotAsSent', { who, what }) }];
    }
    case 'returned-outside-window':
      return [{ code: 'outside-window', ruleId: 'safet-outside-window', text: t('policy.safet.outsideWindow', { who }) }];
    default:
      return [{ code: 'amazon-refund', ruleId: 'safet-amazon-refund',
        text: t('policy.safet.amazonRefund', { who }) }];
  }
}

/**
 * Whether an Amazon-issued refund can be reclaimed through SAFE-T, by which route and until when.
 * The filing window runs from the later of the refund and the return delivery. Throws PolicyInputError
 * on invalid facts (unknown values, invalid dates, dates after `now`, contradictory facts).
 */
export function safetOutlook(facts: RefundFacts, now: Date, t: Translator = EN): SafetOutlook {
  validate(facts, now);
  const problem = facts.returnProblem;
  const evidence = evidenceChecklist(problem, t);
  const blocked = ineligibility(facts, t);
  if (blocked.reasons.length > 0) {
    return { verdict: 'not-eligible', route: blocked.route, reasons: blocked.reasons, ...(blocked.route === 'carrier-claim' ? { evidence } : {}) };
  }

  const ctx = { marketplace: facts.marketplace, problem, t };
  const reasons = eligibilityReasons(facts, t);
  const capPercent = problem === 'damaged-by-customer' ? 50 : undefined;
  if (capPercent) {
    reasons.push({ code: 'cap-50-percent', ruleId: 'safet-cap-customer-damage', text: t('policy.safet.cap50') });
  }
  reasons.push(
    { code: 'one-claim-per-order', ruleId: 'safet-one-claim', text: t('policy.safet.oneClaim') },
    { code: 'cap-per-order', ruleId: 'safet-cap-order', text: t('policy.safet.capOrder') },
  );

  const start = facts.returnDeliveredAt && facts.returnDeliveredAt > facts.refundedAt ? facts.returnDeliveredAt : facts.refundedAt;
  const filing = computeDeadline('safet-filing', start, ctx);
  const wait = computeDeadline('safet-wait', facts.refundedAt, ctx);
  const base = { route: 'safet' as const, evidence, ...(capPercent ? { capPercent } : {}) };

  if (!filing) {
    reasons.push({ code: 'window-unknown', ruleId: 'safet-window-unknown', text: t('policy.safet.windowUnknown') });
  } else if (now >= filing.dueAt) {
    reasons.push({ code: 'window-closed', ruleId: filing.rule.id, text: t('policy.safet.windowClosed', { explanation: filing.explanation }) });
    return { ...base, verdict: 'window-closed', fileBy: filing.dueAt, reasons };
  } else {
    reasons.push({ code: 'window-open', ruleId: filing.rule.id, text: t('policy.safet.windowOpen', { explanation: filing.explanation, explanationLc: filing.explanation.replace(/^By/, 'by') }) });
  }
  const fileBy = filing ? { fileBy: filing.dueAt } : {};

  if (wait && now < wait.dueAt) {
    reasons.push({ code: 'waiting-period', ruleId: wait.rule.id, text: t('policy.safet.waiting', { title: ruleTitle(wait.rule, t), explanation: wait.explanation, explanationNoBy: wait.explanation.replace(/^By /, '') }) });
    return { ...base, verdict: 'wait', earliestFileAt: wait.dueAt, ...fileBy, reasons };
  }
  return { ...base, verdict: 'eligible', ...fileBy, reasons };
}

export { evidenceChecklist, RETURN_PROBLEMS, type EvidenceItem, type ReturnProblem } from './safet-evidence';
export { SAFET_CRITERIA, criterionById, type SafetCriterion } from './safet-criteria';
