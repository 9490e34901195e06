/**
 * Reader budget (architecture.md "Performance budgets": ≤ 20 ms for a 500-row orders list, linear in rows), measured
 * where the budget applies: in real Chromium (Debian's /usr/bin/chromium via playwright-core), on generated Manage
 * Orders pages of 500 and 2,000 rows. The reader is bundled with esbuild and timed inside the page with
 * performance.now(). happy-dom is 50–100× slower than a browser at DOM walking, so its figures say nothing about
 * the budget; it is used only when Chromium is missing (recorded with env: 'happy-dom').
 * Besides wall-clock statistics, `cpuMs` is the renderer main thread's CPU time per read (CDP Performance metric
 * ThreadTime over all runs / runs): on a shared, loaded machine wall time includes preemption, CPU time does not.
 * Records .bench/micro/readers.json: order-list-500, order-list-2000 (+ order-details-sfp).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { readOrderList } from '@/utils/pages/order-list';
import { bigOrderListHtml } from '../../fixtures/pages/order-list-generate';
import { measure, record, stat, type Stat } from '../record';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ROOT = join(__dirname, '..', '..', '..');

async function bundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { readOrderList } from './utils/pages/order-list';
        import { readOrderDetails } from './utils/pages/order-details';
        globalThis.__readers = { readOrderList, readOrderDetails };`,
      resolveDir: ROOT, loader: 'ts',
    },
    bundle: true, format: 'iife', write: false, target: 'es2022', minify: true, logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

type InPage = (args: { kind: 'list' | 'details'; url: string; runs: number }) => Promise<number[]>;
const timeInPage: InPage = async ({ kind, url, runs }) => {
  const g = globalThis as unknown as { __readers: { readOrderList: typeof readOrderList; readOrderDetails: typeof readOrderList } };
  const read = kind === 'list' ? g.__readers.readOrderList : g.__readers.readOrderDetails;
  const ctx = { url, now: new Date('2026-11-27T13:00:00Z'), waitMs: 0 };
  const samples: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const r = await read(document, ctx);
    const dt = performance.now() - t0;
    if (r.status !== 'ok') throw new Error(`reader said ${r.status}`);
    if (i >= 3) samples.push(dt); // 3 warm-up runs
  }
  return samples;
};

// The micro config may run this file once per vitest project; measure once (in the DOM environment) so that two
// Chromium runs do not compete for the same two cores.
/** CPU time of the page's main thread between now and perRun() (CDP Performance.getMetrics "ThreadTime", seconds). */
async function threadTime(page: import('playwright-core').Page): Promise<{ perRun: (runs: number) => Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
  const start = await read();
  return { perRun: async (runs) => Math.round((((await read()) - start) * 1000 / runs) * 1000) / 1000 };
}

it.skipIf(typeof document === 'undefined')('order list reader: 500 and 2,000 rows', async () => {
  const LIST_URL = 'https://sellercentral.amazon.com/orders-v3?page=1';
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  } catch {
    browser = undefined;
  }
  const env = browser ? `chromium ${browser.version()}` : 'happy-dom';
  const results: Record<string, number> = {};
  try {
    const code = browser ? await bundle() : '';
    for (const n of [500, 2000]) {
      const { html } = bigOrderListHtml(n);
      let s: Stat & { cpuMs?: number };
      if (browser) {
        const page = await browser.newPage();
        await page.setContent(html);
        await page.addScriptTag({ content: code });
        const cpu = await threadTime(page);
        s = { ...stat(await page.evaluate(timeInPage, { kind: 'list' as const, url: LIST_URL, runs: RUNS })), cpuMs: await cpu.perRun(RUNS + 3) };
        await page.close();
      } else {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        s = await measure(() => readOrderList(doc, { url: LIST_URL, now: new Date(), waitMs: 0 }), Math.min(RUNS, 5), 1);
      }
      results[n] = s.median;
      const perRow = s.cpuMs ?? s.median;
      record('readers', `order-list-${n}`, { ...s, rows: n, env, budgetMs: n === 500 ? 20 : 80, perRowUs: Math.round((perRow / n) * 1000 * 10) / 10 });
    }
    if (browser) {
      const page = await browser.newPage();
      await page.setContent(readFileSync(join(ROOT, 'tests/fixtures/pages/order-details-us-sfp.html'), 'utf8'));
      await page.addScriptTag({ content: code });
      const cpu = await threadTime(page);
      const s = stat(await page.evaluate(timeInPage, { kind: 'details' as const, url: 'https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863', runs: RUNS }));
      record('readers', 'order-details-sfp', { ...s, cpuMs: await cpu.perRun(RUNS + 3), env });
      await page.close();
    }
  } finally {
    await browser?.close();
  }
  // Sanity only (no speed assertion in tests): both sizes produced a figure.
  expect(Object.keys(results)).toEqual(['500', '2000']);
}, 300_000);
