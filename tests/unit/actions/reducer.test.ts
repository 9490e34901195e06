import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reduce, markId, type QueueInput, KEEP_CLOSED_MS } from '@/utils/actions/reducer';
import { emptyQueue, type QueueState } from '@/utils/actions/model';
import { fakeDeadline, NOW, ORDER, ORDER2, orderDetails, receivedReturnObs } from './helpers';
import type { Observation } from '@/utils/pages/observation';

const env = { deadline: fakeDeadline };
const run = (inputs: QueueInput[], now = NOW, state: QueueState = emptyQueue()) =>
  inputs.reduce((s, i) => reduce(s, i, now, env), state);
const observe = (observation: Observation, host?: string): QueueInput => ({ type: 'observe', observation, ...(host ? { host } : {}) });

describe('observations → actions', () => {
  it('a received, unrefunded return on an SFP order asks for a refund with the rule and due instant', () => {
    const s = run([observe(receivedReturnObs())]);
    const a = s.actions[`refund-return:${ORDER}`];
    expect(a).toMatchObject({
      kind: 'refund-return', orderId: ORDER, marketplace: 'US', clock: 'return-refund', status: 'open',
      startedAt: '2026-11-26T18:00:00.000Z', dueAt: '2026-11-28T18:00:00.000Z', ruleId: 'test-return-refund',
    });
    expect(Object.keys(s.actions)).toHaveLength(1);
  });

  it('a non-SFP seller-fulfilled return asks to grade it before the automated refund', () => {
    const s = run([observe(orderDetails({ sfp: false, return: { state: 'delivered', deliveredAt: '2026-11-26T18:00:00.000Z' } }))]);
    expect(s.actions[`grade-return:${ORDER}`]).toMatchObject({ clock: 'automated-refund', dueAt: '2026-11-30T18:00:00.000Z' });
    expect(s.actions[`refund-return:${ORDER}`]).toBeUndefined();
  });

  it('FBA orders, refunded returns and refund at first scan raise nothing', () => {
    const ret = { state: 'delivered' as const, deliveredAt: '2026-11-26T18:00:00.000Z' };
    expect(run([observe(orderDetails({ fulfillment: 'amazon', return: ret }))]).actions).toEqual({});
    expect(run([observe(orderDetails({ return: { ...ret, refundedAtFirstScan: true } }))]).actions).toEqual({});
    expect(run([observe(orderDetails({ return: ret, refund: { issuer: 'seller', at: '2026-11-27T08:00:00.000Z' } }))]).actions).toEqual({});
  });

  it('is idempotent: the same observation twice returns the very same state', () => {
    const once = run([observe(receivedReturnObs())]);
    expect(reduce(once, observe(receivedReturnObs()), new Date(NOW.getTime() + 60_000), env)).toBe(once);
  });

  it('auto-completes the refund when a later observation shows it issued', () => {
    const s = run([
      observe(receivedReturnObs()),
      observe(orderDetails({ return: { state: 'refunded', deliveredAt: '2026-11-26T18:00:00.000Z' }, refund: { issuer: 'seller', at: '2026-11-27T11:30:00.000Z' } })),
    ]);
    expect(s.actions[`refund-return:${ORDER}`]).toMatchObject({ status: 'done', closedBy: 'auto', closedAt: NOW.toISOString() });
  });

  it('the returns list opens and completes refunds, using the remembered SFP fact', () => {
    const returns = (refundIssued: boolean): Observation => ({
      kind: 'returns', marketplace: 'US', observedAt: '2026-11-27T11:00:00.000Z', source: 'json',
      rows: [
        { orderId: ORDER, state: 'delivered', deliveredAt: '2026-11-26T18:00:00.000Z', refundedAtFirstScan: false, refundIssued },
        { orderId: ORDER2, state: 'delivered', deliveredAt: '2026-11-26T18:00:00.000Z', refundedAtFirstScan: false, refundIssued },
      ],
    });
    const listed: Observation = {
      kind: 'order-list', marketplace: 'US', observedAt: '2026-11-27T10:00:00.000Z', source: 'dom',
      rows: [{ orderId: ORDER2, sfp: false, status: 'returned' }],
    };
    const s = run([observe(listed), observe(returns(false))]);
    expect(s.actions[`refund-return:${ORDER}`]?.status).toBe('open');
    expect(s.actions[`grade-return:${ORDER2}`]?.status).toBe('open');
    const after = reduce(s, observe(returns(true)), NOW, env);
    expect(Object.values(after.actions).map((a) => a.status)).toEqual(['done', 'done']);
  });

  it('an Amazon CS refund opens a SAFE-T filing action from the later of refund and delivery; a claim completes it', () => {
    const s = run([observe(orderDetails({
      return: { state: 'refunded', deliveredAt: '2026-11-20T10:00:00.000Z' }, refund: { issuer: 'amazon-cs', at: '2026-11-18T10:00:00.000Z' },
    }))]);
    expect(s.actions[`file-safet:${ORDER}`]).toMatchObject({ startedAt: '2026-11-20T10:00:00.000Z', dueAt: '2026-12-20T10:00:00.000Z' });
    const filed = reduce(s, observe({
      kind: 'safet', marketplace: 'US', observedAt: NOW.toISOString(), source: 'dom',
      claims: [{ claimId: 'C-100', orderId: ORDER, status: 'under-investigation' }],
    }), NOW, env);
    expect(filed.actions[`file-safet:${ORDER}`]?.status).toBe('done');
  });

  it('no SAFE-T action for automated refunds or when the filing window has closed', () => {
    const auto = orderDetails({ refund: { issuer: 'amazon-automated', at: '2026-11-18T10:00:00.000Z' } });
    const old = orderDetails({ refund: { issuer: 'amazon-cs', at: '2026-09-01T10:00:00.000Z' } });
    expect(run([observe(auto), observe(old)]).actions).toEqual({});
  });

  it('messages: a buyer message needing a reply opens reply-buyer; answered threads complete it; a newer message reopens', () => {
    const inbox = (needsResponse: boolean, receivedAt = '2026-11-27T09:00:00.000Z'): Observation => ({
      kind: 'messages', marketplace: 'UK', observedAt: NOW.toISOString(), source: 'dom',
      rows: [{ orderId: ORDER, sender: 'buyer', receivedAt, needsResponse, threadId: 'T-1' }],
    });
    const s1 = run([observe(inbox(true))]);
    expect(s1.actions[`reply-buyer:${ORDER}`]).toMatchObject({ dueAt: '2026-11-28T09:00:00.000Z', ref: 'T-1', marketplace: 'UK' });
    const s2 = reduce(s1, observe(inbox(false)), NOW, env);
    expect(s2.actions[`reply-buyer:${ORDER}`]?.status).toBe('done');
    expect(reduce(s2, observe(inbox(true)), NOW, env).actions[`reply-buyer:${ORDER}`]?.status).toBe('done');
    const s3 = reduce(s2, observe(inbox(true, '2026-11-27T11:00:00.000Z')), NOW, env);
    expect(s3.actions[`reply-buyer:${ORDER}`]).toMatchObject({ status: 'open', dueAt: '2026-11-28T11:00:00.000Z' });
  });

  it('an open thread whose last message is an Amazon CS request opens reply-amazon-cs', () => {
    const s = run([observe({
      kind: 'messages', marketplace: 'DE', observedAt: NOW.toISOString(), source: 'dom', rows: [],
      thread: { orderId: ORDER, answered: false, messages: [
        { sender: 'seller', sentAt: '2026-11-25T08:00:00.000Z' },
        { sender: 'buyer', sentAt: '2026-11-26T08:00:00.000Z', intent: 'amazon-cs-request' },
      ] },
    })]);
    expect(s.actions[`reply-amazon-cs:${ORDER}`]).toMatchObject({ clock: 'amazon-cs-reply', dueAt: '2026-11-28T08:00:00.000Z' });
  });

  it('SAFE-T claims: page dates win, answered and appealed claims complete', () => {
    const claims = (status: 'awaiting-seller' | 'under-investigation' | 'resolved'): Observation => ({
      kind: 'safet', marketplace: 'US', observedAt: NOW.toISOString(), source: 'dom',
      claims: [{ claimId: 'C-7', status, replyBy: '2026-11-30T07:59:00.000Z', appealBy: '2026-12-27T07:59:00.000Z' }],
    });
    const s1 = run([observe(claims('awaiting-seller'))]);
    expect(s1.actions['answer-safet:C-7']).toMatchObject({ dueAt: '2026-11-30T07:59:00.000Z', ruleId: 'page:safet-reply', orderId: null, ref: 'C-7' });
    const s2 = reduce(s1, observe(claims('resolved')), NOW, env);
    expect(s2.actions['answer-safet:C-7']?.status).toBe('done');
    expect(s2.actions['appeal-safet:C-7']).toMatchObject({ status: 'open', dueAt: '2026-12-27T07:59:00.000Z' });
    expect(reduce(s2, observe(claims('under-investigation')), NOW, env).actions['appeal-safet:C-7']?.status).toBe('done');
  });

  it('no rule for a marketplace, or no marketplace at all → no action, never a guessed deadline', () => {
    expect(run([observe(orderDetails({ marketplace: 'JP', return: { state: 'delivered', deliveredAt: '2026-11-26T18:00:00.000Z' } }))]).actions).toEqual({});
    const eu = orderDetails({ marketplace: null, return: { state: 'delivered', deliveredAt: '2026-11-26T18:00:00.000Z' } });
    expect(run([observe(eu)]).actions).toEqual({});
    const s = reduce(emptyQueue(), observe(eu, 'sellercentral-europe.amazon.com'), NOW, { ...env, defaultMarketplace: 'DE' });
    expect(s.actions[`refund-return:${ORDER}`]).toMatchObject({ marketplace: 'DE', host: 'sellercentral-europe.amazon.com' });
    // The page named the marketplace on the EU host: pages still open on the EU host; own hosts are not stored.
    const named = reduce(emptyQueue(), observe({ ...eu, marketplace: 'FR' }, 'sellercentral-europe.amazon.com'), NOW, env);
    expect(named.actions[`refund-return:${ORDER}`]).toMatchObject({ marketplace: 'FR', host: 'sellercentral-europe.amazon.com' });
    const own = reduce(emptyQueue(), observe(receivedReturnObs(), 'sellercentral.amazon.com'), NOW, env);
    expect(own.actions[`refund-return:${ORDER}`]?.host).toBeUndefined();
  });

  it('remembers marketplaces seen and SFP facts, nothing else about the order', () => {
    const s = run([observe(receivedReturnObs())]);
    expect(s.marketplacesSeen).toEqual(['US']);
    expect(s.orders[ORDER]).toEqual({ sfp: true, seenAt: '2026-11-27T11:00:00.000Z' });
  });
});

describe('marks', () => {
  const mark = (kind: 'return-received' | 'amazon-cs-contact', at = '2026-11-27T10:00:00.000Z'): QueueInput =>
    ({ type: 'mark', mark: { kind, orderId: ORDER, marketplace: 'US', at } });

  it('return received → refund action from the mark; unmark removes it', () => {
    const s = run([mark('return-received')]);
    const id = markId({ kind: 'return-received', orderId: ORDER, at: '2026-11-27T10:00:00.000Z' });
    expect(s.marks[id]).toMatchObject({ kind: 'return-received', orderId: ORDER });
    expect(s.actions[`refund-return:${ORDER}`]).toMatchObject({ origin: id, dueAt: '2026-11-29T10:00:00.000Z' });
    expect(reduce(s, mark('return-received'), NOW, env)).toBe(s);
    const un = reduce(s, { type: 'unmark', markId: id }, NOW, env);
    expect(un.actions).toEqual({});
    expect(un.marks).toEqual({});
  });

  it('Amazon CS contact → reply-amazon-cs', () => {
    expect(run([mark('amazon-cs-contact')]).actions[`reply-amazon-cs:${ORDER}`]).toMatchObject({ clock: 'amazon-cs-reply' });
  });

  it('page data wins over a mark, and an observed action survives unmarking', () => {
    const s = run([mark('return-received'), observe(receivedReturnObs())]);
    const a = s.actions[`refund-return:${ORDER}`];
    expect(a).toMatchObject({ startedAt: '2026-11-26T18:00:00.000Z' });
    expect(a?.origin).toBeUndefined();
    const id = Object.keys(s.marks)[0]!;
    expect(reduce(s, { type: 'unmark', markId: id }, NOW, env).actions[`refund-return:${ORDER}`]?.status).toBe('open');
    expect(run([observe(receivedReturnObs()), mark('return-received')]).actions[`refund-return:${ORDER}`]?.startedAt)
      .toBe('2026-11-26T18:00:00.000Z');
  });
});

describe('commands', () => {
  const id = `refund-return:${ORDER}`;
  const base = run([observe(receivedReturnObs())]);
  const cmd = (command: Extract<QueueInput, { type: 'command' }>['command']): QueueInput => ({ type: 'command', command });

  it('done, then undo restores the open action', () => {
    const done = reduce(base, cmd({ type: 'done', id }), NOW, env);
    expect(done.actions[id]).toMatchObject({ status: 'done', closedBy: 'manual' });
    expect(done.undo).toHaveLength(1);
    const undone = reduce(done, cmd({ type: 'undo' }), NOW, env);
    expect(undone.actions[id]).toEqual(base.actions[id]);
    expect(undone.undo).toEqual([]);
  });

  it('snooze needs a future instant; unsnooze and dismiss/reopen work; unknown ids change nothing', () => {
    const later = '2026-11-27T13:00:00.000Z';
    expect(reduce(base, cmd({ type: 'snooze', id, until: '2026-11-27T11:00:00.000Z' }), NOW, env)).toBe(base);
    const snoozed = reduce(base, cmd({ type: 'snooze', id, until: later }), NOW, env);
    expect(snoozed.actions[id]?.snoozedUntil).toBe(later);
    expect(reduce(snoozed, cmd({ type: 'unsnooze', id }), NOW, env).actions[id]?.snoozedUntil).toBeUndefined();
    const dismissed = reduce(base, cmd({ type: 'dismiss', id }), NOW, env);
    expect(dismissed.actions[id]?.status).toBe('dismissed');
    expect(reduce(dismissed, cmd({ type: 'reopen', id }), NOW, env).actions[id]?.status).toBe('open');
    expect(reduce(base, cmd({ type: 'done', id: 'refund-return:000-0000000-0000000' }), NOW, env)).toBe(base);
  });

  it('auto-completion does not resurrect a dismissed action and re-observation does not reopen a done one', () => {
    const done = reduce(base, cmd({ type: 'done', id }), NOW, env);
    expect(reduce(done, observe(receivedReturnObs()), NOW, env)).toBe(done);
  });
});

describe('recompute', () => {
  it('moves rule-based deadlines of open actions when the calendar changes; page dates and closed actions stay', () => {
    const s = run([
      observe(receivedReturnObs()),
      observe({ kind: 'safet', marketplace: 'US', observedAt: NOW.toISOString(), source: 'dom',
        claims: [{ claimId: 'C-1', status: 'awaiting-seller', replyBy: '2026-11-30T07:59:00.000Z' }] }),
    ]);
    expect(reduce(s, { type: 'recompute' }, NOW, env)).toBe(s);
    const slower = { deadline: ((clock, event, ctx) => {
      const d = fakeDeadline(clock, event, ctx);
      return d && { dueAt: new Date(d.dueAt.getTime() + 3600_000), rule: { id: 'slower' } };
    }) as typeof fakeDeadline };
    const r = reduce(s, { type: 'recompute' }, NOW, slower);
    expect(r.actions[`refund-return:${ORDER}`]).toMatchObject({ dueAt: '2026-11-28T19:00:00.000Z', ruleId: 'slower' });
    expect(r.actions['answer-safet:C-1']).toEqual(s.actions['answer-safet:C-1']);
  });
});

describe('pruning and import', () => {
  it('prunes closed actions after 30 days, keeps open ones', () => {
    const s = run([observe(receivedReturnObs()), observe(receivedReturnObs(ORDER2)), { type: 'command', command: { type: 'done', id: `refund-return:${ORDER}` } }]);
    const later = new Date(NOW.getTime() + KEEP_CLOSED_MS + 1000);
    const pruned = reduce(s, { type: 'prune' }, later, env);
    expect(Object.keys(pruned.actions)).toEqual([`refund-return:${ORDER2}`]);
    expect(reduce(s, { type: 'prune' }, NOW, env).actions).toBe(s.actions);
  });

  it('import adds and replaces by id; identical rows change nothing', () => {
    const s = run([observe(receivedReturnObs())]);
    const a = s.actions[`refund-return:${ORDER}`]!;
    expect(reduce(s, { type: 'import', actions: [a] }, NOW, env)).toBe(s);
    const b = { ...a, id: `refund-return:${ORDER2}`, orderId: ORDER2 };
    expect(Object.keys(reduce(s, { type: 'import', actions: [b] }, NOW, env).actions)).toHaveLength(2);
  });
});

describe('properties', () => {
  const orderId = fc.tuple(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1e6, max: 9999999 }), fc.integer({ min: 1e6, max: 9999999 }))
    .map(([a, b, c]) => `${a}-${b}-${c}`);
  const instant = fc.integer({ min: Date.parse('2026-10-01T00:00:00Z'), max: Date.parse('2026-11-27T00:00:00Z') }).map((t) => new Date(t).toISOString());
  const obs = fc.record({ orderId, at: instant, sfp: fc.constantFrom(true, false, null), refunded: fc.boolean() }).map(({ orderId: id, at, sfp, refunded }) =>
    orderDetails({ orderId: id, sfp, return: { state: refunded ? 'refunded' : 'delivered', deliveredAt: at }, ...(refunded ? { refund: { issuer: 'seller' as const, at } } : {}) }));

  it('applying any observation twice equals applying it once; order of distinct orders does not matter', () => {
    fc.assert(fc.property(fc.array(obs, { maxLength: 12 }), (list) => {
      const once = run(list.map((o) => observe(o)));
      const twice = run(list.flatMap((o) => [observe(o), observe(o)]));
      expect(twice.actions).toEqual(once.actions);
      const byOrder = new Map(list.map((o) => [o.orderId, o]));
      const unique = [...byOrder.values()];
      expect(run([...unique].reverse().map((o) => observe(o))).actions).toEqual(run(unique.map((o) => observe(o))).actions);
    }), { numRuns: 60 });
  });

  it('every open action has a due instant after it started and a rule', () => {
    fc.assert(fc.property(fc.array(obs, { maxLength: 12 }), (list) => {
      for (const a of Object.values(run(list.map((o) => observe(o))).actions)) {
        expect(Date.parse(a.dueAt)).toBeGreaterThan(Date.parse(a.startedAt));
        expect(a.ruleId).toMatch(/^test-/);
      }
    }), { numRuns: 40 });
  });
});
