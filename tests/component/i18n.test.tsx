/**
 * The UI in another language: the options page's language setting is stored (and old settings without
 * it still load), and panels render their texts from the chosen language's table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/options-app';
import { ListSummary } from '@/components/overlay/lists/list-summary';
import { settingsItem } from '@/utils/storage';
import { englishTranslator, setTranslator } from '@/utils/i18n/active';
import { flattenMessages, tableTranslator } from '@/utils/i18n/translate';
import type { UiLanguage } from '@/utils/i18n/languages';
import type { ChipModel } from '@/components/overlay/lists/types';

const translatorFor = (lang: UiLanguage) =>
  tableTranslator(lang, flattenMessages(JSON.parse(readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8'))), englishTranslator());

beforeEach(() => fakeBrowser.reset());
afterEach(() => setTranslator(englishTranslator()));

describe('language setting', () => {
  it('is stored when chosen, with the page-language checkbox; stored v2 settings without it load as "follow browser"', async () => {
    await fakeBrowser.storage.local.set({ settings: { calendars: {}, overlays: { 'order-details': true, 'order-list': true, messages: true, returns: true, safet: true }, readJson: true, notifyLeadMinutes: 240, defaultMarketplace: null, marketplaces: [] }, settings$: { v: 2 } });
    render(<OptionsApp now={() => new Date('2026-11-27T20:00:00Z')} />);
    const select = await screen.findByRole('combobox', { name: /^Language/ });
    expect((select as HTMLSelectElement).value).toBe('browser');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['follow browser', 'English', 'Deutsch', 'Français', 'Italiano', 'Español', '日本語']);
    await userEvent.selectOptions(select, 'de');
    await userEvent.click(screen.getByRole('checkbox', { name: /use the page's language/ }));
    await waitFor(async () => expect(await settingsItem.getValue()).toMatchObject({ language: 'de', overlayPageLanguage: true }));
  });
});

describe('panels in the chosen language', () => {
  const chips: ChipModel[] = [
    { key: 'a', orderId: '1', anchor: '1', tone: 'overdue', label: 'x' },
    { key: 'b', orderId: '2', anchor: '2', tone: 'ok', label: 'y' },
  ];

  it.each([
    ['de', '2 Rücksendungen: 1 überfällig, 1 ohne Aufgabe. Einzelheiten neben jeder Zeile.'],
    ['fr', '2 retours : 1 en retard, 1 sans action. Détails à côté de chaque ligne.'],
    ['ja', '返品 2 件: 期限超過 1、対応不要 1。各行の横に詳細があります。'],
    ['en', '2 returns: 1 overdue, 1 no action. Details beside each row.'],
  ] as const)('%s list summary', (lang, text) => {
    setTranslator(translatorFor(lang));
    const { container } = render(<ListSummary chips={chips} noun="lists.noun.return" empty="" />);
    expect(container.textContent).toBe(text);
    expect(container.querySelector('strong')?.textContent).toBe('2');
  });
});
