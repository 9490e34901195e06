import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createQueueService, ALARM_NEXT, ALARM_PRUNE } from '@/utils/actions/service';
import { queueItem, settingsItem, DEFAULT_SETTINGS, parseQueue } from '@/utils/storage';
import { BADGE_RED, BADGE_AMBER, BADGE_NEUTRAL } from '@/utils/actions/badge';
import type { Observation } from '@/utils/pages/observation';
import { orderDetails, ORDER } from './helpers';

let clock = new Date('2026-11-27T12:00:00.000Z');
const now = () => clock;
const tab = (id: number) => ({ tab: { id, url: `https://sellercentral.amazon.com/orders-v3/order/${ORDER}` } });
const orderId = (i: number) => `111-${String(1000000 + i)}-${String(2000000 + i)}`;
const returned = (i: number, at = '2026-11-26T18:00:00.000Z'): Observation =>
  orderDetails({ orderId: orderId(i), return: { state: 'delivered', deliveredAt: at } });

beforeEach(() => {
  fakeBrowser.reset();
  clock = new Date('2026-11-27T12:00:00.000Z');
});

describe('background queue service', () => {
  it('200 concurrent observations from 5 tabs: nothing lost, writes batched, badge = 200', async () => {
    const svc = createQueueService({ now });
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) =>
      svc.handleMessage({ type: 'sfp:observe', observation: returned(i) }, tab(i % 5))));
    expect(replies.every((r) => (r as { ok: boolean }).ok)).toBe(true);
    const state = parseQueue(await queueItem.getValue()).state;
    expect(Object.keys(state.actions)).toHaveLength(200);
    expect(svc.store.writes).toBeLessThan(200);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('200');
  });

  it('interleaved marks and observations from several tabs on the same orders keep every mark', async () => {
    const svc = createQueueService({ now });
    const msgs = Array.from({ length: 50 }, (_, i) => i % 2
      ? { type: 'sfp:observe', observation: returned(i) }
      : { type: 'sfp:mark', mark: { kind: 'amazon-cs-contact', orderId: orderId(i), marketplace: 'US', at: '2026-11-27T08:00:00.000Z' } });
    await Promise.all(msgs.map((m, i) => svc.handleMessage(m, tab(i % 5))));
    const state = await svc.store.read();
    expect(Object.keys(state.marks)).toHaveLength(25);
    expect(Object.keys(state.actions)).toHaveLength(50);
  });

  it('no state only in memory: a restarted worker sees everything and re-creates its alarms', async () => {
    const a = createQueueService({ now });
    const r = await a.handleMessage({ type: 'sfp:mark', mark: { kind: 'return-received', orderId: ORDER, marketplace: 'US', at: '2026-11-27T10:00:00.000Z' } }, tab(1));
    expect(r).toMatchObject({ ok: true, markId: expect.stringContaining(ORDER) });
    await fakeBrowser.alarms.clearAll(); // the browser restarted: alarms are gone, storage stays
    const b = createQueueService({ now });
    await b.start();
    expect(await fakeBrowser.alarms.get(ALARM_PRUNE)).toBeDefined();
    const next = await fakeBrowser.alarms.get(ALARM_NEXT);
    expect(next?.scheduledTime).toBeGreaterThan(clock.getTime());
    expect(await b.handleMessage({ type: 'sfp:order-state', orderId: ORDER }, tab(2))).toMatchObject({
      actions: [{ kind: 'refund-return', orderId: ORDER, status: 'open', ruleId: 'sfp-refund-2bd' }],
      marks: [{ kind: 'return-received' }],
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('answers many orders in one sfp:order-states message, and only those orders', async () => {
    const svc = createQueueService({ now });
    const OTHER = '113-2846571-9304125';
    const UNSEEN = '114-0000000-0000001';
    for (const orderId of [ORDER, OTHER]) {
      await svc.handleMessage({ type: 'sfp:mark', mark: { kind: 'return-received', orderId, marketplace: 'US', at: '2026-11-27T10:00:00.000Z' } }, tab(1));
    }
    type Slice = { actions: { orderId: string }[]; marks: { orderId: string }[] };
    const both = (await svc.handleMessage({ type: 'sfp:order-states', orderIds: [ORDER, OTHER, UNSEEN] }, tab(2))) as Slice;
    expect(both.actions.map((a) => a.orderId).sort()).toEqual([ORDER, OTHER].sort());
    expect(both.marks.map((m) => m.orderId).sort()).toEqual([ORDER, OTHER].sort());
    const one = (await svc.handleMessage({ type: 'sfp:order-states', orderIds: [OTHER] }, tab(2))) as Slice;
    expect(one.actions.map((a) => a.orderId)).toEqual([OTHER]);
    expect(await svc.handleMessage({ type: 'sfp:order-states', orderIds: [] }, tab(2))).toEqual({ ok: false, error: 'invalid message', code: 'invalidMessage' });
    expect(await svc.handleMessage({ type: 'sfp:order-states', orderIds: ['not-an-order'] }, tab(2))).toEqual({ ok: false, error: 'invalid message', code: 'invalidMessage' });
  });

  it('uses the real policy engine: refund by end of the 2nd business day, Thanksgiving skipped (US)', async () => {
    const svc = createQueueService({ now });
    await svc.handleMessage({ type: 'sfp:mark', mark: { kind: 'return-received', orderId: ORDER, marketplace: 'US', at: '2026-11-25T18:00:00.000Z' } }, tab(1));
    const [action] = Object.values((await svc.store.read()).actions);
    // Wed 25 Nov (PT) → Thu 26 Nov is Thanksgiving → Fri 27, Mon 30 → end of Mon 30 Nov, Pacific time.
    expect(action?.dueAt).toBe('2026-12-01T08:00:00.000Z');
  });

  it('rejects invalid messages and changes nothing', async () => {
    const svc = createQueueService({ now });
    for (const bad of [
      { type: 'sfp:observe', observation: { kind: 'order-details', orderId: 'not-an-id' } },
      { type: 'sfp:mark', mark: { kind: 'return-received', orderId: ORDER, marketplace: 'US', at: 'yesterday' } },
      { type: 'sfp:command', command: { type: 'explode', id: 'x' } },
    ]) expect(await svc.handleMessage(bad, tab(1))).toEqual({ ok: false, error: 'invalid message', code: 'invalidMessage' });
    expect(svc.handleMessage({ type: 'something-else' }, tab(1))).toBeUndefined();
    expect(svc.handleMessage({ type: 'sfp:inject-overlay' }, tab(1))).toBeUndefined();
    expect(await queueItem.getValue()).toBeNull();
  });

  it('a mark without marketplace uses the default one, or is refused', async () => {
    const svc = createQueueService({ now });
    const mark = { type: 'sfp:mark', mark: { kind: 'return-received', orderId: ORDER, marketplace: null, at: '2026-11-27T10:00:00.000Z' } };
    expect(await svc.handleMessage(mark, tab(1))).toMatchObject({ ok: false });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, defaultMarketplace: 'DE' });
    expect(await svc.handleMessage(mark, { tab: { id: 1, url: 'https://sellercentral-europe.amazon.com/orders-v3/order/' + ORDER } })).toMatchObject({ ok: true });
    const [a] = Object.values((await svc.store.read()).actions);
    expect(a).toMatchObject({ marketplace: 'DE', host: 'sellercentral-europe.amazon.com' });
  });

  it('commands from the popup: done clears the badge, undo brings it back', async () => {
    const svc = createQueueService({ now });
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(1) }, tab(1));
    const id = `refund-return:${orderId(1)}`;
    const done = await svc.handleMessage({ type: 'sfp:command', command: { type: 'done', id } }, {});
    expect(done).toMatchObject({ ok: true, undoId: expect.any(String) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await svc.handleMessage({ type: 'sfp:command', command: { type: 'undo' } }, {});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('badge colour and tooltip follow urgency', async () => {
    const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
    const svc = createQueueService({ now });
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(1, '2026-11-26T18:00:00.000Z') }, tab(1));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_NEUTRAL)); // due Mon 30 Nov
    await svc.handleMessage({ type: 'sfp:observe', observation: {
      kind: 'messages', marketplace: 'US', observedAt: clock.toISOString(), source: 'dom',
      rows: [{ orderId: orderId(9), sender: 'buyer', receivedAt: '2026-11-27T10:00:00.000Z', needsResponse: true }],
    } }, tab(1));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_AMBER));
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(2, '2026-11-20T18:00:00.000Z') }, tab(1));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(rgba(BADGE_RED));
    expect(await fakeBrowser.action.getTitle({})).toMatch(/3 open: 1 overdue, 1 due within 24 h, 1 later/);
  });

  it('Firefox MV2: uses browserAction when action is missing', async () => {
    const calls: string[] = [];
    const fake = {
      setBadgeText: vi.fn(async ({ text }: { text: string }) => void calls.push(text)),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
    };
    const b = fakeBrowser as unknown as Record<string, unknown>;
    const action = b.action;
    const browserAction = b.browserAction;
    b.action = undefined;
    b.browserAction = fake;
    try {
      const svc = createQueueService({ now });
      await svc.handleMessage({ type: 'sfp:observe', observation: returned(1) }, tab(1));
      expect(calls.at(-1)).toBe('1');
    } finally {
      b.action = action;
      b.browserAction = browserAction;
    }
  });

  it('reminders: one at the lead time, one when overdue, never more; a click opens the page', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifyLeadMinutes: 60 });
    const svc = createQueueService({ now });
    // Due 2026-11-28T18:00Z (buyer reply, 24 h).
    await svc.handleMessage({ type: 'sfp:observe', observation: {
      kind: 'messages', marketplace: 'US', observedAt: clock.toISOString(), source: 'dom',
      rows: [{ orderId: ORDER, sender: 'buyer', receivedAt: '2026-11-27T18:00:00.000Z', needsResponse: true }],
    } }, tab(1));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    clock = new Date('2026-11-28T17:10:00.000Z');
    await svc.onAlarm(ALARM_NEXT);
    await svc.store.read();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`reply-buyer:${ORDER}|lead`]);
    await fakeBrowser.notifications.clear(`reply-buyer:${ORDER}|lead`);
    await svc.onAlarm(ALARM_NEXT);
    await svc.store.read();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    clock = new Date('2026-11-28T18:01:00.000Z');
    await svc.onAlarm(ALARM_NEXT);
    await svc.store.read();
    await svc.onAlarm(ALARM_NEXT);
    await svc.store.read();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`reply-buyer:${ORDER}|overdue`]);
    const before = (await fakeBrowser.tabs.query({})).length;
    await svc.onNotificationClicked(`reply-buyer:${ORDER}|overdue`);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs).toHaveLength(before + 1);
    expect(tabs.at(-1)?.url).toBe(`https://sellercentral.amazon.com/messaging/inbox-v3?fi=search&ss=${ORDER}`);
  });

  it('without the notifications permission nothing is shown and nothing is marked sent', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const svc = createQueueService({ now });
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(1, '2026-11-20T18:00:00.000Z') }, tab(1));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect(Object.values((await svc.store.read()).actions)[0]?.notified).toBeUndefined();
  });

  it('corrupt stored records are dropped one by one, counted and logged; the rest is kept', async () => {
    const svc = createQueueService({ now });
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(1) }, tab(1));
    const stored = (await queueItem.getValue())!;
    await queueItem.setValue({ ...stored, actions: [...stored.actions, { id: 'x' }, 42], marks: 'garbage' as unknown as unknown[] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await svc.handleMessage({ type: 'sfp:observe', observation: returned(2) }, tab(1));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped 3 invalid record'), expect.objectContaining({ actions: 2, marks: 1 }));
    const repaired = (await queueItem.getValue())!;
    expect(repaired.actions).toHaveLength(2);
    expect(repaired.marks).toEqual([]);
  });
});
