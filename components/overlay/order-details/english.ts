/**
 * The order panel's English (utils/i18n/locales/en.json `order`), added to the UI's English when a module of this
 * folder loads: only the order-details bundle carries it (named JSON import, tree-shaken elsewhere).
 */
import { order } from '@/utils/i18n/locales/en.json';
import { extendEnglish } from '@/utils/i18n/active';
import { flattenMessages } from '@/utils/i18n/translate';

extendEnglish(flattenMessages({ order }));
