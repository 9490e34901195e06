// Issue 17 in real Chromium (browser UI language en-US): the stored language setting switches the overlay
// (its table comes from the background: not the browser's language), the popup and the options page; the
// manifest is localised through _locales. The DE/JP page fixtures, axe and layout checks live elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extensionPath, launch, overlay, pageLog, sellerCentralUrl, text, useLanguage, type Session } from './harness';
import { SFP_ORDER_ID, orderPath } from './routes';

describe('language', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(() => s?.close());

  test('the manifest names the extension through _locales (default en)', () => {
    const manifest = JSON.parse(readFileSync(join(extensionPath(), 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      default_locale: 'en', name: '__MSG_manifest_name__', description: '__MSG_manifest_description__',
      action: { default_title: '__MSG_manifest_actionTitle__' },
    });
    const en = JSON.parse(readFileSync(join(extensionPath(), '_locales/en/messages.json'), 'utf8'));
    expect(en.manifest_name.message).toBe('SFP Guide');
    for (const lang of ['de', 'fr', 'it', 'es', 'ja']) {
      expect(Object.keys(JSON.parse(readFileSync(join(extensionPath(), `_locales/${lang}/messages.json`), 'utf8')))).toEqual(Object.keys(en));
    }
  });

  test.each([
    ['de', 'Prime durch Verkäufer', 'Offene Fristen'],
    ['ja', 'マケプレプライム', '未完了の期限'],
  ])('overlay in %s on a US order page', async (lang, program, heading) => {
    await useLanguage(s, lang);
    // The background keeps the chosen language's table for the overlay (no round trip before its first render).
    await expect.poll(async () => ((await s.extensionStorage()).uiTable as { lang?: string } | undefined)?.lang).toBe(lang);
    const page = await s.page(sellerCentralUrl(orderPath(SFP_ORDER_ID)));
    const root = overlay(page);
    await expect.poll(() => root.count()).toBe(1);
    await expect.poll(async () => (await text(root)) ?? '').toContain(program);
    const shown = (await text(root)) ?? '';
    expect(shown).toContain(heading);
    expect(shown).toContain(SFP_ORDER_ID);
    expect(await root.getAttribute('lang')).toBe(lang);
    expect(pageLog(page).errors).toEqual([]);
    await page.close();
  });

  test('popup and options follow the setting; back to English with "follow browser"', async () => {
    await useLanguage(s, 'fr');
    const popup = await s.openPopup();
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('fr');
    await expect.poll(() => popup.getByRole('button', { name: 'Options' }).count()).toBe(1);
    expect(await popup.locator('main').getAttribute('aria-label')).toBe('SFP Guide : actions en cours');
    const options = await s.openOptions();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('SFP Guide – options');
    await options.locator('[data-sfp-language]').selectOption('browser');
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('SFP Guide — options');
    await expect.poll(() => popup.locator('main').getAttribute('aria-label')).toBe('SFP Guide: outstanding actions');
    await expect.poll(async () => (await s.extensionStorage()).uiTable ?? null).toBeNull();
  });
});
