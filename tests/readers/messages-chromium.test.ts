/**
 * The same fixtures in real Chromium (Debian's /usr/bin/chromium via playwright-core): Chromium attaches the
 * declarative shadow roots itself and loads the srcdoc frames, so this proves the fixtures model what a browser
 * builds and that the readers (bundled with esbuild) read them there too — messages (shadow rows + iframe thread),
 * returns, SAFE-T — and that the scrubbed snapshot of the live page keeps no fake person's value.
 * Skipped when Chromium is not installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const people = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/people.json'), 'utf8')) as { values: string[] };

let browser: Browser | undefined;
let code = '';

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const out = await build({
    stdin: {
      contents: `import { readMessages as readWith } from './utils/pages/messages';
        import { MESSAGE_DECISIONS } from './utils/policy/classify';
        const readMessages = (doc, ctx) => readWith(doc, ctx, MESSAGE_DECISIONS);
        import { readReturns } from './utils/pages/returns';
        import { readSafet } from './utils/pages/safet';
        import { snapshotPage } from './utils/pages/snapshot';
        globalThis.__sfp = { readMessages, readReturns, readSafet, snapshotPage };`,
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'silent',
  });
  code = out.outputFiles[0]?.text ?? '';
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

type Kind = 'readMessages' | 'readReturns' | 'readSafet';
async function readInChromium(fixture: string, kind: Kind, url: string) {
  if (!browser) throw new Error('no browser');
  const page = await browser.newPage();
  try {
    await page.goto(`file://${join(ROOT, 'tests/fixtures/pages', fixture)}`);
    await page.addScriptTag({ content: code });
    return await page.evaluate(async ({ kind, url }) => {
      const sfp = (globalThis as unknown as { __sfp: Record<string, (d: Document, c: object) => Promise<unknown>> & { snapshotPage(d: Document): string } }).__sfp;
      const result = await sfp[kind]!(document, { url, now: new Date('2026-11-27T13:00:00.000Z'), fetchJson: null, waitMs: 50 });
      const shadowHosts = document.querySelectorAll('kat-table-row, kat-list-item, kat-card').length;
      const attached = [...document.querySelectorAll('kat-table-row, kat-list-item, kat-card')].filter((e) => e.shadowRoot).length;
      return { result, snapshot: sfp.snapshotPage(document), shadowHosts, attached };
    }, { kind, url });
  } finally {
    await page.close();
  }
}

describe.skipIf(!existsSync(CHROMIUM))('list readers in real Chromium', () => {
  it('messages-us: Chromium attaches the declarative shadow roots; rows and the iframe thread read as in happy-dom', async () => {
    const r = await readInChromium('messages-us.html', 'readMessages', 'https://sellercentral.amazon.com/messaging/inbox-v3');
    expect(r.shadowHosts).toBeGreaterThan(0);
    expect(r.attached).toBe(r.shadowHosts);
    expect(r.result).toMatchObject({
      status: 'ok',
      observation: {
        rows: expect.arrayContaining([expect.objectContaining({ orderId: '113-2846190-7712054', sender: 'buyer', needsResponse: true, receivedAt: '2026-11-26T08:00:00.000Z' })]),
        thread: expect.objectContaining({ orderId: '113-2846190-7712054', answered: false }),
      },
    });
    for (const v of people.values) expect(r.snapshot).not.toContain(v);
  }, 30_000);

  it('messages-jp: the inbox inside the srcdoc frame', async () => {
    const r = await readInChromium('messages-jp.html', 'readMessages', 'https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=responseNeeded');
    expect(r.result).toMatchObject({ status: 'ok', observation: { rows: [expect.objectContaining({ orderId: '250-3381047-5529163' }), expect.objectContaining({ sender: 'amazon-cs' })] } });
  }, 30_000);

  it('messages-it and returns-fr (issue 17): the Italian thread in its srcdoc frame, French labels and CEST dates', async () => {
    const m = await readInChromium('messages-it.html', 'readMessages', 'https://sellercentral.amazon.it/messaging/inbox-v3?fi=search&ss=403-7654321-1234765');
    expect(m.result).toMatchObject({
      status: 'ok',
      observation: {
        marketplace: 'IT',
        rows: [expect.objectContaining({ orderId: '403-7654321-1234765', sender: 'amazon-cs', receivedAt: '2026-11-25T23:00:00.000Z' }), expect.objectContaining({ sender: 'buyer' })],
        thread: expect.objectContaining({ answered: true, messages: [expect.objectContaining({ sender: 'amazon-cs', sentAt: '2026-11-26T14:05:00.000Z' }), expect.objectContaining({ sender: 'seller' })] }),
      },
    });
    const r = await readInChromium('returns-fr.html', 'readReturns', 'https://sellercentral.amazon.fr/returns/list');
    expect(r.result).toMatchObject({ status: 'ok', observation: { rows: expect.arrayContaining([expect.objectContaining({ orderId: '405-3141592-6535897', state: 'refunded', requestedAt: '2026-10-21T15:20:00.000Z' })]) } });
    for (const v of people.values) expect(m.snapshot + r.snapshot).not.toContain(v);
  }, 30_000);

  it('returns-us and safet-us read the same as in happy-dom', async () => {
    const returns = await readInChromium('returns-us.html', 'readReturns', 'https://sellercentral.amazon.com/returns/list');
    expect(returns.result).toMatchObject({ status: 'ok', observation: { source: 'dom', rows: expect.arrayContaining([expect.objectContaining({ orderId: '112-7730915-2264018', state: 'delivered', deliveredAt: '2026-11-24T08:00:00.000Z' })]) } });
    const safet = await readInChromium('safet-us.html', 'readSafet', 'https://sellercentral.amazon.com/safet-claims#/claims');
    expect(safet.result).toMatchObject({ status: 'ok', observation: { claims: expect.arrayContaining([expect.objectContaining({ claimId: '5118264093', replyBy: '2026-12-01T07:59:00.000Z' })]) } });
    for (const v of people.values) expect(returns.snapshot + safet.snapshot).not.toContain(v);
  }, 30_000);
});
