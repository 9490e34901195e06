/**
 * Tables of languages other than English, loaded only when needed. Extension pages and the background
 * read their own package's `_locales/<lang>/messages.json` (what @wxt-dev/i18n generates from
 * utils/i18n/locales/<lang>.json): no table is bundled twice. A Seller Central tab cannot fetch extension files
 * without making them web-accessible, so the overlay uses `browser.i18n.getMessage` when the language is
 * the browser's own, and otherwise asks the background for the page sections of one table
 * (`sfp:i18n-table`, ./table-request.ts) — one message, only for a language the browser does not use —
 * unless the background already keeps that language's table in storage (./table-cache.ts).
 */
import { browser } from 'wxt/browser';
import { englishTranslator } from './active';
import { toUiLanguage, type UiLanguage } from './languages';
import { createTranslator, tableTranslator, type MessageTable, type Translator } from './translate';

/** The flat table of `lang` from the package's messages.json (extension pages and background only). */
export async function loadTable(lang: UiLanguage): Promise<MessageTable> {
  const url = browser.runtime.getURL(`/_locales/${lang}/messages.json` as never);
  const json = (await (await fetch(url)).json()) as Record<string, { message?: unknown }>;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(json)) if (typeof value?.message === 'string') out[key] = value.message;
  return out;
}

/** A translator for an extension page or the background; English when the table cannot be read. */
export async function extensionTranslator(lang: UiLanguage): Promise<Translator> {
  const english = englishTranslator();
  if (lang === 'en') return english;
  try {
    return tableTranslator(lang, await loadTable(lang), english);
  } catch {
    return english;
  }
}

/** The browser's UI language as one of the six, else null. */
export function browserLanguage(): UiLanguage | null {
  try {
    return toUiLanguage(browser.i18n.getUILanguage());
  } catch {
    return null;
  }
}

/**
 * A translator for the overlay in a Seller Central tab (see the module comment); English on any failure.
 * `cached`: the table the background keeps for the chosen language, when it is this language's.
 */
export async function overlayTranslator(lang: UiLanguage, cached?: MessageTable | null): Promise<Translator> {
  const english = englishTranslator();
  if (lang === 'en') return english;
  if (browserLanguage() === lang) {
    return createTranslator(lang, (key) => browser.i18n.getMessage(key as never) || undefined, english);
  }
  if (cached) return tableTranslator(lang, cached, english);
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'sfp:i18n-table', lang })) as { ok?: boolean; table?: MessageTable } | undefined;
    return reply?.ok && reply.table ? tableTranslator(lang, reply.table, english) : english;
  } catch {
    return english;
  }
}
