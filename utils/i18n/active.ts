/**
 * The UI's current translator (components/, entrypoints/, utils/actions texts): one per page, set before
 * the first render (overlay controller, popup/options main, background start) and when the seller changes
 * the language. English until then. The policy layer never reads this: it takes a translator as a parameter.
 */
import { common, overlay, time } from '@/utils/i18n/locales/en.json';
import { EN_TABLE } from './english';
import { flattenMessages, tableTranslator, type MessageKey, type MessageTable, type Subs, type Translator } from './translate';

/** English of the sections every Seller Central page shows (the overlay shell, dates, policy texts). */
const PAGE_TABLE: MessageTable = { ...EN_TABLE, ...flattenMessages({ common, overlay, time }) };
let english: Translator = tableTranslator('en', PAGE_TABLE);
let active: Translator = english;

let extra: MessageTable = {};

/**
 * Adds English texts of one part of the UI (the order panel's, the list pages', the extension pages':
 * each bundle carries only the sections it shows). They join the fallback, and the default until a
 * language is set; a translator set before keeps falling back to the English it was given.
 */
export function extendEnglish(table: MessageTable): void {
  const wasDefault = active === english;
  extra = { ...extra, ...table };
  const all: MessageTable = { ...PAGE_TABLE, ...extra };
  english = tableTranslator('en', all);
  if (wasDefault) active = english;
}

/** The UI's English translator (the fallback of every other one). */
export function englishTranslator(): Translator {
  return english;
}

/** Makes `translator` the UI's translator. */
export function setTranslator(translator: Translator): void {
  active = translator;
}

/** The UI's translator (for passing to the policy layer). */
export function translator(): Translator {
  return active;
}

/** A message in the UI's language. */
export function t(key: MessageKey, subs?: Subs, count?: number): string {
  return active(key, subs, count);
}
