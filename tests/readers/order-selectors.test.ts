/**
 * The order readers' anchors beside the fixtures they must match and how often (house-style.md: "each selector
 * beside a list of pages and the number of matches expected there"). When Amazon changes a page and a user's
 * scrubbed snapshot becomes a fixture, this table says at once which anchor moved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allByTestId, deepQueryAll } from '@/utils/pages/dom';
import { DETAILS_ANCHORS, LIST_SELECTORS } from '@/utils/pages/order-labels';

const page = (name: string) =>
  new DOMParser().parseFromString(readFileSync(join(__dirname, '..', 'fixtures', 'pages', name), 'utf8'), 'text/html');

const DETAILS = ['order-details-us-sfp.html', 'order-details-us-non-sfp.html', 'order-details-us-refunded.html', 'order-details-eu-sfp.html', 'order-details-jp-sfp.html',
  'order-details-fr-sfp.html', 'order-details-it-sfp.html', 'order-details-es-sfp.html'];
const LISTS: [file: string, rows: number][] = [['order-list-us.html', 5], ['order-list-eu.html', 2], ['order-list-jp.html', 2],
  ['order-list-fr.html', 3], ['order-list-it.html', 3], ['order-list-es.html', 3], ['order-list-empty.html', 0]];

describe('order-details anchors', () => {
  for (const file of DETAILS) {
    it(`${file}: every anchor exactly once (item status once per item)`, () => {
      const doc = page(file);
      for (const id of Object.values(DETAILS_ANCHORS)) expect(allByTestId(doc, id).length, id).toBe(1);
    });
  }
  it('the broken and loading pages have none of them', () => {
    for (const file of ['order-details-us-broken.html', 'order-details-us-loading.html']) {
      const doc = page(file);
      for (const id of Object.values(DETAILS_ANCHORS)) expect(allByTestId(doc, id).length, `${file} ${id}`).toBe(0);
    }
  });
});

describe('order-list selectors', () => {
  for (const [file, rows] of LISTS) {
    it(`${file}: one table, ${rows} rows, one order/option/status cell per row`, () => {
      const doc = page(file);
      expect(deepQueryAll(doc, LIST_SELECTORS.table).length).toBe(1);
      expect(deepQueryAll(doc, LIST_SELECTORS.rows).length).toBe(rows);
      for (const sel of [LIST_SELECTORS.orderCell, LIST_SELECTORS.optionCell, LIST_SELECTORS.statusCell, LIST_SELECTORS.mainStatus]) {
        expect(deepQueryAll(doc, `${LIST_SELECTORS.rows} ${sel}`).length, sel).toBe(rows);
      }
    });
  }
  it('the broken list has no table', () => expect(deepQueryAll(page('order-list-broken.html'), LIST_SELECTORS.table).length).toBe(0));
});
