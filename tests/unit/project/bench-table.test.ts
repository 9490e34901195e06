// The README's performance table comes from npm run bench:table; it must read results.json as bench.mjs
// writes it (overlay pages with their overlay figures, home without) and judge each figure by its budget.
import { BUDGETS, markdownTable, type PageResult } from '../../bench/markdown-table';

const s = (median: number, p10 = median, p90 = median) => ({ median, p10, p90 });

const order: PageResult = {
  with: { scriptMs: s(6), taskMs: s(55), extensionJsMs: s(24, 23.7, 24.04), loadMs: s(35), overlayMs: s(122), overlayAfterAnchorMs: s(94, 67.7, 160) },
  without: { scriptMs: s(1), taskMs: s(19), loadMs: s(65) },
};
const home: PageResult = {
  with: { scriptMs: s(2), taskMs: s(18), extensionJsMs: s(5.2, 1.1, 6), loadMs: s(31) },
  without: { scriptMs: s(0.3), taskMs: s(16.6), loadMs: s(33.1) },
};
const messages: PageResult = {
  with: { taskMs: s(80), extensionJsMs: s(41), loadMs: s(70), overlayAfterAnchorMs: s(151) },
  without: { taskMs: s(20), loadMs: s(49.5) },
};

describe('markdownTable', () => {
  it('gives one row per page in results.json order, with medians, spreads and budgets', () => {
    expect(markdownTable({ pages: { 'order-details-sfp': order, 'no-overlay': home } }).split('\n')).toEqual([
      '| page | extension JS ms (≤ 40; nothing shown ≤ 5) | main-thread task ms, with − without | `load` delay ms (≤ +20) | overlay after its anchor ms (≤ 150) |',
      '|---|---|---|---|---|',
      '| SFP order details | 24.0 (23.7–24.0) ok | +36.0 | −30.0 ok | 94.0 (67.7–160.0) ok |',
      '| home, nothing shown | 5.2 (1.1–6.0) **over** | +1.4 | −2.1 | — |',
    ]);
  });

  it('marks every figure over its budget, and keeps unknown page names', () => {
    const row = markdownTable({ pages: { messages, 'new-page': messages } }).split('\n');
    expect(row[2]).toBe('| Buyer Messages | 41.0 (41.0–41.0) **over** | +60.0 | +20.5 **over** | 151.0 (151.0–151.0) **over** |');
    expect(row[3]?.startsWith('| new-page |')).toBe(true);
  });

  it('shows a missing figure as a dash and an empty file as the header alone', () => {
    const partial: PageResult = { with: { overlayAfterAnchorMs: s(90) }, without: {} };
    expect(markdownTable({ pages: { returns: partial } }).split('\n')[2]).toBe('| Returns | — | — | — | 90.0 (90.0–90.0) ok |');
    expect(markdownTable({}).split('\n')).toHaveLength(2);
  });

  it('holds the budgets of architecture.md', () => {
    expect(BUDGETS).toEqual({ extensionJsMs: { overlay: 40, nothingShown: 5 }, loadDelayMs: 20, overlayAfterAnchorMs: 150 });
  });
});
