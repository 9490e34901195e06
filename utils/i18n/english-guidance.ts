/**
 * English of the contact guidance (todos, reasons, notes): only the bundles that route messages carry it
 * (named JSON import). The policy layer's default when no translator is passed.
 */
import { guidance } from '@/utils/i18n/locales/en.json';
import { EN_TABLE } from './english';
import { flattenMessages, tableTranslator, type MessageTable, type Translator } from './translate';

/** The guidance section, flat. */
export const EN_GUIDANCE_TABLE: MessageTable = flattenMessages({ guidance });

/** The policy layer's English with the guidance texts. */
export const EN_GUIDANCE: Translator = tableTranslator('en', { ...EN_TABLE, ...EN_GUIDANCE_TABLE });
