/**
 * SAFE-T claims list → reply-by and appeal-by chips (issue 5 item 5). Pure: (claim, context) → chip.
 * The dates come from the page ("Reply by <date> <time>", "Appeal by <date> <time>") and win over any
 * computed rule (sfp-rules.md §2: reply in 3 business days with Saturdays counting, help 4JQY4B7XT3APCRM;
 * appeal date as shown on the claim, only one appeal). The rule is still linked as the source.
 */
import type { SafetObservation } from '@/utils/pages/observation';
import type { ChipModel, ListContext } from './types';
import { instant, toneFor } from './tone';

type ClaimRow = SafetObservation['claims'][number];

/** The chip for one claim; null for claims in an unrecognised state. */
export function claimChip(claim: ClaimRow, ctx: ListContext): ChipModel | null {
  const base = { key: `claim:${claim.claimId}`, orderId: claim.orderId ?? '', anchor: claim.orderId ?? claim.claimId };
  if (claim.status === 'awaiting-seller') {
    const replyBy = instant(claim.replyBy);
    if (!replyBy) return { ...base, tone: 'unclear', label: 'Amazon asked for information — reply date not shown, check' };
    const overdue = replyBy.getTime() <= ctx.now.getTime();
    return {
      ...base,
      tone: toneFor(replyBy, ctx.now),
      // The countdown itself says "in …" or "overdue by …".
      label: overdue ? 'Reply to Amazon' : 'Reply due',
      deadline: { clock: 'safet-reply', dueAt: replyBy, timeZone: ctx.timeZone },
      rule: ctx.rule?.('safet-reply', replyBy) ?? undefined,
      detail: 'Date as shown by Seller Central. Answer the information request on the claim before it passes.',
    };
  }
  if (claim.status === 'resolved') {
    const appealBy = instant(claim.appealBy);
    if (!appealBy) return null;
    if (appealBy.getTime() <= ctx.now.getTime()) {
      return { ...base, tone: 'ok', label: 'Appeal window closed' };
    }
    return {
      ...base,
      tone: toneFor(appealBy, ctx.now),
      label: 'Appeal possible',
      deadline: { clock: 'safet-appeal', dueAt: appealBy, timeZone: ctx.timeZone },
      rule: ctx.rule?.('safet-appeal', appealBy) ?? undefined,
      detail: 'Date as shown by Seller Central. Only one appeal per claim: include all evidence in it.',
    };
  }
  if (claim.status === 'under-investigation') {
    return { ...base, tone: 'ok', label: 'Under investigation — no action' };
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
