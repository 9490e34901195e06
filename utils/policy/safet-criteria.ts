/**
 * SAFE-T eligibility criteria and limits as sourced data (sfp-rules.md §3). Every reason safetOutlook
 * gives names one of these ids, or a clock rule id from RULES, so the UI can show the source and
 * mark non-Amazon statements "≈ verify".
 */
import {
  ATOZ_APPEAL_SOURCE as ATOZ_APPEAL,
  FBM_REFUND_UPDATE_SOURCE as FBM_REFUND_UPDATE,
  SAFET_POLICY_REPOST_SOURCE as POLICY_REPOST,
  SEED_SOURCE as SEED,
  SFP_REIMBURSEMENT_SOURCE as SFP_REIMBURSEMENT,
} from './sources';

/** One eligibility criterion or limit with its source. */
export interface SafetCriterion {
  id: string;
  status: 'amazon' | 'third-party' | 'inferred';
  source: string;
  verifiedOn: string;
  title: string;
}

const VERIFIED = '2026-11-27';

export const SAFET_CRITERIA: readonly SafetCriterion[] = [
  { id: 'safet-amazon-refund', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED,
    title: 'Eligible: Amazon (Customer Service or Refund at First Scan) refunded and you were not at fault' },
  { id: 'safet-seller-refund', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED,
    title: 'Not eligible: the order must have been refunded by Amazon, not by you' },
  { id: 'safet-automated-refund', status: 'third-party', source: FBM_REFUND_UPDATE, verifiedOn: VERIFIED,
    title: 'Not eligible: Amazon refunded automatically because the refund window was missed' },
  { id: 'safet-atoz-granted', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED,
    title: 'Not eligible: an A-to-z claim was granted on the order; appeal that decision instead' },
  // sfp-rules.md §2 lists this as the contrast clock; it is not a SAFE-T clock, so it lives here.
  { id: 'atoz-appeal-30d', status: 'amazon', source: ATOZ_APPEAL, verifiedOn: VERIFIED,
    title: 'A-to-z claim decisions can be appealed within 30 calendar days of the grant or debit' },
  { id: 'safet-return-transit', status: 'amazon', source: SEED, verifiedOn: VERIFIED,
    title: 'Not eligible: lost or damaged in return transit; claim from the carrier' },
  { id: 'safet-refused-return', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED,
    title: 'Not eligible: you refused the return' },
  { id: 'safet-fba', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED,
    title: 'Not eligible: Fulfilled by Amazon orders' },
  { id: 'safet-not-returned', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED,
    title: 'Eligible: item not returned (no first carrier scan or no return authorisation), except hazmat or non-returnable items unless the customer was at fault' },
  { id: 'safet-returned-damaged', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED,
    title: 'Eligible: returned damaged, used, materially different, empty or with parts missing' },
  { id: 'safet-outside-window', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED,
    title: 'Eligible: returned outside the return window' },
  { id: 'safet-one-claim', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED,
    title: 'One claim per order' },
  { id: 'safet-cap-order', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED,
    title: 'Up to $5,000 per order' },
  { id: 'safet-cap-customer-damage', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED,
    title: 'Item damaged by the customer: at most 50% reimbursed' },
  { id: 'safet-window-unknown', status: 'inferred', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED,
    title: 'No filing window is known for this marketplace and date' },
];

/** The criterion with this id, or null. */
export function criterionById(id: string): SafetCriterion | null {
  return SAFET_CRITERIA.find((c) => c.id === id) ?? null;
}
