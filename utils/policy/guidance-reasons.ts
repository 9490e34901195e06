/**
 * Reason texts for Guidance: each quotes the seed FAQ (shared/seed/sfp-customer-service.md, Amazon help
 * GUTJZ6MZGMYCW7PW) or states the rule that applies, with its source.
 */

import { SEED_SOURCE, SFP_POLICY_SOURCE } from './sources';

export { SEED_SOURCE, SFP_POLICY_SOURCE };

/** One reason for a piece of guidance, with where it comes from. */
export interface GuidanceReason {
  /** Stable id for tests and the UI. */
  code: string;
  text: string;
  source: string;
}

const FAQ_CONTACT = 'Seed FAQ "What should I do if a customer contacts me on an issue related to a Seller Fulfilled Prime order?"';

/** The reasons the guidance can give, by code. */
export const REASONS = {
  'product-question': {
    code: 'product-question',
    text: `${FAQ_CONTACT}: "If the customer asks a product-related question, answer the question directly to the customer."`,
    source: SEED_SOURCE,
  },
  'refund-return-received': {
    code: 'refund-return-received',
    text: `${FAQ_CONTACT}: "If the question is related to a refund for a return and you have already received the return, process a refund to the customer immediately." Seed FAQ "How much time do I have to refund…": two business days after the return reached your warehouse.`,
    source: SEED_SOURCE,
  },
  'refund-return-pending': {
    code: 'refund-return-pending',
    text: `${FAQ_CONTACT}: "If the return was not automatically refunded at first scan and you have not received the return, inform the customer that you will refund them as soon as you receive the product."`,
    source: SEED_SOURCE,
  },
  'refund-return-state-unknown': {
    code: 'refund-return-state-unknown',
    text: 'Whether the return has arrived is not known here: if it has, refund now (within two business days of receipt); if not, promise the refund on receipt (seed FAQ).',
    source: SEED_SOURCE,
  },
  'already-refunded': {
    code: 'already-refunded',
    text: 'Seed FAQ "How much time do I have to refund…": "Certain returns are automatically refunded on carrier first scan." This return is already refunded: tell the customer so.',
    source: SEED_SOURCE,
  },
  'other-topic': {
    code: 'other-topic',
    text: `${FAQ_CONTACT}: "If the question is on any other topic, such as the return window or how to leave a review, direct the customer to Amazon CS who should be able to resolve the customer issue."`,
    source: SEED_SOURCE,
  },
  'repair': {
    code: 'repair',
    text: 'Seed FAQ "Can I work with the customer to repair the product…": "At this moment, repair functionality is not available in Seller Fulfilled Prime. Accept the return and provide a full refund to the customer."',
    source: SEED_SOURCE,
  },
  'amazon-cs-contact': {
    code: 'amazon-cs-contact',
    text: 'Seed FAQ "What should I do if Amazon CS contacts me…": "Try to solve the customer\'s problem as quickly as possible. You are required to respond to the customer within two business days." Reply to Amazon CS and the customer via buyer-seller messaging with the steps you took.',
    source: SEED_SOURCE,
  },
  'not-sfp': {
    code: 'not-sfp',
    text: 'Standard seller-fulfilled rules apply: the seed\'s routing to Amazon CS covers Seller Fulfilled Prime orders only.',
    source: SFP_POLICY_SOURCE,
  },
  'sfp-unknown': {
    code: 'sfp-unknown',
    text: 'SFP status unknown: the page does not say whether this is a Seller Fulfilled Prime order. The advice below holds only if it is; otherwise standard seller-fulfilled rules apply.',
    source: SFP_POLICY_SOURCE,
  },
  'unclear-intent': {
    code: 'unclear-intent',
    text: 'Unclear — check: the message could not be classified with confidence; read it before following this advice.',
    source: SEED_SOURCE,
  },
} as const satisfies Record<string, GuidanceReason>;

/** A reason code. */
export type ReasonCode = keyof typeof REASONS;
