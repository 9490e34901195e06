/**
 * Where the rules come from: every source URL cited by rules, SAFE-T criteria and guidance, once.
 * Status of each claim (Amazon / third party / inferred) is kept with the rule that cites it
 * (shared/domain/sfp-rules.md).
 */

/** Amazon help "Customer service for Seller Fulfilled Prime" (the seed document). */
export const SEED_SOURCE = 'https://sellercentral.amazon.com/help/hub/reference/GUTJZ6MZGMYCW7PW';
/** Seller Fulfilled Prime program policy (who handles post-order contacts). */
export const SFP_POLICY_SOURCE = 'https://sellercentral.amazon.com/gp/help/G201812300';
/** Contact Response Time (24-hour buyer-message clock). */
export const CONTACT_RESPONSE_SOURCE = 'https://sellercentral.amazon.com/help/hub/reference/external/202152030';
/** Third-party report of the 2026 seller-fulfilled refund process update (4 calendar days). */
export const FBM_REFUND_UPDATE_SOURCE = 'https://sipranshecommgrowth.com/update-to-seller-fulfilled-refund-process-by-january-26-2026';
/** Verbatim repost of "Reimbursement for seller-fulfilled orders". */
export const SAFET_POLICY_REPOST_SOURCE = 'https://sellersasksellers.com/t/update-to-fbm-returns/6810';
/** Third-party report of the US SAFE-T window narrowing to 30 days. */
export const SAFET_30_DAYS_SOURCE = 'https://bigbcc.com/amazon-narrows-safe-t-claims-window-for-sellers-to-30-days';
/** Amazon "Reimbursement for seller-fulfilled network prepaid returns" (60-day window). */
export const SAFET_60_DAYS_SOURCE = 'https://sellercentral.amazon.com/gp/help/external/G202175000';
/** SFP reimbursement policy 202109110, CA copy (15-day wait). */
export const CA_SFP_REIMBURSEMENT_SOURCE = 'https://sellercentral.amazon.ca/gp/help/external/202109110';
/** SFP reimbursement policy 202109110, DE copy (eligible and ineligible cases). */
export const SFP_REIMBURSEMENT_SOURCE = 'https://sellercentral.amazon.de/gp/help/external/202109110';
/** AE seller forum (21-day proactive reimbursement, 7-day damaged claims). */
export const AE_FORUM_SOURCE = 'https://sellercentral.amazon.ae/seller-forums/';
/** SAFE-T messages help 4JQY4B7XT3APCRM (3 business days, Saturdays count). */
export const SAFET_MESSAGES_SOURCE = 'https://sellercentral.amazon.ae/gp/help/external/help.html?itemID=4JQY4B7XT3APCRM';
/** A-to-z claim appeal, help 27951. */
export const ATOZ_APPEAL_SOURCE = 'https://sellercentral.amazon.com/gp/help/external/27951';
