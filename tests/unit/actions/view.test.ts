import { describe, expect, it } from 'vitest';
import { actionUrl, sectionOf, tomorrowAt9, isOpen } from '@/utils/actions/view';
import { badgeFor, nextBadgeChange } from '@/utils/actions/badge';
import { dueReminders, nextWake, actionIdOfNotification, notificationId } from '@/utils/actions/reminders';
import { parseCsv, parseImport, toCsv } from '@/utils/actions/export';
import { emptyQueue, type Action } from '@/utils/actions/model';

const NOW = new Date('2026-11-27T20:00:00.000Z'); // Fri 12:00 Los Angeles, 21:00 Berlin
const base: Action = {
  id: 'refund-return:112-4738291-5047863', kind: 'refund-return', orderId: '112-4738291-5047863', marketplace: 'US',
  clock: 'return-refund', startedAt: '2026-11-27T00:00:00.000Z', dueAt: '2026-11-28T07:59:00.000Z', ruleId: 'sfp-refund-2bd',
  status: 'open', createdAt: '2026-11-27T00:00:00.000Z',
};
const at = (over: Partial<Action>): Action => ({ ...base, ...over });

describe('sections and snooze times use the marketplace time zone', () => {
  it('"today" ends at local midnight of the action\'s marketplace', () => {
    expect(sectionOf(at({ dueAt: '2026-11-28T07:59:00.000Z' }), NOW)).toBe('today');   // 23:59 LA
    expect(sectionOf(at({ dueAt: '2026-11-28T08:01:00.000Z' }), NOW)).toBe('later');   // Sat 00:01 LA
    expect(sectionOf(at({ marketplace: 'DE', dueAt: '2026-11-27T22:59:00.000Z' }), NOW)).toBe('today'); // 23:59 Berlin
    expect(sectionOf(at({ marketplace: 'DE', dueAt: '2026-11-28T07:59:00.000Z' }), NOW)).toBe('later');
    expect(sectionOf(at({ dueAt: '2026-11-27T19:00:00.000Z' }), NOW)).toBe('overdue');
    expect(sectionOf(at({ snoozedUntil: '2026-11-27T21:00:00.000Z' }), NOW)).toBe('snoozed');
    expect(sectionOf(at({ snoozedUntil: '2026-11-27T19:00:00.000Z' }), NOW)).toBe('today'); // snooze over
    expect(sectionOf(at({ status: 'done' }), NOW)).toBeNull();
    expect(isOpen(at({ status: 'dismissed' }), NOW)).toBe(false);
  });

  it('tomorrow 9:00 is local, across a DST change', () => {
    expect(tomorrowAt9(NOW, 'America/Los_Angeles').toISOString()).toBe('2026-11-28T17:00:00.000Z');
    expect(tomorrowAt9(NOW, 'Asia/Tokyo').toISOString()).toBe('2026-11-29T00:00:00.000Z'); // already Sat 05:00 in Tokyo
    // Sat 7 Mar 2026 → Sun 8 Mar (US DST starts 02:00): 9:00 PDT = 16:00Z
    expect(tomorrowAt9(new Date('2026-03-07T20:00:00.000Z'), 'America/Los_Angeles').toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });
});

describe('page to open', () => {
  it('uses the marketplace host, or the unified EU host the observation came from', () => {
    expect(actionUrl(base)).toBe('https://sellercentral.amazon.com/returns/list?searchTerm=112-4738291-5047863&searchBy=OrderId');
    expect(actionUrl(at({ kind: 'reply-amazon-cs', marketplace: 'DE', host: 'sellercentral-europe.amazon.com' })))
      .toBe('https://sellercentral-europe.amazon.com/messaging/inbox-v3?fi=search&ss=112-4738291-5047863');
    expect(actionUrl(at({ kind: 'answer-safet', orderId: null, ref: 'C 1/2', marketplace: 'JP' })))
      .toBe('https://sellercentral.amazon.co.jp/safet-claims/claim/C%201%2F2');
    expect(actionUrl(at({ kind: 'file-safet', marketplace: 'UK' }))).toBe('https://sellercentral.amazon.co.uk/safet-claims/create-v2');
  });
});

describe('badge and wake-ups', () => {
  it('counts open actions only and says when it will change next', () => {
    const actions = [
      at({ id: 'a', dueAt: '2026-11-27T19:00:00.000Z' }),
      at({ id: 'b', dueAt: '2026-11-28T10:00:00.000Z' }),
      at({ id: 'c', dueAt: '2026-12-05T10:00:00.000Z' }),
      at({ id: 'd', status: 'done' }),
      at({ id: 'e', snoozedUntil: '2026-11-27T22:00:00.000Z' }),
    ];
    expect(badgeFor(actions, NOW)).toMatchObject({ text: '3', counts: { overdue: 1, dueSoon: 1, later: 1, snoozed: 1 } });
    expect(badgeFor([], NOW)).toMatchObject({ text: '', title: 'SFP Guide — nothing due' });
    expect(nextBadgeChange(actions, NOW)).toBe(Date.parse('2026-11-27T22:00:00.000Z'));
  });

  it('reminders: lead first, then overdue; an action first seen overdue gets only the overdue one', () => {
    const q = emptyQueue();
    q.actions.a = at({ id: 'a', dueAt: '2026-11-27T21:00:00.000Z' });
    q.actions.b = at({ id: 'b', dueAt: '2026-11-27T10:00:00.000Z' });
    q.actions.c = at({ id: 'c', dueAt: '2026-11-27T21:00:00.000Z', notified: 1 });
    const r = dueReminders(q, NOW, 120);
    expect(r.map((x) => [x.action.id, x.which, x.bits])).toEqual([['a', 'lead', 1], ['b', 'overdue', 3]]);
    expect(actionIdOfNotification(notificationId(r[0]!))).toBe('a');
    expect(nextWake(q, NOW, 120, true)).toBe(Date.parse('2026-11-27T21:00:00.000Z'));
    expect(nextWake(emptyQueue(), NOW, 120, true)).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes and parses commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e"""\r\n1,"2\n3",\n')).toEqual([['a', 'b,c', 'd "e"'], ['1', '2\n3', '']]);
    const odd = at({ origin: 'return-received:112-4738291-5047863:1,"x"' });
    expect(parseImport(toCsv([odd]))).toEqual({ actions: [odd], errors: [] });
  });
});
