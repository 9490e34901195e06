// The "page not recognised" chip's tooltip names what the reader missed in the UI's language; every
// anchor a reader reports has a name, and a name without one is listed as technical, not as prose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { englishTranslator, setTranslator } from '@/utils/i18n/active';
import { flattenMessages, tableTranslator } from '@/utils/i18n/translate';
import type { UiLanguage } from '@/utils/i18n/languages';
import { PAGE_FOR_URL, hasAnchorName, unrecognisedTooltip } from '@/components/overlay/unrecognised-names';
import { DETAILS_ANCHORS, LIST_SELECTORS } from '@/utils/pages/order-labels';
import { renderView } from './render-overlay';

const translatorFor = (lang: UiLanguage) =>
  tableTranslator(lang, flattenMessages(JSON.parse(readFileSync(join(process.cwd(), 'utils', 'i18n', 'locales', `${lang}.json`), 'utf8'))), englishTranslator());
const page = { kind: 'order-details' as const, marketplace: 'DE' as const, orderId: '302-9038475-1162830' };

afterEach(() => setTranslator(englishTranslator()));

describe('unrecognised chip tooltip', () => {
  test('de: the missing anchors in German words', () => {
    setTranslator(translatorFor('de'));
    renderView({ status: 'unrecognised', page, missing: [DETAILS_ANCHORS.orderId, DETAILS_ANCHORS.purchaseDate] });
    const label = document.querySelector('[data-sfp-unrecognised] [title]')!;
    expect(label.getAttribute('title')).toBe('Nicht gefunden: Bestellnummer, Bestelldatum');
  });

  test('ja: a page that is not the one in the URL, and an unnamed selector kept as a technical name', () => {
    setTranslator(translatorFor('ja'));
    expect(unrecognisedTooltip([PAGE_FOR_URL])).toBe('見つからない項目: アドレスが示すページ（前のページがまだ表示されています）');
    expect(unrecognisedTooltip(['inbox-thread-row', 'readable-inbox-row', '#new-anchor'])).toBe('見つからない項目: 一覧の読み取れるメッセージ （不具合報告用の技術的な名前、英語：#new-anchor）');
    expect(unrecognisedTooltip([])).toBeUndefined();
  });

  test('en: named anchors read as words; every anchor the readers report has a name', () => {
    expect(unrecognisedTooltip([DETAILS_ANCHORS.shipBy, PAGE_FOR_URL])).toBe('Not found: ship-by date, the page the address names (an earlier page is still shown)');
    expect(unrecognisedTooltip(['#x'])).toBe('(technical names for the bug report, in English: #x)');
    const reported = [
      ...Object.values(DETAILS_ANCHORS), LIST_SELECTORS.table, LIST_SELECTORS.orderIdLink,
      'inbox-thread-list', 'inbox-thread-row', 'thread-view', 'readable-inbox-row', 'returns-list', 'return-request-row', 'readable-return-row',
      'safet-claims-list', 'safet-claim-row', 'readable-safet-claim', 'safet-claim-detail', 'safet-order-id-input',
      'valid-observation', 'observation-schema', 'reader-error', 'aborted', PAGE_FOR_URL,
    ];
    for (const id of reported) expect(hasAnchorName(id), id).toBe(true);
  });

  test('every missing-anchor literal in the readers has a name', () => {
    const ids = new Set<string>();
    for (const f of ['messages', 'returns', 'safet', 'order-list', 'order-details']) {
      const src = readFileSync(join(process.cwd(), 'utils', 'pages', `${f}.ts`), 'utf8');
      for (const m of src.matchAll(/missing: (?:waited\.missing\.length \? )?\[([^\]]*)\]/g)) {
        for (const s of m[1]!.matchAll(/'([^']+)'/g)) ids.add(s[1]!);
      }
    }
    expect(ids.size).toBeGreaterThan(10);
    for (const id of ids) expect(hasAnchorName(id), id).toBe(true);
  });
});
