import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readOrderDetails } from '@/utils/pages/order-details';
import type { ReadContext } from '@/utils/pages/read-context';

const FIX = join(__dirname, '..', 'fixtures');
const page = (name: string) => new DOMParser().parseFromString(readFileSync(join(FIX, 'pages', name), 'utf8'), 'text/html');
const NOW = new Date('2026-11-27T13:00:00Z');
const US = (id: string): ReadContext => ({ url: `https://sellercentral.amazon.com/orders-v3/order/${id}`, now: NOW, waitMs: 20 });

describe('readOrderDetails on the US fixtures (DOM only)', () => {
  it('reads the SFP order: id, Prime badge, dates, channel, status, tracking', async () => {
    const r = await readOrderDetails(page('order-details-us-sfp.html'), US('112-4738291-5047863'));
    expect(r).toEqual({
      status: 'ok',
      observation: {
        kind: 'order-details',
        marketplace: 'US',
        observedAt: '2026-11-27T13:00:00.000Z',
        source: 'dom',
        orderId: '112-4738291-5047863',
        sfp: true,
        sfpDecidedBy: 'dom:prime-badge',
        fulfillment: 'seller',
        status: 'shipped',
        trackingPresent: true,
        // Fri, Nov 20, 2026, 9:14 AM PST
        purchaseDate: '2026-11-20T17:14:00.000Z',
        // Mon, Nov 23, 2026 PST: the whole local day
        shipBy: { from: '2026-11-23T08:00:00.000Z', to: '2026-11-24T08:00:00.000Z' },
        // Tue, Nov 24, 2026 PST to Wed, Nov 25, 2026 PST
        deliverBy: { from: '2026-11-24T08:00:00.000Z', to: '2026-11-26T08:00:00.000Z' },
      },
    });
  });

  it('reads the non-SFP order as sfp false because the summary rendered fully without a badge', async () => {
    const r = await readOrderDetails(page('order-details-us-non-sfp.html'), US('113-2846571-9304125'));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.observation).toMatchObject({
      orderId: '113-2846571-9304125', sfp: false, sfpDecidedBy: 'dom:no-badge', status: 'unshipped',
      trackingPresent: false, purchaseDate: '2026-11-27T02:02:00.000Z',
      shipBy: { from: '2026-11-30T08:00:00.000Z', to: '2026-12-02T08:00:00.000Z' },
    });
  });

  it('answers unrecognised with the missing anchors on the broken page', async () => {
    const r = await readOrderDetails(page('order-details-us-broken.html'), US('112-4738291-5047863'));
    expect(r).toEqual({
      status: 'unrecognised',
      missing: ['order-summary-purchase-date-value', 'order-summary-shipby-value', 'order-summary-deliverby-value'],
    });
  });

  it('never returns personal data', async () => {
    const people = JSON.parse(readFileSync(join(FIX, 'people.json'), 'utf8')) as { values: string[] };
    for (const [file, url] of [
      ['order-details-us-sfp.html', 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863'],
      ['order-details-us-non-sfp.html', 'https://sellercentral.amazon.com/orders-v3/order/113-2846571-9304125'],
      ['order-details-us-refunded.html', 'https://sellercentral.amazon.com/orders-v3/order/114-9081726-3546172'],
      ['order-details-eu-sfp.html', 'https://sellercentral-europe.amazon.com/orders-v3/order/302-8812345-1234567'],
      ['order-details-jp-sfp.html', 'https://sellercentral.amazon.co.jp/orders-v3/order/250-1112223-3334445'],
      ['order-details-fr-sfp.html', 'https://sellercentral.amazon.fr/orders-v3/order/405-1234567-1234567'],
      ['order-details-it-sfp.html', 'https://sellercentral.amazon.it/orders-v3/order/403-7654321-1234765'],
      ['order-details-es-sfp.html', 'https://sellercentral-europe.amazon.com/orders-v3/order/408-2468135-1357924'],
    ] as const) {
      const result = await readOrderDetails(page(file), { url, now: NOW, waitMs: 20 });
      expect(result.status, file).toBe('ok');
      const out = JSON.stringify(result);
      for (const v of people.values) expect(out).not.toContain(v);
    }
  });
});

describe('readOrderDetails on the EU and JP fixtures', () => {
  it('EU host: marketplace from the sales channel, "MET" dates day first', async () => {
    const r = await readOrderDetails(page('order-details-eu-sfp.html'), {
      url: 'https://sellercentral-europe.amazon.com/orders-v3/order/302-8812345-1234567', now: NOW, waitMs: 20,
    });
    expect(r).toMatchObject({
      status: 'ok',
      observation: {
        marketplace: 'DE', orderId: '302-8812345-1234567', sfp: true, sfpDecidedBy: 'dom:prime-badge', fulfillment: 'seller',
        status: 'unshipped', trackingPresent: false,
        purchaseDate: '2026-11-26T18:05:00.000Z', // Thu, 26 Nov 2026, 19:05 MET (+1 h)
        shipBy: { from: '2026-11-26T23:00:00.000Z', to: '2026-11-27T23:00:00.000Z' },
        deliverBy: { from: '2026-11-27T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' },
      },
    });
  });

  it('JP: Japanese dates, labels, badge and status', async () => {
    const r = await readOrderDetails(page('order-details-jp-sfp.html'), {
      url: 'https://sellercentral.amazon.co.jp/orders-v3/order/250-1112223-3334445', now: NOW, waitMs: 20,
    });
    expect(r).toMatchObject({
      status: 'ok',
      observation: {
        marketplace: 'JP', orderId: '250-1112223-3334445', sfp: true, fulfillment: 'seller', status: 'shipped', trackingPresent: true,
        purchaseDate: '2026-11-20T02:45:00.000Z', // 2026年11月20日(金) 11:45 JST
        shipBy: { from: '2026-11-20T15:00:00.000Z', to: '2026-11-21T15:00:00.000Z' },
        deliverBy: { from: '2026-11-21T15:00:00.000Z', to: '2026-11-23T15:00:00.000Z' },
      },
    });
  });
});

describe('readOrderDetails with the orders JSON', () => {
  const api = (name: string) => readFileSync(join(FIX, 'api', name), 'utf8');
  const jsonRes = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/json' } });
  const SFP = '112-4738291-5047863';

  it('prefers the JSON: Prime from programs, dates from epoch seconds, tracking from packages; one request', async () => {
    const fetchJson = vi.fn(async () => jsonRes(api('orders-order-us-sfp.json')));
    const ctx = { ...US(SFP), fetchJson };
    const r = await readOrderDetails(page('order-details-us-sfp.html'), ctx);
    expect(r).toMatchObject({
      status: 'ok',
      observation: {
        source: 'json', orderId: SFP, sfp: true, sfpDecidedBy: 'json:programs', status: 'shipped', trackingPresent: true,
        fulfillment: 'seller', marketplace: 'US', purchaseDate: '2026-11-20T17:14:00.000Z',
        shipBy: { from: '2026-11-23T08:00:00.000Z', to: '2026-11-24T07:59:59.000Z' },
        deliverBy: { from: '2026-11-24T08:00:00.000Z', to: '2026-11-26T07:59:59.000Z' },
      },
    });
    await readOrderDetails(page('order-details-us-sfp.html'), ctx);
    expect(fetchJson).toHaveBeenCalledTimes(1);
  });

  it('answers from the JSON alone while the page has not rendered, without waiting out the timeout', async () => {
    const doc = new DOMParser().parseFromString('<html><body><div id="MYO-app"><div id="apploading"></div></div></body></html>', 'text/html');
    const r = await readOrderDetails(doc, { ...US('113-2846571-9304125'), waitMs: 60_000, fetchJson: async () => jsonRes(api('orders-order-us-non-sfp.json')) });
    expect(r).toMatchObject({ status: 'ok', observation: { source: 'json', sfp: false, sfpDecidedBy: 'json:isPrime', status: 'unshipped', trackingPresent: false } });
  });

  it.each([
    ['401', () => new Response('', { status: 401 })],
    ['403 sign_in', () => jsonRes(api('orders-signed-out-403.json'), 403)],
    ['200 HTML', () => new Response(api('orders-signed-out-200.html'), { status: 200, headers: { 'content-type': 'text/html' } })],
  ])('signed out (%s) → signed-out', async (_n, make) => {
    expect(await readOrderDetails(page('order-details-us-sfp.html'), { ...US(SFP), fetchJson: async () => make() })).toEqual({ status: 'signed-out' });
  });

  it('falls back to the DOM when the JSON is invalid, fails or uses the wrong units', async () => {
    for (const fetchJson of [
      async () => jsonRes(api('orders-order-invalid.json')),
      async () => { throw new TypeError('Failed to fetch'); },
      async () => jsonRes('{}', 500),
    ]) {
      const r = await readOrderDetails(page('order-details-us-sfp.html'), { ...US(SFP), fetchJson });
      expect(r).toMatchObject({ status: 'ok', observation: { source: 'dom', sfpDecidedBy: 'dom:prime-badge', shipBy: { from: '2026-11-23T08:00:00.000Z' } } });
    }
    const millis = await readOrderDetails(page('order-details-us-sfp.html'), { ...US(SFP), fetchJson: async () => jsonRes(api('orders-order-millis.json')) });
    // Millisecond values are out of range for seconds: JSON dates are left out and the DOM's are used.
    expect(millis).toMatchObject({ status: 'ok', observation: { source: 'json', sfpDecidedBy: 'json:programs', purchaseDate: '2026-11-20T17:14:00.000Z' } });
  });

  it('a half-rendered page without badge or JSON leaves sfp undecided', async () => {
    const doc = page('order-details-us-non-sfp.html');
    doc.querySelector('[data-test-id="order-summary-deliverby-value"]')!.remove();
    const r = await readOrderDetails(doc, US('113-2846571-9304125'));
    expect(r).toMatchObject({ status: 'ok', observation: { sfp: null, sfpDecidedBy: 'none' } });
  });

  it('a stale page showing another order (SPA navigation) is not read as this order', async () => {
    const r = await readOrderDetails(page('order-details-us-sfp.html'), US('113-2846571-9304125'));
    expect(r).toEqual({ status: 'unrecognised', missing: ['order-id-value'] });
  });

  it('aborting the page view ends the wait at once', async () => {
    const c = new AbortController();
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    const p = readOrderDetails(doc, { ...US(SFP), waitMs: 60_000, signal: c.signal });
    c.abort();
    expect(await p).toEqual({ status: 'unrecognised', missing: ['aborted'] });
  });
});

describe('readOrderDetails: refund and return sections (assumed layout)', () => {
  it('reads a return refunded at first scan, without buyer comments', async () => {
    const r = await readOrderDetails(page('order-details-us-refunded.html'), US('114-9081726-3546172'));
    expect(r).toMatchObject({
      status: 'ok',
      observation: {
        sfp: true, status: 'shipped',
        refund: { issuer: 'refund-at-first-scan', at: '2026-11-25T22:15:00.000Z' },
        return: { state: 'delivered', deliveredAt: '2026-11-25T22:10:00.000Z', refundedAtFirstScan: true, reason: 'Item arrived damaged' },
      },
    });
    expect(JSON.stringify(r)).not.toMatch(/dented|Taylor/);
  });

  it('shows no refund or return when the page has none', async () => {
    const r = await readOrderDetails(page('order-details-us-sfp.html'), US('112-4738291-5047863'));
    expect(r.status === 'ok' && [r.observation.refund, r.observation.return]).toEqual([undefined, undefined]);
  });
});

describe('readOrderDetails: broken pages', () => {
  it('garbage values: unreadable dates are left out, unknown words stay unknown, sfp undecided', async () => {
    const r = await readOrderDetails(page('order-details-us-garbage.html'), US('112-4738291-5047863'));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.observation).toMatchObject({
      orderId: '112-4738291-5047863', marketplace: 'US', sfp: null, sfpDecidedBy: 'none', fulfillment: null, status: 'unknown',
      purchaseDate: '2026-11-20T17:14:00.000Z',
    });
    expect(r.observation.shipBy).toBeUndefined();
    expect(r.observation.deliverBy).toBeUndefined();
  });

  it('a page that never renders: unrecognised with every anchor missing after the bounded wait', async () => {
    const r = await readOrderDetails(page('order-details-us-loading.html'), US('112-4738291-5047863'));
    expect(r).toEqual({
      status: 'unrecognised',
      missing: ['order-id-value', 'order-summary-purchase-date-value', 'order-summary-shipby-value', 'order-summary-deliverby-value'],
    });
  });

  it('the loading page is read once the app renders into it', async () => {
    const doc = page('order-details-us-loading.html');
    const pending = readOrderDetails(doc, { ...US('112-4738291-5047863'), waitMs: 5000 });
    setTimeout(() => {
      const app = page('order-details-us-sfp.html').getElementById('MYO-app')!;
      doc.getElementById('MYO-app')!.replaceWith(doc.importNode(app, true));
    }, 5);
    expect(await pending).toMatchObject({ status: 'ok', observation: { sfp: true, sfpDecidedBy: 'dom:prime-badge' } });
  });
});

describe('readOrderDetails: text fallback when the data-test-id anchors are gone', () => {
  it('reads ids and dates by their labels, and does not conclude "not Prime" without knowing where the badge sits', async () => {
    const doc = page('order-details-us-sfp.html');
    for (const el of Array.from(doc.querySelectorAll('[data-test-id]'))) el.removeAttribute('data-test-id');
    const r = await readOrderDetails(doc, US('112-4738291-5047863'));
    expect(r).toMatchObject({
      status: 'ok',
      observation: {
        source: 'text', orderId: '112-4738291-5047863', sfp: null, sfpDecidedBy: 'none', fulfillment: 'seller', marketplace: 'US',
        purchaseDate: '2026-11-20T17:14:00.000Z', shipBy: { from: '2026-11-23T08:00:00.000Z', to: '2026-11-24T08:00:00.000Z' },
        trackingPresent: true,
      },
    });
  });
});

describe('readOrderDetails: other entry points', () => {
  it('reads the legacy /gp/orders-v2/details?orderID= URL the same way', async () => {
    const r = await readOrderDetails(page('order-details-us-sfp.html'), {
      url: 'https://sellercentral.amazon.com/gp/orders-v2/details?orderID=112-4738291-5047863', now: NOW, waitMs: 20,
    });
    expect(r).toMatchObject({ status: 'ok', observation: { orderId: '112-4738291-5047863', sfp: true } });
  });

  it('does not wait out the timeout for a summary date the order does not have', async () => {
    const doc = page('order-details-us-non-sfp.html');
    doc.querySelector('[data-test-id="order-summary-shipby-value"]')!.closest('tr')!.remove();
    const r = await readOrderDetails(doc, { ...US('113-2846571-9304125'), waitMs: 60_000 });
    expect(r).toMatchObject({ status: 'ok', observation: { sfp: null, purchaseDate: '2026-11-27T02:02:00.000Z' } });
  });
});
