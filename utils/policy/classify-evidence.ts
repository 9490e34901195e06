/**
 * The cue evidence of classifyContact: which cue patterns (classify-cues-*.ts) fire on a normalised
 * text, summed per feature, and the hand-written rules that combine them into one score per buyer
 * intent. classify.ts feeds both, with the text's n-grams, to the trained model (classify-model.ts);
 * the model's trainer (classify-model-train.ts) computes the same evidence at build time.
 * Linear time: every pattern is linear, and a pattern runs only on text that contains one of its atoms.
 */
import { ALL_CUES, AMAZON_CS_FORWARD } from './classify-cues';
import type { Cue, CueFeature, OtherTopic } from './classify-cue-types';
import { ATOM_SEPARATOR, CUE_ATOMS, FORWARD_ATOMS } from './classify-cue-atoms';
import { normaliseForCues } from './classify-text';

/** The three intents a buyer's own message can have (an Amazon CS contact is told by its sender). */
export type BuyerIntent = 'product-question' | 'refund-status' | 'other-post-order';

export const OTHER_TOPICS: readonly OtherTopic[] = [
  // Order matters for ties: repair has its own action (accept the return, full refund; seed FAQ 9).
  'repair', 'returnless-refund', 'exchange', 'wrong-item', 'missing-parts', 'damaged', 'defective',
  'late-or-missing', 'cancel', 'address', 'shipping-speed', 'review', 'return-window', 'no-longer-needed',
];
// Topics that merely say why something was returned: once the return is on its way and the customer
// asks about the refund, they do not turn the question into an Amazon CS topic.
const RETURN_REASONS: ReadonlySet<OtherTopic> = new Set([
  'damaged', 'defective', 'wrong-item', 'missing-parts', 'no-longer-needed', 'return-window', 'late-or-missing',
]);
const MAX_PER_FEATURE = 6;

interface Filtered<T> { item: T; atoms: readonly string[] }

/**
 * The cue patterns and the forward openings with their literal atoms (classify-cue-atoms.ts, generated
 * by classify-prefilter.ts), split on a tab's first classification. A pattern runs only on text that
 * contains one of its atoms: the others cannot match, so skipping them changes no result, and V8 never
 * compiles them (all ≈ 200 cost 10–14 ms on a cold page; the corpus runs 4 per message, at most 13).
 */
let filtered: { cues: Filtered<Cue>[]; forward: Filtered<RegExp>[] } | undefined;
function prefiltered(): { cues: Filtered<Cue>[]; forward: Filtered<RegExp>[] } {
  if (!filtered) {
    // A table written for other cue lists is not used: every pattern runs ("" is in every text).
    const fits = CUE_ATOMS.length === ALL_CUES.length && FORWARD_ATOMS.length === AMAZON_CS_FORWARD.length;
    const atoms = (table: readonly string[], i: number) => (fits ? (table[i] as string) : '').split(ATOM_SEPARATOR);
    filtered = {
      cues: ALL_CUES.map((cue, i) => ({ item: cue, atoms: atoms(CUE_ATOMS, i) })),
      forward: AMAZON_CS_FORWARD.map((re, i) => ({ item: re, atoms: atoms(FORWARD_ATOMS, i) })),
    };
  }
  return filtered;
}

/** False only when the text contains none of a pattern's atoms, i.e. when the pattern cannot match it. */
function mayMatch(atoms: readonly string[], text: string): boolean {
  for (const atom of atoms) if (text.includes(atom)) return true;
  return false;
}

/** True when the normalised text carries an Amazon CS forward's opening sentence. */
export function isForward(text: string): boolean {
  return prefiltered().forward.some(({ item: re, atoms }) => mayMatch(atoms, text) && re.test(text));
}

/**
 * Whether a message opens like an Amazon CS contact forwarded through buyer-seller messaging
 * (AMAZON_CS_FORWARD, on its first 600 characters): the page readers' sender test, through the same
 * prefilter as the classifier, so a message without an opening's atoms compiles none of the patterns.
 */
export function isAmazonCsForward(text: string): boolean {
  return !!text && isForward(normaliseForCues(text.slice(0, 600)));
}

/** Sums cue weights per feature on normalised text (each pattern counted once). */
export function featureScores(text: string): Map<CueFeature, number> {
  const scores = new Map<CueFeature, number>();
  for (const { item: cue, atoms } of prefiltered().cues) {
    if (mayMatch(atoms, text) && cue.re.test(text)) {
      scores.set(cue.feature, Math.min(MAX_PER_FEATURE, (scores.get(cue.feature) ?? 0) + cue.weight));
    }
  }
  return scores;
}

/** The hand-written rules' score per buyer intent, and the main other topic. */
export interface RuleScores { scores: Record<BuyerIntent, number>; topic?: OtherTopic }

/** Combines feature scores into one score per buyer intent, and the main other topic. */
export function intentScores(f: Map<CueFeature, number>, hasQuestionMark: boolean): RuleScores {
  const get = (k: CueFeature) => f.get(k) ?? 0;
  const refund = get('refund');
  const sent = get('return-sent');
  // Less refunded than expected: a question about the refund itself (its amount), like a status question.
  const status = get('refund-status') + get('refund-short');
  const moneyTalk = refund + status > 0;

  const asks = hasQuestionMark || get('question-form') > 0;
  let product = get('product') + get('pre-order');
  if (hasQuestionMark) product += get('product-hint');
  if (product > 0 && asks) product += 1;
  // "I returned the jacket, the size chart was wrong — where is my refund?": once a return was sent and
  // the customer asks for the money, product words only explain why.
  if (sent > 0 && moneyTalk) product /= 3;

  let refundScore = 0;
  if (moneyTalk) refundScore = refund + status + sent + (sent > 0 ? 3 : 0);
  else if (sent > 0) refundScore = sent - 1;

  let other = 0;
  let topic: OtherTopic | undefined;
  let topicWeight = 0;
  for (const t of OTHER_TOPICS) {
    const w = get(t);
    if (w === 0) continue;
    const discounted = sent > 0 && moneyTalk && RETURN_REASONS.has(t) ? w / 3 : w;
    other += discounted;
    if (discounted > topicWeight) { topic = t; topicWeight = discounted; }
  }
  // "It arrived broken, I want a refund": a refund wanted for a problem is Amazon CS's call (seed FAQ 1, 6).
  if (refund > 0 && sent === 0 && status === 0 && other > 0) {
    other += 2;
    refundScore = 1;
  }
  // A question with no post-order topic and no money talk is most likely about the product (pre-order
  // and product questions are the seller's, seed FAQ 1).
  if (product === 0 && other === 0 && refundScore === 0 && asks) product = 2;
  return { scores: { 'refund-status': refundScore, 'other-post-order': other, 'product-question': product }, topic };
}
