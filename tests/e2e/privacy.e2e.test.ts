// Privacy (issue 6 item 8): after visiting every fixture page (and marking on the SFP order), no fake
// person's name, address, e-mail or phone, and no message text, may be anywhere in extension storage.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, sellerCentralUrl, type Session } from './harness';
import { routes, SFP_ORDER_ID, orderPath } from './routes';

// The slice of the extension API evaluated inside the service worker (not in this process).
type Area = { get(keys: null): Promise<Record<string, unknown>> };
declare const chrome: { storage: { local: Area; session: Area; sync: Area } };

const people = JSON.parse(readFileSync('tests/fixtures/people.json', 'utf8')) as { values: string[] };

/** Visible text runs of the messages fixture pages (message bodies and subjects), ≥ 20 characters. */
function messageTexts(): string[] {
  const dir = 'tests/fixtures/pages';
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.startsWith('messages-') && n.endsWith('.html'))) {
    const html = readFileSync(join(dir, f), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ');
    for (const run of html.split(/<[^>]*>/)) {
      const t = run.replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
      if (t.length >= 20) out.add(t.slice(0, 60));
    }
  }
  return [...out];
}

describe('privacy', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('no personal data or message text in extension storage after every fixture page', async () => {
    const visited: string[] = [];
    for (const r of routes) {
      if (!r.title) continue;
      const path = typeof r.path === 'string' ? r.path : r.example;
      if (!path) continue;
      const page = await s.page(sellerCentralUrl(path, r.hosts?.[0]));
      // Let the overlay read the page and report to the background (or decide there is nothing to show).
      await expect.poll(() => page.locator('sfp-guide-overlay, [data-sfp-chip]').count(), { timeout: 4000 })
        .toBeGreaterThan(0).catch(() => undefined);
      visited.push(path);
      await page.close();
    }
    expect(visited.length).toBeGreaterThanOrEqual(3);
    // Marks write to storage too.
    const order = await s.page(sellerCentralUrl(orderPath(SFP_ORDER_ID)));
    for (const kind of ['return-received', 'amazon-cs-contact']) {
      const button = order.locator(`[data-sfp-mark="${kind}"]`);
      await expect.poll(() => button.count()).toBe(1);
      await button.click();
    }
    await expect.poll(async () => JSON.stringify(await s.extensionStorage())).toContain(SFP_ORDER_ID); // positive control

    const worker = await s.serviceWorker();
    const all = await worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
    }));
    const dump = JSON.stringify(all);
    const needles = [...people.values, ...messageTexts()];
    expect(needles.length).toBeGreaterThan(20);
    const found = needles.filter((v) => dump.includes(v) || dump.toLowerCase().includes(v.toLowerCase()));
    expect(found).toEqual([]);
  });
});
