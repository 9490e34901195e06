// @vitest-environment happy-dom
/**
 * List chips: cost of anchoring and mounting one shadow host per row (components/overlay/lists/row-hosts.ts)
 * on a 500- and a 2,000-row Manage Orders table (linearity), and of rendering the chips through portals.
 * happy-dom, so absolute figures are indicative; the e2e run in Chromium is the real check.
 */
import { test } from 'vitest';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { measure, record } from '../record';
import { findRowAnchors } from '@/components/overlay/lists/row-anchors';
import { removeRowHosts, syncRowHosts, type RowHost } from '@/components/overlay/lists/row-hosts';
import { RowChips } from '@/components/overlay/lists/row-chips';
import type { ChipModel } from '@/components/overlay/lists/types';
import { fixedClock } from '@/components/overlay/minute-clock';
import { OverlayEnvProvider } from '@/components/overlay/overlay-env';

const id = (i: number) => `112-${String(1000000 + i).padStart(7, '0')}-${String(2000000 + i).padStart(7, '0')}`;

function ordersTable(rows: number): string[] {
  const ids = Array.from({ length: rows }, (_, i) => id(i));
  document.body.innerHTML = `<table id="orders-table"><tbody>${ids
    .map((o, i) => `<tr><td>${i}</td><td data-test-id="oth-order-details"><div class="cell-body-title"><a href="/orders-v3/order/${o}">${o}</a></div><div>Buyer name: Sam Sample</div></td><td><span class="main-status">Shipped</span></td></tr>`)
    .join('')}</tbody></table>`;
  return ids;
}

for (const rows of [500, 2000]) {
  test(`anchor + mount ${rows} row hosts`, async () => {
    const ids = ordersTable(rows);
    record('list-chips', `find-anchors-${rows}`, { ...(await measure(() => findRowAnchors(document, ids), 10, 2)), rows });
    let hosts = new Map<string, RowHost>();
    const mount = await measure(() => {
      hosts = syncRowHosts(document, ids, new Map());
      removeRowHosts(hosts);
    }, 10, 2);
    record('list-chips', `mount-hosts-${rows}`, { ...mount, rows });
  });
}

test('render 500 chips through portals', async () => {
  const ids = ordersTable(500);
  const chips: ChipModel[] = ids.map((o) => ({
    key: o, orderId: o, anchor: o, tone: 'soon', label: 'Refund return',
    deadline: { clock: 'return-refund', dueAt: new Date('2026-11-28T08:00:00.000Z'), timeZone: 'America/Los_Angeles' },
  }));
  const container = document.createElement('div');
  document.body.append(container);
  const env = {
    clock: fixedClock(new Date('2026-11-27T13:00:00.000Z')),
    settings: { calendars: {}, defaultMarketplace: null },
    services: {} as never,
  };
  const render = await measure(() => {
    const root = createRoot(container);
    flushSync(() => root.render(<OverlayEnvProvider value={env}><RowChips chips={chips} doc={document} /></OverlayEnvProvider>));
    root.unmount();
  }, 8, 2);
  record('list-chips', 'render-portals-500', { ...render, rows: 500 });
});
