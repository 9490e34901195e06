// The router's decision (tiny bundle, settings read raw), the feature registry's conventions (one file
// per feature with Test URLs, kind matches its key) and where the overlay host is placed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { overlayWanted, SETTINGS_STORAGE_KEY } from '@/entrypoints/seller-central.content/route';
import { placeHost } from '@/entrypoints/overlay.content/placement';
import { FEATURES } from '@/components/overlay/registry';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/storage';

const store = (value: unknown) => async (key: string) => (value === undefined ? {} : { [key]: value });

describe('router: overlayWanted', () => {
  test('reads the same key as settingsItem', () => {
    expect(`local:${SETTINGS_STORAGE_KEY}`).toBe(settingsItem.key);
  });

  test('never for pages of kind "other"', async () => {
    expect(await overlayWanted('other', store(DEFAULT_SETTINGS))).toBe(false);
  });

  test('yes by default, and when settings are missing or malformed', async () => {
    expect(await overlayWanted('order-details', store(DEFAULT_SETTINGS))).toBe(true);
    expect(await overlayWanted('order-details', store(undefined))).toBe(true);
    expect(await overlayWanted('order-details', store('junk'))).toBe(true);
    expect(await overlayWanted('order-details', store({ overlays: 3 }))).toBe(true);
    expect(await overlayWanted('order-details', async () => Promise.reject(new Error('no storage')))).toBe(true);
  });

  test('no when the seller switched that overlay off', async () => {
    const off = { ...DEFAULT_SETTINGS, overlays: { ...DEFAULT_SETTINGS.overlays, returns: false } };
    expect(await overlayWanted('returns', store(off))).toBe(false);
    expect(await overlayWanted('order-details', store(off))).toBe(true);
  });

  test('the router bundle source imports no React, zod, date library or storage module', () => {
    const dir = 'entrypoints/seller-central.content';
    for (const file of readdirSync(dir)) {
      const src = readFileSync(join(dir, file), 'utf8');
      expect(src, file).not.toMatch(/from ['"](react|react-dom|zod|zod\/mini|date-fns|@date-fns\/tz|@\/utils\/storage)/);
    }
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
