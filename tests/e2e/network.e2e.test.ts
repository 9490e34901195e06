// README "Permissions and privacy": nothing leaves the browser. The only requests the extension may
// cause are same-origin GETs to Seller Central endpoints the page itself uses, at most one per endpoint
// per page view. Checked on every request Chromium makes for the pages (CDP-level, via Playwright) and
// on the fixture server's own log.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { clearServerRequests, launch, overlay, sellerCentralUrl, serverRequests, type Session } from './harness';
import { BROKEN_ORDER_ID, NON_SFP_ORDER_ID, SFP_ORDER_ID, orderPath } from './routes';

// The extension API inside the service worker (evaluate callbacks run there, not in node).
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

describe('network', () => {
  let s: Session;
  const seen: { url: string; method: string; page: string }[] = [];
  beforeAll(async () => {
    s = await launch();
    s.context.on('request', (r: Request) => {
      seen.push({ url: r.url(), method: r.method(), page: r.frame()?.page()?.url() ?? '' });
    });
  });
  afterAll(() => s?.close());

  test('order pages: only same-origin GETs, each endpoint once per page view', async () => {
    await clearServerRequests();
    seen.length = 0;
    for (const id of [SFP_ORDER_ID, NON_SFP_ORDER_ID, BROKEN_ORDER_ID]) {
      const page = await s.page(sellerCentralUrl(orderPath(id)));
      await expect.poll(() => page.locator('[data-sfp-overlay], [data-sfp-unrecognised]').count()).toBeGreaterThan(0);
      await page.close();
    }
    expect(await overlay(await s.page(sellerCentralUrl('/home'))).count()).toBe(0);

    const web = seen.filter((r) => !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
    expect(web.length).toBeGreaterThan(0);
    for (const r of web) {
      expect(r.method).toBe('GET');
      expect(new URL(r.url).host).toBe('sellercentral.amazon.com');
    }
    const served = await serverRequests();
    const counts = new Map<string, number>();
    for (const r of served) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
    for (const id of [SFP_ORDER_ID, NON_SFP_ORDER_ID]) {
      expect(counts.get(`/orders-api/order/${id}`) ?? 0).toBeLessThanOrEqual(1);
    }
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  test('JSON reading switched off in the options: an order page causes no JSON request at all, early or late', async () => {
    const worker = await s.serviceWorker();
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object | undefined), readJson: false } });
    });
    await clearServerRequests();
    const page = await s.page(sellerCentralUrl(orderPath(SFP_ORDER_ID)));
    await expect.poll(() => page.locator('[data-sfp-overlay], [data-sfp-unrecognised]').count()).toBeGreaterThan(0);
    // The DOM alone still gives the seller the panel.
    await expect.poll(() => overlay(page).getAttribute('data-sfp-handler')).toBe('amazon-cs');
    expect((await serverRequests()).filter((r) => r.path.startsWith('/orders-api/'))).toEqual([]);
    await page.close();
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), readJson: true } });
    });
  });
});
