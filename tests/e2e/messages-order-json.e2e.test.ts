// Issue 16 item 4 in real Chromium: on Buyer Messages the page does not say whether the thread's order is SFP.
// When the queue does not know the order, the overlay reads the order's own same-origin JSON
// (GET /orders-api/order/<id>, under the "read the page's JSON" setting) — exactly once per order per page view,
// counted on the fixture server; none with the setting off, none when the queue knows, only GETs, and a failed
// answer (signed out) leaves "SFP not known from this page" with nothing reaching the page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { attribute, clearServerRequests, launch, overlay, pageLog, sellerCentralUrl, serverRequests, spaNavigate, text, type Session } from './harness';
import { MESSAGES_THREAD_ORDER_ID, NON_SFP_ORDER_ID, orderPath } from './routes';

// The extension API inside the service worker (evaluate callbacks run there, not in node).
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const MESSAGES_URL = sellerCentralUrl('/messaging/inbox-v3');
const BASE = readFileSync('tests/fixtures/pages/messages-us.html', 'utf8');

/** The messages sample page with its open thread (in the main document) belonging to `orderId`. */
function messagesPageFor(orderId: string): string {
  return BASE.replace(/<iframe class="thread-frame"[\s\S]*?<\/iframe>/, `
    <div data-test-id="thread-view" data-thread-id="THR-${orderId.replaceAll('-', '')}">
      <div class="thread-header"><span>Order ID:</span> <span data-test-id="thread-header-order-id">${orderId}</span></div>
      <div data-test-id="thread-message" class="incoming">
        <div class="meta"><span data-test-id="message-sender">Dana Quillfeather</span> <span data-test-id="message-date">Thu, Nov 26, 2026, 9:14 AM PST</span></div>
        <div data-test-id="message-body">Has my parcel been sent yet? I have not received a tracking number.</div>
      </div>
    </div>`);
}

const sfpLine = (page: Page) => overlay(page).locator('[data-sfp-thread] [data-sfp-order-sfp]');
const threadOrder = (page: Page) => attribute(overlay(page).locator('[data-sfp-thread]'), 'data-order-id');

/** Requests the fixture server answered for the order JSON, per path. */
async function orderJsonCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const r of await serverRequests()) if (r.path.startsWith('/orders-api/')) counts[r.path] = (counts[r.path] ?? 0) + 1;
  return counts;
}

/** Sets the "read the page's JSON" setting in extension storage (as the options page does). */
async function setReadJson(s: Session, on: boolean): Promise<void> {
  const worker = await s.serviceWorker();
  await worker.evaluate(async (readJson) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), readJson } });
  }, on);
}

/** Lets any stray late request arrive before counting (the UI already shows the answer it waited for). */
const settle = (page: Page) => page.waitForTimeout(1000);

describe('Buyer Messages: SFP of the thread\'s order from the order JSON', () => {
  let s: Session;
  let dir: string;
  const seen: { url: string; method: string; body: string | null; headers: Record<string, string> }[] = [];
  const file = (orderId: string) => join(dir, `messages-${orderId}.html`);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sfp-e2e-messages-'));
    for (const id of [MESSAGES_THREAD_ORDER_ID, NON_SFP_ORDER_ID]) writeFileSync(file(id), messagesPageFor(id));
    s = await launch(); // a fresh profile: the queue knows none of these orders
    s.context.on('request', (r: Request) => seen.push({ url: r.url(), method: r.method(), body: r.postData(), headers: r.headers() }));
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('queue does not know: SFP per the order\'s data; one GET per order for the whole page view, SPA route changes included', async () => {
    await clearServerRequests();
    seen.length = 0;
    const page = await s.page(MESSAGES_URL);
    const line = sfpLine(page);
    await expect.poll(() => attribute(line, 'data-sfp-sfp-source'), { timeout: 15_000 }).toBe('order-json');
    expect(await threadOrder(page)).toBe(MESSAGES_THREAD_ORDER_ID);
    expect(await attribute(line, 'data-sfp-order-sfp')).toBe('true');
    expect(await text(line)).toBe(`${MESSAGES_THREAD_ORDER_ID} · Seller Fulfilled Prime (SFP per the order's data)`);
    // An SFP order's buyer: the advice is the SFP one, no longer "If this is an SFP order: …".
    expect(await text(overlay(page).locator('.sfp-todo'))).not.toMatch(/^If this is an SFP order/);

    // SPA route changes within the same page view: another thread, back, and the other again.
    await spaNavigate(page, `/messaging/inbox-v3?fi=search&ss=${NON_SFP_ORDER_ID}`, file(NON_SFP_ORDER_ID));
    await expect.poll(() => threadOrder(page)).toBe(NON_SFP_ORDER_ID);
    await expect.poll(() => attribute(line, 'data-sfp-order-sfp')).toBe('false');
    expect(await text(line)).toBe(`${NON_SFP_ORDER_ID} · not SFP per the order's data`);
    expect(await attribute(overlay(page).locator('[data-sfp-who]'), 'data-sfp-who')).toBe('seller');
    await spaNavigate(page, `/messaging/inbox-v3?fi=search&ss=${MESSAGES_THREAD_ORDER_ID}`, file(MESSAGES_THREAD_ORDER_ID));
    await expect.poll(() => threadOrder(page)).toBe(MESSAGES_THREAD_ORDER_ID);
    await expect.poll(() => attribute(line, 'data-sfp-order-sfp')).toBe('true');
    await spaNavigate(page, `/messaging/inbox-v3?fi=responseNeeded&ss=${NON_SFP_ORDER_ID}`, file(NON_SFP_ORDER_ID));
    await expect.poll(() => threadOrder(page)).toBe(NON_SFP_ORDER_ID);
    await expect.poll(() => attribute(line, 'data-sfp-order-sfp')).toBe('false');
    await settle(page);

    const counts = await orderJsonCounts();
    console.info(`messages page view with 3 SPA route changes: order JSON GETs per path ${JSON.stringify(counts)}`);
    expect(counts).toEqual({ [`/orders-api/order/${MESSAGES_THREAD_ORDER_ID}`]: 1, [`/orders-api/order/${NON_SFP_ORDER_ID}`]: 1 });
    const served = await serverRequests();
    expect(served.filter((r) => r.method !== 'GET')).toEqual([]);
    // Browser side: every request the page made is a same-origin GET without a body; the JSON ones carry the
    // page's anti-CSRF header and nothing of the buyer.
    const web = seen.filter((r) => !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:') && !r.url.startsWith('about:'));
    for (const r of web) {
      expect(r.method, r.url).toBe('GET');
      expect(r.body, r.url).toBeNull();
      expect(new URL(r.url).host).toBe('sellercentral.amazon.com');
    }
    const json = web.filter((r) => new URL(r.url).pathname.startsWith('/orders-api/'));
    expect(json.map((r) => new URL(r.url).pathname).sort()).toEqual([`/orders-api/order/${MESSAGES_THREAD_ORDER_ID}`, `/orders-api/order/${NON_SFP_ORDER_ID}`].sort());
    for (const r of json) expect(r.headers['anti-csrftoken-a2z-request']).toBe('true');
    expect(pageLog(page).errors).toEqual([]);
    expect(pageLog(page).console.filter((m) => m.type === 'error')).toEqual([]);
    await page.close();
  });

  test('a new page load may ask again: once', async () => {
    await clearServerRequests();
    const page = await s.page(MESSAGES_URL);
    await expect.poll(() => attribute(sfpLine(page), 'data-sfp-sfp-source'), { timeout: 15_000 }).toBe('order-json');
    await settle(page);
    const counts = await orderJsonCounts();
    console.info(`messages page, new page load: order JSON GETs per path ${JSON.stringify(counts)}`);
    expect(counts).toEqual({ [`/orders-api/order/${MESSAGES_THREAD_ORDER_ID}`]: 1 });
    await page.close();
  });

  test('JSON reading off in the options: no request at all, "SFP not known from this page"', async () => {
    await setReadJson(s, false);
    try {
      await clearServerRequests();
      const page = await s.page(MESSAGES_URL);
      const line = sfpLine(page);
      await expect.poll(() => threadOrder(page), { timeout: 15_000 }).toBe(MESSAGES_THREAD_ORDER_ID);
      await spaNavigate(page, `/messaging/inbox-v3?fi=search&ss=${NON_SFP_ORDER_ID}`, file(NON_SFP_ORDER_ID));
      await expect.poll(() => threadOrder(page)).toBe(NON_SFP_ORDER_ID);
      await settle(page);
      expect(await attribute(line, 'data-sfp-order-sfp')).toBe('unknown');
      expect(await text(line)).toBe(`${NON_SFP_ORDER_ID} · SFP not known from this page`);
      const counts = await orderJsonCounts();
      console.info(`messages page with JSON reading off: order JSON GETs per path ${JSON.stringify(counts)}`);
      expect(counts).toEqual({});
      expect(pageLog(page).errors).toEqual([]);
      await page.close();
    } finally {
      await setReadJson(s, true);
    }
  });

  test('the queue knows the order (its order page was seen): per the orders queue, and no JSON request', async () => {
    const order = await s.page(sellerCentralUrl(orderPath(NON_SFP_ORDER_ID)));
    await expect.poll(() => attribute(overlay(order), 'data-sfp-handler')).toBe('seller');
    await order.close();
    const url = sellerCentralUrl('/messaging/inbox-v3?fi=search&ss=queue-known');
    await s.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: messagesPageFor(NON_SFP_ORDER_ID) }));
    await clearServerRequests();
    const page = await s.page(url);
    const line = sfpLine(page);
    await expect.poll(() => attribute(line, 'data-sfp-sfp-source'), { timeout: 15_000 }).toBe('queue');
    expect(await text(line)).toBe(`${NON_SFP_ORDER_ID} · not SFP per the orders queue`);
    await settle(page);
    const counts = await orderJsonCounts();
    console.info(`messages page, order known to the queue: order JSON GETs per path ${JSON.stringify(counts)}`);
    expect(counts).toEqual({});
    await s.context.unroute(url);
    await page.close();
  });

  test('signed out (the JSON answers a 200 HTML sign-in page): "SFP not known from this page", nothing reaches the page', async () => {
    let asked = 0;
    const signedOut = readFileSync('tests/fixtures/api/orders-signed-out-200.html', 'utf8');
    const jsonUrl = sellerCentralUrl(`/orders-api/order/${MESSAGES_THREAD_ORDER_ID}`);
    await s.context.route(jsonUrl, (route) => {
      asked++;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: signedOut });
    });
    const page = await s.page(sellerCentralUrl('/messaging/inbox-v3?signed-out=1'));
    await expect.poll(() => threadOrder(page), { timeout: 15_000 }).toBe(MESSAGES_THREAD_ORDER_ID);
    await expect.poll(() => asked).toBe(1);
    await settle(page);
    expect(await attribute(sfpLine(page), 'data-sfp-order-sfp')).toBe('unknown');
    expect(await text(sfpLine(page))).toBe(`${MESSAGES_THREAD_ORDER_ID} · SFP not known from this page`);
    expect(asked).toBe(1);
    expect(pageLog(page).errors).toEqual([]);
    for (const m of pageLog(page).console) expect(m.url).toMatch(/^chrome-extension:\/\//);
    await s.context.unroute(jsonUrl);
    await page.close();
  });
});
