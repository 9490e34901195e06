/**
 * The UI's current translator (components/, entrypoints/, utils/actions texts): one per page, set before
 * the first render (overlay controller, popup/options main, background start) and when the seller changes
 * the language. English until then. The policy layer never reads this: it takes a translator as a parameter.
 */
import { common, overlay, time } from '@/locales/en.json';
import { EN_TABLE } from './english';
import { flattenMessages, tableTranslator, type MessageKey, type MessageTable, type Subs, type Translator } from './translate';

/** English of every section a Seller Central page shows. */
const PAGE_TABLE: MessageTable = { ...EN_TABLE, ...flattenMessages({ common, overlay, time }) };
let english: Translator = tableTranslator('en', PAGE_TABLE);
let active: Translator = english;

/** Adds English texts (./english-extension.ts): they become the fallback, and the default until a language is set. */
export function extendEnglish(table: MessageTable): void {
  const wasDefault = active === english;
  english = tableTranslator('en', { ...PAGE_TABLE, ...table });
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
