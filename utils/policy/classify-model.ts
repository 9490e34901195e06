/**
 * classifyContact's trained model in the page: the weight table generated at build time
 * (classify-model.generated.ts, by generate-classify-model.ts from the development corpora) applied to a
 * message's inputs (classify-features.ts). Nothing is parsed up front: the sorted input list is split
 * once (one native call), each input of a message is found by binary search, and its weights are read
 * straight from the weight string (two characters each).
 */
import type { BuyerIntent } from './classify-evidence';
import type { ModelTable } from './classify-model-types';

/** The 64 digits of a weight (base64url order); two digits hold a weight in -2048..2047. */
export const WEIGHT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const WEIGHT_OFFSET = 2048;

/** The two characters of a weight (an integer in -2048..2047; build time). */
export function encodeWeight(w: number): string {
  if (!Number.isInteger(w) || w < -WEIGHT_OFFSET || w >= WEIGHT_OFFSET) throw new RangeError(`weight ${w} does not fit in two digits`);
  const u = w + WEIGHT_OFFSET;
  return `${WEIGHT_DIGITS[u >> 6]}${WEIGHT_DIGITS[u & 63]}`;
}

let digitValues: Int8Array | undefined;
/** The weight whose two characters start at position i of s. */
export function decodeWeight(s: string, i: number): number {
  if (!digitValues) {
    digitValues = new Int8Array(128);
    for (let d = 0; d < 64; d++) digitValues[WEIGHT_DIGITS.charCodeAt(d)] = d;
  }
  return (digitValues[s.charCodeAt(i)] as number) * 64 + (digitValues[s.charCodeAt(i + 1)] as number) - WEIGHT_OFFSET;
}

/**
 * Probabilities per buyer intent, and how many of the message's inputs the model knows — not counting
 * character n-grams inside words ('c:'), which only back up words: a text of unknown words is no signal.
 */
export interface ModelReading { probabilities: Record<BuyerIntent, number>; known: number }

const split = new WeakMap<ModelTable, readonly string[]>();

/** Position of key in the sorted list, or -1. */
function find(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = sorted[mid] as string;
    if (k === key) return mid;
    if (k < key) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** The model's reading of one message's inputs. */
export function readModel(table: ModelTable, inputs: ReadonlyMap<string, number>): ModelReading {
  let sorted = split.get(table);
  if (!sorted) split.set(table, (sorted = table.inputs ? table.inputs.split('|') : []));
  const ref = table.classes.length - 1;
  const scores = table.bias.map(Number);
  let known = 0;
  for (const [input, value] of inputs) {
    const at = find(sorted, input);
    if (at < 0) continue;
    if (!input.startsWith('c:')) known++;
    for (let c = 0; c < ref; c++) scores[c] = (scores[c] as number) + value * decodeWeight(table.weights, 2 * (at * ref + c));
  }
  const scale = table.quantum * table.temperature;
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp((s - max) / scale));
  const sum = exp.reduce((a, b) => a + b, 0);
  const probabilities = {} as Record<BuyerIntent, number>;
  table.classes.forEach((c, i) => { probabilities[c] = (exp[i] as number) / sum; });
  return { probabilities, known };
}
