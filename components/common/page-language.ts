/**
 * Language start-up of the extension's own pages (popup, options): the stored choice, else the browser's
 * UI language; the table is loaded before the first render, and again when the seller picks another
 * language (the page then renders anew).
 */
import '@/utils/i18n/english-extension';
import { setTranslator, t } from '@/utils/i18n/active';
import { resolveLanguage, type UiLanguage } from '@/utils/i18n/languages';
import { browserLanguage, extensionTranslator } from '@/utils/i18n/load';
import { settingsAdapter } from '@/utils/actions/storage-adapter';
import type { MessageKey } from '@/utils/i18n/translate';

/** Sets the page's language, then calls `render`; calls it again after every change of language. */
export async function startPageLanguage(title: MessageKey, render: () => void): Promise<void> {
  let current: UiLanguage | null = null;
  const apply = async (choice: Parameters<typeof resolveLanguage>[0]) => {
    const lang = resolveLanguage(choice, browserLanguage());
    if (lang === current) return;
    current = lang;
    setTranslator(await extensionTranslator(lang));
    document.documentElement.lang = lang;
    document.title = t(title);
    render();
  };
  const settings = await settingsAdapter.get().catch(() => null);
  await apply(settings?.language ?? 'browser');
  settingsAdapter.watch((next) => void apply(next.language));
}
