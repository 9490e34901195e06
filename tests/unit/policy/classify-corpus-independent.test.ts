// The independent corpus (issue 16): messages written by another writer who never saw the classifier,
// split into a development part (tuning allowed) and a frozen evaluation part (committed unchanged before
// any measurement; never tuned against). Prints the confusion matrix, per-language accuracy, the costly-error
// rate (a seller-owned contact routed to Amazon CS, and the same counting a close call that names a
// seller-owned runner-up as not costly: the panel then shows the seller's rule too), the unclear rate and the
// confident errors (wrong and not unclear: what "never a confident wrong answer" counts); asserts the
// figures actually reached.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { classifyContact, type ContactIntent } from '@/utils/policy/classify';

const LANGS = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const;
const INTENTS = ['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'] as const;
const SELLER_OWNED: ReadonlySet<ContactIntent> = new Set(['product-question', 'refund-status', 'amazon-cs-request']);

const RecordSchema = v.object({
  id: v.string(),
  lang: v.picklist(LANGS),
  sender: v.picklist(['buyer', 'amazon-cs']),
  subject: v.optional(v.string()),
  body: v.string(),
  intent: v.picklist(INTENTS),
  note: v.optional(v.string()),
});
type Rec = v.InferOutput<typeof RecordSchema>;

function load(name: string): Rec[] {
  return v.parse(v.array(RecordSchema), JSON.parse(readFileSync(new URL(`../../fixtures/messages/${name}`, import.meta.url), 'utf8')));
}

export interface CorpusFigures {
  n: number; accuracy: number; unclear: number; costly: number;
  /** Costly, counting a flagged close call with a seller-owned runner-up as not costly. */
  costlyUnflagged: number;
  /** Wrong and not unclear. */
  confidentErrors: number;
  byLang: Record<string, number>; matrix: Record<string, Record<string, number>>; misses: string[];
}

function measure(recs: Rec[]): CorpusFigures {
  const matrix: Record<string, Record<string, number>> = {};
  for (const a of INTENTS) matrix[a] = Object.fromEntries(INTENTS.map((b) => [b, 0]));
  const lang: Record<string, [number, number]> = {};
  let ok = 0; let unclear = 0; let costly = 0; let costlyUnflagged = 0; let confident = 0;
  const misses: string[] = [];
  for (const m of recs) {
    const r = classifyContact({ sender: m.sender, subject: m.subject, body: m.body });
    (matrix[m.intent] as Record<string, number>)[r.intent]! += 1;
    const l = (lang[m.lang] ??= [0, 0]);
    l[1]++;
    if (r.intent === m.intent) { ok++; l[0]++; } else {
      misses.push(`${m.id}: ${m.intent} → ${r.intent} (${r.confidence}${r.unclear ? `, unclear, runner-up ${r.runnerUp ?? 'none'}` : ''})`);
      if (!r.unclear) confident++;
    }
    if (r.unclear) unclear++;
    if (SELLER_OWNED.has(m.intent) && r.intent === 'other-post-order') {
      costly++;
      if (!(r.unclear && r.runnerUp && SELLER_OWNED.has(r.runnerUp))) costlyUnflagged++;
    }
  }
  const pct = (a: number, b: number) => Math.round((1000 * a) / b) / 10;
  return {
    n: recs.length, accuracy: pct(ok, recs.length), unclear: pct(unclear, recs.length), costly: pct(costly, recs.length),
    costlyUnflagged: pct(costlyUnflagged, recs.length), confidentErrors: pct(confident, recs.length),
    byLang: Object.fromEntries(Object.entries(lang).map(([k, [a, b]]) => [k, pct(a, b)])), matrix, misses,
  };
}

function print(title: string, f: CorpusFigures): void {
  console.log(`\n${title} (n=${f.n}): accuracy ${f.accuracy} %, unclear ${f.unclear} %, seller-owned routed to Amazon CS ${f.costly} %`);
  console.log(`  costly, counting flagged close calls with a seller-owned runner-up as not costly: ${f.costlyUnflagged} %`);
  console.log(`  confident errors (wrong and not unclear): ${f.confidentErrors} %`);
  console.log('confusion matrix (rows: label, columns: classifyContact):');
  console.table(f.matrix);
  console.table(f.byLang);
  if (f.misses.length) console.log(`misses:\n  ${f.misses.join('\n  ')}`);
}

/** The figures a frozen part reached: accuracy and per-language floors, ceilings for the error rates. */
interface Floors { accuracy: number; perLanguage: number; costlyMax: number; unclearMax: number; costlyUnflaggedMax: number; confidentErrorsMax: number }
function expectFloors(f: CorpusFigures, floor: Floors): void {
  expect(f.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
  for (const lang of LANGS) expect(f.byLang[lang], lang).toBeGreaterThanOrEqual(floor.perLanguage);
  expect(f.costly).toBeLessThanOrEqual(floor.costlyMax);
  expect(f.unclear).toBeLessThanOrEqual(floor.unclearMax);
  expect(f.costlyUnflagged).toBeLessThanOrEqual(floor.costlyUnflaggedMax);
  expect(f.confidentErrors).toBeLessThanOrEqual(floor.confidentErrorsMax);
}

const dev = load('corpus-dev.json');
// A second development part (same writers' brief, written later): training data of the model, like dev.
const dev2 = load('corpus-dev2.json');
const evaluation = load('corpus-eval.json');
// A second frozen evaluation part (360 messages, another writer, who saw neither the classifier nor the first
// evaluation part), committed before it was measured; measured for two models only: before and after the
// close-call calibration (both chosen on the development corpora only).
const evaluation2 = load('corpus-eval2.json');

describe('independent corpus (issue 16)', () => {
  it('is big enough, covers every language and intent, and its parts do not overlap', () => {
    expect(dev.length + evaluation.length).toBeGreaterThanOrEqual(600);
    expect(evaluation.length).toBeGreaterThanOrEqual(330);
    const ids = new Set([...dev, ...dev2, ...evaluation].map((m) => m.id));
    expect(ids.size).toBe(dev.length + dev2.length + evaluation.length);
    // No evaluation message is in a development part (compared trimmed, in lower case).
    const key = (m: Rec) => m.body.trim().toLowerCase();
    const bodies = new Set([...dev, ...dev2].map(key));
    expect(evaluation.filter((m) => bodies.has(key(m)))).toEqual([]);
    for (const part of [dev, dev2, evaluation]) {
      for (const lang of LANGS) for (const intent of INTENTS) {
        expect(part.some((m) => m.lang === lang && m.intent === intent), `${lang} ${intent}`).toBe(true);
      }
    }
  });

  it('development part: figures printed (tuning allowed here)', () => {
    const f = measure(dev);
    // The model is trained on this part (and on corpus-dev2.json): an in-sample figure. The cross-validated
    // figures are in utils/policy/classify-model-train.ts (MODEL_CONFIG).
    print('independent corpus, development part (training data: in-sample)', f);
    expect(f.accuracy).toBeGreaterThanOrEqual(90.5);
    expect(f.costly).toBeLessThanOrEqual(1);
    expect(f.costlyUnflagged).toBeLessThanOrEqual(1);
    expect(f.confidentErrors).toBeLessThanOrEqual(1);
  });

  // The frozen evaluation part: thresholds are the figures honestly reached, not the issue's targets
  // (≥ 97 % overall, ≥ 90 % per language, costly ≤ 1 %, unclear ≤ 15 %); see the report of issue 16.
  it('frozen evaluation part: confusion matrix, per-language accuracy, costly errors and unclear rate', () => {
    const f = measure(evaluation);
    print('independent corpus, FROZEN EVALUATION part', f);
    expectFloors(f, EVAL_FLOOR);
  });

  it('second frozen evaluation part: the same figures on text written after the model was chosen', () => {
    const key = (m: Rec) => m.body.trim().toLowerCase();
    const seen = new Set([...dev, ...dev2, ...evaluation].map(key));
    expect(evaluation2.filter((m) => seen.has(key(m)))).toEqual([]);
    expect(new Set(evaluation2.map((m) => m.id)).size).toBe(evaluation2.length);
    const f = measure(evaluation2);
    print('independent corpus, SECOND FROZEN EVALUATION part', f);
    expectFloors(f, EVAL2_FLOOR);
  });
});

// Reached on the frozen part (before issue 16: 88.2 %, per language ≥ 83.3 %, costly 4.7 %, unclear 38.1 %;
// cue rules alone: 88.5 %, ≥ 83.6 %, 4.5 %, 37.5 %). With the trained model (the recipe chosen by
// cross-validation on the development corpora, never by this part): 92.4 %, en 93.8, de 95, fr 93.3, es 93.3,
// it 88.3, ja 90.2, costly 2.6 %, unclear 3.7 %. Earlier models of this branch read 93.4 % (no new cues) and
// 92.7 % (refund-short cues) here; the cue rounds after them raised the cross-validated figure but not this one.
// Close calls chosen by cross-validation on the development corpora (tests/tools/cv-classify-model.ts:
// unclear below 0.8, runner-up floor 0.1, Amazon CS with a seller-owned reading ≥ 0.15 is a close call,
// sellerShift 0.75), measured here once after that choice was final: 93.2 %, en 92.5, de 95, fr 95, es 95,
// it 90, ja 91.8, costly 3.1 % (1.8 % counting a close call with a seller-owned runner-up as not costly),
// unclear 12.1 %, confident errors 2.9 %.
const EVAL_FLOOR = { accuracy: 93.2, perLanguage: 90, costlyMax: 3.1, unclearMax: 12.1, costlyUnflaggedMax: 1.8, confidentErrorsMax: 2.9 };
// Second frozen part, first measured with the model before the close-call calibration: 95.0 %, per language ≥ 91.7,
// costly 0.8 %, unclear 2.2 %; with the shipped calibration: 96.1 %, en 96.7, de 95, fr 96.7, es 96.7, it 95,
// ja 96.7, costly 1.1 % (0.6 % not flagged as a close call), unclear 9.4 %, confident errors 1.4 %.
const EVAL2_FLOOR = { accuracy: 96.1, perLanguage: 95, costlyMax: 1.1, unclearMax: 9.4, costlyUnflaggedMax: 0.6, confidentErrorsMax: 1.4 };
