/**
 * The overlay's lifecycle on one document, for one page kind's feature (./bundle.ts): on a URL of that
 * kind read the page with the feature's reader, send the observation to the background, and render the
 * result in one shadow root UI (`<sfp-guide-overlay>`); again on every SPA navigation; removed on pages
 * of other kinds (their own bundle takes over).
 * Every timer and listener hangs off WXT's ctx (or a per-page AbortSignal derived from it).
 */
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { OverlayFeature } from '../feature';
import { createMinuteClock } from '../minute-clock';
import type { OverlayEnv } from '../overlay-env';
import { OverlayRoot, type OverlayView } from '../overlay-root';
import { createPageFetch } from '@/utils/pages/api';
import { createOrderSfpLookup } from '@/utils/pages/order-sfp';
import { detectPage } from '@/utils/pages/detect';
import type { ReadResult } from '@/utils/pages/observation';
import { browser } from 'wxt/browser';
import { settingsFromStorage, type Settings } from '@/utils/settings';
import { setTranslator } from '@/utils/i18n/active';
import { resolveLanguage, type UiLanguage } from '@/utils/i18n/languages';
import { browserLanguage, overlayTranslator } from '@/utils/i18n/load';
import { SETTINGS_KEY, UI_TABLE_KEY } from '@/utils/storage-keys';
import { cachedTable } from '@/utils/i18n/table-cache';
import { placeHost } from './placement';
import overlayCss from './style.css?inline';
import { createExtensionServices } from './services';
import { PAGE_FOR_URL } from '@/components/overlay/unrecognised-names';

/** Re-reads while the DOM still shows the previous page after an SPA navigation. */
const STALE_RETRIES = 6;

/**
 * How long the first render waits for the background's answer about the page's orders
 * (OverlayFeature.queueOrderIds). A live worker answers in a few ms; a worker that is starting up
 * must not hold the overlay back: the panel then shows "Checking…" and fills in when it answers.
 */
export const QUEUE_WAIT_MS = 40;

/** Resolves when every promise has settled or after `ms`, whichever is first; never rejects. */
function settledWithin(promises: readonly Promise<unknown>[], ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
    void Promise.allSettled(promises).then(done);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** Resolves on the next DOM change (one-shot observer, not a poll), after `timeoutMs`, or on abort. */
function nextMutation(doc: Document, timeoutMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const observer = new MutationObserver(done);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(done, timeoutMs);
    signal.addEventListener('abort', done);
  });
}

/**
 * Starts `feature`'s overlay for this document; resolves once the first page has been handled.
 * `stored`: the raw settings and UI state, read as the bundle started (./boot.ts).
 */
export async function startOverlay(ctx: ContentScriptContext, feature: OverlayFeature, stored: Promise<Record<string, unknown>>): Promise<void> {
  const services = createExtensionServices(document);
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let anchors: readonly string[] = [];
  // The styles come with the bundle (cssInjectionMode 'manual' + ?inline): no fetch before the first render.
  const uiReady = createShadowRootUi<Root>(ctx, {
    name: 'sfp-guide-overlay',
    css: overlayCss,
    position: 'inline',
    anchor: () => document.body,
    append: (_anchor, host) => placeHost(document, host as HTMLElement, anchors),
    onMount: (container) =>
      createRoot(container, {
        // React would otherwise log to the page console; errors go to the extension instead.
        onCaughtError: (error) => services.reportError('react', error),
        onUncaughtError: (error) => services.reportError('react-uncaught', error),
        onRecoverableError: (error) => services.reportError('react-recoverable', error),
      }),
    onRemove: (root) => root?.unmount(),
  }).then((created) => (ui = created));
  // Awaited where it is used; this only keeps a failure from surfacing as an unhandled rejection.
  uiReady.catch((error: unknown) => services.reportError('shadow-root-ui', error));
  const rawStart = await stored.catch(() => ({}) as Record<string, unknown>);
  const initial = settingsFromStorage(rawStart);
  let settings = initial.settings;
  // The overlay's language before its first render: English at once, the browser's own language through
  // browser.i18n, any other one from the background (utils/i18n/load.ts).
  let lang: UiLanguage | null = null;
  const applyLanguage = async (s: Settings, rawTable?: unknown) => {
    const next = resolveLanguage(s.language, browserLanguage(), s.overlayPageLanguage ? document.documentElement.lang : null);
    if (next === lang) return;
    lang = next;
    setTranslator(await overlayTranslator(next, cachedTable(rawTable, next, extensionVersion())));
  };
  await applyLanguage(settings, rawStart[UI_TABLE_KEY]);
  let collapsed = initial.overlayUi.collapsed;
  // The page's own fetch, created once per document: the reader's JSON cache is keyed by it.
  const pageFetch = createPageFetch(window);
  // One per document (= page view): SPA navigations keep it, so each order's JSON is asked at most once.
  const orderSfp = createOrderSfpLookup(() => (settings.readJson ? pageFetch : null));
  const env: OverlayEnv = {
    services: {
      ...services,
      orderSfp,
      setCollapsed(c) {
        collapsed = c;
        services.setCollapsed(c);
      },
    },
    clock: createMinuteClock(() => new Date(), {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    }),
    settings: { calendars: settings.calendars, defaultMarketplace: settings.defaultMarketplace },
  };
  const hide = () => {
    ui?.remove();
  };
  const render = async (view: OverlayView, where: readonly string[], key: string) => {
    anchors = where;
    const u = await uiReady;
    if (!u.mounted) u.mount();
    const { floating } = placeHost(document, u.shadowHost as HTMLElement, anchors);
    u.mounted?.render(<OverlayRoot key={key} view={view} env={env} initiallyCollapsed={collapsed} floating={floating} />);
  };

  let pageAbort: AbortController | null = null;
  const show = async (url: string): Promise<void> => {
    pageAbort?.abort();
    const abort = new AbortController();
    pageAbort = abort;
    const signal = AbortSignal.any([abort.signal, ctx.signal]);
    const page = detectPage(url);
    if (!page || page.kind !== feature.kind || !settings.overlays[feature.kind]) return hide();
    // The previous page's panel must not linger while the new page is read.
    ui?.mounted?.render(null);
    services.forgetOrderStates();
    const read = () =>
      feature.read(document, {
        url,
        now: new Date(),
        fetchJson: settings.readJson ? pageFetch : null,
        signal,
        timeZone: undefined,
      }) as Promise<ReadResult>;
    let result = await read();
    for (let i = 0; i < STALE_RETRIES && result.status === 'ok' && feature.matches && !feature.matches(result.observation as never, page); i++) {
      await nextMutation(document, 1000, signal);
      if (signal.aborted) return;
      result = await read();
    }
    if (signal.aborted) return;
    if (result.status === 'signed-out') return hide();
    let view: OverlayView;
    if (result.status === 'unrecognised') {
      view = { status: 'unrecognised', page, missing: result.missing };
    } else if (feature.matches && !feature.matches(result.observation as never, page)) {
      view = { status: 'unrecognised', page, missing: [PAGE_FOR_URL] };
    } else {
      services.observe(result.observation);
      try {
        feature.decorate?.(result.observation as never, env, signal);
      } catch (error) {
        services.reportError(`${feature.kind}:decorate`, error);
      }
      if (!feature.Panel) return hide();
      // Ask for the orders' queue state now, so the panel's first render has it (one render, no flash).
      const ids = feature.queueOrderIds?.(result.observation as never) ?? [];
      if (ids.length > 0) await settledWithin(ids.map((id) => services.orderState(id)), QUEUE_WAIT_MS, signal);
      if (signal.aborted) return;
      view = { status: 'ok', page, feature: feature as never, observation: result.observation };
    }
    await render(view, view.status === 'ok' ? feature.anchors : [], `${page.kind}:${page.orderId ?? url}`);
  };

  const safeShow = (url: string) =>
    show(url).catch((error: unknown) => {
      services.reportError('overlay', error);
    });

  ctx.addEventListener(window, 'wxt:locationchange', (event) => void safeShow(event.newUrl.href));
  // The options page changed the settings: show this page again with them.
  const onStorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settings = settingsFromStorage({ [SETTINGS_KEY]: changes[SETTINGS_KEY]!.newValue }).settings;
    env.settings = { calendars: settings.calendars, defaultMarketplace: settings.defaultMarketplace };
    void applyLanguage(settings).then(() => safeShow(location.href));
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChanged));
  ctx.onInvalidated(() => pageAbort?.abort());
  await safeShow(location.href);
}

/** This extension's version (the cached table's stamp); '' without an extension context. */
function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}
