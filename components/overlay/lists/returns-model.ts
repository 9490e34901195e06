/**
 * Returns list → one chip per return (issue 5 item 4). Pure: (row, context) → chip.
 * Rules (shared/domain/sfp-rules.md §2): refund within 2 business days of the return reaching the
 * warehouse [A]; none needed when refunded at first scan [A]; after 4 calendar days Amazon may refund
 * automatically, and that refund is not SAFE-T eligible [3P, shown "≈ verify" through its rule status].
 */
import './english';
import type { ReturnsObservation } from '@/utils/pages/observation';
import type { ChipModel, ListContext } from './types';
import { instant, toneFor } from './tone';
import { englishTranslator, t } from '@/utils/i18n/active';

type ReturnRow = ReturnsObservation['rows'][number];

/** Text of the overdue chip, as the issue words it. */
export const overdueReturnText = () => t('lists.return.overdue');
/** The same text in English (as the issue words it). */
export const OVERDUE_RETURN_TEXT = englishTranslator()('lists.return.overdue');

/** The chip for one return row; null when there is nothing to say (closed without refund facts). */
export function returnChip(row: ReturnRow, ctx: ListContext): ChipModel | null {
  const base = { key: `return:${row.returnRequestId ?? row.orderId}`, orderId: row.orderId, anchor: row.orderId };
  if (row.refundedAtFirstScan === true) {
    return { ...base, tone: 'ok', label: t('lists.return.firstScan') };
  }
  if (row.refundIssued === true || row.state === 'refunded') {
    return { ...base, tone: 'ok', label: t('lists.return.refunded') };
  }
  const delivered = instant(row.deliveredAt);
  if (row.state === 'delivered' || delivered) {
    if (!delivered) {
      return { ...base, tone: 'unclear', label: t('lists.return.noDate'), detail: t('lists.return.noDateDetail') };
    }
    if (!ctx.deadline) {
      return { ...base, tone: 'unclear', label: t('lists.return.noMarketplace') };
    }
    const refund = ctx.deadline('return-refund', delivered);
    if (!refund) {
      return { ...base, tone: 'unclear', label: t('lists.return.noRule') };
    }
    if (refund.dueAt.getTime() > ctx.now.getTime()) {
      return {
        ...base,
        tone: toneFor(refund.dueAt, ctx.now),
        label: t('lists.return.due'),
        deadline: { clock: 'return-refund', dueAt: refund.dueAt, timeZone: ctx.timeZone },
        rule: refund.rule,
        detail: refund.explanation,
      };
    }
    const automated = ctx.deadline('automated-refund', delivered);
    return {
      ...base,
      tone: 'overdue',
      label: overdueReturnText(),
      deadline: automated
        ? { clock: 'automated-refund', dueAt: automated.dueAt, timeZone: ctx.timeZone, lead: t('lists.return.automatedLead') }
        : { clock: 'return-refund', dueAt: refund.dueAt, timeZone: ctx.timeZone, lead: t('lists.return.wasDueLead') },
      rule: automated?.rule ?? refund.rule,
      detail: [refund.explanation, automated?.explanation].filter(Boolean).join(' '),
    };
  }
  if (row.state === 'requested' || row.state === 'approved' || row.state === 'in-transit') {
    return {
      ...base,
      tone: 'info',
      label: t('lists.return.awaiting'),
      detail: t('lists.return.awaitingDetail'),
    };
  }
  if (row.state === 'unknown') return { ...base, tone: 'unclear', label: t('lists.return.unknown') };
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
