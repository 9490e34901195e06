// Issue 5 items 3–6, 8, 10 on the list pages, in real Chromium with the built extension: the Buyer
// Messages thread panel (sender, intent, who acts, deadline, reply to copy) and inbox chips, hostile
// message markup, the Manage Returns chips, the Manage Orders chips from the queue, SPA navigation
// between list pages, axe-core inside the shadow roots, and screenshots (SCREENSHOT_DIR: docs/screenshots/ with SFP_DOCS_SHOTS=1).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { SCREENSHOT_DIR, attribute, launch, overlay, pageLog, sellerCentralUrl, spaNavigate, type Session } from './harness';

const SHOTS = SCREENSHOT_DIR;
const MESSAGES_URL = sellerCentralUrl('/messaging/inbox-v3');
const RETURNS_URL = sellerCentralUrl('/returns/list');
const ORDERS_URL = sellerCentralUrl('/orders-v3');
/** An SFP row of order-list-us.html (Prime badge, fulfilled by the seller). */
const SFP_ROW_ORDER = '114-5550123-7654321';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Every chip on the page (row hosts may sit inside Amazon's own shadow roots and same-origin frames). */
async function chips(page: Page): Promise<{ orderId: string; text: string; clock: string | null; due: string | null; tone: string | null }[]> {
  return page.evaluate(() => {
    const found: { orderId: string; text: string; clock: string | null; due: string | null; tone: string | null }[] = [];
    const walk = (n: Document | ShadowRoot) => {
      for (const h of n.querySelectorAll('sfp-guide-chip')) {
        for (const c of h.shadowRoot?.querySelectorAll('[data-sfp-chip]') ?? []) {
          const t = c.querySelector('time[data-sfp-deadline]');
          found.push({
            orderId: c.getAttribute('data-order-id') ?? '',
            text: (c.textContent ?? '').replace(/\s+/g, ' ').trim(),
            clock: t?.getAttribute('data-sfp-deadline') ?? null,
            due: t?.getAttribute('datetime') ?? null,
            tone: c.getAttribute('data-tone'),
          });
        }
      }
      for (const el of n.querySelectorAll('*')) if (el.shadowRoot && el.localName !== 'sfp-guide-chip') walk(el.shadowRoot);
      for (const f of n.querySelectorAll('iframe')) {
        try {
          if (f.contentDocument) walk(f.contentDocument);
        } catch {
          /* cross-origin frame */
        }
      }
    };
    walk(document);
    return found;
  });
}

describe('list pages', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('Buyer Messages: the open thread gets sender, intent, who acts, the 24-hour deadline and a reply to copy', async () => {
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://sellercentral.amazon.com' });
    const page = await s.page(MESSAGES_URL);
    const root = overlay(page);
    await expect.poll(() => attribute(root, 'data-sfp-page'), { timeout: 15_000 }).toBe('messages');
    const thread = root.locator('[data-sfp-thread]');
    await expect.poll(() => thread.count()).toBe(1);
    expect(await thread.getAttribute('data-order-id')).toBe('113-2846190-7712054');
    expect(await thread.locator('[data-sfp-sender]').innerText()).toBe('Buyer');
    // The classifier's verdict for "Does the filter fit that model, and is it in stock?".
    expect(await thread.locator('[data-sfp-intent]').getAttribute('data-sfp-intent')).toMatch(/^(product-question|unclear)$/);
    const due = thread.locator('time[data-sfp-deadline="buyer-reply"]');
    expect(await due.count()).toBe(1);
    // 24 hours after the latest buyer message (Thu, Nov 26, 2026, 9:14 AM PST).
    expect(await due.getAttribute('datetime')).toBe('2026-11-27T17:14:00.000Z');
    expect(await thread.locator('a[href*="GUTJZ6MZGMYCW7PW"]').count()).toBeGreaterThan(0);

    // Copy puts the suggestion on the clipboard and touches nothing of Amazon's: the reply box keeps its draft.
    const suggestion = await thread.locator('[data-sfp-reply]').innerText();
    expect(suggestion.length).toBeGreaterThan(20);
    await thread.locator('[data-sfp-copy="reply"]').click();
    await expect.poll(() => thread.innerText()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(suggestion);
    const draft = await page.frameLocator('iframe.thread-frame').locator('textarea[name="reply"]').inputValue();
    expect(draft).toBe('Draft to Dana Quillfeather');

    // Inbox chips: the buyer row and the Amazon CS row need a reply; the answered row gets none.
    await expect.poll(async () => (await chips(page)).length).toBeGreaterThanOrEqual(2);
    const all = await chips(page);
    const cs = all.find((c) => c.orderId === '114-9038217-3365120');
    expect(cs?.clock).toBe('amazon-cs-reply');
    expect(cs?.text).toMatch(/Reply to Amazon CS/);
    expect(all.find((c) => c.orderId === '113-2846190-7712054')?.clock).toBe('buyer-reply');
    expect(all.find((c) => c.orderId === '112-5519034-8830271')).toBeUndefined();

    expect(await axeViolations(page)).toEqual([]);
    expect(pageLog(page).errors).toEqual([]);
    await shoot(page, 'messages-thread');
  });

  test('hostile message markup is neither executed nor rendered as HTML, and no page link is followed', async () => {
    const base = readFileSync('tests/fixtures/pages/messages-us.html', 'utf8');
    const hostileText = '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; Where is my refund? &lt;a href=&quot;javascript:window.__pwned=2&quot;&gt;track&lt;/a&gt;';
    // The open thread in the main document: one buyer message whose text carries markup, plus a real
    // javascript: link in the page (Amazon's markup, which the extension must never click).
    const body = base.replace(/<iframe class="thread-frame"[\s\S]*?<\/iframe>/, `
      <div data-test-id="thread-view" data-thread-id="THR-HOSTILE01">
        <div class="thread-header"><span>Order ID:</span> <span data-test-id="thread-header-order-id">113-2846190-7712054</span></div>
        <div data-test-id="thread-message" class="incoming">
          <div class="meta"><span data-test-id="message-sender">Dana Quillfeather</span> <span data-test-id="message-date">Fri, Nov 27, 2026, 1:05 AM PST</span></div>
          <div data-test-id="message-subject">${hostileText}</div>
          <div data-test-id="message-body">${hostileText} I returned it last week. <a href="javascript:window.__pwned=3">javascript link</a></div>
        </div>
      </div>`);
    const url = sellerCentralUrl('/messaging/inbox-v3?hostile=1');
    await s.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    const dialogs: string[] = [];
    s.context.on('page', (p) => p.on('dialog', (d) => dialogs.push(d.message())));
    const page = await s.page(url);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const root = overlay(page);
    await expect.poll(() => root.locator('[data-sfp-thread]').count(), { timeout: 15_000 }).toBe(1);
    expect(await root.locator('[data-sfp-sender]').innerText()).toBe('Buyer');
    const inOverlay = await page.evaluate(() => {
      const sr = document.querySelector('sfp-guide-overlay')?.shadowRoot;
      return {
        imgs: sr?.querySelectorAll('img').length ?? -1,
        jsLinks: [...(sr?.querySelectorAll('a') ?? [])].filter((a) => !/^https:\/\//.test(a.getAttribute('href') ?? '')).length,
        text: sr?.textContent ?? '',
      };
    });
    expect(inOverlay.imgs).toBe(0);
    expect(inOverlay.jsLinks).toBe(0);
    // Message text is never shown by the overlay (only what the classifier decided).
    expect(inOverlay.text).not.toContain('onerror');
    expect(inOverlay.text).not.toContain('I returned it last week');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageLog(page).errors).toEqual([]);
    await page.close();
  });

  test('Manage Returns: a chip per return (refund due / first-scan refund / overdue), beside its row', async () => {
    const page = await s.page(RETURNS_URL);
    const root = overlay(page);
    await expect.poll(() => attribute(root, 'data-sfp-page'), { timeout: 15_000 }).toBe('returns');
    await expect.poll(async () => (await chips(page)).length).toBeGreaterThanOrEqual(3);
    const all = await chips(page);
    const now = Date.now();
    // Return delivered Nov 24: refund due 2 business days later, or overdue with the automated-refund warning.
    const delivered = all.find((c) => c.orderId === '112-7730915-2264018');
    expect(delivered).toBeDefined();
    if (delivered!.clock === 'return-refund') {
      expect(Date.parse(delivered!.due!)).toBeGreaterThan(now);
      expect(delivered!.text).toMatch(/^Refund due in \d/);
    } else {
      expect(delivered!.clock).toBe('automated-refund');
      expect(delivered!.text).toContain('Overdue — Amazon may refund automatically, and that refund is not SAFE-T eligible');
    }
    expect(all.find((c) => c.orderId === '114-2208817-9901235')?.text).toContain('Refunded at first scan — no action');
    // Each chip sits inside its return's row card, after the order id, not in a new table cell.
    const placement = await page.evaluate(() =>
      [...document.querySelectorAll('sfp-guide-chip')].map((h) => h.closest('[data-test-id="return-request-row"]') !== null),
    );
    expect(placement.length).toBeGreaterThan(0);
    expect(placement.every(Boolean)).toBe(true);
    expect(await root.locator('[data-sfp-list-summary]').innerText()).toMatch(/\d+ returns?:/);
    // Seller Central's own controls stay reachable: the topmost element at each button's centre is the button.
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll('[data-test-id="return-request-row"] button, [data-test-id="return-request-row"] a')].filter((b) => {
        const r = b.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.width > 0 && top !== b && !b.contains(top);
      }).length,
    );
    expect(covered).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageLog(page).errors).toEqual([]);
    await shoot(page, 'returns-list');
  });

  test('Manage Orders: a chip on the SFP row with an open action from the queue, none on the others', async () => {
    // The seller marks the return of an SFP order as received (sent to the background as the overlay does).
    const popup = await s.openPopup();
    const at = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    const reply = await popup.evaluate(
      (mark) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'sfp:mark', mark }),
      { kind: 'return-received', orderId: SFP_ROW_ORDER, marketplace: 'US', at },
    );
    expect(reply).toMatchObject({ ok: true });
    await popup.close();

    const page = await s.page(ORDERS_URL);
    const root = overlay(page);
    await expect.poll(() => attribute(root, 'data-sfp-page'), { timeout: 15_000 }).toBe('order-list');
    await expect.poll(async () => (await chips(page)).map((c) => c.orderId)).toContain(SFP_ROW_ORDER);
    const all = await chips(page);
    const chip = all.find((c) => c.orderId === SFP_ROW_ORDER)!;
    expect(chip.text).toMatch(/Refund return/);
    expect(chip.clock).toBe('return-refund');
    // Not SFP (no Prime badge) or fulfilled by Amazon: no chip.
    expect(all.some((c) => c.orderId === '113-2846571-9304125' || c.orderId === '111-2223334-4445556')).toBe(false);
    // The table keeps its shape: the chip sits inside the order cell, every row keeps its cell count.
    const shape = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('#orders-table tbody > tr')];
      const host = document.querySelector('sfp-guide-chip');
      return { cells: rows.map((r) => r.children.length), inCell: host?.closest('td')?.getAttribute('data-test-id') ?? null };
    });
    expect(new Set(shape.cells).size).toBe(1);
    expect(shape.inCell).toBe('oth-order-details');
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'order-list');
  });

  test('a returns page whose layout is not recognised gets the neutral chip, no chips and no deadline', async () => {
    const url = sellerCentralUrl('/returns/list?layout=unknown');
    const body = readFileSync('tests/fixtures/pages/returns-broken-no-anchors.html', 'utf8');
    await s.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    // No JSON either: the reader must not guess from anything else.
    await s.context.route(/\/returns\/api\//, (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{}' }));
    const page = await s.page(url);
    await expect.poll(() => page.locator('[data-sfp-unrecognised]').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('[data-sfp-unrecognised]').innerText()).toContain('page not recognised');
    expect(await page.locator('sfp-guide-chip').count()).toBe(0);
    expect(await page.locator('[data-sfp-deadline]').count()).toBe(0);
    await s.context.unroute(/\/returns\/api\//);
    expect(pageLog(page).errors).toEqual([]);
    await page.close();
  });

  test('SPA navigation from the inbox to the returns list swaps panel and chips; other pages get none', async () => {
    const page = await s.page(MESSAGES_URL);
    const root = overlay(page);
    await expect.poll(() => attribute(root, 'data-sfp-page'), { timeout: 15_000 }).toBe('messages');
    await expect.poll(async () => (await chips(page)).length).toBeGreaterThan(0);
    await spaNavigate(page, '/returns/list', 'tests/fixtures/pages/returns-us.html');
    await expect.poll(() => attribute(root, 'data-sfp-page'), { timeout: 15_000 }).toBe('returns');
    await expect.poll(async () => (await chips(page)).every((c) => c.clock !== 'buyer-reply' && c.clock !== 'amazon-cs-reply')).toBe(true);
    await expect.poll(async () => (await chips(page)).some((c) => c.orderId === '114-2208817-9901235')).toBe(true);
    await spaNavigate(page, '/home', 'tests/fixtures/pages/home-us.html');
    await expect.poll(() => page.locator('sfp-guide-chip').count()).toBe(0);
    await expect.poll(() => overlay(page).count()).toBe(0);
    expect(pageLog(page).errors).toEqual([]);
  });

  test('SAFE-T claims list: reply-by and appeal-by countdown chips beside each claim', async () => {
    const page = await s.page(sellerCentralUrl('/safet-claims'));
    await expect.poll(() => attribute(overlay(page), 'data-sfp-page'), { timeout: 15_000 }).toBe('safet');
    await expect.poll(async () => (await chips(page)).map((c) => c.clock)).toEqual(expect.arrayContaining(['safet-reply']));
    const all = await chips(page);
    // The page's own "Reply by Nov 30, 2026 11:59 PM PST" is the deadline (the page date wins over the rule).
    expect(all.map((c) => c.due)).toContain('2026-12-01T07:59:00.000Z');
    const placement = await page.evaluate(() =>
      [...document.querySelectorAll('sfp-guide-chip')].every((h) => h.closest('[data-test-id="safet-claim-row"]') !== null),
    );
    expect(placement).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageLog(page).errors).toEqual([]);
    await shoot(page, 'safet-claims');
  });

  test('SAFE-T filing page: eligibility checklist for the entered order, without touching Amazon\'s form', async () => {
    const page = await s.page(sellerCentralUrl('/safet-claims/create-v2'));
    const root = overlay(page);
    const check = root.locator('[data-sfp-safet-checklist]');
    await expect.poll(() => check.count(), { timeout: 15_000 }).toBe(1);
    expect(await check.getAttribute('data-order-id')).toBe('112-7730915-2264018');
    expect(await attribute(check.locator('[data-sfp-verdict]'), 'data-sfp-verdict')).toBe('need-input');
    const refunded = new Date(Date.now() - 3 * 86_400_000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(refunded).replace(' ', 'T');
    await check.locator('[data-sfp-field="refunded-at"]').fill(local);
    await check.locator('[data-sfp-field="problem"]').selectOption('different-item');
    await expect.poll(() => attribute(check.locator('[data-sfp-verdict]'), 'data-sfp-verdict')).toBe('eligible');
    expect(await check.locator('time[data-sfp-deadline="safet-filing"]').count()).toBe(1);
    expect(await check.locator('[data-sfp-evidence="compare"]').count()).toBe(1);
    // Amazon's own form keeps what the seller entered there.
    expect(await page.locator('#safet-order-id').inputValue()).toBe('112-7730915-2264018');
    expect(await page.locator('#safet-notes').inputValue()).toContain('returned a different item');
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'safet-filing');
    // The seller enters another order in Amazon's form: the checklist follows it (and starts over).
    await page.locator('#safet-order-id').fill('114-2208817-9901235');
    await expect.poll(() => check.getAttribute('data-order-id')).toBe('114-2208817-9901235');
    expect(await attribute(check.locator('[data-sfp-verdict]'), 'data-sfp-verdict')).toBe('need-input');
  });
});
