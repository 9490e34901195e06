/**
 * The six UI languages and how one is chosen: the seller's setting, else the browser's UI language
 * (`browser.i18n.getUILanguage()`), mapped to one of the six; English for anything else. On Seller Central
 * the overlay may follow the page's own `<html lang>` when the seller asks for that (options page).
 */

/** Languages the UI is written in (utils/i18n/locales/<lang>.json). */
export const UI_LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'ja'] as const;
/** One UI language. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The stored choice: follow the browser, or one of the six. */
export type LanguageChoice = 'browser' | UiLanguage;

/** Each language's name in itself, for the options page's picker (not translated, by convention). */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  en: 'English', de: 'Deutsch', fr: 'Français', it: 'Italiano', es: 'Español', ja: '日本語',
};

/** 'de-AT' → 'de', 'ja' → 'ja', 'pt-BR' → null: the UI language a BCP 47 tag asks for, if one of the six. */
export function toUiLanguage(tag: string | null | undefined): UiLanguage | null {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as UiLanguage) : null;
}

/**
 * The language to show: a chosen language wins; "browser" follows the browser's UI language. With
 * `pageLang` (the overlay, when the seller chose "use the page's language"), a page in one of the six wins.
 */
export function resolveLanguage(choice: LanguageChoice, browserLang: string | null | undefined, pageLang?: string | null): UiLanguage {
  return toUiLanguage(pageLang) ?? (choice !== 'browser' ? choice : toUiLanguage(browserLang) ?? 'en');
}
