/**
 * Types shared by the cue tables of classifyContact (classify-cues-*.ts).
 * Patterns run on text from normaliseForCues (lower case, no Latin diacritics, "'" apostrophes).
 * Every pattern is a plain alternation or a bounded window (`.{0,40}`): no nested quantifiers, so each
 * test is linear in the scanned text.
 */

/** Post-order topics Amazon CS handles for SFP orders (sfp-rules.md §1 "Any other topic" row). */
export type OtherTopic =
  | 'return-window' | 'review' | 'cancel' | 'address' | 'shipping-speed' | 'late-or-missing'
  | 'damaged' | 'defective' | 'wrong-item' | 'missing-parts' | 'repair' | 'exchange'
  | 'returnless-refund' | 'no-longer-needed';

/** What a cue is evidence of. */
export type CueFeature =
  | 'refund'          // the customer wants or mentions their money back
  | 'return-sent'     // the return has already been sent / delivered (past tense)
  | 'refund-status'   // asks where / when the refund is
  | 'refund-short'    // less was refunded than expected (a partial refund, a deduction): a refund question
  | 'product'         // specs, compatibility, use, size, material, manual
  | 'product-hint'    // product nouns (battery, colour): evidence only in a question
  | 'pre-order'       // stock, availability, "before I buy"
  | 'question-form'   // the shape of a question ("is it", "kann man", "est-ce que", "ますか")
  | 'thanks'          // thanks or praise alone (a model input only: no rule uses it)
  | 'invoice'         // an invoice or receipt request (a model input only)
  | OtherTopic;

/** One pattern with its weight (1 weak hint, 2 clear, 3 decisive on its own). */
export interface Cue { feature: CueFeature; weight: 1 | 2 | 3; re: RegExp }

/** Compact table row: [feature, weight, pattern]. */
export type CueRow = readonly [CueFeature, 1 | 2 | 3, RegExp];

/** Turns table rows into cues. */
export function cues(rows: readonly CueRow[]): Cue[] {
  return rows.map(([feature, weight, re]) => ({ feature, weight, re }));
}
