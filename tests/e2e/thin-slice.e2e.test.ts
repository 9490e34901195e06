// Issue 2 item 3, the thin slice, in real Chromium with the built extension: overlay on an SFP order,
// no SFP claim on a non-SFP order, nothing on another host, the chip on a broken page, SPA navigation,
// and the queue → badge → popup loop, through the agreed data-sfp-* test hooks of overlay and popup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SELLER_CENTRAL_MATCHES } from '../../utils/marketplaces';
import {
  attribute, extensionPath, extensionWorlds, text, launch, otherHostUrl, overlay, overlayHost, pageLog, sellerCentralUrl, spaNavigate,
  unrecognisedChip, type Session,
} from './harness';
import { BROKEN_ORDER_ID, NON_SFP_ORDER_ID, SFP_ORDER_ID, orderPath } from './routes';

const SFP_URL = sellerCentralUrl(orderPath(SFP_ORDER_ID));
const NON_SFP_URL = sellerCentralUrl(orderPath(NON_SFP_ORDER_ID));
const SFP_FIXTURE = 'tests/fixtures/pages/order-details-us-sfp.html';
const NON_SFP_FIXTURE = 'tests/fixtures/pages/order-details-us-non-sfp.html';
const HOME_FIXTURE = 'tests/fixtures/pages/home-us.html';

describe('thin slice', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('SFP order: overlay in a shadow root names the order, SFP, and Amazon CS for post-order contacts', async () => {
    const page = await s.page(SFP_URL);
    const root = overlay(page);
    await expect.poll(() => root.count()).toBe(1);
    const shown = (await text(root)) ?? '';
    expect(shown).toContain(SFP_ORDER_ID);
    expect(shown).toMatch(/Seller Fulfilled Prime/i);
    expect(shown).toMatch(/Amazon Customer Service/i);
    expect(await attribute(root, 'data-sfp-handler')).toBe('amazon-cs');
    expect(await attribute(root, 'data-sfp-page')).toBe('order-details');
    // The root lives in the shadow root of <sfp-guide-overlay>, not in the page's light DOM.
    const placement = await page.evaluate(() => {
      const host = document.querySelector('sfp-guide-overlay');
      return {
        host: host !== null,
        inShadow: host?.shadowRoot?.querySelector('[data-sfp-overlay]') != null,
        inLightDom: document.querySelector('[data-sfp-overlay]') !== null,
      };
    });
    expect(placement).toEqual({ host: true, inShadow: true, inLightDom: false });
    expect(pageLog(page).errors).toEqual([]);
  });

  test('the overlay bundle is imported as a module, compiled from the V8 code cache from the third load on', async () => {
    // Only the overlay bundles are web-accessible, and only to Seller Central (wxt.config.ts).
    const manifest = JSON.parse(readFileSync(join(extensionPath(), 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['content-scripts/overlay-*.js'], matches: [...SELLER_CENTRAL_MATCHES] }]);
    const consumed: number[] = [];
    for (let load = 0; load < 3; load++) {
      const page = await s.context.newPage();
      const cdp = await s.context.newCDPSession(page);
      const events: { name: string; args?: { data?: { url?: string; consumedCacheSize?: number } } }[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8'] }, transferMode: 'ReportEvents' });
      await page.goto(SFP_URL);
      await expect.poll(() => overlay(page).count()).toBe(1);
      await cdp.send('Tracing.end');
      await complete;
      const compiles = events.filter((e) => e.name === 'v8.compileModule' && e.args?.data?.url?.endsWith('/content-scripts/overlay-order-details.js'));
      expect(compiles, `load ${load}`).toHaveLength(1);
      consumed.push(compiles[0]!.args!.data!.consumedCacheSize ?? 0);
      await page.close();
    }
    // Chromium keeps a module's code cache once it has run twice; the router's own earlier loads in this
    // session may already have warmed it, so only the third load is certain to use it.
    expect(consumed[2]).toBeGreaterThan(0);
  });

  test('non-SFP order: seller handles contacts, no SFP claim', async () => {
    const page = await s.page(NON_SFP_URL);
    const root = overlay(page);
    await expect.poll(() => attribute(root, 'data-sfp-handler')).toBe('seller');
    expect(await text(root)).toContain(NON_SFP_ORDER_ID);
    expect(await page.locator('[data-sfp-handler="amazon-cs"]').count()).toBe(0);
    expect(await text(root)).not.toMatch(/Amazon Customer Service handles/i);
  });

  test('a page on another host gets nothing injected', async () => {
    // Positive control in the same session: the extension does run on the real host.
    const sc = await s.page(SFP_URL);
    await expect.poll(() => overlay(sc).count()).toBe(1);
    const other = await s.page(otherHostUrl(orderPath(SFP_ORDER_ID)));
    expect(await other.locator('[data-test-id="order-id-value"]').count()).toBeGreaterThan(0);
    expect(await extensionWorlds(other, s.extensionId)).toEqual([]);
    expect(await overlayHost(other).count()).toBe(0);
    expect(await other.locator('[data-sfp-overlay], [data-sfp-unrecognised]').count()).toBe(0);
  });

  test('order page with its anchors missing: "page not recognised" chip and no deadline', async () => {
    const page = await s.page(sellerCentralUrl(orderPath(BROKEN_ORDER_ID)));
    const chip = unrecognisedChip(page);
    await expect.poll(() => chip.count()).toBe(1);
    expect(await text(chip)).toMatch(/page not recognised/i);
    expect(await page.locator('[data-sfp-copy-snapshot]').count()).toBe(1);
    expect(await page.locator('[data-sfp-deadline]').count()).toBe(0);
    expect(await page.locator('[data-sfp-handler]').count()).toBe(0);
    expect(pageLog(page).errors).toEqual([]);
  });

  test('SPA: pushState to another order updates the overlay; leaving order pages removes it', async () => {
    const page = await s.page(SFP_URL);
    await expect.poll(() => attribute(overlay(page), 'data-sfp-handler')).toBe('amazon-cs');
    await spaNavigate(page, orderPath(NON_SFP_ORDER_ID), NON_SFP_FIXTURE);
    await expect.poll(() => attribute(overlay(page), 'data-sfp-handler')).toBe('seller');
    expect(await text(overlay(page))).toContain(NON_SFP_ORDER_ID);
    expect(await text(overlay(page))).not.toContain(SFP_ORDER_ID);
    await spaNavigate(page, orderPath(SFP_ORDER_ID), SFP_FIXTURE);
    await expect.poll(() => attribute(overlay(page), 'data-sfp-handler')).toBe('amazon-cs');
    await spaNavigate(page, '/home', HOME_FIXTURE);
    await expect.poll(() => overlayHost(page).count()).toBe(0);
    expect(await page.locator('[data-sfp-overlay], [data-sfp-unrecognised]').count()).toBe(0);
    expect(pageLog(page).errors).toEqual([]);
  });

  test('queue: a marked return shows on the badge and in the popup until done', async () => {
    await expect.poll(() => s.badgeText()).toBe('');
    const page = await s.page(SFP_URL);
    const mark = page.locator('[data-sfp-mark="return-received"]');
    await expect.poll(() => mark.count()).toBe(1);
    await mark.click();
    await expect.poll(() => s.badgeText()).toBe('1');
    expect(JSON.stringify(await s.extensionStorage())).toContain(SFP_ORDER_ID);

    const popup = await s.openPopup();
    const row = popup.locator(`[data-sfp-action][data-kind="refund-return"][data-order-id="${SFP_ORDER_ID}"]`);
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('[data-sfp-done]').click();
    await expect.poll(() => s.badgeText()).toBe('');
    expect(pageLog(popup).errors).toEqual([]);
    expect(pageLog(page).errors).toEqual([]);
  });
});
