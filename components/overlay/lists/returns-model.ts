/**
 * Returns list → one chip per return (issue 5 item 4). Pure: (row, context) → chip.
 * Rules (shared/domain/sfp-rules.md §2): refund within 2 business days of the return reaching the
 * warehouse [A]; none needed when refunded at first scan [A]; after 4 calendar days Amazon may refund
 * automatically, and that refund is not SAFE-T eligible [3P, shown "≈ verify" through its rule status].
 */
import type { ReturnsObservation } from '@/utils/pages/observation';
import type { ChipModel, ListContext } from './types';
import { instant, toneFor } from './tone';

type ReturnRow = ReturnsObservation['rows'][number];

/** Text of the overdue chip, as the issue words it. */
export const OVERDUE_RETURN_TEXT = 'Overdue — Amazon may refund automatically, and that refund is not SAFE-T eligible';

/** The chip for one return row; null when there is nothing to say (closed without refund facts). */
export function returnChip(row: ReturnRow, ctx: ListContext): ChipModel | null {
  const base = { key: `return:${row.returnRequestId ?? row.orderId}`, orderId: row.orderId, anchor: row.orderId };
  if (row.refundedAtFirstScan === true) {
    return { ...base, tone: 'ok', label: 'Refunded at first scan — no action' };
  }
  if (row.refundIssued === true || row.state === 'refunded') {
    return { ...base, tone: 'ok', label: 'Refunded — no action' };
  }
  const delivered = instant(row.deliveredAt);
  if (row.state === 'delivered' || delivered) {
    if (!delivered) {
      return { ...base, tone: 'unclear', label: 'Return received — date not shown, check', detail: 'No deadline is computed without the delivery date.' };
    }
    if (!ctx.deadline) {
      return { ...base, tone: 'unclear', label: 'Return received — marketplace unknown, choose it in the options' };
    }
    const refund = ctx.deadline('return-refund', delivered);
    if (!refund) {
      return { ...base, tone: 'unclear', label: 'Return received — no refund rule known for this marketplace, check' };
    }
    if (refund.dueAt.getTime() > ctx.now.getTime()) {
      return {
        ...base,
        tone: toneFor(refund.dueAt, ctx.now),
        label: 'Refund due',
        deadline: { clock: 'return-refund', dueAt: refund.dueAt, timeZone: ctx.timeZone },
        rule: refund.rule,
        detail: refund.explanation,
      };
    }
    const automated = ctx.deadline('automated-refund', delivered);
    return {
      ...base,
      tone: 'overdue',
      label: OVERDUE_RETURN_TEXT,
      deadline: automated
        ? { clock: 'automated-refund', dueAt: automated.dueAt, timeZone: ctx.timeZone, lead: 'automated refund' }
        : { clock: 'return-refund', dueAt: refund.dueAt, timeZone: ctx.timeZone, lead: 'refund was due' },
      rule: automated?.rule ?? refund.rule,
      detail: [refund.explanation, automated?.explanation].filter(Boolean).join(' '),
    };
  }
  if (row.state === 'requested' || row.state === 'approved' || row.state === 'in-transit') {
    return {
      ...base,
      tone: 'info',
      label: 'Awaiting return — refund as soon as it arrives',
      detail: 'Seller Fulfilled Prime: in-policy returns are authorised automatically; refund once the return reaches you.',
    };
  }
  if (row.state === 'unknown') return { ...base, tone: 'unclear', label: 'Return status not recognised — check' };
  return null;
}

/** Chips for every row of a returns observation (rows without anything to say are left out). */
export function returnChips(obs: ReturnsObservation, ctx: ListContext): ChipModel[] {
  const out: ChipModel[] = [];
  const seen = new Set<string>();
  for (const row of obs.rows) {
    const chip = returnChip(row, ctx);
    if (chip && !seen.has(chip.key)) {
      seen.add(chip.key);
      out.push(chip);
    }
  }
  return out;
}
