// Issue 2 "Bad input": an unknown Seller Central page shows nothing and logs nothing to the page
// console; hostile markup gets no guessed guidance; nothing the extension does reaches the page as an
// error. Each silence check has a positive control so it cannot pass by the extension not running.
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { extensionWorlds, launch, overlayHost, pageLog, sellerCentralUrl, type Session } from './harness';
import { BROKEN_ORDER_ID, HOSTILE_ORDER_ID, NON_SFP_ORDER_ID, SFP_ORDER_ID, orderPath } from './routes';

describe('bad input', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('an unknown Seller Central page shows nothing and logs nothing to the page console', async () => {
    for (const path of ['/home', '/no/such/page', '/orders-v3/order/not-an-order-id']) {
      const page = await s.page(sellerCentralUrl(path));
      // The router did run here (positive control) …
      await expect.poll(() => extensionWorlds(page, s.extensionId)).not.toEqual([]);
      // … and left no trace.
      expect(await overlayHost(page).count()).toBe(0);
      expect(await page.locator('[data-sfp-overlay], [data-sfp-unrecognised], [data-sfp-chip]').count()).toBe(0);
      const expected = path === '/home' ? [] : [expect.objectContaining({ text: expect.stringMatching(/404/) })];
      expect(pageLog(page).console).toEqual(expected); // only the browser's own 404 line, nothing from us
      expect(pageLog(page).errors).toEqual([]);
      await page.close();
    }
  });

  test('hostile markup on an order URL: no guessed deadline, no page error, the page script unharmed', async () => {
    const page = await s.page(sellerCentralUrl(orderPath(HOSTILE_ORDER_ID)));
    await expect.poll(() => extensionWorlds(page, s.extensionId)).not.toEqual([]);
    expect(await page.evaluate(() => (window as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(true);
    // Anchors present but holding garbage: the reader must say "not recognised", never compute from a guess.
    await expect.poll(() => page.locator('[data-sfp-unrecognised]').count()).toBe(1);
    expect(await page.locator('[data-sfp-deadline]').count()).toBe(0);
    expect(await page.locator('[data-sfp-handler]').count()).toBe(0);
    expect(pageLog(page).errors).toEqual([]);
    expect(pageLog(page).console.filter((m) => m.type === 'error' || m.type === 'warning')).toEqual([]);
  });

  test('garbage messages from the extension side never surface in the page', async () => {
    const page = await s.page(sellerCentralUrl(orderPath(SFP_ORDER_ID)));
    await expect.poll(() => page.locator('[data-sfp-overlay]').count()).toBe(1);
    const worker = await s.serviceWorker();
    const sent = await worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: {
        tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> };
      } }).chrome;
      const garbage: unknown[] = [null, 42, 'sfp:observe', { type: 'sfp:observe' }, { type: 'sfp:mark', mark: {} },
        { type: 'sfp:order-state', orderId: { toString: null } }, { type: '__proto__' }, [1, 2, 3]];
      let count = 0;
      for (const tab of await c.tabs.query({})) {
        for (const m of garbage) {
          if (tab.id === undefined) continue;
          await c.tabs.sendMessage(tab.id, m).catch(() => undefined);
          count++;
        }
      }
      return count;
    });
    expect(sent).toBeGreaterThan(0);
    // Still rendering, and nothing reached the page.
    expect(await page.locator('[data-sfp-overlay]').count()).toBe(1);
    expect(pageLog(page).errors).toEqual([]);
  });

  test('every sample page loads without a page error or an error in the page console', async () => {
    for (const id of [SFP_ORDER_ID, NON_SFP_ORDER_ID, BROKEN_ORDER_ID]) {
      const page = await s.page(sellerCentralUrl(orderPath(id)));
      await expect.poll(() => page.locator('[data-sfp-overlay], [data-sfp-unrecognised]').count()).toBeGreaterThan(0);
      expect(pageLog(page).errors).toEqual([]);
      expect(pageLog(page).console.filter((m) => m.type === 'error')).toEqual([]);
      await page.close();
    }
  });

  describe('corrupt storage', () => {
    test('corrupt extension storage: the overlay still guides, nothing reaches the page', async () => {
      const fresh = await launch(); // its own profile: the corruption must not leak into other tests
      onTestFinished(() => fresh.close());
      const worker = await fresh.serviceWorker();
      // Wrong types, wrong versions and junk in every item the extension keeps (utils/storage.ts).
      await worker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
        await c.storage.local.set({
          settings: { calendars: 'nope', overlays: [1, 2], readJson: 'yes', notifyLeadMinutes: -1e308 },
          settings$: { v: 'x' },
          overlayUi: 42,
          queue: { actions: [['refund-return', null, 'XX', 'soon']], marks: 'none', orders: [], undo: {} },
          queue$: { v: 999 },
        });
      });
      const page = await fresh.page(sellerCentralUrl(orderPath(SFP_ORDER_ID)));
      await expect.poll(() => page.locator('[data-sfp-overlay][data-sfp-handler="amazon-cs"]').count()).toBe(1);
      expect(typeof (await fresh.badgeText())).toBe('string');
      expect(pageLog(page).errors).toEqual([]);
      // Failure policy: caught and logged (once) by the extension itself; nothing attributed to the page.
      for (const m of pageLog(page).console) expect(m.url).toMatch(/^chrome-extension:\/\//);
    });
  });
});
