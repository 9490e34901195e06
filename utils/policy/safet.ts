/**
 * SAFE-T outlook: can an Amazon-issued refund be reclaimed, by which route, and until when
 * (sfp-rules.md §3; clocks in rules.ts). Pure: `now` is a parameter. Every reason names the criterion
 * (safet-criteria.ts) or clock rule (rules.ts) it rests on.
 */
import { isMarketplaceCode, type MarketplaceCode } from '../marketplaces';
import { computeDeadline } from './deadlines';
import { PolicyInputError } from './errors';
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
  if (!facts || typeof facts !== 'object') throw new PolicyInputError('Refund facts are missing');
  if (!validDate(now)) throw new PolicyInputError('now is not a valid date');
  if (!isMarketplaceCode(facts.marketplace)) throw new PolicyInputError(`Unknown marketplace: ${String(facts.marketplace)}`);
  if (!ISSUERS.includes(facts.refundIssuer)) throw new PolicyInputError(`Unknown refund issuer: ${String(facts.refundIssuer)}`);
  if (facts.fulfillment !== undefined && facts.fulfillment !== 'seller' && facts.fulfillment !== 'amazon') {
    throw new PolicyInputError(`Unknown fulfillment: ${String(facts.fulfillment)}`);
  }
  if (facts.returnProblem !== undefined && !RETURN_PROBLEMS.includes(facts.returnProblem)) {
    throw new PolicyInputError(`Unknown return problem: ${String(facts.returnProblem)}`);
  }
  if (!validDate(facts.refundedAt)) throw new PolicyInputError('refundedAt is not a valid date');
  if (facts.refundedAt > now) throw new PolicyInputError('refundedAt is after now');
  if (facts.returnDeliveredAt !== undefined) {
    if (!validDate(facts.returnDeliveredAt)) throw new PolicyInputError('returnDeliveredAt is not a valid date');
    if (facts.returnDeliveredAt > now) throw new PolicyInputError('returnDeliveredAt is after now');
    if (facts.returnProblem === 'not-returned') {
      throw new PolicyInputError('A return delivery date contradicts "not returned"');
    }
  }
}

/** Reasons the order cannot go through SAFE-T, most decisive first, and the route left open. */
function ineligibility(facts: RefundFacts): { reasons: SafetReason[]; route: SafetOutlook['route'] } {
  if (facts.fulfillment === 'amazon') {
    return { route: 'none', reasons: [{ code: 'fba-order', ruleId: 'safet-fba', text: 'Fulfilled by Amazon orders are not covered by SAFE-T.' }] };
  }
  const reasons: SafetReason[] = [];
  if (facts.refundIssuer === 'seller') {
    reasons.push({ code: 'seller-refunded', ruleId: 'safet-seller-refund', text: 'You issued this refund yourself; SAFE-T only covers refunds Amazon issued.' });
  }
  if (facts.refundIssuer === 'amazon-automated') {
    reasons.push({ code: 'automated-refund', ruleId: 'safet-automated-refund',
      text: 'Amazon refunded automatically because the refund window passed; such refunds are not SAFE-T eligible (grade returns in the Guided Refund Workflow in time).' });
  }
  if (facts.atozClaimGranted) {
    reasons.push(
      { code: 'atoz-granted', ruleId: 'safet-atoz-granted', text: 'An A-to-z claim was granted on this order: appeal the A-to-z decision instead.' },
      { code: 'atoz-appeal-window', ruleId: 'atoz-appeal-30d', text: 'A-to-z appeals are due within 30 calendar days of the grant or debit.' },
    );
  }
  if (facts.sellerRefusedReturn) {
    reasons.push({ code: 'return-refused', ruleId: 'safet-refused-return', text: 'You refused the return, which rules out a SAFE-T claim.' });
  }
  const transit = facts.returnProblem === 'lost-in-return-transit' || facts.returnProblem === 'damaged-in-return-transit';
  if (transit) {
    reasons.push({ code: 'return-transit', ruleId: 'safet-return-transit',
      text: 'Lost or damaged on the way back: as shipper of record, claim compensation from the carrier directly.' });
  }
  const route = facts.atozClaimGranted ? 'atoz-appeal' : transit ? 'carrier-claim' : 'none';
  return { reasons, route };
}

/** Why the case qualifies, per return problem. */
function eligibilityReasons(facts: RefundFacts): SafetReason[] {
  const who = facts.refundIssuer === 'refund-at-first-scan' ? 'Amazon refunded at first scan' : 'Amazon Customer Service refunded';
  switch (facts.returnProblem) {
    case 'not-returned':
      return [{ code: 'not-returned', ruleId: 'safet-not-returned',
        text: `${who} and the item never came back: eligible unless it is hazmat or non-returnable and the customer was not at fault.` }];
    case 'damaged-by-customer':
    case 'different-item':
    case 'missing-parts': {
      const what = { 'damaged-by-customer': 'damaged or used', 'different-item': 'a different item', 'missing-parts': 'with parts missing' }[facts.returnProblem];
      return [{ code: 'returned-not-as-sent', ruleId: 'safet-returned-damaged', text: `${who} and the item came back ${what}: eligible with photos.` }];
    }
    case 'returned-outside-window':
      return [{ code: 'outside-window', ruleId: 'safet-outside-window', text: `${who} for a return sent outside the return window: eligible.` }];
    default:
      return [{ code: 'amazon-refund', ruleId: 'safet-amazon-refund',
        text: `${who}: eligible if you were not at fault (e.g. tracking shows delivered on a Buy Shipping label, or a replacement you agreed was delivered); late delivery or missing tracking are your own performance.` }];
  }
}

/**
 * Whether an Amazon-issued refund can be reclaimed through SAFE-T, by which route and until when.
 * The filing window runs from the later of the refund and the return delivery. Throws PolicyInputError
 * on invalid facts (unknown values, invalid dates, dates after `now`, contradictory facts).
 */
export function safetOutlook(facts: RefundFacts, now: Date): SafetOutlook {
  validate(facts, now);
  const problem = facts.returnProblem;
  const evidence = evidenceChecklist(problem);
  const blocked = ineligibility(facts);
  if (blocked.reasons.length > 0) {
    return { verdict: 'not-eligible', route: blocked.route, reasons: blocked.reasons, ...(blocked.route === 'carrier-claim' ? { evidence } : {}) };
  }

  const ctx = { marketplace: facts.marketplace, problem };
  const reasons = eligibilityReasons(facts);
  const capPercent = problem === 'damaged-by-customer' ? 50 : undefined;
  if (capPercent) {
    reasons.push({ code: 'cap-50-percent', ruleId: 'safet-cap-customer-damage', text: 'Damage caused by the customer is reimbursed at most 50%.' });
  }
  reasons.push(
    { code: 'one-claim-per-order', ruleId: 'safet-one-claim', text: 'Only one claim per order: include everything in it.' },
    { code: 'cap-per-order', ruleId: 'safet-cap-order', text: 'Reimbursement is capped at $5,000 per order.' },
  );

  const start = facts.returnDeliveredAt && facts.returnDeliveredAt > facts.refundedAt ? facts.returnDeliveredAt : facts.refundedAt;
  const filing = computeDeadline('safet-filing', start, ctx);
  const wait = computeDeadline('safet-wait', facts.refundedAt, ctx);
  const base = { route: 'safet' as const, evidence, ...(capPercent ? { capPercent } : {}) };

  if (!filing) {
    reasons.push({ code: 'window-unknown', ruleId: 'safet-window-unknown', text: 'No filing window is known for this marketplace and date: file as soon as you can.' });
  } else if (now >= filing.dueAt) {
    reasons.push({ code: 'window-closed', ruleId: filing.rule.id, text: `The filing window has closed. ${filing.explanation}` });
    return { ...base, verdict: 'window-closed', fileBy: filing.dueAt, reasons };
  } else {
    reasons.push({ code: 'window-open', ruleId: filing.rule.id, text: `File ${filing.explanation.replace(/^By/, 'by')}` });
  }
  const fileBy = filing ? { fileBy: filing.dueAt } : {};

  if (wait && now < wait.dueAt) {
    reasons.push({ code: 'waiting-period', ruleId: wait.rule.id, text: `${wait.rule.title}. Earliest filing: ${wait.explanation.replace(/^By /, '')}` });
    return { ...base, verdict: 'wait', earliestFileAt: wait.dueAt, ...fileBy, reasons };
  }
  return { ...base, verdict: 'eligible', ...fileBy, reasons };
}

export { evidenceChecklist, RETURN_PROBLEMS, type EvidenceItem, type ReturnProblem } from './safet-evidence';
export { SAFET_CRITERIA, criterionById, type SafetCriterion } from './safet-criteria';
