// Issue 16 item 4: the order's own JSON as the second source of "is this order SFP?" on Buyer Messages.
// Fetch policy: only while JSON reading is on, GET through the page's fetch, at most once per order per page view
// (in flight and done, failures included), never a guess when the answer is not the order's valid JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createPageFetch, requestOrderJson, sfpFromOrderJson, type OrderJson } from '@/utils/pages/api';
import { createOrderSfpLookup } from '@/utils/pages/order-sfp';
import { PAGE_FETCH_INIT } from '@/utils/pages/page-fetch';
import type { FetchJson } from '@/utils/pages/read-context';

const API = join(__dirname, '..', '..', 'fixtures', 'api');
const fixture = (name: string) => readFileSync(join(API, name), 'utf8');
const json = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/json' } });
const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

const SFP = '112-4738291-5047863';
const NON_SFP = '113-2846571-9304125';
/** A fake page fetch answering each order's fixture (the e2e server's routes, in memory). */
function server(answers: Record<string, () => Response> = {}) {
  return vi.fn<FetchJson>(async (path) => {
    const make = answers[path];
    if (make) return make();
    if (path === `/orders-api/order/${SFP}`) return json(fixture('orders-order-us-sfp.json'));
    if (path === `/orders-api/order/${NON_SFP}`) return json(fixture('orders-order-us-non-sfp.json'));
    return json('{}', 404);
  });
}

describe('createOrderSfpLookup', () => {
  it('reads SFP / not SFP from the order JSON and names the field that decided it', async () => {
    const lookup = createOrderSfpLookup(() => server());
    expect(await lookup(SFP)).toEqual({ status: 'known', sfp: true, by: 'json:programs' });
    expect(await lookup(NON_SFP)).toEqual({ status: 'known', sfp: false, by: 'json:isPrime' });
  });

  it('asks each order at most once per page view: concurrent, repeated and later lookups share one GET', async () => {
    const f = server();
    const lookup = createOrderSfpLookup(() => f);
    const first = await Promise.all([lookup(SFP), lookup(SFP), lookup(NON_SFP)]);
    // Later lookups in the same page view (an SPA route change re-renders the panel) ask nothing.
    for (let i = 0; i < 3; i++) await lookup(SFP);
    expect(first.map((a) => a.status)).toEqual(['known', 'known', 'known']);
    expect(f.mock.calls.map((c) => c[0])).toEqual([`/orders-api/order/${SFP}`, `/orders-api/order/${NON_SFP}`]);
    // A new page view (a new lookup, as a new page load makes) may ask again.
    await createOrderSfpLookup(() => f)(SFP);
    expect(f).toHaveBeenCalledTimes(3);
  });

  it('asks nothing while JSON reading is off, and asks once when it is switched on', async () => {
    const f = server();
    let on = false;
    const lookup = createOrderSfpLookup(() => (on ? f : null));
    expect(await lookup(SFP)).toEqual({ status: 'unknown', reason: 'off' });
    expect(await lookup(SFP)).toEqual({ status: 'unknown', reason: 'off' });
    expect(f).not.toHaveBeenCalled();
    on = true;
    expect(await lookup(SFP)).toMatchObject({ status: 'known', sfp: true });
    on = false;
    // Already answered for this page view: the answer is kept, nothing new is asked.
    expect(await lookup(SFP)).toMatchObject({ status: 'known', sfp: true });
    expect(f).toHaveBeenCalledTimes(1);
    expect(await createOrderSfpLookup(() => undefined)(SFP)).toEqual({ status: 'unknown', reason: 'off' });
    expect(await createOrderSfpLookup(() => { throw new Error('settings gone'); })(SFP)).toEqual({ status: 'unknown', reason: 'off' });
  });

  it('asks nothing for a value that is not a 3-7-7 order id (no path built from page text)', async () => {
    const f = server();
    const lookup = createOrderSfpLookup(() => f);
    for (const bad of ['', '112-4738291', '../../orders-api/search', `${SFP}/x`, ' 112-4738291-5047863']) {
      expect(await lookup(bad)).toEqual({ status: 'unknown', reason: 'bad-order-id' });
    }
    expect(f).not.toHaveBeenCalled();
  });

  it.each([
    ['signed out: 200 HTML sign-in page', () => html(fixture('orders-signed-out-200.html')), 'signed-out'],
    ['signed out: 401', () => new Response('', { status: 401 }), 'signed-out'],
    ['signed out: 403 {"reason":"sign_in"}', () => json(fixture('orders-signed-out-403.json'), 403), 'signed-out'],
    ['403 forbidden', () => json('{"reason":"forbidden"}', 403), 'http'],
    ['404', () => json('{}', 404), 'http'],
    ['500', () => new Response('oops', { status: 500 }), 'http'],
    ['invalid shape', () => json(fixture('orders-order-invalid.json')), 'invalid'],
    ['broken JSON', () => json('{"order":'), 'invalid'],
    ['another order\'s JSON', () => json(fixture('orders-order-us-non-sfp.json')), 'invalid'],
    ['no Prime flag at all', () => json(JSON.stringify({ order: { amazonOrderId: SFP, fulfillmentChannel: 'MFN' } })), 'no-flag'],
  ] as const)('%s → unknown (%s is kept: no retry in this page view), never a guess', async (_name, make, reason) => {
    const f = server({ [`/orders-api/order/${SFP}`]: make });
    const lookup = createOrderSfpLookup(() => f);
    expect(await lookup(SFP)).toEqual({ status: 'unknown', reason });
    expect(await lookup(SFP)).toEqual({ status: 'unknown', reason });
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('a network failure, a rejecting or throwing fetch resolves "unknown", never rejects', async () => {
    const rejects = vi.fn<FetchJson>(async () => { throw new TypeError('Failed to fetch'); });
    expect(await createOrderSfpLookup(() => rejects)(SFP)).toEqual({ status: 'unknown', reason: 'network' });
    const throws = vi.fn<FetchJson>(() => { throw new Error('sync'); });
    expect(await createOrderSfpLookup(() => throws)(SFP)).toEqual({ status: 'unknown', reason: 'network' });
    const badBody = vi.fn<FetchJson>(async () => ({ status: 200, ok: true, headers: new Headers(), text: () => Promise.reject(new Error('reset')) }) as unknown as Response);
    expect(await createOrderSfpLookup(() => badBody)(SFP)).toEqual({ status: 'unknown', reason: 'invalid' });
  });

  it('sends a same-origin GET with the page\'s anti-CSRF header and nothing else (the page fetch)', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => json(fixture('orders-order-us-sfp.json')));
    const win = { fetch, location: { origin: 'https://sellercentral.amazon.com', href: 'https://sellercentral.amazon.com/messaging/inbox-v3' } } as unknown as Window;
    expect(await createOrderSfpLookup(() => createPageFetch(win))(SFP)).toMatchObject({ status: 'known', sfp: true });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe(`https://sellercentral.amazon.com/orders-api/order/${SFP}`);
    expect(fetch.mock.calls[0]![1]).toBe(PAGE_FETCH_INIT);
    expect(PAGE_FETCH_INIT).toMatchObject({ method: 'GET', credentials: 'same-origin' });
    expect(PAGE_FETCH_INIT.body).toBeUndefined();
  });
});

describe('sfpFromOrderJson', () => {
  const o = (over: Partial<OrderJson>): OrderJson => ({ amazonOrderId: SFP, ...over });
  it('fulfilled by Amazon is never SFP; else programs, isPrime, IsPrime in that order; else no answer', () => {
    expect(sfpFromOrderJson(o({ fulfillmentChannel: 'AFN', programs: ['PRIME'] }))).toEqual({ sfp: false, by: 'fulfillment:amazon' });
    expect(sfpFromOrderJson(o({ programs: ['prime'], isPrime: false }))).toEqual({ sfp: true, by: 'json:programs' });
    expect(sfpFromOrderJson(o({ programs: [], isPrime: true }))).toEqual({ sfp: false, by: 'json:programs' });
    expect(sfpFromOrderJson(o({ isPrime: true }))).toEqual({ sfp: true, by: 'json:isPrime' });
    expect(sfpFromOrderJson(o({ IsPrime: false }))).toEqual({ sfp: false, by: 'json:IsPrime' });
    expect(sfpFromOrderJson(o({ fulfillmentChannel: 'MFN' }))).toBeNull();
  });

  it('requestOrderJson drops the buyer fields (the schema never keeps them)', async () => {
    const r = await requestOrderJson(server(), SFP);
    expect(r.status).toBe('ok');
    const text = JSON.stringify(r);
    expect(text).not.toContain('Jordan');
    expect(text).not.toContain('Sample Street');
    expect(text).not.toContain('@example.com');
  });
});
