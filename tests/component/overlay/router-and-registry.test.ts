// The router's decision (tiny bundle, settings read raw), the feature registry's conventions (one file
// per feature with Test URLs, kind matches its key) and where the overlay host is placed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  INJECT_AFTER_LOAD,
  injectRequest,
  jsonToPrefetch,
  loadOverlay,
  overlayMark,
  overlayScript,
  overlayWanted,
  type OverlayLoaderIo,
} from '@/entrypoints/seller-central.content/route';
import { handleInjectRequest } from '@/utils/inject';
import { isOverlayErrorReport } from '@/components/overlay/services';
import { detectPage } from '@/utils/pages/detect';
import { placeHost } from '@/components/overlay/host/placement';
import { FEATURES } from '@/components/overlay/registry';
import { DEFAULT_SETTINGS, OVERLAY_KINDS, settingsItem } from '@/utils/storage';

describe('router: injectRequest', () => {
  test('asks for every kind with an overlay, with its kind', () => {
    for (const kind of ['order-details', 'order-list', 'messages', 'returns', 'safet'] as const) {
      expect(injectRequest({ kind, marketplace: 'US' })).toEqual({ type: 'sfp:inject-overlay', kind });
    }
  });

  test('never for other pages or hosts', () => {
    expect(injectRequest({ kind: 'other', marketplace: 'US' })).toBeNull();
    expect(injectRequest(null)).toBeNull();
    expect(injectRequest(detectPage('https://sellercentral.amazon.com/home'))).toBeNull();
    expect(injectRequest(detectPage('https://sellercentral.amazon.com.evil.example/orders-v3/order/112-4738291-5047863'))).toBeNull();
  });

  test('starts the order JSON early only on an order page whose overlay and JSON reading are allowed', () => {
    const order = detectPage('https://sellercentral.amazon.com/orders-v3/order/112-4738291-5047863');
    expect(jsonToPrefetch(order, undefined)).toBe('/orders-api/order/112-4738291-5047863');
    expect(jsonToPrefetch(order, DEFAULT_SETTINGS)).toBe('/orders-api/order/112-4738291-5047863');
    expect(jsonToPrefetch(order, 'corrupt')).toBe('/orders-api/order/112-4738291-5047863');
    expect(jsonToPrefetch(order, { ...DEFAULT_SETTINGS, readJson: false })).toBeNull();
    expect(jsonToPrefetch(order, { ...DEFAULT_SETTINGS, overlays: { ...DEFAULT_SETTINGS.overlays, 'order-details': false } })).toBeNull();
    expect(jsonToPrefetch(detectPage('https://sellercentral.amazon.com/orders-v3/mfn/unshipped'), undefined)).toBeNull();
    expect(jsonToPrefetch(detectPage('https://sellercentral.amazon.com/orders-v3/order/not-an-id'), undefined)).toBeNull();
    expect(jsonToPrefetch(null, undefined)).toBeNull();
  });

  test('only the messages bundle waits for the page load (its thread frame gates it)', () => {
    expect([...INJECT_AFTER_LOAD]).toEqual(['messages']);
  });

  test('the router bundle source imports no React, schema library, date library or storage module', () => {
    const dir = 'entrypoints/seller-central.content';
    for (const file of readdirSync(dir)) {
      const src = readFileSync(join(dir, file), 'utf8');
      expect(src, file).not.toMatch(/from ['"](react|react-dom|valibot|zod|zod\/mini|date-fns|@date-fns\/tz|@\/utils\/storage['"]|@\/utils\/settings)/);
    }
  });
});

describe('router: loadOverlay', () => {
  const request = { type: 'sfp:inject-overlay', kind: 'returns' } as const;
  const io = (overrides: Partial<OverlayLoaderIo> = {}) => ({
    url: vi.fn((path: string) => `chrome-extension://abc${path}`),
    importModule: vi.fn(async () => ({})),
    askBackground: vi.fn(async () => ({ ok: true })),
    ...overrides,
  });

  test('imports the kind\'s own bundle from the extension package, without asking the background', async () => {
    const fake = io();
    expect(await loadOverlay(request, Promise.resolve(undefined), fake)).toBe('imported');
    expect(fake.url).toHaveBeenCalledWith('/content-scripts/overlay-returns.js');
    expect(fake.importModule).toHaveBeenCalledWith('chrome-extension://abc/content-scripts/overlay-returns.js');
    expect(fake.askBackground).not.toHaveBeenCalled();
  });

  test('falls back to the background\'s injection when the import fails', async () => {
    const fake = io({ importModule: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))) });
    expect(await loadOverlay(request, Promise.resolve(DEFAULT_SETTINGS), fake)).toBe('injected');
    expect(fake.askBackground).toHaveBeenCalledWith(request);
  });

  test('without an import (the Firefox build) asks the background at once', async () => {
    const fake = { ...io(), importModule: undefined };
    expect(await loadOverlay(request, Promise.resolve(undefined), fake)).toBe('injected');
    expect(fake.askBackground).toHaveBeenCalledWith(request);
    expect(fake.url).not.toHaveBeenCalled();
  });

  test('rejects when neither worked, so that the router can ask again', async () => {
    const fake = io({
      importModule: vi.fn(async () => Promise.reject(new Error('no import'))),
      askBackground: vi.fn(async () => Promise.reject(new Error('Extension context invalidated.'))),
    });
    await expect(loadOverlay(request, Promise.resolve(undefined), fake)).rejects.toThrow('Extension context invalidated.');
  });

  test('loads nothing for a kind the seller switched off; other kinds still load', async () => {
    const off = { ...DEFAULT_SETTINGS, overlays: { ...DEFAULT_SETTINGS.overlays, returns: false } };
    const fake = io();
    expect(await loadOverlay(request, Promise.resolve(off), fake)).toBe('off');
    expect(fake.importModule).not.toHaveBeenCalled();
    expect(fake.askBackground).not.toHaveBeenCalled();
    expect(await loadOverlay({ ...request, kind: 'messages' }, Promise.resolve(off), fake)).toBe('imported');
  });

  test('unreadable settings count as the defaults (every overlay on)', async () => {
    for (const stored of [undefined, null, 'corrupt', 42, { overlays: null }, { overlays: 'x' }, { overlays: { returns: 'no' } }]) {
      expect(overlayWanted('returns', stored), JSON.stringify(stored)).toBe(true);
    }
    const fake = io();
    expect(await loadOverlay(request, Promise.reject(new Error('storage failed')), fake)).toBe('imported');
  });
});

describe('background: the injection honours settings.overlays', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const sender = { tab: { id: 7 } as never, frameId: 0 };

  test('injects an enabled kind into the sender frame', async () => {
    const exec = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: exec };
    expect(await handleInjectRequest(sender, { kind: 'order-details' })).toEqual({ ok: true });
    expect(exec).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/overlay-order-details.js'] }),
    );
  });

  test('injects only the bundle of the asked kind, and nothing for an unknown or missing kind', async () => {
    const exec = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: exec };
    expect(await handleInjectRequest(sender, { kind: 'messages' })).toEqual({ ok: true });
    expect(exec).toHaveBeenLastCalledWith(expect.objectContaining({ files: ['/content-scripts/overlay-messages.js'] }));
    expect(await handleInjectRequest(sender, { kind: 'other' })).toEqual({ ok: false, error: 'unknown kind' });
    expect(await handleInjectRequest(sender, { kind: '../background' })).toEqual({ ok: false, error: 'unknown kind' });
    expect(await handleInjectRequest(sender, {})).toEqual({ ok: false, error: 'unknown kind' });
    expect(await handleInjectRequest({ frameId: 0 }, { kind: 'messages' })).toEqual({ ok: false, error: 'no tab' });
    expect(exec).toHaveBeenCalledTimes(1);
  });

  test('skips a kind the seller switched off', async () => {
    const exec = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: exec };
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, overlays: { ...DEFAULT_SETTINGS.overlays, returns: false } });
    expect(await handleInjectRequest(sender, { kind: 'returns' })).toEqual({ ok: false, error: 'overlay off' });
    expect(exec).not.toHaveBeenCalled();
    expect(await handleInjectRequest(sender, { kind: 'order-details' })).toEqual({ ok: true });
  });
});

describe('feature registry', () => {
  const entries = Object.entries(FEATURES);

  test('has the order-details feature', () => {
    expect(FEATURES['order-details']?.kind).toBe('order-details');
  });

  test.each(entries)('%s: kind matches its key, has a reader, anchors and a panel or decorations', (key, feature) => {
    expect(feature!.kind).toBe(key);
    expect(typeof feature!.read).toBe('function');
    expect(Array.isArray(feature!.anchors)).toBe(true);
    expect(feature!.Panel !== undefined || feature!.decorate !== undefined).toBe(true);
    expect(feature!.title.length).toBeGreaterThan(0);
  });

  test('every feature file names its test URLs (house style)', () => {
    const registry = readFileSync('components/overlay/registry.ts', 'utf8');
    const imports = [...registry.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]!).filter((p) => /feature/.test(p) && p !== 'feature');
    expect(imports.length).toBeGreaterThanOrEqual(entries.length);
    for (const path of imports) {
      const file = [`components/overlay/${path}.tsx`, `components/overlay/${path}.ts`].find((f) => existsSync(f));
      expect(file, path).toBeDefined();
      const src = readFileSync(file!, 'utf8');
      expect(src, path).toMatch(/Test URLs/);
    }
  });
});

describe('one overlay bundle per page kind', () => {
  test.each([...OVERLAY_KINDS])('%s: its entrypoint exists, is named as the background injects it, and carries only its own feature', (kind) => {
    const entry = `entrypoints/overlay-${kind}.content/index.ts`;
    expect(existsSync(entry), entry).toBe(true);
    // WXT writes entrypoints/<name>.content/index.ts to content-scripts/<name>.js.
    expect(overlayScript(kind)).toBe(`/content-scripts/overlay-${kind}.js`);
    const src = readFileSync(entry, 'utf8');
    expect(src).toMatch(/export default defineOverlayBundle\(\w+Feature\)/);
    const features = [...src.matchAll(/from '@\/components\/overlay\/([^']+)'/g)].map((m) => m[1]).filter((p) => /feature$/.test(p!));
    expect(features).toHaveLength(1);
    const registry = readFileSync('components/overlay/registry.ts', 'utf8');
    const registered = new RegExp(`'?${kind}'?: (\\w+Feature)`).exec(registry)?.[1];
    expect(registered, kind).toBeDefined();
    expect(src).toContain(`import { ${registered} } from`);
  });

  test('no other overlay entrypoints, and each kind has its own <html> mark', () => {
    const bundles = readdirSync('entrypoints').filter((d) => d.startsWith('overlay'));
    expect(bundles.sort()).toEqual(OVERLAY_KINDS.map((k) => `overlay-${k}.content`).sort());
    expect(new Set(OVERLAY_KINDS.map((k) => overlayMark(k))).size).toBe(OVERLAY_KINDS.length);
  });
});

describe('overlay start-up', () => {
  test('the bundle starts its storage read first, from a module that imports nothing heavy', () => {
    const bundle = readFileSync('components/overlay/host/bundle.ts', 'utf8');
    const imports = [...bundle.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('./boot');
    const boot = readFileSync('components/overlay/host/boot.ts', 'utf8');
    expect([...boot.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1])).toEqual(['wxt/browser', '@/utils/storage-keys']);
    expect(readFileSync('utils/storage-keys.ts', 'utf8')).not.toMatch(/^import /m);
  });
});

describe('host placement', () => {
  const page = () => {
    document.body.innerHTML = '<div id="app"><h1 data-test-id="order-details-label">Order details</h1><p>next</p></div>';
    return document.createElement('sfp-guide-overlay');
  };

  test('right after the first anchor found, and idempotent', () => {
    const host = page();
    expect(placeHost(document, host, ['[data-missing]', '[data-test-id="order-details-label"]'])).toEqual({ floating: false });
    expect(host.previousElementSibling?.getAttribute('data-test-id')).toBe('order-details-label');
    placeHost(document, host, ['[data-test-id="order-details-label"]']);
    expect(document.querySelectorAll('sfp-guide-overlay')).toHaveLength(1);
  });

  test('no anchor → floating at the end of body', () => {
    const host = page();
    expect(placeHost(document, host, ['[data-missing]'])).toEqual({ floating: true });
    expect(document.body.lastElementChild).toBe(host);
  });
});

describe('overlay error reports', () => {
  test('only well-formed reports are recognised by the background', () => {
    expect(isOverlayErrorReport({ type: 'sfp:log-error', where: 'react', message: 'TypeError: x' })).toBe(true);
    expect(isOverlayErrorReport({ type: 'sfp:log-error', where: 'react' })).toBe(false);
    expect(isOverlayErrorReport({ type: 'sfp:mark', where: 'react', message: 'x' })).toBe(false);
    expect(isOverlayErrorReport(null)).toBe(false);
    expect(isOverlayErrorReport('sfp:log-error')).toBe(false);
  });
});
