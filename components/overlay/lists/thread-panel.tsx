import type { ThreadView } from './types';
import { CopyButton } from './copy-button';
import { DeadlineList } from './deadline-list';
import { RuleSource } from '../rule-source';

const INTENT_LABEL: Record<NonNullable<ThreadView['intent']>, string> = {
  'product-question': 'Product question',
  'refund-status': 'Refund status',
  'other-post-order': 'Other post-order topic',
  'amazon-cs-request': 'Amazon CS request',
};

// The rule for each intent (sfp-rules.md §1), shown for both readings of a close call.
const WHO_FOR: Record<NonNullable<ThreadView['intent']>, string> = {
  'product-question': 'you answer the customer directly',
  'refund-status': 'you refund (return received) or promise the refund when it arrives',
  'other-post-order': 'Amazon Customer Service handles it on SFP orders',
  'amazon-cs-request': 'you reply to Amazon CS and the customer within 2 business days',
};
const SELLER_OWNS: Record<NonNullable<ThreadView['intent']>, boolean> = {
  'product-question': true, 'refund-status': true, 'other-post-order': false, 'amazon-cs-request': true,
};

// Where the order's SFP fact came from (issue 16 item 4): the messages page itself never says.
const SFP_SOURCE: Record<NonNullable<ThreadView['sfpSource']>, string> = {
  'order-json': "per the order's data",
  queue: 'per the orders queue',
};

const SENDER_LABEL: Record<ThreadView['sender'] & string, string> = {
  buyer: 'Buyer',
  'amazon-cs': 'Amazon Customer Service',
};

/**
 * Guidance for the open message thread: sender, intent with confidence, who acts, deadlines and a
 * reply suggestion to copy. Message text is never shown or kept; only what the classifier decided.
 */
export function ThreadPanel({ view }: { view: ThreadView }) {
  const pct = view.confidence === null ? null : Math.round(view.confidence * 100);
  return (
    <section className="sfp-thread" aria-label="Guidance for this message" data-sfp-thread="" data-order-id={view.orderId ?? ''}>
      <dl className="sfp-facts">
        <dt>From</dt>
        <dd data-sfp-sender={view.sender ?? 'unknown'}>{view.sender ? SENDER_LABEL[view.sender] : 'Not shown — check'}</dd>
        <dt>Intent</dt>
        <dd data-sfp-intent={view.unclear || !view.intent ? 'unclear' : view.intent}>
          {view.unclear || !view.intent ? 'unclear — check' : INTENT_LABEL[view.intent]}
          {pct !== null ? ` (${pct} % confidence)` : null}
          {view.unclear && view.intent ? ` · best guess: ${INTENT_LABEL[view.intent]}` : null}
        </dd>
        {view.runnerUp && view.intent ? (
          <>
            <dt>Close call</dt>
            <dd data-sfp-runner-up={view.runnerUp}>
              {`Could also be: ${INTENT_LABEL[view.runnerUp]} — ${WHO_FOR[view.runnerUp]}. Best guess: ${INTENT_LABEL[view.intent]} — ${WHO_FOR[view.intent]}.`}
              {SELLER_OWNS[view.runnerUp] !== SELLER_OWNS[view.intent]
                ? ' In doubt, treat it as yours: answering yourself can never make you late.'
                : null}
            </dd>
          </>
        ) : null}
        <dt>Order</dt>
        <dd data-sfp-order-sfp={view.sfp === null ? 'unknown' : String(view.sfp)} data-sfp-sfp-source={view.sfp === null ? 'none' : (view.sfpSource ?? 'page')}>
          {view.orderId ?? 'not shown'}
          {view.sfp === true ? ' · Seller Fulfilled Prime' : view.sfp === false ? ' · not SFP' : ' · SFP not known from this page'}
          {view.sfp !== null && view.sfpSource ? (view.sfp ? ` (SFP ${SFP_SOURCE[view.sfpSource]})` : ` ${SFP_SOURCE[view.sfpSource]}`) : null}
        </dd>
        <dt>Who acts</dt>
        <dd data-sfp-who={view.handler ?? 'unknown'}>
          {view.handler === 'seller' ? 'You (the seller)' : view.handler === 'amazon-cs' ? 'Amazon Customer Service' : 'unclear — check'}
        </dd>
      </dl>
      <p className="sfp-todo">{view.answered ? 'Answered — no reply due.' : view.todo}</p>
      {view.answered ? null : <DeadlineList deadlines={view.deadlines} />}
      {view.reply && !view.answered ? (
        <div className="sfp-reply">
          <p className="sfp-reply-label" id="sfp-reply-label">
            Reply suggestion ({view.reply.language}
            {view.reply.fallback ? ": the message's language was not recognised, so the marketplace's" : null}) — copy it, check it, paste and send it yourself:
          </p>
          <p className="sfp-reply-text" aria-labelledby="sfp-reply-label" data-sfp-reply="" data-sfp-reply-language={view.reply.language}>
            {view.reply.text}
          </p>
          <CopyButton text={view.reply.text} label="Copy reply" what="reply" />
        </div>
      ) : null}
      {view.reasons.length > 0 ? (
        <ul className="sfp-reasons" aria-label="Why">
          {view.reasons.map((r, i) => (
            <li key={i}>
              {r.text} {r.rule ? <RuleSource rule={r.rule} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
