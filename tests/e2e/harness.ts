/**
 * Real-Chromium e2e harness for SFP Guide.
 *
 * HOW TO WRITE A SPEC
 *   File: tests/e2e/<area>.e2e.test.ts (run by `npm run test:e2e` = tests/e2e/run.mjs with
 *   tests/e2e/vitest.e2e.config.ts; files run one after another, generous timeouts).
 *   The global setup (tests/e2e/global-setup.ts) builds the extension once (a production `wxt build`
 *   into a private temp folder, SFP_EXTENSION_PATH; E2E_SKIP_BUILD=1 uses .output/chrome-mv3), makes a
 *   self-signed certificate and starts the HTTPS fixture server (tests/e2e/server.ts) on a random port
 *   of 127.0.0.1; its port is in SFP_E2E_PORT.
 *   Sample pages are declared in tests/e2e/routes.ts (add yours there, additively).
 *
 *     import { afterAll, beforeAll, expect, test } from 'vitest';
 *     import { launch, overlay, pageLog, sellerCentralUrl, text, type Session } from './harness';
 *     let s: Session;
 *     beforeAll(async () => { s = await launch(); });
 *     afterAll(() => s.close());
 *     test('overlay names the order', async () => {
 *       const page = await s.page(sellerCentralUrl('/orders-v3/order/112-4738291-5047863'));
 *       await expect.poll(() => text(overlay(page))).toContain('112-4738291-5047863');
 *       expect(pageLog(page).errors).toEqual([]);
 *       await expect.poll(() => s.badgeText()).toBe('');
 *     });
 *
 * API
 *   launch({ extension = true, headless = true }) → Session: a fresh Chromium profile with the built
 *     extension loaded; every Seller Central host (and the look-alike hosts in routes.ts OTHER_HOSTS)
 *     resolves to the fixture server, so use real URLs: sellerCentralUrl('/home'),
 *     sellerCentralUrl('/x', 'sellercentral.amazon.de'), otherHostUrl('/orders-v3/order/…').
 *   session.page(url) → Page after its `load` event; console messages and page errors are collected
 *     from before navigation: pageLog(page) → { console: {type, text, url}[], errors: string[] }.
 *   session.extensionId (read from the service worker URL; never fixed), serviceWorker(),
 *     badgeText() (chrome.action.getBadgeText({}) in the worker), extensionStorage() (all of
 *     chrome.storage.local), openPopup() / openOptions() (extension pages in a tab), close().
 *   attribute(locator, name) / text(locator) → value of the first match or null, without waiting
 *     (use inside expect.poll; Playwright's getAttribute/innerText would wait for a missing element).
 *   overlay(page) → Locator of `[data-sfp-overlay]`; unrecognisedChip(page) → `[data-sfp-unrecognised]`;
 *     overlayHost(page) → `sfp-guide-overlay`. Playwright CSS locators pierce open shadow roots.
 *   spaNavigate(page, path, fixtureFile) → history.pushState to `path`, then swaps the page content for
 *     the fixture's (#MYO-app when both have one, else <body>), as Seller Central's SPA does.
 *   extensionWorlds(page, session.extensionId) → the extension's content-script worlds in a page (CDP);
 *     [] proves nothing of the extension runs there.
 *   serverRequests() / clearServerRequests() → what the fixture server answered (method, host, path).
 *   Poll, never sleep: `await expect.poll(() => s.badgeText()).toBe('1')`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'node:https';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { SERVED_HOSTS, type ServedRequest } from './server';
import { OTHER_HOSTS } from './routes';
import { CHROMIUM_PATH } from './chromium.mjs';

/** The unpacked Chrome MV3 build under test: SFP_EXTENSION_PATH (set by the global setup) or .output/chrome-mv3. */
export function extensionPath(): string {
  return resolve(process.env.SFP_EXTENSION_PATH ?? '.output/chrome-mv3');
}

/** What a page logged: console messages and uncaught page errors. */
export interface PageLog {
  /** url: the script that logged (chrome-extension://… for the extension's content scripts). */
  console: { type: string; text: string; url: string }[];
  errors: string[];
}

/** A Chromium instance with a fresh profile (and, by default, the extension). */
export interface Session {
  context: BrowserContext;
  /** Empty string when launched without the extension. */
  extensionId: string;
  page(url: string): Promise<Page>;
  serviceWorker(): Promise<Worker>;
  badgeText(): Promise<string>;
  extensionStorage(): Promise<Record<string, unknown>>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

/** Options of launch(). */
export interface LaunchOptions {
  extension?: boolean;
  headless?: boolean;
  /** Fixture server port; defaults to SFP_E2E_PORT (set by the global setup). */
  port?: number;
  /** Unpacked extension to load; defaults to extensionPath(). */
  extensionPath?: string;
  /** Extra Chromium flags. */
  args?: string[];
}

const logs = new WeakMap<Page, PageLog>();

// The slice of the extension API the harness evaluates inside the service worker (not in this process).
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

/** The fixture server's port (set by tests/e2e/global-setup.ts, or by demo/bench). */
export function serverPort(): number {
  const port = Number(process.env.SFP_E2E_PORT);
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error('SFP_E2E_PORT is not set: run e2e specs through `npm run test:e2e` (tests/e2e/run.mjs).');
  }
  return port;
}

/** https URL of a path on a Seller Central host (resolved to the fixture server). */
export function sellerCentralUrl(path: string, host = 'sellercentral.amazon.com'): string {
  return `https://${host}${path.startsWith('/') ? path : `/${path}`}`;
}

/** https URL on a host that is NOT Seller Central but serves the same fixtures. */
export function otherHostUrl(path: string, host: string = OTHER_HOSTS[1]): string {
  return sellerCentralUrl(path, host);
}

/** The overlay root inside its shadow root. */
export const overlay = (page: Page): Locator => page.locator('[data-sfp-overlay]');
/** The "page not recognised" chip. */
export const unrecognisedChip = (page: Page): Locator => page.locator('[data-sfp-unrecognised]');
/** The overlay's shadow host element. */
export const overlayHost = (page: Page): Locator => page.locator('sfp-guide-overlay');

/**
 * Non-waiting reads for expect.poll: null when nothing matches (Playwright's own getAttribute/innerText
 * wait for the element, which turns a missing overlay into a test timeout instead of a clear failure).
 */
export const attribute = (locator: Locator, name: string): Promise<string | null> =>
  locator.evaluateAll((els, n) => els[0]?.getAttribute(n) ?? null, name);
/** innerText of the first match (textContent for SVG/shadow content), or null when nothing matches. */
export const text = (locator: Locator): Promise<string | null> =>
  locator.evaluateAll((els) => {
    const el = els[0];
    if (el === undefined) return null;
    return el instanceof HTMLElement ? el.innerText : (el.textContent ?? '');
  });

/** Console messages and page errors collected for a page opened with session.page(). */
export function pageLog(page: Page): PageLog {
  const log = logs.get(page);
  if (log === undefined) throw new Error('pageLog: open the page with session.page(url)');
  return log;
}

/** Starts collecting console messages and page errors of a page. */
export function watchPage(page: Page): PageLog {
  const log: PageLog = { console: [], errors: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text(), url: m.location().url }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  logs.set(page, log);
  return log;
}

/**
 * Names of the extension's isolated worlds (content scripts) that exist in a page, read over CDP.
 * Empty means nothing of the extension runs there: the strongest "nothing injected" check.
 */
export async function extensionWorlds(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const names: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) names.push(context.name);
  });
  await cdp.send('Runtime.enable'); // reports every existing context before it resolves
  await cdp.detach();
  return names;
}

/** Chromium flags: the extension, every served host mapped to 127.0.0.1:<port>, and a quiet network. */
export function chromiumArgs(port: number, extension: string | null): string[] {
  const rules = SERVED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',');
  return [
    ...(extension !== null ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    `--host-resolver-rules=${rules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Launches Chromium with a fresh temporary profile. */
export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  const extension = opts.extension ?? true;
  const port = opts.port ?? serverPort();
  const profile = mkdtempSync(join(tmpdir(), 'sfp-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    ignoreHTTPSErrors: true,
    // A real window (demo) sizes its pages itself; headless pages get a fixed, laptop-sized viewport.
    viewport: opts.headless === false ? null : { width: 1280, height: 900 },
    args: [...chromiumArgs(port, extension ? (opts.extensionPath ?? extensionPath()) : null), ...(opts.args ?? [])],
  });

  // Fail fast and clearly: no Playwright call may wait longer than this (specs poll instead).
  context.setDefaultTimeout(10_000);

  const serviceWorker = async (): Promise<Worker> => {
    if (!extension) throw new Error('launched without the extension');
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = extension ? new URL((await serviceWorker()).url()).host : '';

  // MV3 may stop an idle worker; evaluate again on the worker that replaces it.
  const inWorker = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await (await serviceWorker()).evaluate(fn);
    } catch {
      return (await serviceWorker()).evaluate(fn);
    }
  };

  const openExtensionPage = async (file: string): Promise<Page> => {
    if (!extension) throw new Error('launched without the extension');
    const page = await context.newPage();
    watchPage(page);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    async page(url) {
      const page = await context.newPage();
      watchPage(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    badgeText: () => inWorker(() => chrome.action.getBadgeText({})),
    extensionStorage: () => inWorker(() => chrome.storage.local.get(null)),
    openPopup: () => openExtensionPage('popup.html'),
    openOptions: () => openExtensionPage('options.html'),
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Client-side navigation as Seller Central's SPA does it: pushState first, then the new view's
 * content replaces the old (the fixture file's #MYO-app, or its whole <body>).
 */
export async function spaNavigate(page: Page, path: string, fixtureFile: string): Promise<void> {
  const html = readFileSync(resolve(fixtureFile), 'utf8');
  await page.evaluate(
    ({ path, html }) => {
      history.pushState({}, '', path);
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      const oldApp = document.getElementById('MYO-app');
      const newApp = next.getElementById('MYO-app');
      if (oldApp !== null && newApp !== null) {
        oldApp.replaceWith(document.importNode(newApp, true));
        return;
      }
      // Keep the extension's own host element; replace everything else in <body>.
      for (const child of [...document.body.children]) {
        if (child.localName !== 'sfp-guide-overlay') child.remove();
      }
      for (const child of [...next.body.children]) document.body.append(document.importNode(child, true));
    },
    { path, html },
  );
}

function serverCall(method: 'GET' | 'DELETE'): Promise<string> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port: serverPort(), path: '/__sfp/requests', method, rejectUnauthorized: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => ok(body));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** Requests the fixture server answered since the last clearServerRequests(). */
export async function serverRequests(): Promise<ServedRequest[]> {
  return JSON.parse(await serverCall('GET')) as ServedRequest[];
}

/** Forgets the fixture server's request log. */
export async function clearServerRequests(): Promise<void> {
  await serverCall('DELETE');
}

/**
 * Where the e2e run writes its screenshots: `.e2e/screenshots/` (ignored), or the README's `docs/screenshots/`
 * when SFP_DOCS_SHOTS=1. The pages show live countdowns from the real clock, so an ordinary test run must not
 * rewrite the committed pictures.
 */
export const SCREENSHOT_DIR = process.env.SFP_DOCS_SHOTS === '1' ? 'docs/screenshots' : '.e2e/screenshots';

/**
 * Stores the UI language as the options page does (settings v3: `language`, `overlayPageLanguage`), then waits until
 * the background holds that language's table for the overlay (`uiTable`), so the next page load renders in it.
 */
export async function useLanguage(s: Session, language: string, overlayPageLanguage = false): Promise<void> {
  const worker = await s.serviceWorker();
  await worker.evaluate(async ([language, overlayPageLanguage]) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }).chrome;
    const { settings } = await c.storage.local.get('settings');
    await c.storage.local.set({ settings: { ...(settings as object), language, overlayPageLanguage }, settings$: { v: 3 } });
  }, [language, overlayPageLanguage] as const);
  if (language === 'browser') return;
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (((await s.extensionStorage()).uiTable as { lang?: string } | undefined)?.lang === language) return;
  }
  throw new Error(`useLanguage: the background did not prepare the ${language} table within 10 s`);
}
