/**
 * The English texts of the extension's own pages and the background (popup, options, badge, reminders,
 * manifest), added to the UI's English fallback when imported. Seller Central pages never import this.
 */
import { actions, manifest, options, popup } from '@/utils/i18n/locales/en.json';
import { englishTranslator, extendEnglish } from './active';
import { flattenMessages, type MessageTable, type Translator } from './translate';

/** The English texts of the extension's pages and background, flat. */
export const EN_EXTENSION_TABLE: MessageTable = flattenMessages({ actions, manifest, options, popup });

extendEnglish(EN_EXTENSION_TABLE);

/** The English translator over every message. */
export const EN_ALL: Translator = englishTranslator();
