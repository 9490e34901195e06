/**
 * Build-time trainer of classifyContact's model: multinomial logistic regression (softmax, L2) over the
 * inputs of classify-features.ts, fitted by full-batch gradient descent with Adam steps — fixed order,
 * no randomness, so the same corpora always give the same table. Runs in node (generate-classify-model.ts
 * and the drift test), never in the page.
 */
import { isForward, type BuyerIntent } from './classify-evidence';
import { buyerEvidence, type FeatureOptions } from './classify-features';
import { encodeWeight } from './classify-model';
import type { ModelTable } from './classify-model-types';
import { scanText } from './classify-text';

export type { ModelTable } from './classify-model-types';

/** One training example: sparse inputs (index, value) and its class index. */
export interface Example { x: readonly (readonly [number, number])[]; y: number }

export interface TrainOptions {
  /** L2 penalty per weight (the bias is not penalised), times the number of examples. */
  l2: number;
  epochs: number;
  /** Adam step size. */
  rate: number;
}

/** weights[f * classes + k]: input f's weight for class k; bias[k]. */
export interface LinearModel { classes: number; weights: Float64Array; bias: Float64Array }

/** Softmax of scores, in place; returns the array. */
export function softmax(scores: Float64Array | number[]): Float64Array | number[] {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let k = 0; k < scores.length; k++) { scores[k] = Math.exp((scores[k] as number) - max); sum += scores[k] as number; }
  for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) / sum;
  return scores;
}

/** Raw class scores of one example. */
export function scoresOf(model: LinearModel, x: Example['x']): Float64Array {
  const { classes, weights, bias } = model;
  const s = Float64Array.from(bias);
  for (const [f, v] of x) for (let k = 0; k < classes; k++) s[k] = (s[k] as number) + v * (weights[f * classes + k] as number);
  return s;
}

/** Fits the model: minimises mean cross-entropy + l2/2 · |w|² by full-batch Adam. */
export function trainSoftmax(examples: readonly Example[], inputs: number, classes: number, opts: TrainOptions): LinearModel {
  const n = examples.length;
  const size = inputs * classes;
  const weights = new Float64Array(size);
  const bias = new Float64Array(classes);
  const model: LinearModel = { classes, weights, bias };
  const m = new Float64Array(size + classes);
  const v = new Float64Array(size + classes);
  const grad = new Float64Array(size + classes);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    grad.fill(0);
    for (const ex of examples) {
      const p = softmax(scoresOf(model, ex.x)) as Float64Array;
      p[ex.y] = (p[ex.y] as number) - 1;
      for (const [f, val] of ex.x) for (let k = 0; k < classes; k++) grad[f * classes + k] = (grad[f * classes + k] as number) + (val * (p[k] as number)) / n;
      for (let k = 0; k < classes; k++) grad[size + k] = (grad[size + k] as number) + (p[k] as number) / n;
    }
    for (let i = 0; i < size; i++) grad[i] = (grad[i] as number) + opts.l2 * (weights[i] as number);
    const c1 = 1 - b1 ** epoch, c2 = 1 - b2 ** epoch;
    for (let i = 0; i < size + classes; i++) {
      const g = grad[i] as number;
      m[i] = b1 * (m[i] as number) + (1 - b1) * g;
      v[i] = b2 * (v[i] as number) + (1 - b2) * g * g;
      const step = (opts.rate * ((m[i] as number) / c1)) / (Math.sqrt((v[i] as number) / c2) + eps);
      if (i < size) weights[i] = (weights[i] as number) - step; else bias[i - size] = (bias[i - size] as number) - step;
    }
  }
  return model;
}

/** A labelled message as the corpora store it (tests/fixtures/messages/corpus-dev*.json). */
export interface LabelledMessage { sender: 'buyer' | 'amazon-cs'; subject?: string; body: string; intent: string }

/** What the generator decides (chosen by cross-validation on the development corpora, see the generator). */
export interface BuildConfig extends TrainOptions {
  features: FeatureOptions;
  /** An n-gram seen in fewer training messages than this is no input. */
  minCount: number;
  /** At most this many n-gram inputs are kept (largest weights), then the model is fitted again on them. */
  maxGrams: number;
  /** Scores are divided by this before the softmax (calibration). */
  temperature: number;
  /** Weights are rounded to multiples of 1 / quantum. */
  quantum: number;
  /**
   * Added to the bias of each seller-owned intent (all but the reference, other-post-order): routing a
   * message to Amazon CS must win by this much more (issue 16: costly errors first).
   */
  sellerShift: number;
}

/** The classes in table order: the last is the reference whose weights are all 0. */
export const MODEL_CLASSES: readonly BuyerIntent[] = ['product-question', 'refund-status', 'other-post-order'];

/** The inputs of one message, exactly as classify.ts computes them in the page; null for Amazon CS contacts. */
export function messageInputs(m: LabelledMessage, opts: FeatureOptions): Map<string, number> | null {
  if (m.sender !== 'buyer') return null;
  const text = scanText(m.subject ?? '', m.body);
  return isForward(text) ? null : buyerEvidence(text, opts).inputs;
}

const isGram = (input: string) => /^[wbcj]:/.test(input);

function examplesOf(rows: readonly { inputs: Map<string, number>; y: number }[], vocab: ReadonlyMap<string, number>): Example[] {
  return rows.map(({ inputs, y }) => ({
    x: [...inputs].filter(([k]) => vocab.has(k)).map(([k, v]) => [vocab.get(k) as number, v] as const),
    y,
  }));
}

/** Trains on the messages (buyer messages of the three buyer intents; the rest are skipped) and returns the table. */
export function buildModel(messages: readonly LabelledMessage[], config: BuildConfig): ModelTable {
  const rows: { inputs: Map<string, number>; y: number }[] = [];
  for (const m of messages) {
    const y = MODEL_CLASSES.indexOf(m.intent as BuyerIntent);
    const inputs = messageInputs(m, config.features);
    if (y >= 0 && inputs) rows.push({ inputs, y });
  }
  const counts = new Map<string, number>();
  for (const { inputs } of rows) for (const k of inputs.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Sorted so that the result does not depend on the order inputs were first seen in.
  const keys = [...counts].filter(([k, c]) => !isGram(k) || c >= config.minCount).map(([k]) => k).sort();
  const classes = MODEL_CLASSES.length;
  let vocab = new Map(keys.map((k, i) => [k, i]));
  let model = trainSoftmax(examplesOf(rows, vocab), vocab.size, classes, config);
  // Keep the n-grams whose weights move the scores most (spread between classes), then refit on them.
  const spread = (i: number) => {
    const w = [...model.weights.subarray(i * classes, (i + 1) * classes)];
    return Math.max(...w) - Math.min(...w);
  };
  const grams = keys.filter(isGram).map((k) => [k, spread(vocab.get(k) as number)] as const);
  // A stable sort: equal spreads keep the keys' order.
  grams.sort((a, b) => b[1] - a[1]);
  const kept = new Set(grams.slice(0, config.maxGrams).map(([k]) => k));
  const pruned = keys.filter((k) => !isGram(k) || kept.has(k));
  vocab = new Map(pruned.map((k, i) => [k, i]));
  model = trainSoftmax(examplesOf(rows, vocab), vocab.size, classes, config);

  const q = (w: number) => Math.round(w * config.quantum);
  const ref = classes - 1;
  const inputs: string[] = [];
  let weights = '';
  // vocab is in sorted key order: the page finds inputs by binary search.
  for (const [k, i] of vocab) {
    const w = model.weights.subarray(i * classes, (i + 1) * classes);
    const rel = MODEL_CLASSES.slice(0, ref).map((_, c) => q((w[c] as number) - (w[ref] as number)));
    // An input whose weights round to nothing is left out of the table.
    if (rel.every((r) => r === 0)) continue;
    inputs.push(k);
    weights += rel.map(encodeWeight).join('');
  }
  const bias = [...model.bias].map((b, c) => q(b - (model.bias[ref] as number) + (c === ref ? 0 : config.sellerShift)));
  return {
    classes: MODEL_CLASSES, features: config.features, temperature: config.temperature, quantum: config.quantum, bias,
    inputs: inputs.join('|'), weights,
  };
}

/** The TypeScript source of classify-model.generated.ts. */
export function renderModel(table: ModelTable, provenance: string): string {
  const count = table.inputs ? table.inputs.split('|').length : 0;
  return `// GENERATED by utils/policy/generate-classify-model.ts (npm run gen:classifier) — do not edit.
// ${provenance}
// ${count} inputs. The drift test (tests/unit/policy/classify-model.test.ts) fails when this file is not what
// the generator makes of the committed corpora.
import type { ModelTable } from './classify-model-types';

export const CLASSIFY_MODEL: ModelTable = {
  classes: ${JSON.stringify(table.classes)},
  features: ${JSON.stringify(table.features)},
  temperature: ${table.temperature},
  quantum: ${table.quantum},
  bias: ${JSON.stringify(table.bias)},
  inputs:
    ${JSON.stringify(table.inputs)},
  weights:
    ${JSON.stringify(table.weights)},
};
`;
}

/**
 * The committed model's recipe. Chosen by 5-fold cross-validation on the development corpora only
 * (corpus-dev.json + corpus-dev2.json, folds grouped by scenario number so that one scenario's
 * translations never sit on both sides; corpus.json always in training); the frozen evaluation corpus
 * plays no part. Figures (1,324 messages, Amazon CS senders included):
 *   cue rules alone (before issue 16)              85.7 % on corpus-dev2.json (never tuned on), unclear 41.5 %
 *   cue evidence alone as model inputs              90.2 %
 *   + word 1–2-grams, word char 3–4-grams, ja 2–3   93.5 %, costly 3.4 %, unclear 4.7 %
 *   + sellerShift 1 (fewest errors + costly)       92.4 %, costly 2.0 %, unclear 4.2 %
 *   + cues: refund-short (less refunded than expected, a refund question), more damage words, "can I
 *     return …" questions in all six languages (written from development misses, so these two lines
 *     are optimistic)                               94.0 %, costly 3.2 %, unclear 4.3 % (no shift)
 *   + sellerShift 1.25 (fewest errors + costly)    93.4 %, costly 1.2 %, unclear 3.9 %
 *   + cues: late or missing ("dov'è il mio ordine", 荷物どこ, tracking stuck), wrong item ("ordered X,
 *     got Y"), "the listing says … it doesn't", how long to return, exchange for another size, delivery
 *     date, and two model-only features, thanks and invoice (also from development misses)
 *                                                   94.9 %, costly 2.8 %, unclear 3.8 % (no shift)
 *   + sellerShift 1.25 (0.75, 1 and 1.25 tied on errors + costly; the fewest costly wins)
 *                                                   94.6 %, costly 1.1 %, unclear 4.2 %
 *     (en 93.4, de 94.7, fr 96.0, es 94.3, it 93.3, ja 95.7)
 * Tried and left out: the thanks and invoice features in the rules' other score, more leak and
 * "came off" words (errors + costly 6.5 → 6.6 %).
 * l2 3e-4 … 3e-3, 2,000 … 4,000 n-grams, min count 1 … 2, char 2–5-grams, ja 1–3-grams, cue pairs and
 * cue scaling all moved accuracy by less than ±0.8 points (noise at this size); temperature 1 had the
 * lowest held-out log loss (0.5 … 2 tried).
 * Calibration and close calls (tests/tools/cv-classify-model.ts; folds now over all three corpora, grouped
 * by corpus and scenario number; 1,585 messages): temperature 1 still has the lowest held-out log loss
 * (0.75 … 3 tried), so the confidence is left as it is and the close-call bar moves instead
 * (classify.ts UNCLEAR_BELOW 0.8, runner-up floor 0.1, and Amazon CS on top with a seller-owned reading
 * ≥ 0.15 is a close call naming it). sellerShift 0 … 2 with that policy: 0.75 has the best accuracy
 * (95.7 %; 95.2 at 0, 95.6 at 1, 94.9 at 1.25) and halves the seller-owned contacts routed to Amazon CS
 * against no shift (1.4 % against 2.8 %); 0.4 % of them are routed there without a close call. Errors
 * flagged as close calls 64.7 % (34.6 % before), confident errors 1.5 % of all messages (3.3 %), unclear 11.2 %.
 */
export const MODEL_CONFIG: BuildConfig = {
  features: { bigrams: true, wordChars: [3, 4], jaChars: [2, 3] },
  l2: 1e-3,
  epochs: 300,
  rate: 0.05,
  minCount: 2,
  maxGrams: 4000,
  temperature: 1,
  quantum: 32,
  sellerShift: 0.75,
};

/** The corpora the committed model is trained on (tests/fixtures/messages/), in this order. */
export const MODEL_CORPORA: readonly string[] = ['corpus-dev.json', 'corpus-dev2.json', 'corpus.json'];

/** The labelled messages of one corpus file's parsed JSON: an array of records, or the older { messages } with 'expected'. */
export function corpusMessages(json: unknown): LabelledMessage[] {
  const list = Array.isArray(json) ? json : (json as { messages: unknown[] }).messages;
  return (list as Record<string, unknown>[]).map((m) => ({
    sender: m.sender as LabelledMessage['sender'],
    subject: m.subject as string | undefined,
    body: m.body as string,
    intent: (m.intent ?? m.expected) as string,
  }));
}
