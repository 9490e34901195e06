/**
 * classifyContact: who a buyer-seller message is for, decided from its text alone.
 * Seed FAQ 1 (shared/seed/sfp-customer-service.md) and shared/domain/sfp-rules.md §1: product and
 * pre-order questions → the seller answers; a refund question about a return → the seller refunds or
 * promises to; any other post-order topic → Amazon CS; a contact from Amazon CS → the seller answers
 * CS and the customer.
 *
 * Method: weighted cue patterns per language (classify-cues-*.ts) add evidence to features; a few
 * rules combine them (a completed return plus a refund question outweighs the reason for the return).
 * Linear time: only a bounded prefix is scanned (BODY_SCAN_CHARS); every pattern is linear.
 * Never throws: bad input gives an unclear answer with a reason.
 */
import { ALL_CUES, AMAZON_CS_FORWARD } from './classify-cues';
import type { Cue, CueFeature, OtherTopic } from './classify-cue-types';
import { ATOM_SEPARATOR, CUE_ATOMS, FORWARD_ATOMS } from './classify-cue-atoms';
import {
  BODY_SCAN_CHARS, MAX_MESSAGE_CHARS, SUBJECT_SCAN_CHARS, detectLanguage, normaliseForCues, scriptMix,
  scriptProblem, type ContactLanguage,
} from './classify-text';

export type { ContactLanguage } from './classify-text';
export type { OtherTopic } from './classify-cue-types';
export { BODY_SCAN_CHARS, MAX_MESSAGE_CHARS } from './classify-text';

/** What a contact is about, which decides who answers it (architecture.md public contract). */
export type ContactIntent = 'product-question' | 'refund-status' | 'other-post-order' | 'amazon-cs-request';

/** Below this confidence the UI says "unclear — check" instead of stating the intent. */
export const UNCLEAR_BELOW = 0.6;

/** Why a classification is unclear. */
export type UnclearReason =
  | 'empty' | 'too-long' | 'mixed-scripts' | 'unsupported-script' | 'no-signal' | 'conflicting-signals'
  | 'invalid-input';

/** Input of classifyContact (architecture.md public contract). */
export interface ContactInput { sender: 'buyer' | 'amazon-cs'; subject?: string; body: string }

/** Result of classifyContact: the contract's intent and confidence plus why. */
export interface ContactClassification {
  intent: ContactIntent;
  /** 0..1; below UNCLEAR_BELOW the answer is marked unclear. */
  confidence: number;
  /** Language of the message when evident: picks the reply template language. */
  language?: ContactLanguage;
  /** True when the UI should say "unclear — check" rather than state the intent. */
  unclear: boolean;
  unclearReason?: UnclearReason;
  /** For other-post-order: the main topic (e.g. 'repair' → accept the return and refund). */
  topic?: OtherTopic;
  /** Feature ids that fired, e.g. ['refund', 'return-sent'], for the UI's "why". */
  signals: string[];
  /**
   * Set when the answer is unclear and another intent also has evidence: the UI shows both, each with
   * its rule, and never one confident answer (issue 16).
   */
  runnerUp?: ContactIntent;
}

type BuyerIntent = Exclude<ContactIntent, 'amazon-cs-request'>;

const OTHER_TOPICS: readonly OtherTopic[] = [
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

function unclearResult(reason: UnclearReason, language?: ContactLanguage): ContactClassification {
  return { intent: 'other-post-order', confidence: 0, unclear: true, unclearReason: reason, signals: [], language };
}

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

/** True when the text carries an Amazon CS forward's opening sentence. */
function isForward(text: string): boolean {
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
function featureScores(text: string): Map<CueFeature, number> {
  const scores = new Map<CueFeature, number>();
  for (const { item: cue, atoms } of prefiltered().cues) {
    if (mayMatch(atoms, text) && cue.re.test(text)) {
      scores.set(cue.feature, Math.min(MAX_PER_FEATURE, (scores.get(cue.feature) ?? 0) + cue.weight));
    }
  }
  return scores;
}

/** Combines feature scores into one score per buyer intent, and the main other topic. */
function intentScores(f: Map<CueFeature, number>, hasQuestionMark: boolean): { scores: Record<BuyerIntent, number>; topic?: OtherTopic } {
  const get = (k: CueFeature) => f.get(k) ?? 0;
  const refund = get('refund');
  const sent = get('return-sent');
  const status = get('refund-status');
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
  // and product questions are the seller's, seed FAQ 1) — kept below UNCLEAR_BELOW so the UI says "check".
  if (product === 0 && other === 0 && refundScore === 0 && asks) product = 2;
  return { scores: { 'refund-status': refundScore, 'other-post-order': other, 'product-question': product }, topic };
}

const TIE_ORDER: readonly BuyerIntent[] = ['refund-status', 'other-post-order', 'product-question'];

function classifyUnsafe(input: ContactInput): ContactClassification {
  const body = typeof input.body === 'string' ? input.body : '';
  const subject = typeof input.subject === 'string' ? input.subject : '';
  const raw = `${subject.slice(0, SUBJECT_SCAN_CHARS)}\n${body.slice(0, BODY_SCAN_CHARS)}`;
  const text = normaliseForCues(raw);
  const mix = scriptMix(text);
  const language = detectLanguage(text, mix);

  if (input.sender === 'amazon-cs') {
    return { intent: 'amazon-cs-request', confidence: 1, unclear: false, signals: ['sender:amazon-cs'], language };
  }
  if (input.sender !== 'buyer' || typeof input.body !== 'string') return unclearResult('invalid-input', language);
  if (mix.letters === 0) return unclearResult('empty');

  if (isForward(text)) {
    return { intent: 'amazon-cs-request', confidence: 0.9, unclear: false, signals: ['amazon-cs-forward'], language };
  }

  const features = featureScores(text);
  const { scores, topic } = intentScores(features, /[?？]/.test(text));
  // Highest score wins; a tie goes to the intent earlier in TIE_ORDER.
  const leader = TIE_ORDER.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  // No evidence at all: "any other topic" (seed FAQ 1) is the default, marked unclear below.
  const best = scores[leader] === 0 ? 'other-post-order' : leader;
  const top = scores[best];
  const second = Math.max(...TIE_ORDER.filter((intent) => intent !== leader).map((intent) => scores[intent]));
  const signals = [...features.keys()];

  let confidence = top === 0 ? 0.2 : Math.min(0.97, top / (top + second + 1.5));
  let unclearReason: UnclearReason | undefined;
  if (top === 0) unclearReason = 'no-signal';
  else if (confidence < UNCLEAR_BELOW) unclearReason = 'conflicting-signals';
  const problem = scriptProblem(mix);
  if (problem) unclearReason = problem;
  if (body.length > MAX_MESSAGE_CHARS) unclearReason = 'too-long';
  // Text we cannot read well (other scripts, a page dump) keeps its best guess but well below the bar.
  if (unclearReason && unclearReason !== 'conflicting-signals') confidence = Math.min(confidence, 0.4);
  confidence = Math.round(confidence * 100) / 100;

  const result: ContactClassification = { intent: best, confidence, unclear: unclearReason !== undefined, signals };
  if (unclearReason) result.unclearReason = unclearReason;
  if (language) result.language = language;
  if (best === 'other-post-order' && topic) result.topic = topic;
  const runnerUp = TIE_ORDER.filter((intent) => intent !== best).reduce((a, b) => (scores[b] > scores[a] ? b : a));
  if (result.unclear && scores[runnerUp] > 0) result.runnerUp = runnerUp;
  return result;
}

/**
 * Classifies a buyer-seller message. sender 'amazon-cs' → 'amazon-cs-request'; a buyer message that is
 * really an Amazon CS forward (its fixed opening sentence, sfp-rules.md §1) → 'amazon-cs-request' too.
 * Never throws; low confidence comes back with `unclear: true` and a reason.
 */
export function classifyContact(input: ContactInput): ContactClassification {
  try {
    if (!input || typeof input !== 'object') return unclearResult('invalid-input');
    return classifyUnsafe(input);
  } catch {
    return unclearResult('invalid-input');
  }
}

/**
 * What the Buyer Messages reader borrows from the decide step (utils/pages/messages.ts ReadMessagesOptions): the
 * classifier and the forward test, handed in by the overlay so that the reader never imports the policy layer.
 */
export const MESSAGE_DECISIONS = { classify: classifyContact, isAmazonCsForward } as const;
