/**
 * SAFE-T claims list → reply-by and appeal-by chips (issue 5 item 5). Pure: (claim, context) → chip.
 * The dates come from the page ("Reply by <date> <time>", "Appeal by <date> <time>") and win over any
 * computed rule (sfp-rules.md §2: reply in 3 business days with Saturdays counting, help 4JQY4B7XT3APCRM;
 * appeal date as shown on the claim, only one appeal). The rule is still linked as the source.
 */
import './english';
import type { SafetObservation } from '@/utils/pages/observation';
import type { ChipModel, ListContext } from './types';
import { instant, toneFor } from './tone';
import { t } from '@/utils/i18n/active';

type ClaimRow = SafetObservation['claims'][number];

/** The chip for one claim; null for claims in an unrecognised state. */
export function claimChip(claim: ClaimRow, ctx: ListContext): ChipModel | null {
  const base = { key: `claim:${claim.claimId}`, orderId: claim.orderId ?? '', anchor: claim.orderId ?? claim.claimId };
  if (claim.status === 'awaiting-seller') {
    const replyBy = instant(claim.replyBy);
    if (!replyBy) return { ...base, tone: 'unclear', label: t('lists.claim.noDate') };
    const overdue = replyBy.getTime() <= ctx.now.getTime();
    return {
      ...base,
      tone: toneFor(replyBy, ctx.now),
      // The countdown itself says "in …" or "overdue by …".
      label: t(overdue ? 'lists.claim.replyToAmazon' : 'lists.claim.replyDue'),
      deadline: { clock: 'safet-reply', dueAt: replyBy, timeZone: ctx.timeZone },
      rule: ctx.rule?.('safet-reply', replyBy) ?? undefined,
      detail: t('lists.claim.replyDetail'),
    };
  }
  if (claim.status === 'resolved') {
    const appealBy = instant(claim.appealBy);
    if (!appealBy) return null;
    if (appealBy.getTime() <= ctx.now.getTime()) {
      return { ...base, tone: 'ok', label: t('lists.claim.appealClosed') };
    }
    return {
      ...base,
      tone: toneFor(appealBy, ctx.now),
      label: t('lists.claim.appealPossible'),
      deadline: { clock: 'safet-appeal', dueAt: appealBy, timeZone: ctx.timeZone },
      rule: ctx.rule?.('safet-appeal', appealBy) ?? undefined,
      detail: t('lists.claim.appealDetail'),
    };
  }
  if (claim.status === 'under-investigation') {
    return { ...base, tone: 'ok', label: t('lists.claim.investigating') };
  }
  return null;
}

/** Chips for every claim of a SAFE-T observation. */
export function claimChips(obs: SafetObservation, ctx: ListContext): ChipModel[] {
  const out: ChipModel[] = [];
  const seen = new Set<string>();
  for (const claim of obs.claims) {
    const chip = claimChip(claim, ctx);
    if (chip && !seen.has(chip.key)) {
      seen.add(chip.key);
      out.push(chip);
    }
  }
  return out;
}
