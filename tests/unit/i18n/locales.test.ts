/**
 * The locale tables (utils/i18n/locales/<lang>.json, read by @wxt-dev/i18n): every language has exactly English's
 * keys, the same placeholders, no empty message, no message left in English where it should be
 * translated, and plural forms the module can pick. Also checks that this project's translator reads a
 * table the way @wxt-dev/i18n writes it into _locales/<lang>/messages.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { UI_LANGUAGES } from '@/utils/i18n/languages';
import { flattenMessages, tableTranslator } from '@/utils/i18n/translate';

const load = (lang: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8'));
const tables = Object.fromEntries(UI_LANGUAGES.map((l) => [l, flattenMessages(load(l))])) as Record<(typeof UI_LANGUAGES)[number], Record<string, string>>;
const en = tables.en;
const others = UI_LANGUAGES.filter((l) => l !== 'en');
const placeholders = (m: string) => [...new Set([...m.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((x) => x[1] ?? ''))].sort();

/** Keys whose languages pick among the substitutions the code passes (all are passed every time). */
const ALTERNATIVE_PLACEHOLDERS: Record<string, readonly string[]> = {
  date_time: ['hh', 'h', 'mm'], // English day-first writes 09:05 (existing texts); CLDR writes 9:05
  policy_safet_windowOpen: ['explanation', 'explanationLc'], // English lower-cases "By …" after "File"
  policy_safet_waiting: ['title', 'explanation', 'explanationNoBy'],
  guidance_ifSfp: ['todo', 'todoLc'], // English lower-cases the sentence it embeds
};

/**
 * Messages that may read the same as English: names (brand, programme acronyms), codes, and
 * messages without words (separators, patterns of placeholders). Date names and zone names are
 * checked against CLDR instead (date-tables.test.ts).
 */
const SAME_AS_ENGLISH = new Set([
  'manifest_name', 'manifest_shortName', 'manifest_actionTitle', 'common_brand', 'overlay_title_safet', 'overlay_bar_label',
  'popup_marketplace', 'lists_inbox_detail', 'lists_orders_more', 'options_markets_option', 'popup_row_label',
  'policy_explain_range', 'options_calendar_daysJoin', 'order_originShown', 'popup_notice_label', 'lists_lead',
  // The same word in that language: fr "Messages", "Options", "source"; de "in {span}".
  'overlay_title_messages', 'popup_options', 'common_source', 'time_in',
]);
const wordless = (m: string) => !/\p{L}{2,}/u.test(m.replace(/\{[A-Za-z0-9_]+\}/g, ''));
/** Date names and patterns, zone names and duration units: compared with Intl in date-tables.test.ts. */
const checkedByCldr = (key: string) => key.startsWith('date_') || ['time_days', 'time_hours', 'time_minutes', 'time_underMinute'].includes(key);

describe('locale tables', () => {
  it('has the six languages', () => {
    expect(UI_LANGUAGES).toEqual(['en', 'de', 'fr', 'it', 'es', 'ja']);
    expect(Object.keys(en).length).toBeGreaterThan(400);
  });

  it.each(others)('%s has exactly the keys English has', (lang) => {
    const keys = Object.keys(tables[lang]);
    expect(Object.keys(en).filter((k) => !keys.includes(k)), 'missing').toEqual([]);
    expect(keys.filter((k) => !(k in en)), 'extra').toEqual([]);
  });

  it.each(others)('%s uses the same placeholders as English', (lang) => {
    const wrong = Object.entries(tables[lang]).flatMap(([key, message]) => {
      const allowed = ALTERNATIVE_PLACEHOLDERS[key];
      const mine = placeholders(message);
      if (allowed) return mine.every((p) => allowed.includes(p)) ? [] : [`${key}: ${mine.join(',')}`];
      return mine.join(',') === placeholders(en[key] ?? '').join(',') ? [] : [`${key}: ${mine.join(',')} ≠ ${placeholders(en[key] ?? '').join(',')}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s has no empty message and only plural forms the module can pick (1–3)', (lang) => {
    const bad = Object.entries(tables[lang]).filter(([, m]) => m.trim() === '' || m.split(' | ').length > 3 || m.split(' | ').some((f) => f.trim() === ''));
    expect(bad).toEqual([]);
  });

  it.each(others)('%s leaves nothing in English but names and wordless patterns', (lang) => {
    const same = Object.entries(tables[lang])
      .filter(([key, m]) => m === en[key] && !SAME_AS_ENGLISH.has(key) && !wordless(m) && !checkedByCldr(key))
      .map(([key, m]) => `${key}: ${m}`);
    expect(same).toEqual([]);
  });

  it('the allow-lists name only keys that exist', () => {
    for (const key of [...SAME_AS_ENGLISH, ...Object.keys(ALTERNATIVE_PLACEHOLDERS)]) expect(en, key).toHaveProperty([key]);
  });

  it.each(UI_LANGUAGES)('%s: the table read here is what @wxt-dev/i18n writes to its messages.json', (lang) => {
    const text = readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8');
    const chrome = generateChromeMessages(parseMessagesText(text, 'JSON5')) as Record<string, { message: string }>;
    const fromModule = Object.fromEntries(Object.entries(chrome).map(([k, v]) => [k, v.message]));
    expect(fromModule).toEqual(tables[lang]);
  });

  it('picks plural forms and fills placeholders like @wxt-dev/i18n', () => {
    const t = tableTranslator('fr', { a_b: '0 jour | 1 jour | {n} jours', two: '{n} day | {n} days', one: 'x {n}', named: 'Hi {who}, {missing}' });
    expect([0, 1, 2, 5].map((n) => t('a.b' as never, undefined, n))).toEqual(['0 jour', '1 jour', '2 jours', '5 jours']);
    expect([0, 1, 2].map((n) => t('two' as never, undefined, n))).toEqual(['0 days', '1 day', '2 days']);
    expect(t('one' as never, undefined, 3)).toBe('x 3');
    expect(t('named' as never, { who: 'Ann' })).toBe('Hi Ann, {missing}');
    expect(t('nope' as never)).toBe('nope');
    expect(t.has('a.b')).toBe(true);
  });
});
