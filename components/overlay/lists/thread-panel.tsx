import './english';
import type { ThreadView } from './types';
import { CopyButton } from './copy-button';
import { DeadlineList } from './deadline-list';
import { RuleSource } from '../rule-source';
import { t } from '@/utils/i18n/active';
import { keyPart, type MessageKey } from '@/utils/i18n/translate';

type Intent = NonNullable<ThreadView['intent']>;
const intentLabel = (i: Intent) => t(`lists.thread.intentLabel.${keyPart(i)}` as MessageKey);
// The rule for each intent (sfp-rules.md §1), shown for both readings of a close call.
const whoFor = (i: Intent) => t(`lists.thread.whoFor.${keyPart(i)}` as MessageKey);
const SELLER_OWNS: Record<NonNullable<ThreadView['intent']>, boolean> = {
  'product-question': true, 'refund-status': true, 'other-post-order': false, 'amazon-cs-request': true,
};

// Where the order's SFP fact came from (issue 16 item 4): the messages page itself never says.
const SFP_SOURCE: Record<NonNullable<ThreadView['sfpSource']>, MessageKey> = {
  'order-json': 'lists.thread.sfpSource.orderJson',
  queue: 'lists.thread.sfpSource.queue',
};

const senderLabel = (s: ThreadView['sender'] & string) => t(`lists.thread.sender.${keyPart(s)}` as MessageKey);

/**
 * Guidance for the open message thread: sender, intent with confidence, who acts, deadlines and a
 * reply suggestion to copy. Message text is never shown or kept; only what the classifier decided.
 */
export function ThreadPanel({ view }: { view: ThreadView }) {
  const pct = view.confidence === null ? null : Math.round(view.confidence * 100);
  return (
    <section className="sfp-thread" aria-label={t('lists.thread.label')} data-sfp-thread="" data-order-id={view.orderId ?? ''}>
      <dl className="sfp-facts">
        <dt>{t('lists.thread.from')}</dt>
        <dd data-sfp-sender={view.sender ?? 'unknown'}>{view.sender ? senderLabel(view.sender) : t('lists.thread.senderUnknown')}</dd>
        <dt>{t('lists.thread.intent')}</dt>
        <dd data-sfp-intent={view.unclear || !view.intent ? 'unclear' : view.intent}>
          {view.unclear || !view.intent ? t('lists.thread.unclear') : intentLabel(view.intent)}
          {pct !== null ? t('lists.thread.confidence', { pct }) : null}
          {view.unclear && view.intent ? t('lists.thread.bestGuess', { intent: intentLabel(view.intent) }) : null}
        </dd>
        {view.runnerUp && view.intent ? (
          <>
            <dt>{t('lists.thread.closeCall')}</dt>
            <dd data-sfp-runner-up={view.runnerUp}>
              {t('lists.thread.couldAlso', { runnerUp: intentLabel(view.runnerUp), runnerUpWho: whoFor(view.runnerUp), intent: intentLabel(view.intent), intentWho: whoFor(view.intent) })}
              {SELLER_OWNS[view.runnerUp] !== SELLER_OWNS[view.intent]
                ? t('lists.thread.inDoubt')
                : null}
            </dd>
          </>
        ) : null}
        <dt>{t('lists.thread.order')}</dt>
        <dd data-sfp-order-sfp={view.sfp === null ? 'unknown' : String(view.sfp)} data-sfp-sfp-source={view.sfp === null ? 'none' : (view.sfpSource ?? 'page')}>
          {view.orderId ?? t('lists.thread.orderNotShown')}
          {t(view.sfp === true ? 'lists.thread.sfpYes' : view.sfp === false ? 'lists.thread.sfpNo' : 'lists.thread.sfpUnknown')}
          {view.sfp !== null && view.sfpSource
            ? t(view.sfp ? 'lists.thread.sfpYesSource' : 'lists.thread.sfpNoSource', { source: t(SFP_SOURCE[view.sfpSource]) })
            : null}
        </dd>
        <dt>{t('lists.thread.whoActs')}</dt>
        <dd data-sfp-who={view.handler ?? 'unknown'}>
          {t(view.handler === 'seller' ? 'lists.thread.whoSeller' : view.handler === 'amazon-cs' ? 'lists.thread.whoCs' : 'lists.thread.unclear')}
        </dd>
      </dl>
      <p className="sfp-todo">{view.answered ? t('lists.thread.answered') : view.todo}</p>
      {view.answered ? null : <DeadlineList deadlines={view.deadlines} />}
      {view.reply && !view.answered ? (
        <div className="sfp-reply">
          <p className="sfp-reply-label" id="sfp-reply-label">
            {t(view.reply.fallback ? 'lists.thread.replyLabelFallback' : 'lists.thread.replyLabel', { language: view.reply.language })}
          </p>
          <p className="sfp-reply-text" aria-labelledby="sfp-reply-label" data-sfp-reply="" data-sfp-reply-language={view.reply.language}>
            {view.reply.text}
          </p>
          <CopyButton text={view.reply.text} label={t('common.copyReply')} what="reply" />
        </div>
      ) : null}
      {view.reasons.length > 0 ? (
        <ul className="sfp-reasons" aria-label={t('common.why')}>
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
