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
import { EN } from '../i18n/english';
import type { MessageKey, Translator } from '../i18n/translate';

/** One eligibility criterion or limit with its source. */
export interface SafetCriterion {
  id: string;
  status: 'amazon' | 'third-party' | 'inferred';
  source: string;
  verifiedOn: string;
  title: string;
}

const VERIFIED = '2026-11-27';

const CRITERIA_DATA: readonly Omit<SafetCriterion, 'title'>[] = [
  { id: 'safet-amazon-refund', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED },
  { id: 'safet-seller-refund', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED },
  { id: 'safet-automated-refund', status: 'third-party', source: FBM_REFUND_UPDATE, verifiedOn: VERIFIED },
  { id: 'safet-atoz-granted', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED },
  // sfp-rules.md §2 lists this as the contrast clock; it is not a SAFE-T clock, so it lives here.
  { id: 'atoz-appeal-30d', status: 'amazon', source: ATOZ_APPEAL, verifiedOn: VERIFIED },
  { id: 'safet-return-transit', status: 'amazon', source: SEED, verifiedOn: VERIFIED },
  { id: 'safet-refused-return', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED },
  { id: 'safet-fba', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED },
  { id: 'safet-not-returned', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED },
  { id: 'safet-returned-damaged', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED },
  { id: 'safet-outside-window', status: 'amazon', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED },
  { id: 'safet-one-claim', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED },
  { id: 'safet-cap-order', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED },
  { id: 'safet-cap-customer-damage', status: 'third-party', source: POLICY_REPOST, verifiedOn: VERIFIED },
  { id: 'safet-window-unknown', status: 'inferred', source: SFP_REIMBURSEMENT, verifiedOn: VERIFIED },
];

/** The criterion with this id, or null. */
/** Table key of a criterion's title (policy.criterion.<id with _ for ->). */
export function criterionTitleKey(id: string): MessageKey {
  return `policy.criterion.${id.replaceAll('-', '_')}` as MessageKey;
}

/** A criterion's title in the translator's language. */
export function criterionTitle(c: Pick<SafetCriterion, 'id'>, t: Translator = EN): string {
  return t(criterionTitleKey(c.id));
}

/** Every criterion, with its English title. */
export const SAFET_CRITERIA: readonly SafetCriterion[] = CRITERIA_DATA.map((c) => ({ ...c, title: EN(criterionTitleKey(c.id)) }));

export function criterionById(id: string): SafetCriterion | null {
  return SAFET_CRITERIA.find((c) => c.id === id) ?? null;
}
