/**
 * The open message thread → what the messages panel shows (issue 5 item 3): the sender of the latest
 * message the seller has not written, its intent and confidence ("unclear — check" below the
 * classifier's threshold, utils/policy UNCLEAR_BELOW), who acts, the reply deadline and a reply
 * suggestion. Pure: (thread, advice) → view. Message text never reaches this module.
 */
import type { MessagesObservation } from '@/utils/pages/observation';
import { UNCLEAR_BELOW } from '@/utils/policy/classify';
import type { PanelDeadline, SfpSource, ThreadView } from './types';

type Thread = NonNullable<MessagesObservation['thread']>;

/** Advice for the thread (thread-advice.ts, from the guidance engine): who acts, what to do, deadlines, reply, why. */
export interface ThreadAdvice {
  handler: 'seller' | 'amazon-cs' | null;
  todo: string;
  deadlines: PanelDeadline[];
  /** `fallback`: the message's language was not recognised (or has no templates): the marketplace's language, else English. */
  reply?: { text: string; language: string; fallback?: boolean };
  reasons: ThreadView['reasons'];
}

/** The latest message not written by the seller, or undefined when the thread shows none. */
export function lastInbound(thread: Thread): Thread['messages'][number] | undefined {
  for (let i = thread.messages.length - 1; i >= 0; i--) {
    const m = thread.messages[i];
    if (m && m.sender !== 'seller') return m;
  }
  return undefined;
}

/** The panel's view of the open thread. `sfp` is what the queue or the order's JSON knows (null: not known), `sfpSource` which. */
export function threadView(thread: Thread, advice: ThreadAdvice, sfp: boolean | null, sfpSource?: SfpSource): ThreadView {
  const m = lastInbound(thread);
  const sender = m && m.sender !== 'seller' ? m.sender : null;
  const intent = m?.intent ?? (sender === 'amazon-cs' ? 'amazon-cs-request' : null);
  const confidence = m?.intentConfidence ?? null;
  const unclear = intent === null || (sender === 'buyer' && (confidence === null || confidence < UNCLEAR_BELOW));
  return {
    orderId: thread.orderId,
    sender,
    intent,
    confidence,
    unclear,
    ...(unclear && m?.intentRunnerUp && m.intentRunnerUp !== intent ? { runnerUp: m.intentRunnerUp } : {}),
    answered: thread.answered,
    sfp,
    ...(sfp !== null && sfpSource ? { sfpSource } : {}),
    handler: advice.handler,
    todo: advice.todo,
    deadlines: thread.answered ? [] : advice.deadlines,
    reply: advice.reply,
    reasons: advice.reasons,
  };
}
