/**
 * What to collect before filing, per return problem (sfp-rules.md §3: photos of item and package with
 * the return label visible; messaging thread showing an agreed replacement; tracking; Buy Shipping proof).
 */

import type { RuleProblem } from './rules';

/** A return problem as RefundFacts names it (the same values rules can be limited to). */
export type ReturnProblem = RuleProblem;

/** One thing to gather for a claim. */
export interface EvidenceItem {
  id: string;
  text: string;
}

const ITEMS = {
  refund: 'Order ID, refund date and refunded amount (from the order page)',
  outboundTracking: 'Outbound tracking showing "delivered" with an approved SFP carrier',
  buyShipping: 'Proof the outbound label was bought through Buy Shipping',
  replacementThread: 'Buyer-seller messaging thread showing the replacement you agreed and delivered',
  noFirstScan: 'Return tracking showing no first carrier scan (or that no return was authorised)',
  returnTracking: 'Return tracking showing the delivery scan at your warehouse',
  photos: 'Photos of the returned item and of the package with the return label visible',
  compare: 'Photos comparing the returned item with what you shipped (model, serial number, listing)',
  missing: 'Photos showing which parts are missing, and your packing record for the order',
  windowDates: 'Delivery date of the order and the date the return started, showing it was outside the return window',
  carrierHistory: 'Full return tracking history from the carrier, for your claim with the carrier',
  packagePhotos: 'Photos of the damaged package and item as delivered by the carrier',
} as const;

type ItemId = keyof typeof ITEMS;

const BY_PROBLEM: Readonly<Record<ReturnProblem, readonly ItemId[]>> = {
  none: ['refund', 'outboundTracking', 'buyShipping', 'replacementThread'],
  'not-returned': ['refund', 'noFirstScan'],
  'damaged-by-customer': ['refund', 'photos', 'returnTracking'],
  'different-item': ['refund', 'photos', 'compare', 'returnTracking'],
  'missing-parts': ['refund', 'photos', 'missing', 'returnTracking'],
  'returned-outside-window': ['refund', 'returnTracking', 'windowDates', 'photos'],
  'lost-in-return-transit': ['carrierHistory'],
  'damaged-in-return-transit': ['carrierHistory', 'packagePhotos'],
};

/** Every return problem, for validating input. */
export const RETURN_PROBLEMS = Object.keys(BY_PROBLEM) as readonly ReturnProblem[];

/** The evidence to gather for a return problem (no problem named: the general Amazon-refund cases). */
export function evidenceChecklist(problem: ReturnProblem | undefined): readonly EvidenceItem[] {
  const ids = BY_PROBLEM[problem ?? 'none'];
  return (ids ?? []).map((id) => ({ id, text: ITEMS[id] }));
}
