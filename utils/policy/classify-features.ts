/**
 * The inputs of classifyContact's trained model (classify-model.ts), from a normalised text
 * (normaliseForCues): word unigrams and bigrams of Latin-script text, character bigrams and trigrams of
 * Japanese runs, and the cue system's evidence (classify-evidence.ts). The trainer
 * (classify-model-train.ts) and the page compute them with this one function, so the weights the build
 * learns are the weights the page applies. Linear in the text: one pass, a bounded number of n-grams
 * per character.
 */
import type { CueFeature } from './classify-cue-types';
import { featureScores, intentScores, type RuleScores } from './classify-evidence';

/** Which n-grams become model inputs (kept in the generated table so trainer and page agree). */
export interface FeatureOptions {
  /** Word bigrams of Latin-script text, besides the words. */
  bigrams: boolean;
  /** Character n-grams (lengths) inside each Latin word, with ^ and $ marking its ends; [] for none. */
  wordChars: readonly number[];
  /** Character n-gram lengths of Japanese runs (kana and ideographs). */
  jaChars: readonly number[];
}

const isJapanese = (c: number) =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xff66 && c <= 0xff9f);
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0xdf || (c >= 0xe0 && c <= 0x24f);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The text's n-gram inputs, each once (presence, not count): 'w:' words, 'b:' word bigrams, 'c:' word
 * character n-grams, 'j:' Japanese character n-grams. Digits read as '0' ("2019" and "2020" are one
 * word); words are runs of Latin letters and digits, anything else separates them.
 */
export function textFeatures(text: string, opts: FeatureOptions, out: Set<string> = new Set()): Set<string> {
  let word = '';
  let prev = '';
  let ja = '';
  const endWord = () => {
    if (!word) return;
    out.add(`w:${word}`);
    if (opts.bigrams && prev) out.add(`b:${prev} ${word}`);
    if (opts.wordChars.length) {
      const marked = `^${word}$`;
      for (const n of opts.wordChars) for (let i = 0; i + n <= marked.length; i++) out.add(`c:${marked.slice(i, i + n)}`);
    }
    prev = word;
    word = '';
  };
  const endJa = () => {
    if (!ja) return;
    for (const n of opts.jaChars) for (let i = 0; i + n <= ja.length; i++) out.add(`j:${ja.slice(i, i + n)}`);
    ja = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) || isDigit(c)) {
      endJa();
      // A run of digits reads as one '0'.
      if (!isDigit(c)) word += text[i];
      else if (!isDigit(text.charCodeAt(i - 1))) word += '0';
    } else if (isJapanese(c)) {
      endWord();
      prev = '';
      ja += text[i];
    } else {
      endWord();
      endJa();
      // A sentence end breaks the bigram chain; a space or comma does not.
      if (c !== 0x20 && c !== 0x2c && c !== 0x27 && c !== 0x2d) prev = '';
    }
  }
  endWord();
  endJa();
  return out;
}

/** Numeric model inputs from the cue evidence: 'f:' per cue feature, 'r:' per rule intent score, 'q:?' a question mark. */
export function cueInputs(features: ReadonlyMap<CueFeature, number>, rules: RuleScores, hasQuestionMark: boolean): Map<string, number> {
  const out = new Map<string, number>();
  // Cue scores are 1..6: scaled to about the size of one n-gram's input.
  for (const [feature, score] of features) out.set(`f:${feature}`, score / 3);
  for (const [intent, score] of Object.entries(rules.scores)) if (score > 0) out.set(`r:${intent}`, Math.min(score, 9) / 3);
  if (hasQuestionMark) out.set('q:?', 1);
  return out;
}

/** Every model input of a normalised text: its n-grams (value 1) and its cue evidence. */
export function modelInputs(
  text: string, features: ReadonlyMap<CueFeature, number>, rules: RuleScores, hasQuestionMark: boolean, opts: FeatureOptions,
): Map<string, number> {
  const out = cueInputs(features, rules, hasQuestionMark);
  for (const gram of textFeatures(text, opts)) out.set(gram, 1);
  return out;
}

/** A buyer text's cue evidence and its model inputs, computed once for the page (classify.ts) and the trainer alike. */
export interface BuyerEvidence { features: Map<CueFeature, number>; rules: RuleScores; inputs: Map<string, number> }

/** The cue evidence and model inputs of a normalised buyer text (scanText). */
export function buyerEvidence(text: string, opts: FeatureOptions): BuyerEvidence {
  const features = featureScores(text);
  const hasQuestionMark = /[?？]/.test(text);
  const rules = intentScores(features, hasQuestionMark);
  return { features, rules, inputs: modelInputs(text, features, rules, hasQuestionMark, opts) };
}
