import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrderList } from '@/utils/pages/order-list';
import type { ReadContext } from '@/utils/pages/read-context';
import { parseHTML } from 'linkedom';
import { bigOrderListHtml } from '../fixtures/pages/order-list-generate';

const FIX = join(__dirname, '..', 'fixtures');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const page = (name: string) => parse(readFileSync(join(FIX, 'pages', name), 'utf8'));
const NOW = new Date('2026-11-27T13:00:00Z');
const ctx = (url: string): ReadContext => ({ url, now: NOW, waitMs: 20 });
const US = ctx('https://sellercentral.amazon.com/orders-v3?page=1');

describe('readOrderList', () => {
  it('reads the US list: ids, Prime, dates, status; FBA rows are not SFP', async () => {
    const r = await readOrderList(page('order-list-us.html'), US);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.observation).toMatchObject({ kind: 'order-list', marketplace: 'US', source: 'dom', observedAt: NOW.toISOString() });
    expect(r.observation.rows).toEqual([
      { orderId: '114-5550123-7654321', sfp: true, status: 'unshipped',
        shipBy: { from: '2026-11-27T08:00:00.000Z', to: '2026-11-28T08:00:00.000Z' },
        deliverBy: { from: '2026-11-28T08:00:00.000Z', to: '2026-11-29T08:00:00.000Z' } },
      { orderId: '113-2846571-9304125', sfp: false, status: 'unshipped',
        shipBy: { from: '2026-11-30T08:00:00.000Z', to: '2026-12-02T08:00:00.000Z' },
        deliverBy: { from: '2026-12-04T08:00:00.000Z', to: '2026-12-11T08:00:00.000Z' } },
      { orderId: '112-4738291-5047863', sfp: true, status: 'shipped',
        shipBy: { from: '2026-11-23T08:00:00.000Z', to: '2026-11-24T08:00:00.000Z' },
        deliverBy: { from: '2026-11-24T08:00:00.000Z', to: '2026-11-26T08:00:00.000Z' } },
      { orderId: '111-2223334-4445556', sfp: false, status: 'shipped',
        shipBy: { from: '2026-11-20T08:00:00.000Z', to: '2026-11-21T08:00:00.000Z' },
        deliverBy: { from: '2026-11-21T08:00:00.000Z', to: '2026-11-22T08:00:00.000Z' } },
      { orderId: '115-1234567-7654321', sfp: false, status: 'canceled',
        shipBy: { from: '2026-11-19T08:00:00.000Z', to: '2026-11-21T08:00:00.000Z' },
        deliverBy: { from: '2026-11-24T08:00:00.000Z', to: '2026-12-01T08:00:00.000Z' } },
    ]);
  });

  it('reads the EU list: marketplace from the sales channel, MET dates', async () => {
    const r = await readOrderList(page('order-list-eu.html'), ctx('https://sellercentral-europe.amazon.com/orders-v3'));
    expect(r.status === 'ok' && r.observation.marketplace).toBe('DE');
    if (r.status !== 'ok') return;
    expect(r.observation.rows.map((x) => [x.orderId, x.sfp, x.status, x.shipBy?.from])).toEqual([
      ['302-8812345-1234567', true, 'unshipped', '2026-11-26T23:00:00.000Z'],
      ['304-1112223-3334445', false, 'shipped', '2026-11-24T23:00:00.000Z'],
    ]);
  });

  it('reads the JP list: Japanese labels, status words and ～ ranges', async () => {
    const r = await readOrderList(page('order-list-jp.html'), ctx('https://sellercentral.amazon.co.jp/orders-v3'));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.observation.marketplace).toBe('JP');
    expect(r.observation.rows).toEqual([
      { orderId: '503-1234567-2345678', sfp: true, status: 'unshipped',
        shipBy: { from: '2026-11-26T15:00:00.000Z', to: '2026-11-27T15:00:00.000Z' },
        deliverBy: { from: '2026-11-27T15:00:00.000Z', to: '2026-11-28T15:00:00.000Z' } },
      { orderId: '249-7654321-8765432', sfp: false, status: 'shipped',
        shipBy: { from: '2026-11-22T15:00:00.000Z', to: '2026-11-24T15:00:00.000Z' },
        deliverBy: { from: '2026-11-25T15:00:00.000Z', to: '2026-11-28T15:00:00.000Z' } },
    ]);
  });

  it('an empty table is an empty list, not an error', async () => {
    const r = await readOrderList(page('order-list-empty.html'), ctx('https://sellercentral.amazon.com/orders-v3/mfn/unshipped'));
    expect(r).toMatchObject({ status: 'ok', observation: { rows: [], marketplace: 'US' } });
  });

  it('the renamed table is unrecognised, naming the missing anchor', async () => {
    expect(await readOrderList(page('order-list-broken.html'), US)).toEqual({ status: 'unrecognised', missing: ['#orders-table'] });
  });

  it('garbage text: skips the row without id, leaves unreadable dates out, unknown status stays unknown', async () => {
    const r = await readOrderList(page('order-list-garbage.html'), US);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    const rows = r.observation.rows;
    expect(rows.map((x) => x.orderId)).toEqual(['113-2846571-9304125', '112-4738291-5047863', '111-2223334-4445556', '115-1234567-7654321']);
    expect(rows[0]).toEqual({
      orderId: '113-2846571-9304125', sfp: null, status: 'unshipped',
      deliverBy: { from: '2026-12-04T08:00:00.000Z', to: '2026-12-11T08:00:00.000Z' },
    });
  });

  it('reads a generated 2,000-row list completely and in order', async () => {
    const { html, ids } = bigOrderListHtml(2000);
    // linkedom parses this in ~0.1 s where happy-dom needs seconds; the reader only uses standard DOM calls.
    const r = await readOrderList(parseHTML(html).document as unknown as Document, US);
    expect(r.status === 'ok' && r.observation.rows.map((x) => x.orderId)).toEqual(ids);
  }, 60_000); // headroom for a loaded 2-core machine; speed itself is measured by the benchmark

  it('waits for a table rendered later, and answers unrecognised after the bounded wait', async () => {
    const doc = parse('<html lang="en-US"><body><div id="MYO-app"></div></body></html>');
    const pending = readOrderList(doc, { ...US, waitMs: 2000 });
    setTimeout(() => {
      const src = page('order-list-us.html').querySelector('.myo-table-container')!;
      doc.getElementById('MYO-app')!.append(doc.importNode(src, true));
    }, 5);
    const r = await pending;
    expect(r.status === 'ok' && r.observation.rows.length).toBe(5);
    expect(await readOrderList(parse('<html><body></body></html>'), US)).toEqual({ status: 'unrecognised', missing: ['#orders-table'] });
  });

  it('never returns buyer names', async () => {
    const people = JSON.parse(readFileSync(join(FIX, 'people.json'), 'utf8')) as { values: string[] };
    for (const f of ['order-list-us.html', 'order-list-eu.html', 'order-list-jp.html', 'order-list-fr.html', 'order-list-it.html', 'order-list-es.html']) {
      const out = JSON.stringify(await readOrderList(page(f), ctx('https://sellercentral-europe.amazon.com/orders-v3')));
      for (const v of people.values) expect(out).not.toContain(v);
    }
  });
});
