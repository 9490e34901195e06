/**
 * Reason texts for Guidance: each quotes the seed FAQ (shared/seed/sfp-customer-service.md, Amazon help
 * GUTJZ6MZGMYCW7PW) or states the rule that applies, with its source.
 */

import { SEED_SOURCE, SFP_POLICY_SOURCE } from './sources';
import { EN_GUIDANCE as EN } from '../i18n/english-guidance';
import type { MessageKey, Translator } from '../i18n/translate';

export { SEED_SOURCE, SFP_POLICY_SOURCE };

/** One reason for a piece of guidance, with where it comes from. */
export interface GuidanceReason {
  /** Stable id for tests and the UI. */
  code: string;
  text: string;
  source: string;
}

const REASON_CODES = [
  'product-question', 'refund-return-received', 'refund-return-pending', 'refund-return-state-unknown', 'already-refunded', 'other-topic', 'repair', 'amazon-cs-contact', 'not-sfp', 'sfp-unknown', 'unclear-intent',
] as const;

const REASON_SOURCES: Partial<Record<(typeof REASON_CODES)[number], string>> = { 'not-sfp': SFP_POLICY_SOURCE, 'sfp-unknown': SFP_POLICY_SOURCE };

/** Table key of a reason's text (guidance.reason.<camelCase code>). */
export function reasonKey(code: string): MessageKey {
  return `guidance.reason.${code.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())}` as MessageKey;
}

/** A reason with its text in the translator's language. */
export function reasonFor(code: ReasonCode, t: Translator = EN): GuidanceReason {
  return { code, text: t(reasonKey(code)), source: REASON_SOURCES[code] ?? SEED_SOURCE };
}

/** The reasons the guidance can give, by code (English texts). */
export const REASONS = Object.fromEntries(REASON_CODES.map((c) => [c, reasonFor(c)])) as Record<(typeof REASON_CODES)[number], GuidanceReason>;

/** A reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];
