/**
 * Advice for the open thread from the guidance engine (utils/policy guidanceFor, seed FAQ 1–2 and 9):
 * who acts, what to do, the deadlines, the reply to copy and why. The messages page does not say
 * whether the order is SFP, so unless the caller knows, the guidance is conditional ("If this is an SFP
 * order: …") and never claims SFP. The seller's own "return received" mark, when the queue has one,
 * turns a refund question into "refund now" with its 2-business-day deadline.
 */
import './english';
import './english-guidance';
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { MessagesObservation } from '@/utils/pages/observation';
import type { BusinessCalendar } from '@/utils/calendar';
import { guidanceFor, type Guidance, type GuidanceReason } from '@/utils/policy/guidance';
import type { RuleRef } from '../rule-source';
import { ruleRef } from './list-context';
import { lastInbound, type ThreadAdvice } from './thread-model';
import type { PanelDeadline, SfpSource } from './types';
import { instant } from './tone';
import { t, translator } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';
import { ruleTitle } from '@/utils/policy/rules';

type Thread = NonNullable<MessagesObservation['thread']>;

/** What the panel knows about the thread's order besides the page: SFP, and a marked return delivery. */
export interface ThreadOrderFacts {
  sfp: boolean | null;
  /** Where `sfp` came from: the queue's remembered order page, or the order's own JSON. Absent when unknown. */
  sfpSource?: SfpSource;
  returnReceivedAt?: Date;
}

const TITLES: Record<string, MessageKey> = {
  'buyer-reply': 'lists.thread.title.buyerReply',
  'amazon-cs-reply': 'lists.thread.title.amazonCsReply',
  'return-refund': 'lists.thread.title.returnRefund',
  'automated-refund': 'lists.thread.title.automatedRefund',
};

/** A guidance reason as a source link: Amazon's own pages count as stated by Amazon. */
export function reasonRef(reason: GuidanceReason): RuleRef {
  let amazon = false;
  try {
    amazon = /(^|\.)amazon\.[a-z.]+$/.test(new URL(reason.source).hostname);
  } catch {
    amazon = false;
  }
  return { id: reason.code, title: reason.code, source: reason.source, status: amazon ? 'amazon' : 'third-party' };
}

/** Advice for the thread at `now`; a thread with no message from the buyer or Amazon CS gets none. */
export function threadAdvice(
  thread: Thread,
  env: { marketplace: MarketplaceCode | null; calendar?: BusinessCalendar; timeZone: string; now: Date },
  order: ThreadOrderFacts,
): ThreadAdvice {
  const m = lastInbound(thread);
  if (!m || m.sender === 'seller') {
    return { handler: null, todo: t('lists.thread.noInbound'), deadlines: [], reasons: [] };
  }
  const intent = m.intent ?? (m.sender === 'amazon-cs' ? 'amazon-cs-request' : undefined);
  if (!intent) {
    return { handler: null, todo: t('lists.thread.unclassified'), deadlines: [], reasons: [] };
  }
  const g: Guidance = guidanceFor(
    {
      contact: { intent, confidence: m.intentConfidence, language: m.language },
      sender: m.sender,
      facts: {
        marketplace: env.marketplace,
        sfp: order.sfp,
        contactReceivedAt: instant(m.sentAt) ?? undefined,
        ...(order.returnReceivedAt ? { returnStatus: 'received' as const, returnReceivedAt: order.returnReceivedAt } : {}),
        calendar: env.calendar,
        locale: 'en-US',
      },
      t: translator(),
    },
    env.now,
  );
  const deadlines: PanelDeadline[] = g.deadlines.map((d) => ({
    clock: d.clock,
    dueAt: d.dueAt,
    timeZone: env.timeZone,
    title: TITLES[d.clock] ? t(TITLES[d.clock]!) : ruleTitle(d.rule, translator()),
    rule: ruleRef(d.rule),
    explanation: d.explanation,
  }));
  return {
    handler: g.handler,
    todo: g.todo,
    deadlines,
    reply: g.reply ? { text: g.reply.text, language: g.reply.language, ...(g.reply.fallback ? { fallback: true } : {}) } : undefined,
    reasons: [
      ...g.reasons.map((r) => ({ text: r.text, rule: reasonRef(r) })),
      ...g.notes.map((text) => ({ text })),
    ],
  };
}
