/**
 * Manage Orders list → a chip on each SFP row that has open actions in the queue (issue 5 item 6).
 * The queue (background, single writer) knows the open deadlines; the list only shows them, through
 * the overlay's orderState service (coalesced into one { type: 'sfp:order-states' } message). Rows that are not SFP, or
 * SFP rows with nothing open, get no chip: the list stays quiet.
 */
import './english';
import type { OrderListObservation } from '@/utils/pages/observation';
import type { QueuedDeadline } from '../services';
import type { ClockId } from '../deadline-time';
import { formatDue } from '../format';
import type { ChipModel, ListContext } from './types';
import { instant, toneFor } from './tone';
import { t } from '@/utils/i18n/active';
import { keyPart, type MessageKey } from '@/utils/i18n/translate';

/** What the seller owes for each clock, in a few words (the queue's action kinds, utils/actions/model.ts). */
const CLOCKS: readonly ClockId[] = [
  'return-refund', 'amazon-cs-reply', 'buyer-reply', 'automated-refund', 'safet-filing', 'safet-wait', 'safet-reply', 'safet-appeal',
];

/** What the seller owes for a clock, in a few words, in the UI's language. */
export function clockTodo(clock: ClockId): string {
  return t(`lists.todo.${keyPart(clock)}` as MessageKey);
}

function isClockId(value: string): value is ClockId {
  return (CLOCKS as readonly string[]).includes(value);
}

interface Due { clock: ClockId; dueAt: Date }

/** Valid queued deadlines, earliest first (unknown clocks and invalid dates are dropped, never guessed). */
export function openDeadlines(deadlines: readonly QueuedDeadline[]): Due[] {
  const out: Due[] = [];
  for (const d of deadlines) {
    const at = instant(d.dueAt);
    if (at && isClockId(d.clock)) out.push({ clock: d.clock, dueAt: at });
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** The chip for one SFP order row given its queued deadlines; null when nothing is open. */
export function orderRowChip(
  orderId: string,
  deadlines: readonly QueuedDeadline[],
  ctx: Pick<ListContext, 'now' | 'timeZone'>,
): ChipModel | null {
  const open = openDeadlines(deadlines);
  const next = open[0];
  if (!next) return null;
  const more = open.length - 1;
  return {
    key: `order:${orderId}`,
    orderId,
    anchor: orderId,
    tone: toneFor(next.dueAt, ctx.now),
    label: more > 0 ? t('lists.orders.more', { what: clockTodo(next.clock), n: more }) : clockTodo(next.clock),
    deadline: { clock: next.clock, dueAt: next.dueAt, timeZone: ctx.timeZone },
    detail: open.map((d) => t('lists.orders.detail', { what: clockTodo(d.clock), when: formatDue(d.dueAt, ctx.timeZone) })).join(t('lists.orders.detailSep')),
  };
}

/** Order ids of the rows worth asking the queue about: SFP rows only. */
export function sfpOrderIds(obs: OrderListObservation): string[] {
  return [...new Set(obs.rows.filter((r) => r.sfp === true).map((r) => r.orderId))];
}

/** Chips for the SFP rows of an order list, from each order's queued deadlines. */
export function orderListChips(
  obs: OrderListObservation,
  deadlinesByOrder: ReadonlyMap<string, readonly QueuedDeadline[]>,
  ctx: Pick<ListContext, 'now' | 'timeZone'>,
): ChipModel[] {
  const out: ChipModel[] = [];
  for (const id of sfpOrderIds(obs)) {
    const chip = orderRowChip(id, deadlinesByOrder.get(id) ?? [], ctx);
    if (chip) out.push(chip);
  }
  return out;
}
