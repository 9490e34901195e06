/**
 * Buyer Messages inbox → a chip per row whose deadline is known (issue 5 item 3).
 * Buyer messages: 24 hours, weekends and holidays included (Contact Response Time, help 202152030) —
 * it applies to every buyer message, SFP or not. Amazon CS contacts: 2 business days (seed FAQ
 * "What should I do if Amazon CS contacts me"). Rows the seller already answered get no chip; rows
 * without a date get an "unclear" chip instead of a guessed deadline.
 */
import type { MessagesObservation } from '@/utils/pages/observation';
import type { ChipModel, ListContext } from './types';
import { instant, toneFor } from './tone';

type InboxRow = MessagesObservation['rows'][number];

/** The chip for one inbox row; null when there is nothing due or nothing to anchor it to. */
export function inboxChip(row: InboxRow, ctx: ListContext): ChipModel | null {
  const anchor = row.orderId ?? row.threadId;
  if (!anchor || row.needsResponse === false) return null;
  if (row.sender !== 'buyer' && row.sender !== 'amazon-cs') return null;
  const who = row.sender === 'buyer' ? 'buyer' : 'Amazon CS';
  const base = { key: `inbox:${row.threadId ?? row.orderId}`, orderId: row.orderId ?? '', anchor };
  const received = instant(row.receivedAt);
  if (!received) {
    return row.sender === 'amazon-cs' || row.needsResponse === true
      ? { ...base, tone: 'unclear', label: `Reply to ${who} — date not shown, check` }
      : null;
  }
  if (!ctx.deadline) return { ...base, tone: 'unclear', label: `Reply to ${who} — marketplace unknown, choose it in the options` };
  const clock = row.sender === 'buyer' ? 'buyer-reply' : 'amazon-cs-reply';
  const d = ctx.deadline(clock, received);
  if (!d) return { ...base, tone: 'unclear', label: `Reply to ${who} — no rule known for this marketplace, check` };
  const overdue = d.dueAt.getTime() <= ctx.now.getTime();
  return {
    ...base,
    tone: toneFor(d.dueAt, ctx.now),
    label: overdue ? `Reply to ${who} was due` : `Reply to ${who} due`,
    deadline: { clock, dueAt: d.dueAt, timeZone: ctx.timeZone },
    rule: d.rule,
    detail: d.explanation,
  };
}

/** Chips for the inbox rows of a messages observation. */
export function inboxChips(obs: MessagesObservation, ctx: ListContext): ChipModel[] {
  const out: ChipModel[] = [];
  const seen = new Set<string>();
  for (const row of obs.rows) {
    const chip = inboxChip(row, ctx);
    if (chip && !seen.has(chip.key)) {
      seen.add(chip.key);
      out.push(chip);
    }
  }
  return out;
}
