// Issue 5 items 1, 2, 7–10 on Order Details, in real Chromium with the built extension: the SFP panel
// (anchored under the order header, never covering Seller Central's buttons), the non-SFP chip, the
// unrecognised chip with its snapshot copy, SPA navigation, manual marks + undo through the background
// queue, axe-core inside the shadow root, and screenshots (SCREENSHOT_DIR: docs/screenshots/ with SFP_DOCS_SHOTS=1).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SCREENSHOT_DIR, launch, overlay, overlayHost, pageLog, sellerCentralUrl, spaNavigate, unrecognisedChip, type Session } from './harness';
import { BROKEN_ORDER_ID, NON_SFP_ORDER_ID, SFP_ORDER_ID, orderPath } from './routes';

const SFP_URL = sellerCentralUrl(orderPath(SFP_ORDER_ID));
const NON_SFP_URL = sellerCentralUrl(orderPath(NON_SFP_ORDER_ID));
const BROKEN_URL = sellerCentralUrl(orderPath(BROKEN_ORDER_ID));
const SHOTS = SCREENSHOT_DIR;
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Screenshot of the page top with the overlay, for the README. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** axe-core run on the overlay root inside the shadow root: violations as "id: target" strings. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    const root = document.querySelector('sfp-guide-overlay')?.shadowRoot?.querySelector('[data-sfp-overlay]');
    if (!root) return ['no overlay root'];
    const r = await w.axe.run(root, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('overlay on Order Details', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('SFP order: panel under the order header, Amazon CS handles post-order contacts, sources linked', async () => {
    const page = await s.page(SFP_URL);
    const root = overlay(page);
    await expect.poll(() => root.getAttribute('data-sfp-handler')).toBe('amazon-cs');
    expect(await root.getAttribute('data-sfp-page')).toBe('order-details');
    const text = await root.innerText();
    expect(text).toContain(SFP_ORDER_ID);
    expect(text).toMatch(/Amazon Customer Service/);
    // Inline right after the order header, so it pushes content down instead of covering it.
    const anchored = await page.evaluate(() => document.querySelector('sfp-guide-overlay')?.previousElementSibling?.getAttribute('data-test-id'));
    expect(anchored).toBe('order-details-label');
    expect(await root.locator('a[href*="GUTJZ6MZGMYCW7PW"]').count()).toBeGreaterThan(0);
    // Seller Central's own buttons stay reachable: the topmost element at their centre is the button.
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll('[data-test-id="order-details-header-action-buttons"] button')].filter((b) => {
        const r = b.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) !== b;
      }).length,
    );
    expect(covered).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'order-details-sfp');
    expect(pageLog(page).errors).toEqual([]);
    // No extension output in the page console (the reader's same-origin 404 for the order JSON is Chromium's own line).
    expect(pageLog(page).console.filter((m) => !m.text.startsWith('Failed to load resource'))).toEqual([]);
  });

  test('marks: "return received" starts the refund countdown via the queue, and undo removes it', async () => {
    const page = await s.page(SFP_URL);
    const root = overlay(page);
    await expect.poll(() => root.locator('[data-sfp-mark="return-received"]').count()).toBe(1);
    // A fixed, past date-time in the marketplace zone (America/Los_Angeles): Mon 23 Nov 2026 10:00 PST.
    await root.locator('[data-sfp-mark-edit="return-received"]').click();
    await root.locator('[data-sfp-mark-at="return-received"]').fill('2026-11-23T10:00');
    await root.locator('[data-sfp-mark="return-received"]').click();
    const refund = root.locator('time[data-sfp-deadline="return-refund"]');
    await expect.poll(() => refund.count()).toBe(1);
    // 2 business days after Mon 23 Nov → end of Wed 25 Nov, Los Angeles (08:00 UTC on the 26th).
    expect(await refund.getAttribute('datetime')).toBe('2026-11-26T08:00:00.000Z');
    expect(await root.locator('time[data-sfp-deadline="automated-refund"]').count()).toBe(1);
    const marksInStorage = async () => {
      const queue = (await s.extensionStorage()).queue as { marks?: { kind: string; at: string }[] } | undefined;
      return (queue?.marks ?? []).filter((m) => m.kind === 'return-received').map((m) => m.at);
    };
    await expect.poll(marksInStorage).toEqual(['2026-11-23T18:00:00.000Z']);
    await shoot(page, 'order-details-sfp-marks');
    await root.locator('[data-sfp-undo]').first().click();
    await expect.poll(() => refund.count()).toBe(0);
    await expect.poll(marksInStorage).toEqual([]);
  });

  test('"Amazon CS contacted me" starts the 2-business-day reply countdown', async () => {
    const page = await s.page(SFP_URL);
    const root = overlay(page);
    await expect.poll(() => root.locator('[data-sfp-mark="amazon-cs-contact"]').count()).toBe(1);
    await root.locator('[data-sfp-mark-edit="amazon-cs-contact"]').click();
    await root.locator('[data-sfp-mark-at="amazon-cs-contact"]').fill('2026-11-24T15:30');
    await root.locator('[data-sfp-mark="amazon-cs-contact"]').click();
    const reply = root.locator('time[data-sfp-deadline="amazon-cs-reply"]');
    await expect.poll(() => reply.count()).toBe(1);
    // Tue 24 Nov + 2 business days, Thanksgiving (Thu 26 Nov 2026) skipped → end of Fri 27 Nov PST.
    expect(await reply.getAttribute('datetime')).toBe('2026-11-28T08:00:00.000Z');
    await root.locator('[data-sfp-undo]').first().click();
    await expect.poll(() => reply.count()).toBe(0);
  });

  test('non-SFP order: compact expandable chip, seller handles contacts', async () => {
    const page = await s.page(NON_SFP_URL);
    const root = overlay(page);
    await expect.poll(() => root.getAttribute('data-sfp-handler')).toBe('seller');
    expect(await root.innerText()).toContain('Not SFP — standard seller-fulfilled rules');
    expect(await root.locator('[data-sfp-mark]').count()).toBe(0);
    await root.locator('summary').click();
    await expect.poll(() => root.innerText()).toMatch(/24 hours/);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'order-details-non-sfp');
  });

  test('broken order page: "page not recognised" chip with snapshot copy and no guidance', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://sellercentral.amazon.com' });
    const page = await s.page(BROKEN_URL);
    const chip = unrecognisedChip(page);
    await expect.poll(() => chip.count(), { timeout: 15_000 }).toBe(1);
    expect(await chip.innerText()).toContain('page not recognised');
    expect(await page.locator('[data-sfp-deadline]').count()).toBe(0);
    expect(await page.locator('[data-sfp-handler]').count()).toBe(0);
    expect(await chip.locator('a[href^="https://github.com/"]').count()).toBe(1);
    await chip.locator('[data-sfp-copy-snapshot]').click();
    await expect.poll(() => chip.innerText()).toContain('Snapshot copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.length).toBeGreaterThan(100);
    // Scrubbed: the fake buyer's name and address on the page are not in the snapshot.
    const { values } = JSON.parse(readFileSync('tests/fixtures/people.json', 'utf8')) as { values: string[] };
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(copied).not.toContain(v);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'order-details-unrecognised');
  });

  test('SPA navigation: SFP → non-SFP updates the overlay; → a page without overlay removes it', async () => {
    const page = await s.page(SFP_URL);
    const root = overlay(page);
    await expect.poll(() => root.getAttribute('data-sfp-handler')).toBe('amazon-cs');
    await spaNavigate(page, orderPath(NON_SFP_ORDER_ID), 'tests/fixtures/pages/order-details-us-non-sfp.html');
    await expect.poll(() => root.getAttribute('data-sfp-handler')).toBe('seller');
    expect(await root.innerText()).toContain(NON_SFP_ORDER_ID);
    await spaNavigate(page, orderPath(SFP_ORDER_ID), 'tests/fixtures/pages/order-details-us-sfp.html');
    await expect.poll(() => root.getAttribute('data-sfp-handler')).toBe('amazon-cs');
    await spaNavigate(page, '/home', 'tests/fixtures/pages/home-us.html');
    await expect.poll(() => overlayHost(page).count()).toBe(0);
    expect(pageLog(page).errors).toEqual([]);
  });

  test('router: a page with nothing shown injects nothing until SPA navigation reaches an order; each kind gets its own bundle', async () => {
    const page = await s.page(sellerCentralUrl('/home'));
    const marks = () =>
      page.evaluate(() => document.documentElement.getAttributeNames().filter((n) => n.startsWith('data-sfp-guide-overlay')).sort());
    // Give the router time to (not) ask; nothing of the overlay exists on /home.
    await page.waitForTimeout(500);
    expect(await marks()).toEqual([]);
    expect(await overlayHost(page).count()).toBe(0);
    await spaNavigate(page, orderPath(SFP_ORDER_ID), 'tests/fixtures/pages/order-details-us-sfp.html');
    await expect.poll(() => overlay(page).getAttribute('data-sfp-handler')).toBe('amazon-cs');
    // Only the order page's bundle: the list features stay out of this page until it shows a list.
    expect(await marks()).toEqual(['data-sfp-guide-overlay-order-details']);
    await spaNavigate(page, '/returns/list', 'tests/fixtures/pages/returns-us.html');
    await expect.poll(() => overlay(page).getAttribute('data-sfp-page')).toBe('returns');
    expect(await marks()).toEqual(['data-sfp-guide-overlay-order-details', 'data-sfp-guide-overlay-returns']);
    // The order bundle stepped aside: one overlay on the page.
    expect(await overlayHost(page).count()).toBe(1);
    await spaNavigate(page, orderPath(SFP_ORDER_ID), 'tests/fixtures/pages/order-details-us-sfp.html');
    await expect.poll(() => overlay(page).getAttribute('data-sfp-handler')).toBe('amazon-cs');
    expect(await overlayHost(page).count()).toBe(1);
    expect(await marks()).toHaveLength(2);
    expect(pageLog(page).errors).toEqual([]);
  });

  test('collapse is remembered across pages', async () => {
    const page = await s.page(SFP_URL);
    const toggle = overlay(page).locator('[data-sfp-toggle]');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    const again = await s.page(SFP_URL);
    const toggle2 = overlay(again).locator('[data-sfp-toggle]');
    await expect.poll(() => toggle2.getAttribute('aria-expanded')).toBe('false');
    await toggle2.click();
    await expect.poll(() => toggle2.getAttribute('aria-expanded')).toBe('true');
  });
});
