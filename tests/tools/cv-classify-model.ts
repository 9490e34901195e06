/**
 * Cross-validation of classifyContact's calibration and close-call policy (issue 16), on the development
 * corpora only (MODEL_CORPORA: corpus-dev.json, corpus-dev2.json, corpus.json; never corpus-eval.json).
 *
 *   npx jiti tests/tools/cv-classify-model.ts read [fold …]   trains one model per fold (MODEL_CONFIG with
 *       temperature 1 and sellerShift 0) and writes the held-out readings to /tmp/cv-readings-<fold>.json
 *   npx jiti tests/tools/cv-classify-model.ts sweep [fine]    reads them back and writes every setting of a grid
 *       (T, sellerShift, ClosePolicy) with its figures to /tmp/cv-sweep[-fine].json
 *   npx jiti tests/tools/cv-classify-model.ts curve           prints the report's table (CURVE)
 *
 * Five folds grouped by scenario: a message's group is its corpus and the number in its id (dev-en-007,
 * dev-de-007 … are translations of one scenario), and the group's number mod 5 is its fold, so one
 * scenario's translations never sit on both sides. Temperature T and sellerShift s are applied to the
 * held-out probabilities exactly as the page does (logits + s for the seller-owned intents, divided by T),
 * then decideContact (classify.ts) gives the answer under each ClosePolicy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { MODEL_CONFIG, MODEL_CORPORA, buildModel, type LabelledMessage } from '../../utils/policy/classify-model-train';
import { decideContact, readContact, type ClosePolicy, type ContactClassification, type ContactReading } from '../../utils/policy/classify';
import type { BuyerIntent } from '../../utils/policy/classify-evidence';

interface Rec extends LabelledMessage { id: string; lang: string; fold: number }
const FOLDS = 5;
const fixtures = new URL('../fixtures/messages/', import.meta.url);

function load(): Rec[] {
  return MODEL_CORPORA.flatMap((name) => {
    const json = JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as unknown;
    const list = (Array.isArray(json) ? json : (json as { messages: unknown[] }).messages) as Record<string, string>[];
    return list.map((m) => {
      const num = Number(/(\d+)$/.exec(m.id as string)?.[1] ?? 0);
      return {
        id: m.id as string, lang: m.lang as string, sender: m.sender as Rec['sender'], subject: m.subject, body: m.body as string,
        intent: (m.intent ?? m.expected) as string, fold: num % FOLDS,
      };
    });
  });
}

interface Held { id: string; lang: string; intent: string; read: ContactClassification | ContactReading }

function read(folds: number[]): void {
  const all = load();
  for (const k of folds) {
    const t0 = Date.now();
    const table = buildModel(all.filter((m) => m.fold !== k), { ...MODEL_CONFIG, temperature: 1, sellerShift: 0 });
    const held: Held[] = all.filter((m) => m.fold === k).map((m) => ({
      id: m.id, lang: m.lang, intent: m.intent, read: readContact({ sender: m.sender, subject: m.subject, body: m.body }, table),
    }));
    writeFileSync(`/tmp/cv-readings-${k}.json`, JSON.stringify(held));
    console.log(`fold ${k}: ${held.length} held out, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
}

const SELLER: ReadonlySet<string> = new Set(['product-question', 'refund-status', 'amazon-cs-request']);
const ORDER: readonly BuyerIntent[] = ['product-question', 'refund-status', 'other-post-order'];

/** The probabilities at temperature t with seller shift s (the page: (score + s·seller) / T, softmax). */
function calibrated(p: Readonly<Record<BuyerIntent, number>>, t: number, s: number): Record<BuyerIntent, number> {
  const z = ORDER.map((c) => (Math.log(Math.max(p[c], 1e-300)) + (c === 'other-post-order' ? 0 : s)) / t);
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return Object.fromEntries(ORDER.map((c, i) => [c, (e[i] as number) / sum])) as Record<BuyerIntent, number>;
}

export interface Figures {
  n: number; accuracy: number; unclear: number; costlyRaw: number; costly: number; confidentErrors: number;
  flagged: number; flaggedTruth: number; lossPerMsg: number;
}

function figures(held: Held[], t: number, s: number, policy: ClosePolicy): Figures {
  let ok = 0, unclear = 0, costlyRaw = 0, costly = 0, errors = 0, flagged = 0, flaggedTruth = 0, loss = 0, buyers = 0;
  for (const h of held) {
    let r: ContactClassification;
    if ('intent' in h.read) r = h.read;
    else {
      const probabilities = calibrated(h.read.probabilities, t, s);
      r = decideContact({ ...h.read, probabilities }, policy);
      const pt = probabilities[h.intent as BuyerIntent];
      if (pt !== undefined) { loss -= Math.log(Math.max(pt, 1e-12)); buyers++; }
    }
    if (r.intent === h.intent) ok++;
    else {
      errors++;
      if (r.unclear) flagged++;
      if (r.unclear && r.runnerUp === h.intent) flaggedTruth++;
    }
    if (r.unclear) unclear++;
    if (SELLER.has(h.intent) && r.intent === 'other-post-order') {
      costlyRaw++;
      if (!(r.unclear && r.runnerUp && SELLER.has(r.runnerUp))) costly++;
    }
  }
  const pct = (a: number, b = held.length) => Math.round((1000 * a) / b) / 10;
  return {
    n: held.length, accuracy: pct(ok), unclear: pct(unclear), costlyRaw: pct(costlyRaw), costly: pct(costly),
    confidentErrors: pct(errors - flagged), flagged: pct(flagged, errors), flaggedTruth: pct(flaggedTruth, errors),
    lossPerMsg: Math.round((1000 * loss) / buyers) / 1000,
  };
}

const COARSE = {
  T: [0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3], shift: [0, 0.5, 0.75, 1, 1.25, 1.5, 2], U: [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9],
  R: [0.05, 0.1, 0.15], P: [1, 0.3, 0.25, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03],
};
const FINE = {
  T: [1], shift: [0, 0.25, 0.5, 0.75, 1, 1.25], U: [0.6, 0.625, 0.65, 0.675, 0.7, 0.725, 0.75, 0.775, 0.8], R: [0.15],
  P: [1, 0.25, 0.2, 0.175, 0.15, 0.125, 0.1, 0.09, 0.08, 0.07, 0.06, 0.05],
};

function sweep(grid: typeof COARSE, out: string): void {
  const held: Held[] = [];
  for (let k = 0; k < FOLDS; k++) held.push(...(JSON.parse(readFileSync(`/tmp/cv-readings-${k}.json`, 'utf8')) as Held[]));
  const rows: (Figures & { T: number; shift: number; U: number; R: number; P: number })[] = [];
  for (const T of grid.T) for (const shift of grid.shift) {
    for (const U of grid.U) for (const R of grid.R) {
      for (const P of grid.P) {
        rows.push({ T, shift, U, R, P, ...figures(held, T, shift, { unclearBelow: U, runnerUpMin: R, sellerRunnerUpMin: P }) });
      }
    }
  }
  writeFileSync(out, JSON.stringify(rows));
  console.log(`${held.length} held-out messages, ${rows.length} settings → ${out}`);
}

/** The curve of the report (issue 16): a few settings, each with its figures; the last is the chosen one. */
const CURVE: readonly [string, number, number, ClosePolicy][] = [
  ['before (T 1, shift 1.25, U 0.6, R 0.15, no seller rule)', 1, 1.25, { unclearBelow: 0.6, runnerUpMin: 0.15, sellerRunnerUpMin: 1 }],
  ['T 2, shift 1.25, U 0.6', 2, 1.25, { unclearBelow: 0.6, runnerUpMin: 0.15, sellerRunnerUpMin: 1 }],
  ['T 2.5, shift 1.25, U 0.6', 2.5, 1.25, { unclearBelow: 0.6, runnerUpMin: 0.15, sellerRunnerUpMin: 1 }],
  ['T 1, shift 1.25, U 0.8', 1, 1.25, { unclearBelow: 0.8, runnerUpMin: 0.1, sellerRunnerUpMin: 1 }],
  ['T 1, shift 0, U 0.6', 1, 0, { unclearBelow: 0.6, runnerUpMin: 0.15, sellerRunnerUpMin: 1 }],
  ['T 1, shift 0, U 0.75, P 0.09', 1, 0, { unclearBelow: 0.75, runnerUpMin: 0.1, sellerRunnerUpMin: 0.09 }],
  ['T 1, shift 0.5, U 0.8, P 0.15', 1, 0.5, { unclearBelow: 0.8, runnerUpMin: 0.1, sellerRunnerUpMin: 0.15 }],
  ['T 1, shift 1, U 0.8, P 0.15', 1, 1, { unclearBelow: 0.8, runnerUpMin: 0.1, sellerRunnerUpMin: 0.15 }],
  ['T 1, shift 0.75, U 0.6', 1, 0.75, { unclearBelow: 0.6, runnerUpMin: 0.15, sellerRunnerUpMin: 1 }],
  ['T 1, shift 0.75, U 0.7', 1, 0.75, { unclearBelow: 0.7, runnerUpMin: 0.1, sellerRunnerUpMin: 1 }],
  ['T 1, shift 0.75, U 0.8', 1, 0.75, { unclearBelow: 0.8, runnerUpMin: 0.1, sellerRunnerUpMin: 1 }],
  ['T 1, shift 0.75, U 0.75, P 0.1', 1, 0.75, { unclearBelow: 0.75, runnerUpMin: 0.1, sellerRunnerUpMin: 0.1 }],
  ['T 1, shift 0.75, U 0.8, P 0.15 (chosen)', 1, 0.75, { unclearBelow: 0.8, runnerUpMin: 0.1, sellerRunnerUpMin: 0.15 }],
];

function curve(): void {
  const held: Held[] = [];
  for (let k = 0; k < FOLDS; k++) held.push(...(JSON.parse(readFileSync(`/tmp/cv-readings-${k}.json`, 'utf8')) as Held[]));
  console.log('| setting | accuracy | unclear | costly raw | costly (flagged not counted) | confident errors | errors flagged | flagged, runner-up right | log loss |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, t, s, policy] of CURVE) {
    const f = figures(held, t, s, policy);
    console.log(`| ${name} | ${f.accuracy} | ${f.unclear} | ${f.costlyRaw} | ${f.costly} | ${f.confidentErrors} | ${f.flagged} | ${f.flaggedTruth} | ${f.lossPerMsg} |`);
  }
  const [, t, s, policy] = CURVE[CURVE.length - 1] as (typeof CURVE)[number];
  const langs = [...new Set(held.map((h) => h.lang))];
  console.log(`chosen, per language: ${langs.map((l) => `${l} ${figures(held.filter((h) => h.lang === l), t, s, policy).accuracy}`).join(', ')}`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'read') read(args.length ? args.map(Number) : [0, 1, 2, 3, 4]);
else if (cmd === 'sweep') sweep(args[0] === 'fine' ? FINE : COARSE, `/tmp/cv-sweep${args[0] === 'fine' ? '-fine' : ''}.json`);
else if (cmd === 'curve') curve();
else console.log('usage: cv-classify-model.ts read [fold …] | sweep [fine] | curve');
