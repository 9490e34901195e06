import { describe, expect, it } from 'vitest';
import { listContext } from '@/components/overlay/lists/list-context';
import { claimChip } from '@/components/overlay/lists/safet-model';
import { inboxChip, inboxChips } from '@/components/overlay/lists/inbox-model';
import { orderListChips, orderRowChip } from '@/components/overlay/lists/order-list-model';
import type { MessagesObservation, OrderListObservation, SafetObservation } from '@/utils/pages/observation';

const now = new Date('2026-11-27T13:00:00.000Z');
const us = listContext('US', { calendars: {} }, now);
type Claim = SafetObservation['claims'][number];
type Inbox = MessagesObservation['rows'][number];

describe('claimChip (SAFE-T claims list)', () => {
  const claim = (over: Partial<Claim>): Claim => ({ claimId: '8123456789', orderId: '112-4738291-5047863', status: 'unknown', ...over });

  it('shows the page\'s own reply-by date as a safet-reply countdown, linked to the rule', () => {
    const chip = claimChip(claim({ status: 'awaiting-seller', replyBy: '2026-11-29T07:59:00.000Z' }), us);
    expect(chip?.deadline).toMatchObject({ clock: 'safet-reply' });
    expect(chip?.deadline?.dueAt.toISOString()).toBe('2026-11-29T07:59:00.000Z');
    expect(chip?.label).toBe('Reply due');
    expect(chip?.tone).toBe('info');
    expect(chip?.rule?.source).toMatch(/^https:\/\//);
  });

  it('marks a passed reply-by date overdue', () => {
    const chip = claimChip(claim({ status: 'awaiting-seller', replyBy: '2026-11-26T07:59:00.000Z' }), us);
    expect(chip?.tone).toBe('overdue');
    expect(chip?.label).toBe('Reply to Amazon');
  });

  it('does not guess a reply date the page does not show', () => {
    const chip = claimChip(claim({ status: 'awaiting-seller' }), us);
    expect(chip?.tone).toBe('unclear');
    expect(chip?.deadline).toBeUndefined();
  });

  it('shows appeal-by on resolved claims, and a closed window once it passed', () => {
    const open = claimChip(claim({ status: 'resolved', appealBy: '2026-12-20T08:00:00.000Z' }), us);
    expect(open?.deadline?.clock).toBe('safet-appeal');
    expect(open?.detail).toMatch(/one appeal/i);
    expect(claimChip(claim({ status: 'resolved', appealBy: '2026-11-01T08:00:00.000Z' }), us)?.label).toBe('Appeal window closed');
    expect(claimChip(claim({ status: 'resolved' }), us)).toBeNull();
  });

  it('anchors on the claim id when the row shows no order id', () => {
    const chip = claimChip(claim({ orderId: undefined, status: 'under-investigation' }), us);
    expect(chip?.anchor).toBe('8123456789');
    expect(chip?.orderId).toBe('');
  });
});

describe('inboxChip (Buyer Messages)', () => {
  const row = (over: Partial<Inbox>): Inbox => ({ orderId: '112-4738291-5047863', sender: 'buyer', needsResponse: true, ...over });

  it('gives a buyer message 24 hours, weekends included', () => {
    const chip = inboxChip(row({ receivedAt: '2026-11-27T02:00:00.000Z' }), us);
    expect(chip?.deadline?.clock).toBe('buyer-reply');
    expect(chip?.deadline?.dueAt.toISOString()).toBe('2026-11-28T02:00:00.000Z');
    expect(chip?.tone).toBe('soon');
  });

  it('gives an Amazon CS contact 2 business days', () => {
    // Tue 24 Nov 09:00 PST → Wed 25 = 1, Thu 26 Thanksgiving, Fri 27 = 2 → end of Fri 27 Nov PST.
    const chip = inboxChip(row({ sender: 'amazon-cs', receivedAt: '2026-11-24T17:00:00.000Z' }), us);
    expect(chip?.deadline?.clock).toBe('amazon-cs-reply');
    expect(chip?.deadline?.dueAt.toISOString()).toBe('2026-11-28T08:00:00.000Z');
    expect(chip?.label).toBe('Reply to Amazon CS due');
  });

  it('stays quiet for answered rows and the seller\'s own messages; says "check" without a date', () => {
    expect(inboxChip(row({ needsResponse: false, receivedAt: '2026-11-27T02:00:00.000Z' }), us)).toBeNull();
    expect(inboxChip(row({ sender: 'seller', receivedAt: '2026-11-27T02:00:00.000Z' }), us)).toBeNull();
    expect(inboxChip(row({}), us)?.tone).toBe('unclear');
    expect(inboxChip(row({ orderId: undefined }), us)).toBeNull();
    // Not marked "Response needed" (e.g. Amazon's "Return authorization notification"): no chip, unless it is
    // the open thread whose last message is not the seller's.
    const unmarked = row({ sender: 'amazon-cs', needsResponse: null, receivedAt: '2026-11-18T08:00:00.000Z' });
    expect(inboxChip(unmarked, us)).toBeNull();
    expect(inboxChip(unmarked, us, new Date('2026-11-18T17:00:00.000Z'))?.deadline?.clock).toBe('amazon-cs-reply');
  });

  it('counts a day-only row date from the start of that day and says "may be overdue" until the latest end has passed', () => {
    // "Nov 26, 2026" read as local midnight in Los Angeles.
    const dayOnly = row({ receivedAt: '2026-11-26T08:00:00.000Z' });
    const early = inboxChip(dayOnly, listContext('US', { calendars: {} }, new Date('2026-11-27T06:00:00.000Z')));
    expect(early?.label).toBe('Reply to buyer due');
    expect(early?.deadline).toMatchObject({ clock: 'buyer-reply', lead: 'at the earliest' });
    expect(early?.deadline?.dueAt.toISOString()).toBe('2026-11-27T08:00:00.000Z');
    const between = inboxChip(dayOnly, us);
    expect(between?.label).toBe('Reply to buyer — may be overdue');
    expect(between?.tone).toBe('soon');
    expect(between?.deadline?.dueAt.toISOString()).toBe('2026-11-28T07:59:00.000Z');
    const late = inboxChip(dayOnly, listContext('US', { calendars: {} }, new Date('2026-11-28T09:00:00.000Z')));
    expect(late?.tone).toBe('overdue');
    expect(late?.label).toBe('Reply to buyer');
  });

  it('uses the open thread\'s exact message time for its own inbox row', () => {
    const obs: MessagesObservation = {
      kind: 'messages', marketplace: 'US', observedAt: now.toISOString(), source: 'dom',
      rows: [row({ threadId: 't1', receivedAt: '2026-11-26T08:00:00.000Z' }), row({ threadId: 't2', orderId: '114-0000000-0000009', receivedAt: '2026-11-26T08:00:00.000Z' })],
      thread: { threadId: 't1', orderId: '112-4738291-5047863', answered: false, messages: [{ sender: 'buyer', sentAt: '2026-11-26T17:14:00.000Z', intent: 'product-question', intentConfidence: 0.9 }] },
    };
    const [t1, t2] = inboxChips(obs, us);
    expect(t1?.deadline?.dueAt.toISOString()).toBe('2026-11-27T17:14:00.000Z');
    // The open thread's row also names what the message is about.
    expect(t1?.label).toBe('Product question · Reply to buyer due');
    expect(t1?.deadline?.lead).toBeUndefined();
    expect(t2?.label).toBe('Reply to buyer — may be overdue');
    const unsure = inboxChips({ ...obs, thread: { ...obs.thread!, messages: [{ sender: 'buyer', sentAt: '2026-11-26T17:14:00.000Z', intent: 'refund-status', intentConfidence: 0.3 }] } }, us);
    expect(unsure[0]?.label).toBe('Unclear — check · Reply to buyer due');
  });

  it('dedupes rows of the same thread', () => {
    const obs: MessagesObservation = {
      kind: 'messages', marketplace: 'US', observedAt: now.toISOString(), source: 'dom',
      rows: [row({ threadId: 't1', receivedAt: '2026-11-27T02:00:00.000Z' }), row({ threadId: 't1', receivedAt: '2026-11-27T02:00:00.000Z' })],
    };
    expect(inboxChips(obs, us)).toHaveLength(1);
  });
});

describe('orderRowChip (Manage Orders)', () => {
  it('shows the earliest open deadline and how many more there are', () => {
    const chip = orderRowChip('112-4738291-5047863', [
      { clock: 'automated-refund', dueAt: '2026-12-01T08:00:00.000Z' },
      { clock: 'return-refund', dueAt: '2026-11-28T08:00:00.000Z' },
    ], us);
    expect(chip?.label).toBe('Refund return (+1 more)');
    expect(chip?.deadline?.clock).toBe('return-refund');
    expect(chip?.detail).toMatch(/Grade return: due/);
  });

  it('drops unknown clocks and invalid dates instead of guessing', () => {
    expect(orderRowChip('112-4738291-5047863', [{ clock: 'teleport', dueAt: '2026-11-28T08:00:00.000Z' }, { clock: 'buyer-reply', dueAt: 'soon' }], us)).toBeNull();
  });

  it('only asks about SFP rows with something open', () => {
    const obs: OrderListObservation = {
      kind: 'order-list', marketplace: 'US', observedAt: now.toISOString(), source: 'dom',
      rows: [
        { orderId: '112-0000000-0000001', sfp: true, status: 'shipped' },
        { orderId: '112-0000000-0000002', sfp: false, status: 'shipped' },
        { orderId: '112-0000000-0000003', sfp: true, status: 'shipped' },
      ],
    };
    const map = new Map([
      ['112-0000000-0000001', [{ clock: 'buyer-reply', dueAt: '2026-11-28T02:00:00.000Z' }]],
      ['112-0000000-0000002', [{ clock: 'buyer-reply', dueAt: '2026-11-28T02:00:00.000Z' }]],
    ]);
    expect(orderListChips(obs, map, us).map((c) => c.orderId)).toEqual(['112-0000000-0000001']);
  });
});
