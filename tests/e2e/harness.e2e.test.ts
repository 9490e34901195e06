// The harness itself: fixture server, host mapping, extension loading, badge, storage, popup.
// These pass before any feature lands; the feature specs rely on every piece checked here.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  clearServerRequests, extensionWorlds, launch, otherHostUrl, pageLog, sellerCentralUrl, serverRequests,
  type Session,
} from './harness';
import { INDEX_HOST, SFP_ORDER_ID } from './routes';

describe('e2e harness', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('serves Seller Central URLs from the fixture server over HTTPS', async () => {
    await clearServerRequests();
    const page = await s.page(sellerCentralUrl('/home'));
    expect(page.url()).toBe('https://sellercentral.amazon.com/home');
    await expect(page.locator('#sc-content-container')).toBeTruthy();
    expect(await page.title()).toBe('Seller Central');
    const de = await s.page(sellerCentralUrl('/home', 'sellercentral.amazon.de'));
    expect(await de.locator('#sc-content-container').count()).toBe(1);
    const served = await serverRequests();
    expect(served).toContainEqual({ method: 'GET', host: 'sellercentral.amazon.com', path: '/home', status: 200 });
    expect(served).toContainEqual({ method: 'GET', host: 'sellercentral.amazon.de', path: '/home', status: 200 });
  });

  test('a JSON fixture that stores an HTTP answer is served as that answer (status, type, body)', async () => {
    const page = await s.page(sellerCentralUrl('/returns/list'));
    const answer = await page.evaluate(async () => {
      const res = await fetch('/returns/api/return-requests', { credentials: 'same-origin' });
      const body = (await res.json()) as { returnRequests?: unknown[]; $comment?: unknown };
      return { status: res.status, type: res.headers.get('content-type'), requests: body.returnRequests?.length, comment: '$comment' in body };
    });
    expect(answer).toEqual({ status: 200, type: 'application/json;charset=UTF-8', requests: 5, comment: false });
  });

  test('unknown paths get a plain 404 page; the index lists the sample pages', async () => {
    const page = await s.context.newPage();
    const res = await page.goto(sellerCentralUrl('/no/such/page'));
    expect(res?.status()).toBe(404);
    const index = await s.page(`https://${INDEX_HOST}/`);
    const links = await index.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toContain(sellerCentralUrl(`/orders-v3/order/${SFP_ORDER_ID}`));
    expect(links).toContain(sellerCentralUrl('/home'));
  });

  test('loads the extension: id from the service worker, router only on Seller Central hosts', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const sc = await s.page(sellerCentralUrl('/home'));
    await expect.poll(() => extensionWorlds(sc, s.extensionId)).not.toEqual([]);
    const other = await s.page(otherHostUrl('/home'));
    expect(await other.locator('#sc-content-container').count()).toBe(1);
    expect(await extensionWorlds(other, s.extensionId)).toEqual([]);
  });

  test('reads badge and storage from the service worker; opens popup and options', async () => {
    expect(typeof (await s.badgeText())).toBe('string');
    const storage = await s.extensionStorage();
    expect(storage).toBeTypeOf('object');
    const popup = await s.openPopup();
    expect(popup.url()).toBe(`chrome-extension://${s.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('body').innerText()).not.toBe('');
    const options = await s.openOptions();
    expect(options.url()).toBe(`chrome-extension://${s.extensionId}/options.html`);
    expect(pageLog(popup).errors).toEqual([]);
  });
});

describe('e2e harness without the extension', () => {
  test('launches a plain profile with no service worker', async () => {
    const plain = await launch({ extension: false });
    try {
      expect(plain.extensionId).toBe('');
      const page = await plain.page(sellerCentralUrl('/home'));
      expect(await page.locator('#sc-content-container').count()).toBe(1);
      expect(plain.context.serviceWorkers()).toEqual([]);
      expect(pageLog(page)).toEqual({ console: [], errors: [] });
    } finally {
      await plain.close();
    }
  });
});
