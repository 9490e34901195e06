/**
 * Reply suggestion for an action, from the policy's reply templates (utils/policy/replies.ts), in the
 * marketplace's storefront language. Only where the action itself says what to write: after refunding a
 * received return, and when answering an Amazon CS contact. A buyer message's topic is not stored
 * (privacy), so reply-buyer gets no canned text here — the overlay offers one on the thread itself.
 */
import type { MarketplaceCode } from '@/utils/marketplaces';
import type { Action } from '@/utils/actions/model';
import { replyText, type ReplyKind, type ReplyLanguage } from '@/utils/policy/replies';

const LANGUAGE: Partial<Record<MarketplaceCode, ReplyLanguage>> = {
  DE: 'de', FR: 'fr', BE: 'fr', IT: 'it', ES: 'es', MX: 'es', JP: 'ja',
};

const KIND: Partial<Record<Action['kind'], ReplyKind>> = {
  'refund-return': 'refund-now',
  'reply-amazon-cs': 'reply-to-amazon-cs-and-customer',
};

/** The text to copy, or null when this kind of action has no suggestion. */
export function replyFor(a: Pick<Action, 'kind' | 'marketplace'>): string | null {
  const kind = KIND[a.kind];
  return kind ? replyText(kind, LANGUAGE[a.marketplace] ?? 'en') : null;
}
