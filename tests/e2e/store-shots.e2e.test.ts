// Issue 18 item 2: the store screenshots (docs/store/screenshot-*.png, 1280×800 as the Chrome Web Store
// and AMO want them), taken from the built extension on the fixture pages. Only with SFP_STORE_SHOTS=1
// (`SFP_STORE_SHOTS=1 npm run test:e2e -- store-shots`); skipped otherwise, so a normal run never
// rewrites the committed images.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attribute, launch, overlay, sellerCentralUrl, type Session } from './harness';
import { SFP_ORDER_ID, orderPath } from './routes';

const DIR = 'docs/store';
const SIZE = { width: 1280, height: 800 };

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  await page.setViewportSize(SIZE);
  // Let the overlay settle after the resize (it positions itself on the page's layout).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: `${DIR}/screenshot-${name}.png`, animations: 'disabled' });
}

describe.skipIf(process.env.SFP_STORE_SHOTS !== '1')('store screenshots (SFP_STORE_SHOTS=1)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('order details: SFP, who answers, deadlines', async () => {
    const page = await s.page(sellerCentralUrl(orderPath(SFP_ORDER_ID)));
    await page.setViewportSize(SIZE);
    await expect.poll(() => attribute(overlay(page), 'data-sfp-handler')).toBe('amazon-cs');
    await shoot(page, '1-order-details');
  });

  test('buyer messages: the open thread and the inbox chips', async () => {
    const page = await s.page(sellerCentralUrl('/messaging/inbox-v3'));
    await page.setViewportSize(SIZE);
    await expect.poll(() => overlay(page).locator('[data-sfp-thread]').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('[data-sfp-chip]').count()).toBeGreaterThanOrEqual(2);
    await shoot(page, '2-messages');
  });

  test('manage returns: chips on the rows that need something', async () => {
    const page = await s.page(sellerCentralUrl('/returns/list'));
    await page.setViewportSize(SIZE);
    await expect.poll(() => page.locator('[data-sfp-chip]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shoot(page, '3-returns');
  });

  test('the queue in the toolbar popup', async () => {
    const order = await s.page(sellerCentralUrl(orderPath(SFP_ORDER_ID)));
    const mark = order.locator('[data-sfp-mark="return-received"]');
    await expect.poll(() => mark.count()).toBe(1);
    await mark.click();
    await expect.poll(() => s.badgeText()).not.toBe('');
    const popup = await s.openPopup();
    await popup.setViewportSize(SIZE);
    await expect.poll(() => popup.locator('[data-sfp-action]').count()).toBeGreaterThan(0);
    // The toolbar popup on its own: centred, at its natural width, on a neutral background.
    await popup.addStyleTag({
      content: 'html{background:#e8eaed;min-height:100%}body{margin:48px auto!important;width:max-content;box-shadow:0 4px 24px #0003;background:#fff}',
    });
    await shoot(popup, '4-popup');
  });
});
