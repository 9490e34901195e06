/**
 * View models of the list-page guidance (messages inbox/thread, returns, SAFE-T, order list).
 * Pure data: built by the *-model.ts functions from an Observation, the policy engine and `now`,
 * rendered by the components beside each row. Instants are Date objects in memory.
 */

/** Clocks a chip or list panel can show (the overlay's shared ClockId). */
export type ListClockId = ClockId;

import type { RuleRef } from '../rule-source';
import type { ClockId } from '../deadline-time';

export type { RuleRef };

/** Visual urgency of a chip: ok (nothing to do), info, due soon, overdue, or unclear (check by hand). */
export type ChipTone = 'ok' | 'info' | 'soon' | 'overdue' | 'unclear';

/** A deadline shown in a chip as `<time data-sfp-deadline="<clock>" datetime="<ISO>">`. */
export interface ChipDeadline {
  clock: ListClockId;
  dueAt: Date;
  /** IANA zone the absolute date is shown in (the marketplace's business calendar zone). */
  timeZone: string;
  /** Words before the countdown, e.g. "automated refund" in "… · automated refund in 1 d". */
  lead?: string;
}

/** One chip beside one row of a Seller Central list. */
export interface ChipModel {
  /** Stable React key and shadow-host key: unique per row (order id, return id or claim id). */
  key: string;
  /** Order id of the row ('' when the row shows none, e.g. a SAFE-T claim without its order). */
  orderId: string;
  /** Text that identifies the row on the page (its order id, else a claim or thread id): the chip sits beside it. */
  anchor: string;
  tone: ChipTone;
  /** Main text, read before the countdown: "Refund due" + " in 1 d 4 h". */
  label: string;
  deadline?: ChipDeadline;
  rule?: RuleRef;
  /** Longer explanation for the chip's tooltip / expanded view. */
  detail?: string;
}

/** A deadline in a panel, with the sentence that explains it (from the policy engine). */
export interface PanelDeadline extends ChipDeadline {
  /** What is due, e.g. "Reply to the buyer". */
  title: string;
  rule: RuleRef;
  explanation: string;
}

/** Who sent the message the seller is looking at. */
export type ThreadSender = 'buyer' | 'amazon-cs';

/** The open message thread, as the messages panel shows it. No message text is kept. */
/** Where the messages panel learnt whether the thread's order is SFP: the queue (an order page seen earlier) or the order's JSON. */
export type SfpSource = 'queue' | 'order-json';

export interface ThreadView {
  orderId?: string;
  /** Sender of the latest message not written by the seller; null when the thread shows none. */
  sender: ThreadSender | null;
  intent: 'product-question' | 'refund-status' | 'other-post-order' | 'amazon-cs-request' | null;
  /** 0..1, or null when no classification was possible. */
  confidence: number | null;
  /** Confidence below the classifier's threshold: the panel says "unclear — check". */
  unclear: boolean;
  /** When unclear: the close second intent, shown beside the best guess with its own rule. */
  runnerUp?: 'product-question' | 'refund-status' | 'other-post-order' | 'amazon-cs-request';
  /** True when the seller wrote the last message. */
  answered: boolean;
  /** Whether the order is Seller Fulfilled Prime: true, false, or null when the page does not say. */
  sfp: boolean | null;
  /** Where a known `sfp` came from (the panel names it); absent when unknown. */
  sfpSource?: SfpSource;
  handler: 'seller' | 'amazon-cs' | null;
  /** What to do, one sentence ("Answer the customer directly."). */
  todo: string;
  deadlines: PanelDeadline[];
  reply?: { text: string; language: string; fallback?: boolean };
  reasons: { text: string; rule?: RuleRef }[];
}

/** A deadline as the policy engine computed it (the fields of utils/policy Deadline the lists use). */
export interface PolicyDeadline {
  clock: ListClockId;
  dueAt: Date;
  rule: RuleRef;
  explanation: string;
}

/**
 * What the list models need besides the observation: the current minute, the marketplace's calendar
 * zone, and the policy engine bound to that marketplace and the seller's calendar settings.
 * `deadline` is null when the marketplace is unknown (unified EU host): then no deadline is guessed.
 */
export interface ListContext {
  now: Date;
  timeZone: string;
  deadline: ((clock: ListClockId, event: Date) => PolicyDeadline | null) | null;
  /** Rule in force for a clock on a date, for source links of dates the page itself shows. */
  rule: ((clock: ListClockId, eventDate: Date) => RuleRef | null) | null;
}
