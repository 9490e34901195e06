/** The shape of classifyContact's generated weight table (classify-model.generated.ts). */
import type { BuyerIntent } from './classify-evidence';
import type { FeatureOptions } from './classify-features';

export interface ModelTable {
  /** Class order of bias and weights; the last class is the reference, whose weights are all 0. */
  classes: readonly BuyerIntent[];
  /** Which n-grams are inputs (classify-features.ts). */
  features: FeatureOptions;
  /** Scores are divided by this before the softmax (calibrated by cross-validation at build time). */
  temperature: number;
  /** Weights and bias are integers: multiples of 1 / quantum. */
  quantum: number;
  /** Bias per class, in quanta. */
  bias: readonly number[];
  /** The inputs the model knows, sorted (JavaScript string order) and joined by '|'. */
  inputs: string;
  /**
   * Per input, in the order of `inputs`, its weight for each class but the last, in quanta relative to the
   * last class: two characters of WEIGHT_DIGITS each (classify-model.ts), so the page parses nothing.
   */
  weights: string;
}
