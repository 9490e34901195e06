/**
 * Guidance for one contact: who acts, what to do, which deadlines run, a reply the seller can copy and
 * why — from the contact's intent and the order's facts. Seed FAQ 1–2 and 9 (shared/seed/
 * sfp-customer-service.md) and shared/domain/sfp-rules.md §1–2. Pure: `now` is a parameter and only
 * marks deadlines overdue. Never throws: bad input gives unclear guidance with notes.
 */
import { MARKETPLACES, isMarketplaceCode, type MarketplaceCode } from '../marketplaces';
import type { BusinessCalendar } from '../calendar';
import { UNCLEAR_BELOW, type ContactIntent, type OtherTopic } from './classify';
import { computeDeadline, type ClockId, type Deadline } from './deadlines';
import { inputErrorText } from './errors';
import { reasonFor, type GuidanceReason, type ReasonCode } from './guidance-reasons';
import { EN_GUIDANCE as EN } from '../i18n/english-guidance';
import type { MessageKey, Translator } from '../i18n/translate';
import { isReplyLanguage, replyText, type ReplyKind, type ReplyLanguage } from './replies';

export { SEED_SOURCE, SFP_POLICY_SOURCE, REASONS, type GuidanceReason, type ReasonCode } from './guidance-reasons';

/** What the seller should do about a contact. */
export type GuidanceAction =
  | 'answer' | 'refund-now' | 'promise-refund-on-receipt' | 'direct-to-amazon-cs'
  | 'reply-to-amazon-cs-and-customer' | 'accept-return-and-refund' | 'standard-rules';

/** Where the order's return stands, as far as the page or the queue knows. */
export type ReturnStatus = 'received' | 'in-transit' | 'refunded-at-first-scan' | 'refunded' | 'not-returned' | 'unknown';

/** Order facts the guidance needs; none of them is personal data. */
export interface OrderFacts {
  /** null: the host does not name the marketplace (unified EU host); then no deadline is computed. */
  marketplace: MarketplaceCode | null;
  /** Seller Fulfilled Prime: true / false, or null when the page does not say. */
  sfp: boolean | null;
  returnStatus?: ReturnStatus;
  /** Carrier delivery scan of the return at the seller's warehouse. */
  returnReceivedAt?: Date;
  /** Amazon CS has contacted the seller about this order. */
  amazonCsContacted?: boolean;
  /** When the contact (the message being answered) was received. */
  contactReceivedAt?: Date;
  /** The seller's business calendar; default: the marketplace's. */
  calendar?: BusinessCalendar;
  /** Locale for dates in deadline explanations (e.g. 'en-US'). */
  locale?: string;
}

/** The classified contact: classifyContact's result, or what a reader kept of it. */
export interface ContactSummary {
  intent: ContactIntent;
  confidence?: number;
  language?: string;
  topic?: OtherTopic;
  unclear?: boolean;
}

/** Input of guidanceFor. */
export interface GuidanceInput {
  contact: ContactSummary;
  /** Who sent the message; default 'amazon-cs' for amazon-cs-request, else 'buyer'. */
  sender?: 'buyer' | 'amazon-cs';
  facts: OrderFacts;
  /** The language of every text (todo, reasons, notes, explanations); English when absent. Replies keep their own language. */
  t?: Translator;
}

/** A deadline that applies, and whether it has passed at `now`. */
export interface GuidanceDeadline extends Deadline { overdue: boolean }

/** A reply suggestion to copy. */
export interface GuidanceReply {
  kind: ReplyKind;
  language: ReplyLanguage;
  text: string;
  /** True when the customer's language was unknown or has no templates: the marketplace's or English is used. */
  fallback: boolean;
}

/** Everything the overlay shows for a contact. */
export interface Guidance {
  handler: 'seller' | 'amazon-cs';
  action: GuidanceAction;
  /** What to do, one sentence. */
  todo: string;
  sfp: boolean | null;
  /** The classification was not confident: the UI says "unclear — check". */
  unclear: boolean;
  /** Deadlines that apply, earliest first. */
  deadlines: GuidanceDeadline[];
  reply?: GuidanceReply;
  reasons: GuidanceReason[];
  /** What could not be worked out (missing times, no rule for the marketplace …). */
  notes: string[];
}

/** The text shown for orders outside Seller Fulfilled Prime. */
export const STANDARD_RULES_TEXT = EN('guidance.standard');

const INTENTS: readonly ContactIntent[] = ['product-question', 'refund-status', 'other-post-order', 'amazon-cs-request'];

interface Plan { handler: Guidance['handler']; action: GuidanceAction; todo: MessageKey; reply?: ReplyKind; reasons: ReasonCode[] }

const TODO: Record<Exclude<GuidanceAction, 'standard-rules'>, MessageKey> = {
  'answer': 'guidance.todo.answer',
  'refund-now': 'guidance.todo.refundNow',
  'promise-refund-on-receipt': 'guidance.todo.promise',
  'direct-to-amazon-cs': 'guidance.todo.direct',
  'reply-to-amazon-cs-and-customer': 'guidance.todo.replyCs',
  'accept-return-and-refund': 'guidance.todo.acceptReturn',
};

function isValidDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/** The SFP routing of seed FAQ 1, 2 and 9. */
function sfpPlan(intent: ContactIntent, facts: OrderFacts, topic: OtherTopic | undefined): Plan {
  if (intent === 'amazon-cs-request' || facts.amazonCsContacted) {
    return { handler: 'seller', action: 'reply-to-amazon-cs-and-customer', todo: TODO['reply-to-amazon-cs-and-customer'], reply: 'reply-to-amazon-cs-and-customer', reasons: ['amazon-cs-contact'] };
  }
  if (intent === 'product-question') {
    return { handler: 'seller', action: 'answer', todo: TODO.answer, reply: 'answer', reasons: ['product-question'] };
  }
  if (intent === 'refund-status') {
    switch (facts.returnStatus) {
      case 'received':
        return { handler: 'seller', action: 'refund-now', todo: TODO['refund-now'], reply: 'refund-now', reasons: ['refund-return-received'] };
      case 'refunded':
      case 'refunded-at-first-scan':
        return { handler: 'seller', action: 'answer', todo: 'guidance.todo.alreadyRefunded', reply: 'already-refunded', reasons: ['already-refunded'] };
      case 'in-transit':
      case 'not-returned':
        return { handler: 'seller', action: 'promise-refund-on-receipt', todo: TODO['promise-refund-on-receipt'], reply: 'promise-refund-on-receipt', reasons: ['refund-return-pending'] };
      default:
        return {
          handler: 'seller', action: 'promise-refund-on-receipt',
          todo: 'guidance.todo.checkReturn',
          reply: 'promise-refund-on-receipt', reasons: ['refund-return-state-unknown', 'refund-return-pending'],
        };
    }
  }
  if (topic === 'repair') {
    return { handler: 'seller', action: 'accept-return-and-refund', todo: TODO['accept-return-and-refund'], reply: 'accept-return-and-refund', reasons: ['repair'] };
  }
  return { handler: 'amazon-cs', action: 'direct-to-amazon-cs', todo: TODO['direct-to-amazon-cs'], reply: 'direct-to-amazon-cs', reasons: ['other-topic'] };
}

function replyLanguage(contactLanguage: string | undefined, marketplace: MarketplaceCode | null): { language: ReplyLanguage; fallback: boolean } {
  if (isReplyLanguage(contactLanguage)) return { language: contactLanguage, fallback: false };
  const fromMarketplace = marketplace ? MARKETPLACES[marketplace].locale.slice(0, 2) : undefined;
  return { language: isReplyLanguage(fromMarketplace) ? fromMarketplace : 'en', fallback: true };
}

/** The clocks a contact can start (the SAFE-T clocks belong to claims, not to contacts). */
type ContactClock = Extract<ClockId, 'buyer-reply' | 'amazon-cs-reply' | 'return-refund' | 'automated-refund'>;

const CLOCK_NAMES: Record<ContactClock, MessageKey> = {
  'buyer-reply': 'guidance.clock.buyerReply',
  'amazon-cs-reply': 'guidance.clock.amazonCsReply',
  'return-refund': 'guidance.clock.returnRefund',
  'automated-refund': 'guidance.clock.automatedRefund',
};

/** The deadlines a plan brings, each computed by computeDeadline; what cannot be computed becomes a note. */
function deadlinesFor(plan: Plan, input: GuidanceInput, sender: 'buyer' | 'amazon-cs', now: Date, notes: string[]): GuidanceDeadline[] {
  const { facts } = input;
  const t = input.t ?? EN;
  const wanted: { clock: ContactClock; at: Date | undefined; missing: string }[] = [];
  const contact = { at: facts.contactReceivedAt, missing: t('guidance.missingContact') };
  if (sender === 'buyer') wanted.push({ clock: 'buyer-reply', ...contact });
  if (plan.action === 'reply-to-amazon-cs-and-customer') wanted.push({ clock: 'amazon-cs-reply', ...contact });
  if (plan.action === 'refund-now') {
    const ret = { at: facts.returnReceivedAt, missing: t('guidance.missingReturn') };
    wanted.push({ clock: 'return-refund', ...ret }, { clock: 'automated-refund', ...ret });
  }
  if (wanted.length === 0) return [];
  if (!facts.marketplace) {
    notes.push(t('guidance.noMarketplace'));
    return [];
  }
  const out: GuidanceDeadline[] = [];
  for (const w of wanted) {
    const name = t(CLOCK_NAMES[w.clock]);
    if (!isValidDate(w.at)) {
      notes.push(t('guidance.noDeadline', { name, why: w.missing }));
      continue;
    }
    try {
      const d = computeDeadline(w.clock, w.at, { marketplace: facts.marketplace, calendar: facts.calendar, locale: facts.locale, t });
      if (d) out.push({ ...d, overdue: isValidDate(now) && d.dueAt.getTime() <= now.getTime() });
      else notes.push(t('guidance.noDeadline', { name, why: t('guidance.noRule', { mp: facts.marketplace }) }));
    } catch (err) {
      notes.push(t('guidance.noDeadline', { name, why: inputErrorText(err, t) }));
    }
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

function invalidGuidance(note: string, t: Translator): Guidance {
  return {
    handler: 'seller', action: 'answer', todo: t('guidance.todo.invalid'), sfp: null, unclear: true,
    deadlines: [], reasons: [reasonFor('unclear-intent', t)], notes: [note],
  };
}

/**
 * Guidance for a contact on an order at `now`. Non-SFP orders: handler 'seller', action 'standard-rules'
 * ("Standard seller-fulfilled rules apply"). Unknown SFP (null): the SFP advice, stated as conditional
 * and never as a claim that the order is SFP.
 */
export function guidanceFor(input: GuidanceInput, now: Date): Guidance {
  const t = input?.t ?? EN;
  try {
    const contact = input?.contact;
    const facts = input?.facts;
    if (!contact || !INTENTS.includes(contact.intent)) return invalidGuidance(t('guidance.invalid.intent', { intent: String(contact?.intent) }), t);
    if (!facts || (facts.marketplace !== null && !isMarketplaceCode(facts.marketplace))) {
      return invalidGuidance(t('guidance.invalid.marketplace', { code: String(facts?.marketplace) }), t);
    }
    const sfp = facts.sfp === true || facts.sfp === false ? facts.sfp : null;
    const sender = input.sender ?? (contact.intent === 'amazon-cs-request' ? 'amazon-cs' : 'buyer');
    const unclear = contact.unclear ?? (typeof contact.confidence === 'number' && contact.confidence < UNCLEAR_BELOW);
    const notes: string[] = [];
    if (!isValidDate(now)) notes.push(t('guidance.invalidNow'));

    const plan: Plan = sfp === false
      ? {
          handler: 'seller', action: 'standard-rules', todo: 'guidance.standardTodo',
          reply: contact.intent === 'product-question' ? 'answer' : undefined, reasons: ['not-sfp'],
        }
      : sfpPlan(contact.intent, facts, contact.topic);

    const reasons: GuidanceReason[] = [];
    if (unclear) reasons.push(reasonFor('unclear-intent', t));
    if (sfp === null) reasons.push(reasonFor('sfp-unknown', t));
    reasons.push(...plan.reasons.map((c) => reasonFor(c, t)));

    let todo = t(plan.todo);
    if (sfp === null) todo = t('guidance.ifSfp', { todo, todoLc: `${todo.charAt(0).toLowerCase()}${todo.slice(1)}` });
    if (unclear) todo = t('guidance.unclear', { todo });

    const guidance: Guidance = {
      handler: plan.handler, action: plan.action, todo, sfp, unclear,
      deadlines: deadlinesFor(plan, input, sender, now, notes), reasons, notes,
    };
    if (plan.reply) {
      const { language, fallback } = replyLanguage(contact.language, facts.marketplace);
      guidance.reply = { kind: plan.reply, language, text: replyText(plan.reply, language), fallback };
    }
    return guidance;
  } catch (err) {
    return invalidGuidance(t('guidance.invalid.failed', { error: (err as Error).message }), t);
  }
}
