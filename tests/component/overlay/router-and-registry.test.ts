// The router's decision (tiny bundle, settings read raw), the feature registry's conventions (one file
// per feature with Test URLs, kind matches its key) and where the overlay host is placed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectRequest } from '@/entrypoints/seller-central.content/route';
import { handleInjectRequest } from '@/utils/inject';
import { isOverlayErrorReport } from '@/components/overlay/services';
import { detectPage } from '@/utils/pages/detect';
import { placeHost } from '@/entrypoints/overlay.content/placement';
import { FEATURES } from '@/components/overlay/registry';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/storage';

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

  test('the router bundle source imports no React, zod, date library or storage module', () => {
    const dir = 'entrypoints/seller-central.content';
    for (const file of readdirSync(dir)) {
      const src = readFileSync(join(dir, file), 'utf8');
      expect(src, file).not.toMatch(/from ['"](react|react-dom|zod|zod\/mini|date-fns|@date-fns\/tz|@\/utils\/storage)/);
    }
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
    expect(exec).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] }, files: ['/content-scripts/overlay.js'] }));
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
