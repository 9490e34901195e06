// Issue 18 item 1: the Firefox MV2 build in real Firefox (Debian firefox-esr over WebDriver BiDi), on the
// Chromium suite's fixture pages under the real Seller Central host names. Mirrors the assertions of
// tests/e2e/thin-slice.e2e.test.ts and lists.e2e.test.ts through the same data-sfp-* hooks. In Firefox
// the router does not import the overlay bundle: the background injects it (scripting.executeScript).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SERVED_HOSTS } from '../e2e/server';
import { BROKEN_ORDER_ID, NON_SFP_ORDER_ID, SFP_ORDER_ID, orderPath } from '../e2e/routes';
import { ADDON_ID, deep, deepHandle, extensionPath, launch, pageLog, sellerCentralUrl, type FirefoxSession } from './harness';

const SFP_URL = sellerCentralUrl(orderPath(SFP_ORDER_ID));
const NON_SFP_URL = sellerCentralUrl(orderPath(NON_SFP_ORDER_ID));

/** The first match's attribute, or null (non-waiting, for expect.poll). */
const attr = async (matches: Promise<{ attrs: Record<string, string> }[]>, name: string) => (await matches)[0]?.attrs[name] ?? null;

describe('Firefox (firefox-esr, WebDriver BiDi)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('the Firefox build is installed as a temporary add-on under the chosen moz-extension UUID', async () => {
    expect(s.installedId).toBe(ADDON_ID);
    const manifest = JSON.parse(readFileSync(join(extensionPath(), 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    // No web-accessible files in Firefox: the background injects the overlay bundles (wxt.config.ts).
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(await s.popupEval<string>('return location.origin')).toBe(`moz-extension://${s.uuid}`);
    expect(await s.badgeText()).toBe('');
  });

  test('SFP order: overlay in a shadow root names the order, SFP, and Amazon CS for post-order contacts', async () => {
    const page = await s.page(SFP_URL);
    await expect.poll(async () => (await deep(page, '[data-sfp-overlay]')).length).toBe(1);
    const [root] = await deep(page, '[data-sfp-overlay]');
    expect(root!.text).toContain(SFP_ORDER_ID);
    expect(root!.text).toMatch(/Seller Fulfilled Prime/i);
    expect(root!.text).toMatch(/Amazon Customer Service/i);
    expect(root!.attrs['data-sfp-handler']).toBe('amazon-cs');
    expect(root!.attrs['data-sfp-page']).toBe('order-details');
    const placement = await page.evaluate(() => {
      const host = document.querySelector('sfp-guide-overlay');
      return {
        host: host !== null,
        inShadow: host?.shadowRoot?.querySelector('[data-sfp-overlay]') != null,
        inLightDom: document.querySelector('[data-sfp-overlay]') !== null,
        // Set by the bundle once injected (components/overlay/host/bundle.ts): the background's injection ran.
        injected: document.documentElement.hasAttribute('data-sfp-guide-overlay-order-details'),
      };
    });
    expect(placement).toEqual({ host: true, inShadow: true, inLightDom: false, injected: true });
    expect(pageLog(page).errors).toEqual([]);
    expect(pageLog(page).console.filter((m) => m.type === 'error')).toEqual([]);
  });

  test('non-SFP order: seller handles contacts, no SFP claim', async () => {
    const page = await s.page(NON_SFP_URL);
    await expect.poll(() => attr(deep(page, '[data-sfp-overlay]'), 'data-sfp-handler')).toBe('seller');
    const [root] = await deep(page, '[data-sfp-overlay]');
    expect(root!.text).toContain(NON_SFP_ORDER_ID);
    expect(root!.text).not.toMatch(/Amazon Customer Service handles/i);
    expect(await deep(page, '[data-sfp-handler="amazon-cs"]')).toEqual([]);
    expect(pageLog(page).errors).toEqual([]);
  });

  test('order page with its anchors missing: "page not recognised" chip and no deadline', async () => {
    const page = await s.page(sellerCentralUrl(orderPath(BROKEN_ORDER_ID)));
    await expect.poll(async () => (await deep(page, '[data-sfp-unrecognised]')).length).toBe(1);
    expect((await deep(page, '[data-sfp-unrecognised]'))[0]!.text).toMatch(/page not recognised/i);
    expect(await deep(page, '[data-sfp-copy-snapshot]')).toHaveLength(1);
    expect(await deep(page, '[data-sfp-deadline]')).toEqual([]);
    expect(await deep(page, '[data-sfp-handler]')).toEqual([]);
    expect(pageLog(page).errors).toEqual([]);
  });

  // Before the messages page, whose open threads queue reply deadlines of their own.
  test('queue: a marked return shows on the badge and in popup.html until done', async () => {
    await expect.poll(() => s.badgeText()).toBe('');
    const page = await s.page(SFP_URL);
    await expect.poll(async () => (await deep(page, '[data-sfp-mark="return-received"]')).length).toBe(1);
    const mark = await deepHandle(page, '[data-sfp-mark="return-received"]');
    await mark!.click();
    await expect.poll(() => s.badgeText()).toBe('1');
    expect(JSON.stringify(await s.extensionStorage())).toContain(SFP_ORDER_ID);
    // alarms: the daily prune, and the wake-up at the new action's next deadline change.
    const alarms = await s.popupEval<{ name: string; scheduledTime: number }[]>('return browser.alarms.getAll()');
    expect(alarms.map((a) => a.name).sort()).toEqual(['sfp:next', 'sfp:prune']);
    expect(alarms.find((a) => a.name === 'sfp:next')!.scheduledTime).toBeGreaterThan(Date.now());

    await s.openPopup();
    const row = `[data-sfp-action][data-kind="refund-return"][data-order-id="${SFP_ORDER_ID}"]`;
    await expect.poll(() => s.popupEval<number>('return document.querySelectorAll(arguments[0]).length', row)).toBe(1);
    await s.popupClick(`${row} [data-sfp-done]`);
    await expect.poll(() => s.badgeText()).toBe('');
    await expect.poll(() => s.popupEval<number>('return document.querySelectorAll(arguments[0]).length', row)).toBe(0);
    expect(pageLog(page).errors).toEqual([]);
    expect(pageLog(page).console.filter((m) => m.type === 'error')).toEqual([]);
  });

  test('Buyer Messages: the open thread gets sender, intent, who acts, the 24-hour deadline; inbox rows get chips', async () => {
    const page = await s.page(sellerCentralUrl('/messaging/inbox-v3'));
    await expect.poll(() => attr(deep(page, '[data-sfp-overlay]'), 'data-sfp-page'), { timeout: 15_000 }).toBe('messages');
    await expect.poll(async () => (await deep(page, '[data-sfp-thread]')).length).toBe(1);
    const [thread] = await deep(page, '[data-sfp-thread]');
    expect(thread!.attrs['data-order-id']).toBe('113-2846190-7712054');
    expect((await deep(page, '[data-sfp-thread] [data-sfp-sender]'))[0]?.text).toBe('Buyer');
    expect(await attr(deep(page, '[data-sfp-thread] [data-sfp-intent]'), 'data-sfp-intent')).toMatch(/^(product-question|unclear)$/);
    const due = await deep(page, '[data-sfp-thread] time[data-sfp-deadline="buyer-reply"]');
    expect(due).toHaveLength(1);
    // 24 hours after the latest buyer message (Thu, Nov 26, 2026, 9:14 AM PST).
    expect(due[0]!.attrs.datetime).toBe('2026-11-27T17:14:00.000Z');
    expect((await deep(page, '[data-sfp-thread] [data-sfp-reply]'))[0]?.text.length ?? 0).toBeGreaterThan(20);
    // Inbox chips: the buyer row and the Amazon CS row need a reply; the answered row gets none.
    await expect.poll(async () => (await deep(page, '[data-sfp-chip]')).length).toBeGreaterThanOrEqual(2);
    const chips = await deep(page, '[data-sfp-chip]');
    const clock = async (orderId: string) =>
      (await deep(page, `[data-sfp-chip][data-order-id="${orderId}"] time[data-sfp-deadline]`))[0]?.attrs['data-sfp-deadline'];
    expect(await clock('114-9038217-3365120')).toBe('amazon-cs-reply');
    expect(chips.find((c) => c.attrs['data-order-id'] === '114-9038217-3365120')?.text).toMatch(/Reply to Amazon CS/);
    expect(await clock('113-2846190-7712054')).toBe('buyer-reply');
    expect(chips.find((c) => c.attrs['data-order-id'] === '112-5519034-8830271')).toBeUndefined();
    expect(pageLog(page).errors).toEqual([]);
    expect(pageLog(page).console.filter((m) => m.type === 'error')).toEqual([]);
  });

  test('control: the harness does hear a page console error and an uncaught page error', async () => {
    const page = await s.page(sellerCentralUrl('/home'));
    await page.evaluate(() => {
      console.error('sfp-e2e probe');
      setTimeout(() => {
        throw new Error('sfp-e2e uncaught probe');
      }, 0);
    });
    await expect.poll(() => pageLog(page).console.filter((m) => m.type === 'error').map((m) => m.text)).toEqual(['sfp-e2e probe']);
    await expect.poll(() => pageLog(page).errors.join()).toContain('sfp-e2e uncaught probe');
  });

  test('Firefox connected to no host but the fixture hosts (the proxy saw nothing else)', () => {
    const asked = [...new Set(s.proxiedHosts())];
    expect(asked).toContain('sellercentral.amazon.com');
    expect(asked.filter((h) => !SERVED_HOSTS.includes(h))).toEqual([]);
  });
});
