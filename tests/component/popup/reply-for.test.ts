// Issue 16 item 5, popup side: a queued action's reply suggestion. The queue stores no message text and no
// message language (privacy), so the popup writes in the marketplace's storefront language; only actions that say
// what to write get one (refund after a received return, answering Amazon CS), each within the messaging rules
// proved for every template in tests/unit/policy/replies.test.ts.
import { describe, expect, it } from 'vitest';
import { replyFor } from '@/components/popup/reply-for';
import { ACTION_KINDS } from '@/utils/actions/model';
import { MARKETPLACE_CODES } from '@/utils/marketplaces';
import { replyText } from '@/utils/policy/replies';

describe('replyFor', () => {
  it('refund-return → "refund now", reply-amazon-cs → "reply to Amazon CS and the customer", in the storefront language', () => {
    expect(replyFor({ kind: 'refund-return', marketplace: 'DE' })).toBe(replyText('refund-now', 'de'));
    expect(replyFor({ kind: 'reply-amazon-cs', marketplace: 'JP' })).toBe(replyText('reply-to-amazon-cs-and-customer', 'ja'));
    expect(replyFor({ kind: 'refund-return', marketplace: 'MX' })).toBe(replyText('refund-now', 'es'));
    expect(replyFor({ kind: 'reply-amazon-cs', marketplace: 'IT' })).toBe(replyText('reply-to-amazon-cs-and-customer', 'it'));
    expect(replyFor({ kind: 'refund-return', marketplace: 'FR' })).toBe(replyText('refund-now', 'fr'));
    // Storefronts without templates of their own language: English.
    for (const m of ['US', 'UK', 'NL', 'SE', 'PL', 'TR', 'IN'] as const) expect(replyFor({ kind: 'refund-return', marketplace: m })).toBe(replyText('refund-now', 'en'));
  });

  it("every other action kind gets no canned text (a buyer message's topic is not stored), on every marketplace", () => {
    for (const kind of ACTION_KINDS.filter((k) => k !== 'refund-return' && k !== 'reply-amazon-cs')) {
      for (const marketplace of MARKETPLACE_CODES) expect(replyFor({ kind, marketplace }), `${kind} ${marketplace}`).toBeNull();
    }
  });
});
