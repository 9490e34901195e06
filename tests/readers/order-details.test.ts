import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    for (const [file, id] of [['order-details-us-sfp.html', '112-4738291-5047863'], ['order-details-us-non-sfp.html', '113-2846571-9304125']] as const) {
      const out = JSON.stringify(await readOrderDetails(page(file), US(id)));
      for (const v of people.values) expect(out).not.toContain(v);
    }
  });
});
