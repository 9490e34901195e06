/**
 * The list pages' English (utils/i18n/locales/en.json `lists`), added to the UI's English when a module of this
 * folder loads: the order-details bundle does not carry it (named JSON import, tree-shaken elsewhere).
 */
import { lists } from '@/utils/i18n/locales/en.json';
import { extendEnglish } from '@/utils/i18n/active';
import { flattenMessages } from '@/utils/i18n/translate';

extendEnglish(flattenMessages({ lists }));
