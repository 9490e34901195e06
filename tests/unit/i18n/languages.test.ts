/** Which language the UI speaks, and how other languages' tables are loaded (utils/i18n). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { resolveLanguage, toUiLanguage } from '@/utils/i18n/languages';
import { extensionTranslator, loadTable, overlayTranslator } from '@/utils/i18n/load';
import { handleTableRequest, isTableRequest, keepOverlayTable } from '@/utils/i18n/table-request';
import { cachedTable } from '@/utils/i18n/table-cache';
import { uiTableItem } from '@/utils/storage';
import { englishTranslator, setTranslator, t } from '@/utils/i18n/active';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/** The messages.json @wxt-dev/i18n writes for `lang`, served to fetch as the package would. */
function servePackage() {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const lang = /_locales\/(\w+)\/messages\.json$/.exec(String(input))?.[1];
    if (!lang) return new Response('', { status: 404 });
    const text = readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8');
    return new Response(JSON.stringify(generateChromeMessages(parseMessagesText(text, 'JSON5'))));
  });
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => setTranslator(englishTranslator()));

describe('which language', () => {
  it('maps BCP 47 tags to the six languages', () => {
    expect(['de-AT', 'fr_CA', 'ja', 'es-419', 'it-IT', 'en-GB', 'pt-BR', '', null, undefined, 'x'].map(toUiLanguage))
      .toEqual(['de', 'fr', 'ja', 'es', 'it', 'en', null, null, null, null, null]);
  });

  it('a chosen language wins over the browser; "browser" follows it, else English; the page wins when asked', () => {
    expect(resolveLanguage('browser', 'de-DE')).toBe('de');
    expect(resolveLanguage('browser', 'pt-BR')).toBe('en');
    expect(resolveLanguage('ja', 'de-DE')).toBe('ja');
    expect(resolveLanguage('ja', 'de-DE', 'fr-FR')).toBe('fr');
    expect(resolveLanguage('ja', 'de-DE', 'nl-NL')).toBe('ja');
  });
});

describe('loading a table', () => {
  it('extension pages read their own _locales file; English needs none; a failure falls back to English', async () => {
    servePackage();
    expect((await loadTable('de')).options_title).toBe('SFP Guide – Optionen');
    const de = await extensionTranslator('de');
    expect(de.lang).toBe('de');
    expect(de('popup.options')).toBe('Optionen');
    expect((await extensionTranslator('en')).lang).toBe('en');
    vi.mocked(fetch).mockRejectedValueOnce(new Error('offline'));
    expect((await extensionTranslator('it')).lang).toBe('en');
  });

  it('the background answers an overlay with the page sections of one table only', async () => {
    servePackage();
    expect(isTableRequest({ type: 'sfp:i18n-table', lang: 'ja' })).toBe(true);
    expect(isTableRequest({ type: 'sfp:i18n-table', lang: 'pt' })).toBe(false);
    expect(isTableRequest(null)).toBe(false);
    const reply = await handleTableRequest({ lang: 'ja' });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.table.order_openDeadlines).toBe('未完了の期限');
    expect(Object.keys(reply.table).some((k) => k.startsWith('options_') || k.startsWith('popup_'))).toBe(false);
    vi.mocked(fetch).mockRejectedValueOnce(new Error('gone'));
    expect(await handleTableRequest({ lang: 'ja' })).toEqual({ ok: false, error: 'Error: gone' });
  });

  it('the overlay: English at once, the browser language through getMessage, another from the background', async () => {
    expect((await overlayTranslator('en')).lang).toBe('en');
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation((key: string) => (key === 'overlay_bar_show' ? 'Anzeigen' : ''));
    const de = await overlayTranslator('de');
    expect(de('overlay.bar.show')).toBe('Anzeigen');
    expect(de('overlay.bar.hide')).toBe('Hide'); // not in getMessage: English
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, table: { overlay_bar_show: 'Mostra' } } as never);
    const it_ = await overlayTranslator('it');
    expect(send).toHaveBeenCalledWith({ type: 'sfp:i18n-table', lang: 'it' });
    expect(it_('overlay.bar.show')).toBe('Mostra');
    send.mockRejectedValueOnce(new Error('no worker'));
    expect((await overlayTranslator('es')).lang).toBe('en');
  });

  it('the UI translator is switched with setTranslator', async () => {
    servePackage();
    setTranslator(await extensionTranslator('fr'));
    expect(t('common.undo')).toBe('Annuler');
  });
});

describe("the overlay's copy of a chosen language's table", () => {
  it('is kept for a language that is neither English nor the browser\'s, once per version, and removed otherwise', async () => {
    servePackage();
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    await keepOverlayTable('ja', 'en');
    const stored = await uiTableItem.getValue();
    expect(stored?.lang).toBe('ja');
    expect(stored?.table.order_openDeadlines).toBe('未完了の期限');
    expect(Object.keys(stored?.table ?? {}).some((k) => k.startsWith('popup_'))).toBe(false);
    const reads = vi.mocked(fetch).mock.calls.length;
    await keepOverlayTable('ja', 'en');
    expect(vi.mocked(fetch).mock.calls.length).toBe(reads); // same language and version: not read again
    expect(cachedTable(stored, 'ja', '0.1.0')).toEqual(stored?.table);
    expect(cachedTable(stored, 'ja', '0.2.0')).toBeNull();
    expect(cachedTable(stored, 'de', '0.1.0')).toBeNull();
    expect(cachedTable({ lang: 'ja', version: '0.1.0', table: { a: 1 } }, 'ja', '0.1.0')).toBeNull();
    await keepOverlayTable('de', 'de');
    expect(await uiTableItem.getValue()).toBeNull();
    await keepOverlayTable('en', 'de');
    expect(await uiTableItem.getValue()).toBeNull();
  });

  it('lets the overlay render that language without asking the background', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const fr = await overlayTranslator('fr', { common_undo: 'Annuler' });
    expect(fr('common.undo')).toBe('Annuler');
    expect(send).not.toHaveBeenCalled();
  });
});
