/**
 * Real-Firefox e2e harness for SFP Guide: Debian's firefox-esr driven over WebDriver BiDi
 * (puppeteer-core), the Firefox MV2 build installed as a temporary add-on (BiDi webExtension.install),
 * and the Chromium suite's HTTPS fixture server (tests/e2e/server.ts, routes.ts) under the real Seller
 * Central host names.
 *
 * HOW IT DIFFERS FROM tests/e2e/harness.ts (Chromium, Playwright)
 *   - Host names: Firefox has no --host-resolver-rules. Its prefs send every connection through a local
 *     proxy (./proxy.ts) that tunnels every host to the fixture server; the self-signed certificate is
 *     accepted through the session's acceptInsecureCerts. The proxy records each host Firefox asked for:
 *     session.proxiedHosts() (the "no outside connection" check).
 *   - Extension pages: BiDi in Firefox 153 neither navigates to moz-extension:// nor scripts extension
 *     contexts (Mozilla bug 1755014), so popup.html, the badge and storage are reached over Marionette
 *     (./marionette.ts) in one tab of its own. Marionette creates the WebDriver session (with
 *     webSocketUrl: true, as geckodriver does) and puppeteer attaches to that same session's BiDi socket.
 *   - The moz-extension UUID is chosen here and handed to Firefox in extensions.webextensions.uuids, so
 *     the popup URL is known before install; popup.html loading under it proves Firefox used it.
 *
 * API
 *   launch() → FirefoxSession; session.page(url) → puppeteer Page after `load`, console and page errors
 *   collected (pageLog(page)); deep(page, selector) → facts about matches inside open shadow roots;
 *   deepHandle(page, selector) → ElementHandle for clicks; badgeText(), extensionStorage(),
 *   openPopup() / popupEval(fn-source) / popupClick(css), proxiedHosts(), close().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ConnectionTransport, type ElementHandle, type Page } from 'puppeteer-core';
import { NodeWebSocketTransport } from 'puppeteer-core/internal/node/NodeWebSocketTransport.js';
import { connectMarionette, type Marionette } from './marionette';
import { startForwardingProxy, type ForwardingProxy } from './proxy';
import { FIREFOX_PATH } from './firefox.mjs';

/** The gecko id of the Firefox build (wxt.config.ts browser_specific_settings). */
export const ADDON_ID = 'sfp-guide@sfp-guide.github.io';

/** The unpacked Firefox MV2 build under test: SFP_EXTENSION_PATH (global setup) or .output/firefox-mv2. */
export function extensionPath(): string {
  return resolve(process.env.SFP_EXTENSION_PATH ?? '.output/firefox-mv2');
}

/** The fixture server's port (set by tests/e2e-firefox/global-setup.ts). */
export function serverPort(): number {
  const port = Number(process.env.SFP_E2E_PORT);
  if (!Number.isInteger(port) || port <= 0) {
    throw new Error('SFP_E2E_PORT is not set: run through `npm run test:e2e:firefox` (tests/e2e-firefox/run.mjs).');
  }
  return port;
}

/** What a page logged: console messages and uncaught page errors. */
export interface PageLog {
  console: { type: string; text: string }[];
  errors: string[];
}

const logs = new WeakMap<Page, PageLog>();

/** Console messages and page errors of a page opened with session.page(). */
export function pageLog(page: Page): PageLog {
  const log = logs.get(page);
  if (log === undefined) throw new Error('pageLog: open the page with session.page(url)');
  return log;
}

/**
 * Firefox preferences of every session: the proxy, and no connection of Firefox's own anywhere (the
 * network is closed, and a test must not depend on it): telemetry, updates, captive portal and
 * connectivity checks, Safe Browsing, Normandy, Remote Settings, add-on metadata and recommendations,
 * DNS over HTTPS, speculative connections, new-tab content.
 */
export function firefoxPrefs(proxyPort: number, uuid: string): Record<string, string | number | boolean> {
  return {
    // Every connection through the local proxy (which tunnels all hosts to the fixture server).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    // The add-on's moz-extension:// UUID, fixed before install.
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'services.sync.engine.addons': false,
    'identity.fxaccounts.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': 'https://telemetry.invalid',
    'toolkit.telemetry.archive.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.search.update': false,
    'browser.search.geoip.url': '',
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.page': 0,
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'browser.messaging-system.whatsNewPanel.enabled': false,
    'browser.discovery.enabled': false,
    'browser.contentblocking.report.lockwise.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'browser.topsites.contile.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'privacy.trackingprotection.enabled': false,
    // Remote control: Marionette on a free port (written to <profile>/MarionetteActivePort).
    'marionette.port': 0,
    'remote.prefs.recommended': true,
    'dom.disable_open_during_load': false,
    'focusmanager.testmode': true,
  };
}

/** A Firefox instance with a fresh profile and the add-on installed. */
export interface FirefoxSession {
  browser: Browser;
  /** The moz-extension:// host of the add-on. */
  uuid: string;
  /** The add-on id BiDi webExtension.install answered with. */
  installedId: string;
  page(url: string): Promise<Page>;
  badgeText(): Promise<string>;
  extensionStorage(): Promise<Record<string, unknown>>;
  /** Loads moz-extension://<uuid>/popup.html in the extension tab (Marionette). */
  openPopup(): Promise<void>;
  /** Runs a function body in the extension tab's page (Marionette, with the page's own `browser` object). */
  popupEval<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A real click (WebDriver element click) on the first match of a CSS selector in the extension tab. */
  popupClick(selector: string): Promise<void>;
  /** Every host name Firefox asked the proxy for. */
  proxiedHosts(): string[];
  close(): Promise<void>;
}

/** Reads Firefox's stderr until its BiDi line: "WebDriver BiDi listening on ws://127.0.0.1:<port>". */
function bidiEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Firefox printed no BiDi endpoint in 30 s:\n${seen}`)), 30_000);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        child.stderr?.off('data', onData);
        ok(m[1]!);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${code}) before BiDi was up:\n${seen}`));
    });
  });
}

async function waitForFile(file: string, ms: number): Promise<string> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (existsSync(file)) {
      const content = readFileSync(file, 'utf8').trim();
      if (content !== '') return content;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${file} did not appear in ${ms} ms`);
}

/**
 * The session's BiDi socket for puppeteer: Marionette already created the WebDriver session (Firefox
 * allows one), so puppeteer's own session.new is answered here with that session instead of sent.
 */
async function attachedTransport(url: string, session: { sessionId: string; capabilities: unknown }): Promise<ConnectionTransport> {
  const ws = await NodeWebSocketTransport.create(url);
  const transport: ConnectionTransport = {
    send(message: string) {
      const parsed = JSON.parse(message) as { id: number; method: string };
      if (parsed.method === 'session.new') {
        const reply = { type: 'success', id: parsed.id, result: session };
        setTimeout(() => transport.onmessage?.(JSON.stringify(reply)), 0);
        return;
      }
      ws.send(message);
    },
    close() {
      ws.close();
    },
  };
  ws.onmessage = (m) => transport.onmessage?.(String(m));
  ws.onclose = () => transport.onclose?.();
  return transport;
}

/** Launches firefox-esr headless with a fresh profile, the proxy and the add-on. */
export async function launch(opts: { port?: number; extensionPath?: string } = {}): Promise<FirefoxSession> {
  const port = opts.port ?? serverPort();
  const proxy: ForwardingProxy = await startForwardingProxy(port);
  const profile = mkdtempSync(join(tmpdir(), 'sfp-e2e-firefox-'));
  const uuid = randomUUID();
  const prefs = firefoxPrefs(proxy.port, uuid);
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n') + '\n',
  );
  const child = spawn(
    FIREFOX_PATH,
    ['--headless', '--no-remote', '--profile', profile, '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access', '--width=1280', '--height=900', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'], // MOZ_REMOTE_SETTINGS_DEVTOOLS: release builds honour services.settings.server only with it.
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } },
  );
  const cleanup = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };
  let marionette: Marionette | undefined;
  try {
    const endpoint = await bidiEndpoint(child);
    child.stderr?.resume(); // keep draining Firefox's stderr
    const marionettePort = Number(await waitForFile(join(profile, 'MarionetteActivePort'), 30_000));
    marionette = await connectMarionette(marionettePort);
    const m = marionette;
    const created = await m.send<{ sessionId: string; capabilities: { webSocketUrl?: string } }>('WebDriver:NewSession', {
      acceptInsecureCerts: true,
      webSocketUrl: true,
    });
    const wsUrl = created.capabilities.webSocketUrl ?? `${endpoint}/session/${created.sessionId}`;
    const browser = await puppeteer.connect({
      transport: await attachedTransport(wsUrl, created),
      protocol: 'webDriverBiDi',
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      protocolTimeout: 30_000,
    });
    const installedId = await browser.installExtension(resolve(opts.extensionPath ?? extensionPath()));

    // The extension tab, driven over Marionette (left on it for every later command).
    const { handle } = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await m.send('WebDriver:SwitchToWindow', { handle });
    const extensionUrl = (file: string) => `moz-extension://${uuid}/${file}`;
    await m.send('WebDriver:Navigate', { url: extensionUrl('popup.html') });

    const popupEval = async <T>(body: string, ...args: unknown[]): Promise<T> => {
      const r = await m.send<{ value: T }>('WebDriver:ExecuteScript', { script: body, args });
      return r.value;
    };
    const ready = await popupEval<string>('return document.location.href');
    if (!ready.startsWith(extensionUrl(''))) throw new Error(`extension tab is at ${ready}, not ${extensionUrl('')}`);

    const session: FirefoxSession = {
      browser,
      uuid,
      installedId,
      async page(url) {
        const page = await browser.newPage();
        const log: PageLog = { console: [], errors: [] };
        page.on('console', (msg) => log.console.push({ type: msg.type(), text: msg.text() }));
        page.on('pageerror', (e) => log.errors.push(String(e)));
        logs.set(page, log);
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
        return page;
      },
      badgeText: () => popupEval<string>('return browser.browserAction.getBadgeText({})'),
      extensionStorage: () =>
        popupEval<string>('return browser.storage.local.get(null).then((all) => JSON.stringify(all))').then(
          (json) => JSON.parse(json) as Record<string, unknown>,
        ),
      async openPopup() {
        await m.send('WebDriver:Navigate', { url: extensionUrl('popup.html') });
      },
      popupEval,
      async popupClick(selector) {
        const found = await m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
        const id = Object.values(found.value)[0];
        await m.send('WebDriver:ElementClick', { id });
      },
      proxiedHosts: () => [...proxy.hosts],
      async close() {
        await browser.close().catch(() => undefined);
        m.close();
        await cleanup();
      },
    };
    return session;
  } catch (error) {
    marionette?.close();
    await cleanup();
    throw error;
  }
}

/** Facts about every element matching `selector` in the document and in open shadow roots (any depth). */
export interface DeepMatch {
  text: string;
  attrs: Record<string, string>;
  inShadow: boolean;
}

/** Non-waiting read for expect.poll: every match of `selector`, through open shadow roots and same-origin frames. */
export function deep(page: Page, selector: string): Promise<DeepMatch[]> {
  return page.evaluate((sel: string) => {
    const out: { text: string; attrs: Record<string, string>; inShadow: boolean }[] = [];
    const walk = (root: Document | ShadowRoot, inShadow: boolean) => {
      for (const el of root.querySelectorAll(sel)) {
        const attrs: Record<string, string> = {};
        for (const a of el.attributes) attrs[a.name] = a.value;
        out.push({ text: (el instanceof HTMLElement ? el.innerText : el.textContent) ?? '', attrs, inShadow });
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot, true);
      for (const f of root.querySelectorAll('iframe')) {
        try {
          if (f.contentDocument) walk(f.contentDocument, inShadow);
        } catch {
          /* cross-origin frame */
        }
      }
    };
    walk(document, false);
    return out;
  }, selector);
}

/** The first match of `selector` in the document or an open shadow root, as an element handle (for clicks). */
export async function deepHandle(page: Page, selector: string): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle((sel: string) => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const hit = root.querySelector(sel);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot ? find(el.shadowRoot) : null;
        if (inner) return inner;
      }
      return null;
    };
    return find(document);
  }, selector);
  return handle.asElement() as ElementHandle<Element> | null;
}

/** https URL of a path on a Seller Central host (tunnelled to the fixture server). */
export function sellerCentralUrl(path: string, host = 'sellercentral.amazon.com'): string {
  return `https://${host}${path.startsWith('/') ? path : `/${path}`}`;
}
