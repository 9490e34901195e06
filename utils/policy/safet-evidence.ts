/**
 * What to collect before filing, per return problem (sfp-rules.md §3: photos of item and package with
 * the return label visible; messaging thread showing an agreed replacement; tracking; Buy Shipping proof).
 */

import type { RuleProblem } from './rules';
import { EN } from '../i18n/english';
import type { MessageKey, Translator } from '../i18n/translate';

/** A return problem as RefundFacts names it (the same values rules can be limited to). */
export type ReturnProblem = RuleProblem;

/** One thing to gather for a claim. */
export interface EvidenceItem {
  id: string;
  text: string;
}

export const EVIDENCE_IDS = [
  'refund', 'outboundTracking', 'buyShipping', 'replacementThread', 'noFirstScan', 'returnTracking', 'photos', 'compare',
  'missing', 'windowDates', 'carrierHistory', 'packagePhotos',
] as const;

type ItemId = (typeof EVIDENCE_IDS)[number];

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
export function evidenceChecklist(problem: ReturnProblem | undefined, t: Translator = EN): readonly EvidenceItem[] {
  const ids = BY_PROBLEM[problem ?? 'none'];
  return (ids ?? []).map((id) => ({ id, text: t(`policy.evidence.${id}` as MessageKey) }));
}
