// Issue 17 item 4 in real Chromium (and the German / Japanese pages, below) with the built extension: the French, Italian and Spanish Order Details pages
// (tests/fixtures/pages/order-details-{fr,it,es}-sfp.html) on sellercentral.amazon.fr / .it / .es — and the Spanish one
// on the unified EU host, where only the page names the marketplace — are recognised as SFP orders, and the refund
// deadline the page's return section starts ("Livré le", "Consegnato il", "Entregado el") is shown through the
// data-sfp-* hooks. The overlay's own language is English here (another part of issue 17 localises it).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attribute, launch, overlay, pageLog, sellerCentralUrl, text, unrecognisedChip, type Session } from './harness';
import { DE_PAGES, EU_HOST, JP_PAGES, LOCALIZED_ORDERS, orderPath } from './routes';

/** Refund due: 2 business days after the return's delivery, to the end of that local day (sfp-refund-2bd). */
const REFUND_DUE: Record<(typeof LOCALIZED_ORDERS)[number]['lang'] | 'de', string> = {
  fr: '2026-11-30T23:00:00.000Z', // Livré le : 26/11/2026 14:05 (Thu) → end of Mon 30 Nov, Europe/Paris
  it: '2026-11-27T23:00:00.000Z', // Consegnato il: 25/11/2026 16:20 (Wed) → end of Fri 27 Nov, Europe/Rome
  es: '2026-11-30T23:00:00.000Z', // Entregado el: 26/11/2026 9:30 (Thu) → end of Mon 30 Nov, Europe/Madrid
  de: '2026-11-30T23:00:00.000Z', // Zugestellt am: 26.11.2026 14:05 (Thu) → end of Mon 30 Nov, Europe/Berlin
};

describe('overlay on French, Italian and Spanish Order Details', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  const cases = [
    ...LOCALIZED_ORDERS.map((o) => ({ lang: o.lang, orderId: o.orderId, on: o.host as string })),
    ...LOCALIZED_ORDERS.filter((o) => o.lang === 'es').map((o) => ({ lang: o.lang, orderId: o.orderId, on: EU_HOST as string })),
    // German UI on sellercentral.amazon.de ("Prime durch Verkäufer"; tests/fixtures/pages/order-details-de-sfp.html).
    { lang: 'de' as const, orderId: DE_PAGES.orderId, on: DE_PAGES.host },
  ];
  test.each(cases)('$lang page on $on: recognised as SFP, the refund deadline from the page', async (o) => {
    const page = await s.page(sellerCentralUrl(orderPath(o.orderId), o.on));
    const root = overlay(page);
    await expect.poll(() => attribute(root, 'data-sfp-handler')).toBe('amazon-cs');
    expect(await attribute(root, 'data-sfp-page')).toBe('order-details');
    expect(await unrecognisedChip(page).count()).toBe(0);
    const shown = (await text(root)) ?? '';
    expect(shown).toContain(o.orderId);
    expect(shown).toMatch(/Seller Fulfilled Prime/);
    const refund = root.locator('time[data-sfp-deadline="return-refund"]');
    await expect.poll(() => refund.count()).toBe(1);
    expect(await attribute(refund, 'datetime')).toBe(REFUND_DUE[o.lang]);
    expect(await root.locator('time[data-sfp-deadline="automated-refund"]').count()).toBe(1);
    // The return's delivery came from the page, not from a mark.
    expect(await root.locator('[data-sfp-clock="return-refund"]').innerText()).toMatch(/from the page/);
    expect(pageLog(page).errors).toEqual([]);
  });
});

// The Japanese Order Details page (tests/fixtures/pages/order-details-jp-sfp.html) on sellercentral.amazon.co.jp: an SFP
// order already shipped, without a return: recognised as SFP, and with nothing due it shows no deadline (and says so).
describe('overlay on Japanese Order Details', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('ja page on sellercentral.amazon.co.jp: recognised as SFP, nothing due (shipped, no return)', async () => {
    const page = await s.page(sellerCentralUrl(JP_PAGES.orderPath, JP_PAGES.host));
    const root = overlay(page);
    await expect.poll(() => attribute(root, 'data-sfp-handler')).toBe('amazon-cs');
    expect(await attribute(root, 'data-sfp-page')).toBe('order-details');
    expect(await unrecognisedChip(page).count()).toBe(0);
    const shown = (await text(root)) ?? '';
    expect(shown).toContain(JP_PAGES.orderId);
    expect(shown).toMatch(/Seller Fulfilled Prime/);
    expect(await attribute(root.locator('[data-sfp-rule]'), 'data-sfp-rule')).toBe('sfp-post-order-contacts');
    // Shipped, no return on the page and no mark: nothing is due, and the overlay says so rather than inventing a clock.
    await expect.poll(() => root.locator('[data-sfp-no-deadlines]').count()).toBe(1);
    expect(await root.locator('time[data-sfp-deadline]').count()).toBe(0);
    // The marks that would start the refund and Amazon-CS clocks are offered.
    expect(await root.locator('[data-sfp-mark="return-received"]').count()).toBe(1);
    expect(pageLog(page).errors).toEqual([]);
  });
});
