import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { createPageFetch, fetchOrderJson, getJson, orderJsonPath } from '@/utils/pages/api';
import { PAGE_FETCH_INIT, prefetchJson, takePrefetched } from '@/utils/pages/page-fetch';
import type { ReadContext } from '@/utils/pages/read-context';

const API = join(__dirname, '..', '..', 'fixtures', 'api');
const fixture = (name: string) => readFileSync(join(API, name), 'utf8');
const json = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/json' } });
const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
const NOW = new Date('2026-11-27T13:00:00Z');
const ctxWith = (fetchJson: ReadContext['fetchJson'], signal?: AbortSignal): ReadContext =>
  ({ url: 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863', now: NOW, fetchJson, signal });
const Any = v.object({ a: v.number() });

describe('getJson', () => {
  it('is off without a fetch function, and makes no request', async () => {
    expect(await getJson(ctxWith(null), '/x', Any)).toEqual({ status: 'unavailable', reason: 'off' });
    expect(await getJson(ctxWith(undefined), '/x', Any)).toEqual({ status: 'unavailable', reason: 'off' });
  });

  it('asks each endpoint URL at most once per page view (same fetch function), validating every time', async () => {
    const f = vi.fn(async (path: string) => json(path === '/a' ? '{"a":1}' : '{"a":"no"}'));
    const ctx = ctxWith(f);
    const results = await Promise.all([getJson(ctx, '/a', Any), getJson(ctx, '/a', Any), getJson(ctx, '/b', Any)]);
    expect(await getJson(ctx, '/a', Any)).toEqual({ status: 'ok', data: { a: 1 } });
    expect(results).toEqual([{ status: 'ok', data: { a: 1 } }, { status: 'ok', data: { a: 1 } }, { status: 'unavailable', reason: 'invalid' }]);
    expect(f.mock.calls.map((c) => c[0])).toEqual(['/a', '/b']);
    // A new page view (another URL, e.g. after an SPA navigation, or a new fetch function) asks again.
    await getJson({ ...ctx, url: 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863/confirm-shipment' }, '/a', Any);
    await getJson({ ...ctx, url: 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863/confirm-shipment' }, '/a', Any);
    expect(f).toHaveBeenCalledTimes(3);
    const g = vi.fn(async () => json('{"a":2}'));
    expect(await getJson(ctxWith(g), '/a', Any)).toEqual({ status: 'ok', data: { a: 2 } });
    expect(g).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['401', () => new Response('', { status: 401 }), { status: 'signed-out' }],
    ['403 {"reason":"sign_in"}', () => json(fixture('orders-signed-out-403.json'), 403), { status: 'signed-out' }],
    ['200 HTML sign-in page', () => html(fixture('orders-signed-out-200.html')), { status: 'signed-out' }],
    ['200 HTML without content type', () => new Response(fixture('orders-signed-out-200.html'), { status: 200 }), { status: 'signed-out' }],
    ['403 other', () => json('{"reason":"forbidden"}', 403), { status: 'unavailable', reason: 'http' }],
    ['403 not JSON', () => new Response('nope', { status: 403 }), { status: 'unavailable', reason: 'http' }],
    ['500', () => json('{}', 500), { status: 'unavailable', reason: 'http' }],
    ['broken JSON', () => json('{"a":'), { status: 'unavailable', reason: 'invalid' }],
    ['wrong shape', () => json('{"b":1}'), { status: 'unavailable', reason: 'invalid' }],
  ])('%s', async (_name, make, expected) => {
    expect(await getJson(ctxWith(async () => make()), '/a', Any)).toEqual(expected);
  });

  it('a network failure or an aborted page view is "unavailable", never a throw', async () => {
    expect(await getJson(ctxWith(async () => { throw new TypeError('Failed to fetch'); }), '/a', Any)).toEqual({ status: 'unavailable', reason: 'network' });
    const c = new AbortController();
    c.abort();
    const f = vi.fn(async () => json('{"a":1}'));
    expect(await getJson(ctxWith(f, c.signal), '/a', Any)).toEqual({ status: 'unavailable', reason: 'aborted' });
    expect(f).not.toHaveBeenCalled();
  });
});

describe('fetchOrderJson', () => {
  it('reads the SFP order JSON and drops buyer fields', async () => {
    const f = vi.fn(async () => json(fixture('orders-order-us-sfp.json')));
    const r = await fetchOrderJson(ctxWith(f), '112-4738291-5047863');
    expect(f).toHaveBeenCalledWith('/orders-api/order/112-4738291-5047863');
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.data.programs).toEqual(['PRIME']);
    expect(r.data.latestShipDate).toBe(1795507199);
    expect(JSON.stringify(r.data)).not.toMatch(/Jordan|Sample Street|555|example\.com/);
  });

  it('rejects an answer about another order, and invalid shapes', async () => {
    expect(await fetchOrderJson(ctxWith(async () => json(fixture('orders-order-us-non-sfp.json'))), '112-4738291-5047863'))
      .toEqual({ status: 'unavailable', reason: 'invalid' });
    expect(await fetchOrderJson(ctxWith(async () => json(fixture('orders-order-invalid.json'))), '112-4738291-5047863'))
      .toEqual({ status: 'unavailable', reason: 'invalid' });
  });

  it('builds the endpoint path from the order id', () => {
    expect(orderJsonPath('112-4738291-5047863')).toBe('/orders-api/order/112-4738291-5047863');
  });
});

describe('createPageFetch', () => {
  it('sends a same-origin GET with the anti-CSRF header and refuses other origins', async () => {
    const fetch = vi.fn(async () => json('{}'));
    const pageFetch = createPageFetch({ fetch, location: { origin: 'https://sellercentral.amazon.com' } as Location });
    await pageFetch('/orders-api/order/112-4738291-5047863');
    expect(fetch).toHaveBeenCalledWith('https://sellercentral.amazon.com/orders-api/order/112-4738291-5047863', {
      method: 'GET', credentials: 'same-origin',
      headers: { accept: 'application/json', 'anti-csrftoken-a2z-request': 'true' },
    });
    await expect(pageFetch('//evil.example/x')).rejects.toThrow();
    await expect(pageFetch('https://evil.example/x')).rejects.toThrow();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('takes the request the router started for this page view once, instead of sending it again', async () => {
    const page = 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863';
    const win = { fetch: vi.fn(async () => json('{"early":true}')), location: new URL(page) as unknown as Location };
    prefetchJson(win, '/orders-api/order/112-4738291-5047863');
    expect(win.fetch).toHaveBeenCalledTimes(1);
    expect(win.fetch).toHaveBeenCalledWith('https://sellercentral.amazon.com/orders-api/order/112-4738291-5047863', PAGE_FETCH_INIT);
    const pageFetch = createPageFetch(win);
    // Another path is fetched normally; the early one is taken once, then asked for again.
    await pageFetch('/orders-api/order/112-0000000-0000000');
    expect(await (await pageFetch('/orders-api/order/112-4738291-5047863')).json()).toEqual({ early: true });
    expect(win.fetch).toHaveBeenCalledTimes(2);
    await pageFetch('/orders-api/order/112-4738291-5047863');
    expect(win.fetch).toHaveBeenCalledTimes(3);
  });

  it('an early request for a page the tab has left is not used, and its failure is swallowed', async () => {
    const location = new URL('https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863');
    const win = { fetch: vi.fn(async () => { throw new TypeError('offline'); }), location: location as unknown as Location };
    prefetchJson(win, '/orders-api/order/112-4738291-5047863');
    expect(takePrefetched({ ...win, location: new URL('https://sellercentral.amazon.com/orders-v3/order/113-2846571-9304125') as unknown as Location }, '/orders-api/order/112-4738291-5047863')).toBeNull();
    // Still there for the page it was started for (then gone).
    await expect(takePrefetched(win, '/orders-api/order/112-4738291-5047863')).rejects.toThrow('offline');
    expect(takePrefetched(win, '/orders-api/order/112-4738291-5047863')).toBeNull();
  });
});
