/**
 * The UI language: follow the browser (default) or one of the six, and whether the overlay follows a
 * Seller Central page's own `<html lang>`. Language names are written in their own language.
 */
import '@/utils/i18n/english-extension';
import { t } from '@/utils/i18n/active';
import { LANGUAGE_NAMES, UI_LANGUAGES, type LanguageChoice } from '@/utils/i18n/languages';
import type { Settings } from '@/utils/storage';

export function LanguageSettings({ settings, onChange }: { settings: Settings; onChange(patch: Partial<Settings>): void }) {
  return (
    <section aria-labelledby="sfp-language">
      <h2 id="sfp-language">{t('options.language.heading')}</h2>
      <p>
        <label>
          {t('options.language.label')}{' '}
          <select data-sfp-language="" value={settings.language} onChange={(e) => onChange({ language: e.target.value as LanguageChoice })}>
            <option value="browser">{t('options.language.browser')}</option>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>
            ))}
          </select>
        </label>
      </p>
      <label className="sfp-check">
        <input type="checkbox" data-sfp-page-language="" checked={settings.overlayPageLanguage}
          onChange={(e) => onChange({ overlayPageLanguage: e.target.checked })} />{' '}
        {t('options.language.page')}
      </label>
    </section>
  );
}
