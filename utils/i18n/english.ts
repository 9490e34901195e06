/**
 * English, the default and fallback language, bundled; every other language is loaded on demand
 * (./load.ts). Here only what the policy layer writes when no translator is passed (node tests, stored
 * texts): its own section and the date names. Named JSON imports, so bundlers leave the other sections
 * out; ./active.ts adds the overlay's, ./english-extension.ts the popup's, options' and background's.
 */
import { policy, date } from '@/utils/i18n/locales/en.json';
import { flattenMessages, tableTranslator, type MessageTable, type Translator } from './translate';

/** The English table of the policy and date sections, flat. */
export const EN_TABLE: MessageTable = flattenMessages({ policy, date });

/** The English translator of the policy layer. */
export const EN: Translator = tableTranslator('en', EN_TABLE);
