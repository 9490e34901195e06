/**
 * classifyContact: who a buyer-seller message is for, decided from its text alone.
 * Seed FAQ 1 (shared/seed/sfp-customer-service.md) and shared/domain/sfp-rules.md §1: product and
 * pre-order questions → the seller answers; a refund question about a return → the seller refunds or
 * promises to; any other post-order topic → Amazon CS; a contact from Amazon CS → the seller answers
 * CS and the customer.
 *
 * Method: weighted cue patterns per language (classify-cues-*.ts) give evidence per feature, and a few
 * hand-written rules combine it (classify-evidence.ts); a small model trained at build time from the
 * development corpora (multinomial logistic regression, classify-model.generated.ts) reads that evidence
 * together with the text's word and character n-grams (classify-features.ts) and gives one probability
 * per intent. The top probability is the confidence; a close call (below UNCLEAR_BELOW) names the
 * runner-up. Linear time: only a bounded prefix is scanned (BODY_SCAN_CHARS); every pattern is linear.
 * Never throws: bad input gives an unclear answer with a reason.
 */
import type { OtherTopic } from './classify-cue-types';
import { featureScores, intentScores, isForward, isAmazonCsForward, type BuyerIntent } from './classify-evidence';
import { modelInputs } from './classify-features';
import { readModel } from './classify-model';
import { CLASSIFY_MODEL } from './classify-model.generated';
import {
  BODY_SCAN_CHARS, MAX_MESSAGE_CHARS, SUBJECT_SCAN_CHARS, detectLanguage, normaliseForCues, scriptMix,
  scriptProblem, type ContactLanguage,
} from './classify-text';

export type { ContactLanguage } from './classify-text';
export type { OtherTopic } from './classify-cue-types';
export { BODY_SCAN_CHARS, MAX_MESSAGE_CHARS } from './classify-text';
export { isAmazonCsForward } from './classify-evidence';

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

/** A runner-up below this probability is no second reading worth showing. */
const RUNNER_UP_MIN = 0.15;
/** Highest confidence stated: a model trained on a few hundred messages is never certain. */
const MAX_CONFIDENCE = 0.99;

function unclearResult(reason: UnclearReason, language?: ContactLanguage): ContactClassification {
  return { intent: 'other-post-order', confidence: 0, unclear: true, unclearReason: reason, signals: [], language };
}

const TIE_ORDER: readonly BuyerIntent[] = ['refund-status', 'other-post-order', 'product-question'];

/** The model's leading intent, its confidence (rounded, capped) and the runner-up when the call is close. */
export interface IntentRanking {
  intent: BuyerIntent;
  confidence: number;
  /** The second most probable intent. */
  second: BuyerIntent;
  /** Set when the call is close: the confidence is below UNCLEAR_BELOW and the second has evidence. */
  runnerUp?: BuyerIntent;
}

/**
 * Ranks the buyer intents by probability (equal probabilities keep TIE_ORDER). The top probability is
 * the confidence; below UNCLEAR_BELOW the call is close and names the runner-up (issue 16: the panel
 * shows both readings, each with its rule, instead of one confident answer).
 */
export function rankIntents(probabilities: Readonly<Record<BuyerIntent, number>>): IntentRanking {
  const [intent, second] = [...TIE_ORDER].sort((a, b) => probabilities[b] - probabilities[a]) as [BuyerIntent, BuyerIntent];
  const confidence = Math.round(Math.min(MAX_CONFIDENCE, probabilities[intent]) * 100) / 100;
  const ranking: IntentRanking = { intent, confidence, second };
  if (confidence < UNCLEAR_BELOW) ranking.runnerUp = second;
  return ranking;
}

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
  const hasQuestionMark = /[?？]/.test(text);
  const rules = intentScores(features, hasQuestionMark);
  const { probabilities, known } = readModel(CLASSIFY_MODEL, modelInputs(text, features, rules, hasQuestionMark, CLASSIFY_MODEL.features));
  const reading = rankIntents(probabilities);
  // Nothing the model or the cues know: "any other topic" (seed FAQ 1) is the default, marked unclear below.
  const best = known === 0 ? 'other-post-order' : reading.intent;
  const signals: string[] = [...features.keys()];
  if (known > 0) signals.push('model');

  let confidence = known === 0 ? 0.2 : reading.confidence;
  let unclearReason: UnclearReason | undefined;
  if (known === 0) unclearReason = 'no-signal';
  const problem = scriptProblem(mix);
  if (problem) unclearReason = problem;
  if (body.length > MAX_MESSAGE_CHARS) unclearReason = 'too-long';
  // Text we cannot read well (other scripts, a page dump) keeps its best guess but well below the bar.
  if (unclearReason) confidence = Math.min(confidence, 0.4);
  // A close call: the two top intents are near each other, so the panel shows both.
  if (!unclearReason && reading.runnerUp) unclearReason = 'conflicting-signals';

  const result: ContactClassification = { intent: best, confidence, unclear: unclearReason !== undefined, signals };
  if (unclearReason) result.unclearReason = unclearReason;
  if (language) result.language = language;
  if (best === 'other-post-order' && rules.topic) result.topic = rules.topic;
  // Any unclear answer the model has evidence for names the second reading when it has some weight.
  if (result.unclear && known > 0 && probabilities[reading.second] >= RUNNER_UP_MIN) result.runnerUp = reading.second;
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
