/**
 * Buyer Messages inbox → a chip per row whose deadline is known (issue 5 item 3).
 * Buyer messages: 24 hours, weekends and holidays included (Contact Response Time, help 202152030) —
 * it applies to every buyer message, SFP or not. Amazon CS contacts: 2 business days (seed FAQ
 * "What should I do if Amazon CS contacts me"). Chips go on rows marked "Response needed" (and on the
 * open thread's row while its last message is not the seller's); rows without a date get an "unclear"
 * chip instead of a guessed deadline. The inbox does not say which orders are SFP: the 24-hour clock
 * applies to every buyer message, and Amazon CS writes about SFP orders, so no row is filtered on SFP.
 * Inbox rows often show only the day ("Nov 26, 2026"): for the 24-hour clock the moment matters, so the
 * open thread's exact time is used when it is the same conversation; otherwise the chip counts from the
 * start of that day (the earliest the 24 hours can end) and says so, switching to "may be overdue" until
 * the latest possible end has passed. Business-day clocks end at a day's end, so the day is enough.
 */
import './english';
import type { MessagesObservation } from '@/utils/pages/observation';
import type { ChipModel, ListContext } from './types';
import { UNCLEAR_BELOW } from '@/utils/policy/classify';
import { instant, isLocalMidnight, toneFor } from './tone';
import { t } from '@/utils/i18n/active';

type InboxRow = MessagesObservation['rows'][number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The chip for one inbox row; null when there is nothing due or nothing to anchor it to. */
export function inboxChip(row: InboxRow, ctx: ListContext, exactReceivedAt?: Date): ChipModel | null {
  const anchor = row.orderId ?? row.threadId;
  // Only rows the page marks "Response needed", or the open thread when its last message is not the
  // seller's: an unmarked row may be answered already or be a notification ("Return authorization").
  const unanswered = row.needsResponse === true || (row.needsResponse === null && exactReceivedAt !== undefined);
  if (!anchor || !unanswered) return null;
  if (row.sender !== 'buyer' && row.sender !== 'amazon-cs') return null;
  const who = t(row.sender === 'buyer' ? 'lists.inbox.who.buyer' : 'lists.inbox.who.amazonCs');
  const base = { key: `inbox:${row.threadId ?? row.orderId}`, orderId: row.orderId ?? '', anchor };
  const shown = instant(row.receivedAt);
  // The open thread's exact time wins when it falls on the day the row shows.
  const received = exactReceivedAt && (!shown || Math.abs(exactReceivedAt.getTime() - shown.getTime()) < 2 * DAY_MS) ? exactReceivedAt : shown;
  if (!received) return { ...base, tone: 'unclear', label: t('lists.inbox.noDate', { who }) };
  if (!ctx.deadline) return { ...base, tone: 'unclear', label: t('lists.inbox.noMarketplace', { who }) };
  const clock = row.sender === 'buyer' ? 'buyer-reply' : 'amazon-cs-reply';
  const d = ctx.deadline(clock, received);
  if (!d) return { ...base, tone: 'unclear', label: t('lists.inbox.noRule', { who }) };
  const now = ctx.now.getTime();
  const dayOnly = clock === 'buyer-reply' && received !== exactReceivedAt && isLocalMidnight(received, ctx.timeZone);
  if (dayOnly) {
    const latest = ctx.deadline(clock, new Date(received.getTime() + DAY_MS - 60_000));
    const note = t('lists.inbox.dayOnlyNote');
    if (d.dueAt.getTime() > now) {
      return { ...base, tone: toneFor(d.dueAt, ctx.now), label: t('lists.inbox.due', { who }), deadline: { clock, dueAt: d.dueAt, timeZone: ctx.timeZone, lead: t('lists.inbox.earliest') }, rule: d.rule, detail: t('lists.inbox.detail', { note, explanation: d.explanation }) };
    }
    if (latest && latest.dueAt.getTime() > now) {
      return { ...base, tone: 'soon', label: t('lists.inbox.mayBeOverdue', { who }), deadline: { clock, dueAt: latest.dueAt, timeZone: ctx.timeZone, lead: t('lists.inbox.latest') }, rule: d.rule, detail: t('lists.inbox.detail', { note, explanation: t('lists.inbox.openExact') }) };
    }
  }
  const overdue = d.dueAt.getTime() <= now;
  return {
    ...base,
    tone: toneFor(d.dueAt, ctx.now),
    // The countdown itself says "in …" or "overdue by …".
    label: t(overdue ? 'lists.inbox.reply' : 'lists.inbox.due', { who }),
    deadline: { clock, dueAt: d.dueAt, timeZone: ctx.timeZone },
    rule: d.rule,
    detail: d.explanation,
  };
}

/** Exact time of the open thread's latest message from the buyer or Amazon CS, for its inbox row. */
function openThreadTime(obs: MessagesObservation): { threadId?: string; orderId?: string; at: Date; prefix: string } | null {
  const t = obs.thread;
  if (!t || t.answered) return null;
  const last = [...t.messages].reverse().find((m) => m.sender !== 'seller');
  const at = instant(last?.sentAt);
  return at ? { threadId: t.threadId, orderId: t.orderId, at, prefix: intentPrefix(last) } : null;
}

const INTENT_SHORT = {
  'product-question': 'lists.inbox.intent.productQuestion',
  'refund-status': 'lists.inbox.intent.refundStatus',
  'other-post-order': 'lists.inbox.intent.otherPostOrder',
  'amazon-cs-request': 'lists.inbox.intent.amazonCsRequest',
} as const;

/** "Product question · " for the open thread's row when the classifier is confident, "Unclear — check · " when not. */
function intentPrefix(m: { intent?: keyof typeof INTENT_SHORT; intentConfidence?: number; sender: string } | undefined): string {
  if (!m?.intent) return '';
  if (m.sender === 'buyer' && (m.intentConfidence === undefined || m.intentConfidence < UNCLEAR_BELOW)) return t('lists.inbox.unclearPrefix');
  return t('lists.inbox.prefix', { intent: t(INTENT_SHORT[m.intent]) });
}

/** Chips for the inbox rows of a messages observation. */
export function inboxChips(obs: MessagesObservation, ctx: ListContext): ChipModel[] {
  const out: ChipModel[] = [];
  const seen = new Set<string>();
  const open = openThreadTime(obs);
  for (const row of obs.rows) {
    const same = open && (open.threadId ? open.threadId === row.threadId : open.orderId !== undefined && open.orderId === row.orderId);
    const found = inboxChip(row, ctx, same ? open.at : undefined);
    // The open thread's row also says what the message is about (issue 5: "where intent or deadline is known").
    const chip = found && same && open.prefix ? { ...found, label: `${open.prefix}${found.label}` } : found;
    if (chip && !seen.has(chip.key)) {
      seen.add(chip.key);
      out.push(chip);
    }
  }
  return out;
}
