// Issue 15 part 3, in real Chromium with the built extension: pages reached through Seller Central's own links
// (menu `ref=` path segments, `ref_` / locale parameters, legacy routes; tests/unit/pages/url-corpus.ts) get
// their overlay, on load and after an SPA move (history.pushState, as Seller Central does) between them.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attribute, launch, overlay, pageLog, sellerCentralUrl, spaNavigate, type Session } from './harness';
import { SFP_ORDER_ID } from './routes';

/**
 * Link shapes from tests/unit/pages/url-corpus.ts (the ref= segment on /gp/returns/list/v2 is one of its inferred
 * shapes; the others were seen), each served the sample page of its kind (routes.ts).
 */
const ORDERS_REF = '/orders-v3/ref=xx_myo_dnav_xx?page=1&mons_sel_locale=en_US';
const RETURNS_REF = '/gp/returns/list/v2/ref=xx_mretrn_dnav_xx?returnRequestState=pendingActions';
const SAFET_REF = '/safet-claims/ref=xx_safetclaim_dnav_xx#/claims';
const DETAILS_REF = `/gp/orders-v2/details/ref=ag_orddet_cont_myo?ie=UTF8&orderID=${SFP_ORDER_ID}`;

/** Chips the overlay placed on the page (their hosts are open shadow roots, which the CSS locator pierces). */
const chipCount = (page: Page): Promise<number> => page.locator('sfp-guide-chip [data-sfp-chip]').count();
const pageKind = (page: Page): Promise<string | null> => attribute(overlay(page), 'data-sfp-page');

describe('pages reached through ref= links', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('Manage Orders through the menu link shows the order-list overlay', async () => {
    const page = await s.page(sellerCentralUrl(ORDERS_REF));
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('order-list');
    await expect.poll(() => overlay(page).locator('[data-sfp-list-summary]').count()).toBe(1);
    expect(pageLog(page).errors).toEqual([]);
    await page.close();
  });

  test('Manage Returns through a ref= link on the /gp/returns/list/v2 route shows the returns chips', async () => {
    const page = await s.page(sellerCentralUrl(RETURNS_REF));
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('returns');
    await expect.poll(() => chipCount(page)).toBeGreaterThanOrEqual(3);
    expect(pageLog(page).errors).toEqual([]);
    await page.close();
  });

  test('SAFE-T through the ref= + hash-route link shows the reply-by chips', async () => {
    const page = await s.page(sellerCentralUrl(SAFET_REF));
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('safet');
    await expect.poll(() => page.locator('sfp-guide-chip time[data-sfp-deadline="safet-reply"]').count()).toBeGreaterThan(0);
    expect(pageLog(page).errors).toEqual([]);
    await page.close();
  });

  test('the legacy order-details link with a ref= segment shows the order panel', async () => {
    const page = await s.page(sellerCentralUrl(DETAILS_REF));
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('order-details');
    await expect.poll(() => overlay(page).innerText()).toContain(SFP_ORDER_ID);
    expect(pageLog(page).errors).toEqual([]);
    await page.close();
  });

  test('SPA moves between them through ref= URLs swap the overlay; a ref= link to another tool removes it', async () => {
    const page = await s.page(sellerCentralUrl(ORDERS_REF));
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('order-list');

    await spaNavigate(page, RETURNS_REF, 'tests/fixtures/pages/returns-us.html');
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('returns');
    await expect.poll(() => chipCount(page)).toBeGreaterThanOrEqual(3);

    await spaNavigate(page, SAFET_REF, 'tests/fixtures/pages/safet-us.html');
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('safet');
    await expect.poll(() => page.locator('sfp-guide-chip time[data-sfp-deadline="safet-reply"]').count()).toBeGreaterThan(0);

    await spaNavigate(page, '/orders-v3/ref=xx_myo_favb_xx?date-range=last-14&sort=ship_by_asc&page=2', 'tests/fixtures/pages/order-list-us.html');
    await expect.poll(() => pageKind(page), { timeout: 15_000 }).toBe('order-list');

    // Manage Inventory's menu link: not a page with an overlay.
    await spaNavigate(page, '/inventory/ref=id_invmgr_dnav_xx_', 'tests/fixtures/pages/home-us.html');
    await expect.poll(() => overlay(page).count()).toBe(0);
    await expect.poll(() => page.locator('sfp-guide-chip').count()).toBe(0);
    expect(pageLog(page).errors).toEqual([]);
  });
});
