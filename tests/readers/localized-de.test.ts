/**
 * The readers on German-UI Seller Central pages as served on sellercentral.amazon.de (tests/fixtures/pages/*-de*.html):
 * Order Details of a "Prime durch Verkäufer" (SFP) order with a delivered return, Manage Orders ("Bestellungen
 * verwalten") and Manage Returns ("Rücksendungen verwalten"). Every field each reader produces is checked; dates are
 * exact instants in Europe/Berlin (MEZ/CET in November, MESZ/CEST before 25 Oct 2026).
 */
import { parseDate, parseDateRange } from '../../utils/pages/dates';
import { readOrderDetails } from '../../utils/pages/order-details';
import { readOrderList } from '../../utils/pages/order-list';
import { readReturns } from '../../utils/pages/returns';
import { fixtureText, loadPage, parsePage } from './page-fixtures';
import { contextAt, noPeople, ok } from './localized-helpers';

const NOW = new Date('2026-11-27T13:00:00.000Z');
const DE = 'sellercentral.amazon.de';
const EU = 'sellercentral-europe.amazon.com';

const ctx = contextAt(NOW);

// Local days in Europe/Berlin (CET in late November): [start, end) of `days` days from iso.
const day = (iso: string, days = 1) => {
  const from = new Date(`${iso}T00:00:00+01:00`);
  return { from: from.toISOString(), to: new Date(from.getTime() + days * 86_400_000).toISOString() };
};

describe('Order Details in German (order-details-de-sfp.html)', () => {
  const ID = '304-1234567-1234567';
  const expected = {
    kind: 'order-details', marketplace: 'DE', observedAt: NOW.toISOString(), source: 'dom', orderId: ID,
    sfp: true, sfpDecidedBy: 'dom:prime-badge', fulfillment: 'seller', status: 'shipped', trackingPresent: true,
    // Kaufdatum: Montag, 16. November 2026 um 10:30 MEZ
    purchaseDate: '2026-11-16T09:30:00.000Z',
    // Versand bis: Di., 17. Nov. 2026; Zustellung bis: Mi., 18. Nov. 2026 bis Do., 19. Nov. 2026 (local days)
    shipBy: day('2026-11-17'), deliverBy: day('2026-11-18', 2),
    // Zugestellt am: 26.11.2026 14:05 (no zone shown: Europe/Berlin, CET)
    return: { state: 'delivered', deliveredAt: '2026-11-26T13:05:00.000Z', reason: 'Artikel defekt' },
  };

  it('on sellercentral.amazon.de: every field, marketplace from the host', async () => {
    const url = `https://${DE}/orders-v3/order/${ID}`;
    const r = await readOrderDetails(loadPage('order-details-de-sfp.html', url), ctx(url));
    expect(r).toEqual({ status: 'ok', observation: expected });
    noPeople(r);
  });

  it('on the unified EU host: the same, marketplace from the sales channel "Amazon.de"', async () => {
    const url = `https://${EU}/orders-v3/order/${ID}`;
    expect(await readOrderDetails(loadPage('order-details-de-sfp.html', url), ctx(url))).toEqual({ status: 'ok', observation: expected });
  });

  it('without the data-test-id anchors: the German labels (text fallback, "Kaufdatum" too), no "not Prime" guess', async () => {
    const url = `https://${DE}/orders-v3/order/${ID}`;
    const doc = loadPage('order-details-de-sfp.html', url);
    for (const el of Array.from(doc.querySelectorAll('[data-test-id]'))) el.removeAttribute('data-test-id');
    const o = ok(await readOrderDetails(doc, ctx(url)));
    expect(o).toEqual({ ...expected, source: 'text', sfp: null, sfpDecidedBy: 'none', status: 'unknown' });
  });
});

describe('Manage Orders in German (order-list-de.html)', () => {
  it.each([DE, EU])('every row on %s (SFP unshipped, seller-fulfilled shipped, Versand durch Amazon)', async (host) => {
    const url = `https://${host}/orders-v3`;
    const r = await readOrderList(loadPage('order-list-de.html', url), ctx(url));
    expect(r).toEqual({
      status: 'ok',
      observation: {
        kind: 'order-list', marketplace: 'DE', observedAt: NOW.toISOString(), source: 'dom',
        rows: [
          // Prime badge, "Nicht versandt", Versand bis: Di., 1. Dez. 2026; Zustellung bis: Mi., 2. Dez. 2026 bis Do., 3. Dez. 2026
          { orderId: '304-5550101-2020301', sfp: true, status: 'unshipped', shipBy: day('2026-12-01'), deliverBy: day('2026-12-02', 2) },
          // no badge, seller-fulfilled: 27.11.2026; 30.11.2026 - 02.12.2026
          { orderId: '306-4445556-6677889', sfp: false, status: 'shipped', shipBy: day('2026-11-27'), deliverBy: day('2026-11-30', 3) },
          // Versand durch: Amazon (FBA): not seller-fulfilled, so not SFP; Freitag, 27. November 2026
          { orderId: '302-9080706-0504030', sfp: false, status: 'shipped', shipBy: day('2026-11-26'), deliverBy: day('2026-11-27') },
        ],
      },
    });
    noPeople(r);
  });
});

describe('Manage Returns in German (returns-de.html, DOM, JSON off)', () => {
  it.each([DE, EU])('on %s: delivered awaiting "Erstattung veranlassen", closed with "Erstattet am", first-scan badge', async (host) => {
    const url = `https://${host}/returns/list`;
    const o = ok(await readReturns(loadPage('returns-de.html', url), ctx(url)));
    expect(o).toEqual({
      // On the EU host the page names no marketplace: dates without a zone cannot be placed.
      kind: 'returns', marketplace: host === DE ? 'DE' : null, observedAt: NOW.toISOString(), source: 'dom',
      rows: host === DE ? [
        { returnRequestId: 'DeR0001', orderId: '304-1234567-1234567', state: 'delivered', requestedAt: '2026-11-19T23:00:00.000Z',
          deliveredAt: '2026-11-25T23:00:00.000Z', refundedAtFirstScan: null, refundIssued: false, reason: 'Artikel defekt' },
        // 21.10.2026 17:20 (MESZ, +2 h); "Geschlossen" with "Erstattet am: Fr., 30. Okt. 2026" (MEZ again)
        { returnRequestId: 'DeR0002', orderId: '306-4445556-6677889', state: 'refunded', requestedAt: '2026-10-21T15:20:00.000Z',
          refundedAt: '2026-10-29T23:00:00.000Z', refundedAtFirstScan: null, refundIssued: true, reason: 'Artikel gefällt nicht' },
        { returnRequestId: 'DeR0003', orderId: '305-2468013-5791357', state: 'approved', requestedAt: '2026-11-24T23:00:00.000Z',
          refundedAtFirstScan: true, refundIssued: null, reason: 'Versehentlich bestellt' },
      ] : [
        { returnRequestId: 'DeR0001', orderId: '304-1234567-1234567', state: 'delivered', refundedAtFirstScan: null, refundIssued: false, reason: 'Artikel defekt' },
        { returnRequestId: 'DeR0002', orderId: '306-4445556-6677889', state: 'refunded', refundedAtFirstScan: null, refundIssued: true, reason: 'Artikel gefällt nicht' },
        { returnRequestId: 'DeR0003', orderId: '305-2468013-5791357', state: 'approved', refundedAtFirstScan: true, refundIssued: null, reason: 'Versehentlich bestellt' },
      ],
    });
    noPeople(o);
  });
});

describe('German date forms (dates.ts)', () => {
  const berlin = { timeZone: 'Europe/Berlin', lang: 'de-DE' };
  it.each([
    ['29.11.2024', '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['29. Nov. 2024', '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['Fr., 29. Nov. 2024', '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['Freitag, 29. November 2024', '2024-11-28T23:00:00.000Z', '2024-11-29T23:00:00.000Z'],
    ['29.11.2024 14:05', '2024-11-29T13:05:00.000Z', '2024-11-29T13:05:00.000Z'],
    ['29.11.2024, 14:05 Uhr', '2024-11-29T13:05:00.000Z', '2024-11-29T13:05:00.000Z'],
    ['Freitag, 29. November 2024 um 14:05 MEZ', '2024-11-29T13:05:00.000Z', '2024-11-29T13:05:00.000Z'],
    ['29.11.2024, 14:05 CET', '2024-11-29T13:05:00.000Z', '2024-11-29T13:05:00.000Z'],
    // summer time: the zone shown wins, and without one Europe/Berlin is in MESZ/CEST
    ['Di., 15. Okt. 2024, 14:05 MESZ', '2024-10-15T12:05:00.000Z', '2024-10-15T12:05:00.000Z'],
    ['15.10.2024 14:05 CEST', '2024-10-15T12:05:00.000Z', '2024-10-15T12:05:00.000Z'],
    ['15.10.2024 14:05', '2024-10-15T12:05:00.000Z', '2024-10-15T12:05:00.000Z'],
    ['Mo., 3. März 2025', '2025-03-02T23:00:00.000Z', '2025-03-03T23:00:00.000Z'],
  ])('%s', (text, from, to) => {
    const d = parseDate(text, berlin);
    expect(d && { from: d.from.toISOString(), to: d.to.toISOString() }).toEqual({ from, to });
  });

  it('a weekday that disagrees is not read, and "bis" ranges borrow the year', () => {
    expect(parseDate('Donnerstag, 29. November 2024', berlin)).toBeNull();
    const r = parseDateRange('Mi., 27. Nov. bis Fr., 29. Nov. 2024', berlin);
    expect(r && { from: r.from.toISOString(), to: r.to.toISOString() }).toEqual({ from: '2024-11-26T23:00:00.000Z', to: '2024-11-29T23:00:00.000Z' });
  });
});

describe('reader fixes found on the German pages (regressions)', () => {
  const row = (inner: string) => `<html lang="de-DE"><body><div data-test-id="returns-list">
    <div data-test-id="return-request-row" data-return-request-id="X1">${inner}</div></div></body></html>`;

  it('returns: an auto-approval badge is not part of the reason (de "Automatisch genehmigt", en "Auto-authorized")', async () => {
    for (const badge of ['Automatisch genehmigt', 'Auto-authorized']) {
      const url = `https://${DE}/returns/list`;
      const html = row(`<div>Bestellnummer: 305-2468013-5791357</div><div>Rücksendegrund: Versehentlich bestellt</div>
        <kat-badge label="${badge}"></kat-badge>`);
      const o = ok(await readReturns(parsePage(html, url), ctx(url)));
      expect(o.rows[0]?.reason, badge).toBe('Versehentlich bestellt');
    }
  });

  it('returns: a refund label with a date that cannot be placed (no zone, no marketplace) still means refund issued', async () => {
    const url = `https://${EU}/returns/list`;
    const html = row('<div>Bestellnummer: 306-4445556-6677889</div><div>Rücksendestatus: Geschlossen</div><div>Erstattet am: 30.10.2026</div>');
    const o = ok(await readReturns(parsePage(html, url), ctx(url)));
    expect(o.rows[0]).toMatchObject({ state: 'refunded', refundIssued: true });
    expect(o.rows[0]?.refundedAt).toBeUndefined();
  });

  it('order details: "Kaufdatum" is a purchase-date label (text fallback)', async () => {
    const url = `https://${DE}/orders-v3/order/304-1234567-1234567`;
    const html = fixtureText('pages/order-details-de-sfp.html').replaceAll(/ data-test-id="[^"]*"/g, '');
    expect(ok(await readOrderDetails(parsePage(html, url), ctx(url))).purchaseDate).toBe('2026-11-16T09:30:00.000Z');
  });
});
